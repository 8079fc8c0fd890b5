//! The learned confidence: the probability that the best topic is the right answer, from a small
//! logistic model over what the matcher already measures (scores, margin, coverage, anchoring,
//! operators, length, language, typo fixes).
//!
//! The coefficients and the thresholds live in `src/faq/confidence.toml`, written
//! by `recarga tune` from the labelled examples only (locales/examples/). The held-out questions
//! (tests/data/faq_heldout/) are never seen by the fit: they only measure it.

use serde::{Deserialize, Serialize};

use super::logistic::{logistic, standardisation};
use crate::faq::tuning::Tuning;
use crate::lang::Lang;

/// The features, in the order of the model's weights. Changing this list needs a re-tune
/// (`recarga tune`); loading refuses a model file whose list differs.
pub const FEATURES: [&str; 23] = [
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
    "in_scope",
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
    /// Weights on the standardised features, then the intercept: the probability that the
    /// best topic is right, for a question in scope.
    pub weights: Vec<f32>,
    pub bias: f32,
    /// The same for the probability that the question is in scope at all. The two are fitted
    /// apart (each has its own task and its own evidence) and multiplied.
    pub scope_weights: Vec<f32>,
    pub scope_bias: f32,
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
const SHIPPED: &str = include_str!("../confidence.toml");

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
            ("scope_weights", model.scope_weights.len()),
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

    /// Probability that the best topic is the right answer: in scope, and the right topic.
    pub fn probability(&self, x: &Features) -> f32 {
        let (right, in_scope) = self.log_odds(x);
        sigmoid(right) * sigmoid(in_scope)
    }

    /// The mean of feature `name` over the samples the model was fitted on (0 if unknown).
    pub fn mean_of(&self, name: &str) -> f32 {
        let i = FEATURES.iter().position(|f| *f == name);
        i.and_then(|i| self.mean.get(i)).copied().unwrap_or(0.0)
    }

    /// The two models' log-odds: the best topic is right (if in scope); the question is in
    /// scope.
    pub fn log_odds(&self, x: &Features) -> (f32, f32) {
        let z = |weights: &[f32], bias: f32| -> f32 {
            self.contributions(x, weights).sum::<f32>() + bias
        };
        (
            z(&self.weights, self.bias),
            z(&self.scope_weights, self.scope_bias),
        )
    }

    /// Each feature's share of the log-odds under `weights`.
    pub fn contributions<'a>(
        &'a self,
        x: &'a Features,
        weights: &'a [f32],
    ) -> impl Iterator<Item = f32> + 'a {
        x.iter()
            .zip(&self.mean)
            .zip(&self.scale)
            .zip(weights)
            .map(|(((x, m), s), w)| w * (x - m) / s)
    }
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// Fits the two logistic models with an L2 penalty `l2` by Newton's method (deterministic:
/// the same samples give the same coefficients). `samples` pair features with `Some(right)`
/// for an in-scope question (whether the best topic was the right one) or `None` for one out
/// of scope. The first model learns "right" from the in-scope samples; the second learns "in
/// scope" from all of them, on the same standardised features. Returns a model with
/// thresholds at 0.5; the caller sets them.
pub fn fit(
    samples: &[(Features, Option<bool>)],
    l2: f64,
    fitted: String,
    tuning: Tuning,
) -> Confidence {
    let n = FEATURES.len();
    let xs: Vec<&[f32]> = samples.iter().map(|(x, _)| &x[..]).collect();
    let (mean, scale) = standardisation(&xs);
    let row = |x: &Features| -> Vec<f64> {
        x.iter()
            .zip(&mean)
            .zip(&scale)
            .map(|((v, m), s)| (f64::from(*v) - m) / s)
            .collect()
    };
    let right: Vec<(Vec<f64>, f64)> = samples
        .iter()
        .filter_map(|(x, y)| y.map(|y| (row(x), f64::from(u8::from(y)))))
        .collect();
    let scope: Vec<(Vec<f64>, f64)> = samples
        .iter()
        .map(|(x, y)| (row(x), f64::from(u8::from(y.is_some()))))
        .collect();
    let (weights, bias) = logistic(&right, n, l2);
    let (scope_weights, scope_bias) = logistic(&scope, n, l2);
    let as_f32 = |v: &[f64]| v.iter().map(|x| *x as f32).collect::<Vec<f32>>();
    Confidence {
        fitted,
        features: FEATURES.iter().map(|f| (*f).to_owned()).collect(),
        mean: as_f32(&mean),
        scale: as_f32(&scale),
        weights: as_f32(&weights),
        bias: bias as f32,
        scope_weights: as_f32(&scope_weights),
        scope_bias: scope_bias as f32,
        answer_at: vec![0.5; Lang::ALL.len()],
        sure_at: 0.5,
        suggest_at: 0.5,
        tuning,
    }
}

#[cfg(test)]
mod tests;
