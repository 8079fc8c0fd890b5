//! Logistic regression by Newton's method with an L2 penalty, for the confidence models: a
//! handful of features and a few thousand samples, fitted in milliseconds, deterministic.

/// Per-feature mean and standard deviation of `rows` (a constant feature gets scale 1, so it
/// adds nothing).
pub(crate) fn standardisation(rows: &[&[f32]]) -> (Vec<f64>, Vec<f64>) {
    let n = rows.first().map_or(0, |r| r.len());
    let count = rows.len().max(1) as f64;
    let mut mean = vec![0.0f64; n];
    for x in rows {
        for (m, v) in mean.iter_mut().zip(x.iter()) {
            *m += f64::from(*v) / count;
        }
    }
    let mut scale = vec![0.0f64; n];
    for x in rows {
        for ((s, v), m) in scale.iter_mut().zip(x.iter()).zip(&mean) {
            *s += (f64::from(*v) - m).powi(2) / count;
        }
    }
    let scale = scale
        .into_iter()
        .map(|v| if v > 1e-12 { v.sqrt() } else { 1.0 })
        .collect();
    (mean, scale)
}

/// Fits weights for `n` standardised features and an intercept on `(row, y)` samples, y in
/// {0, 1}; the intercept is not penalised. Returns (weights, intercept).
pub(crate) fn logistic(samples: &[(Vec<f64>, f64)], n: usize, l2: f64) -> (Vec<f64>, f64) {
    let dim = n + 1;
    let rows: Vec<(Vec<f64>, f64)> = samples
        .iter()
        .map(|(row, y)| {
            let mut row = row.clone();
            row.resize(n, 0.0);
            row.push(1.0);
            (row, *y)
        })
        .collect();
    let mut beta = vec![0.0f64; dim];
    for _ in 0..50 {
        let mut gradient = vec![0.0f64; dim];
        let mut hessian = vec![vec![0.0f64; dim]; dim];
        for (row, y) in &rows {
            let z: f64 = row.iter().zip(&beta).map(|(a, b)| a * b).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let w = (p * (1.0 - p)).max(1e-9);
            for i in 0..dim {
                gradient[i] += (p - y) * row[i];
                for j in 0..dim {
                    hessian[i][j] += w * row[i] * row[j];
                }
            }
        }
        for i in 0..n {
            gradient[i] += l2 * beta[i];
            hessian[i][i] += l2;
        }
        let Some(step) = solve(hessian, gradient) else {
            break;
        };
        let mut largest = 0.0f64;
        for (b, s) in beta.iter_mut().zip(&step) {
            *b -= s;
            largest = largest.max(s.abs());
        }
        if largest < 1e-9 {
            break;
        }
    }
    let bias = beta[n];
    beta.truncate(n);
    (beta, bias)
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting; `None` if singular.
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Option<Vec<f64>> {
    let n = b.len();
    for col in 0..n {
        let pivot = (col..n).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))?;
        if a[pivot][col].abs() < 1e-12 {
            return None;
        }
        a.swap(col, pivot);
        b.swap(col, pivot);
        let (top, rest) = a.split_at_mut(col + 1);
        let pivot_row = &top[col];
        for (offset, row) in rest.iter_mut().enumerate() {
            let factor = row[col] / pivot_row[col];
            for (value, above) in row[col..].iter_mut().zip(&pivot_row[col..]) {
                *value -= factor * above;
            }
            b[col + 1 + offset] -= factor * b[col];
        }
    }
    let mut x = vec![0.0f64; n];
    for row in (0..n).rev() {
        let rest: f64 = (row + 1..n).map(|k| a[row][k] * x[k]).sum();
        x[row] = (b[row] - rest) / a[row][row];
    }
    Some(x)
}

#[cfg(test)]
mod tests;
