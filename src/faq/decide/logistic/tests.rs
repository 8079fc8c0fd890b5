use super::*;

#[test]
fn newton_recovers_a_separating_direction() {
    let samples: Vec<(Vec<f64>, f64)> = (0..100)
        .map(|i| {
            let x = f64::from(i) / 50.0 - 1.0;
            (vec![x, 0.0], f64::from(u8::from(i >= 50 || i % 7 == 0)))
        })
        .collect();
    let (w, _) = logistic(&samples, 2, 1.0);
    assert!(w[0] > 1.0, "{w:?}");
    assert_eq!(w[1], 0.0);
}

#[test]
fn a_constant_feature_gets_scale_one() {
    let rows = [[1.0f32, 2.0], [1.0, 4.0]];
    let refs: Vec<&[f32]> = rows.iter().map(|r| &r[..]).collect();
    let (mean, scale) = standardisation(&refs);
    assert_eq!(mean, vec![1.0, 3.0]);
    assert_eq!(scale, vec![1.0, 1.0]);
}
