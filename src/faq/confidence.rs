//! The learned confidence: the probability that the best topic is the right answer, from a small
//! logistic model over what the matcher already measures (scores, margin, coverage, anchoring,
//! operators, length, language, typo fixes).
//!
//! The coefficients and the thresholds live in `confidence.toml` beside this file, written
//! by `recarga tune` from the labelled examples only (locales/examples/). The held-out questions
//! (tests/data/faq_heldout/) are never seen by the fit: they only measure it.

use serde::{Deserialize, Serialize};

use super::tuning::Tuning;
use crate::lang::Lang;

/// The features, in the order of the model's weights. Changing this list needs a re-tune
/// (`recarga tune`); loading refuses a model file whose list differs.
pub const FEATURES: [&str; 22] = [
    "confidence",
    "score",
    "coverage",
    "margin",
    "second_ratio",
    "share",
    "anchored",
    "operator_named",
    "operator_agrees",
    "operator_topic",
    "log_tokens",
    "known_share",
    "typo_fixes",
    "lang_zh",
    "lang_es",
    "out_of_scope",
    "neighbours_agree",
    "neighbours_out_of_scope",
    "ngram_best",
    "ngram_agrees",
    "ngram_out_of_scope",
    "bm25_agrees",
];

/// One question's feature values, in [`FEATURES`] order.
pub type Features = [f32; FEATURES.len()];

/// The fitted model and the decision thresholds on its probability.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Confidence {
    /// How and from what it was fitted (a comment for people; not read by the code).
    pub fitted: String,
    /// Feature names, which must equal [`FEATURES`].
    pub features: Vec<String>,
    /// Per-feature mean and scale used to standardise before the weights apply.
    pub mean: Vec<f32>,
    pub scale: Vec<f32>,
    /// Weights on the standardised features, then the intercept.
    pub weights: Vec<f32>,
    pub bias: f32,
    /// Answer from this probability on, per language of the question in `Lang::ALL` order
    /// (zh, es, en): each is set for the same wrong-answer budget, and the languages differ.
    pub answer_at: Vec<f32>,
    /// From this probability on the answer comes alone, without "Not this? …" buttons.
    pub sure_at: f32,
    /// Below this probability the question is out of scope: no suggestion, the topic menu.
    pub suggest_at: f32,
    /// The matcher's knobs the features were computed with (searched by `recarga tune`).
    pub tuning: Tuning,
}

/// Why a model file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("model file: {0}")]
    Toml(#[from] toml::de::Error),
    #[error(
        "model file: features are {found:?}, the matcher computes {expected:?}: run `recarga tune`"
    )]
    Features {
        found: Vec<String>,
        expected: Vec<&'static str>,
    },
    #[error("model file: {0} has {1} values, expected {2}")]
    Length(&'static str, usize, usize),
    #[error(
        "model file: thresholds must satisfy 0 <= suggest_at <= answer_at (each) <= sure_at <= 1"
    )]
    Thresholds,
}

/// The model shipped with the binary.
const SHIPPED: &str = include_str!("confidence.toml");

impl Confidence {
    /// The shipped model. Its file is compiled in and checked by a unit test, so it parses.
    pub fn shipped() -> Confidence {
        Confidence::parse(SHIPPED).expect("src/faq/confidence.toml is compiled in and tested")
    }

    /// Parses and validates a model file.
    pub fn parse(text: &str) -> Result<Confidence, ModelError> {
        let model: Confidence = toml::from_str(text)?;
        if model.features != FEATURES {
            return Err(ModelError::Features {
                found: model.features,
                expected: FEATURES.to_vec(),
            });
        }
        let n = FEATURES.len();
        let langs = Lang::ALL.len();
        if model.answer_at.len() != langs {
            return Err(ModelError::Length(
                "answer_at",
                model.answer_at.len(),
                langs,
            ));
        }
        for (name, len) in [
            ("mean", model.mean.len()),
            ("scale", model.scale.len()),
            ("weights", model.weights.len()),
        ] {
            if len != n {
                return Err(ModelError::Length(name, len, n));
            }
        }
        let ordered = 0.0 <= model.suggest_at
            && model
                .answer_at
                .iter()
                .all(|&a| model.suggest_at <= a && a <= model.sure_at)
            && model.sure_at <= 1.0;
        if !ordered {
            return Err(ModelError::Thresholds);
        }
        Ok(model)
    }

    /// The model as a file (what `recarga tune` writes).
    pub fn to_toml(&self) -> String {
        toml::to_string(self).unwrap_or_default()
    }

    /// The answer threshold for questions in `lang`.
    pub fn answer_at(&self, lang: Lang) -> f32 {
        let i = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
        self.answer_at.get(i).copied().unwrap_or(1.0)
    }

    /// Probability that the best topic is the right answer.
    pub fn probability(&self, x: &Features) -> f32 {
        let z: f32 = x
            .iter()
            .zip(&self.mean)
            .zip(&self.scale)
            .zip(&self.weights)
            .map(|(((x, m), s), w)| w * (x - m) / s)
            .sum::<f32>()
            + self.bias;
        sigmoid(z)
    }
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// Fits a logistic model with an L2 penalty `l2` by Newton's method (deterministic: the same
/// samples give the same coefficients). `samples` pair features with "the best topic was right".
/// Returns a model with thresholds at 0.5; the caller sets them.
pub fn fit(samples: &[(Features, bool)], l2: f64, fitted: String, tuning: Tuning) -> Confidence {
    let n = FEATURES.len();
    let count = samples.len().max(1) as f64;
    let mut mean = vec![0.0f64; n];
    for (x, _) in samples {
        for (m, v) in mean.iter_mut().zip(x) {
            *m += f64::from(*v) / count;
        }
    }
    let mut scale = vec![0.0f64; n];
    for (x, _) in samples {
        for ((s, v), m) in scale.iter_mut().zip(x).zip(&mean) {
            *s += (f64::from(*v) - m).powi(2) / count;
        }
    }
    // A constant feature (e.g. no typo in any sample) gets scale 1, so it adds nothing.
    let scale: Vec<f64> = scale
        .into_iter()
        .map(|v| if v > 1e-12 { v.sqrt() } else { 1.0 })
        .collect();
    let rows: Vec<(Vec<f64>, f64)> = samples
        .iter()
        .map(|(x, y)| {
            let mut row: Vec<f64> = x
                .iter()
                .zip(&mean)
                .zip(&scale)
                .map(|((v, m), s)| (f64::from(*v) - m) / s)
                .collect();
            row.push(1.0);
            (row, f64::from(u8::from(*y)))
        })
        .collect();
    let dim = n + 1;
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
        // The intercept is not penalised.
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
    Confidence {
        fitted,
        features: FEATURES.iter().map(|f| (*f).to_owned()).collect(),
        mean: mean.iter().map(|v| *v as f32).collect(),
        scale: scale.iter().map(|v| *v as f32).collect(),
        weights: beta[..n].iter().map(|v| *v as f32).collect(),
        bias: beta[n] as f32,
        answer_at: vec![0.5; Lang::ALL.len()],
        sure_at: 0.5,
        suggest_at: 0.5,
        tuning,
    }
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
mod tests {
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
            samples.push((x, i >= 100 || i % 10 == 0));
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
}
