use super::*;

#[test]
fn the_shipped_model_parses_and_matches_the_features() {
    let model = Confidence::shipped();
    assert_eq!(model.features, FEATURES);
    for lang in Lang::ALL {
        let answer_at = model.answer_at(lang);
        assert!(model.suggest_at < answer_at && answer_at <= model.sure_at);
    }
}

#[test]
fn a_fit_separates_what_it_was_shown() {
    // Right when the first feature is high: the fitted probability must follow it.
    let mut samples = Vec::new();
    for i in 0..200 {
        let mut x = [0.0f32; FEATURES.len()];
        x[0] = i as f32 / 200.0;
        x[1] = ((i * 7) % 13) as f32; // noise
        samples.push((x, Some(i >= 100 || i % 10 == 0)));
    }
    let model = fit(&samples, 1.0, "test".into(), Tuning::default());
    let mut low = [0.0f32; FEATURES.len()];
    low[0] = 0.1;
    let mut high = low;
    high[0] = 0.9;
    assert!(model.probability(&low) < 0.3, "{}", model.probability(&low));
    assert!(
        model.probability(&high) > 0.9,
        "{}",
        model.probability(&high)
    );
}

#[test]
fn out_of_scope_samples_teach_the_scope_model_not_the_topic_model() {
    // Right topic when feature 0 is high; out of scope when feature 2 is high. The answer
    // probability must need both.
    let mut samples = Vec::new();
    for i in 0..300 {
        let mut x = [0.0f32; FEATURES.len()];
        x[0] = (i % 10) as f32 / 10.0;
        x[2] = ((i / 10) % 10) as f32 / 10.0;
        let label = (x[2] < 0.5).then_some(x[0] >= 0.5 || i % 17 == 0);
        samples.push((x, label));
    }
    let model = fit(&samples, 1.0, "test".into(), Tuning::default());
    let at = |a: f32, b: f32| {
        let mut x = [0.0f32; FEATURES.len()];
        x[0] = a;
        x[2] = b;
        model.probability(&x)
    };
    assert!(at(0.9, 0.1) > 0.8, "{}", at(0.9, 0.1));
    assert!(at(0.1, 0.1) < 0.3, "{}", at(0.1, 0.1));
    assert!(at(0.9, 0.9) < 0.2, "{}", at(0.9, 0.9));
    let (right, scope) = model.log_odds(&[0.0; FEATURES.len()]);
    assert!(right.is_finite() && scope.is_finite());
}

#[test]
fn a_model_file_for_other_features_is_refused() {
    let mut model = Confidence::shipped();
    model.features[0] = "something else".into();
    assert!(matches!(
        Confidence::parse(&model.to_toml()),
        Err(ModelError::Features { .. })
    ));
}

#[test]
fn thresholds_out_of_order_are_refused() {
    let mut model = Confidence::shipped();
    model.answer_at[1] = model.sure_at + 0.1;
    assert!(matches!(
        Confidence::parse(&model.to_toml()),
        Err(ModelError::Thresholds)
    ));
}
