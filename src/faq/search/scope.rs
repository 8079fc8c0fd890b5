//! In scope or not: a logistic model over the hashed character n-grams of a question (the same
//! grams as `ngram`), trained when the matcher is built on every text a topic is found by
//! (in scope) against the labelled examples of questions the bot does not cover.
//!
//! The other opinions find the best topic and ask how well it fits; this one asks only whether
//! the question is about prepaid lines at all. It is discriminative, so it learns which pieces
//! of words tell "pay with Alipay in a shop" from "top up with Alipay" (a naive Bayes model of
//! the same two classes, tried first, told them apart far less well). Training is plain
//! stochastic gradient descent in a fixed order: the same texts give the same weights.
//!
//! Why by hand: the model is a few dozen lines over the grams `ngram` already computes; a crate
//! (linfa-logistic) would want a dense matrix over a vocabulary of ~100,000 grams.

use super::ngram::QueryGrams;

/// Hashed weight slots (a power of two; collisions between grams are rare and harmless).
const SLOTS: usize = 1 << 18;
/// Passes over the training texts.
const EPOCHS: usize = 8;
/// Learning rate (divided by the square root of a text's gram count).
const RATE: f32 = 0.2;
/// Weight decay per update of a slot.
const DECAY: f32 = 1e-5;
/// The log-odds a question can reach either way.
const LIMIT: f32 = 10.0;

/// The trained model.
#[derive(Debug, Clone, Default)]
pub(crate) struct ScopeModel {
    weights: Vec<f32>,
    bias: f32,
}

/// Collects (grams, in scope) pairs; [`ScopeBuilder::finish`] trains.
#[derive(Debug, Default)]
pub(crate) struct ScopeBuilder {
    texts: Vec<(Vec<u32>, bool)>,
}

impl ScopeBuilder {
    /// Adds one normalised text, in scope or not.
    #[cfg(test)]
    pub(crate) fn add(&mut self, normalized: &str, in_scope: bool) {
        self.add_grams(&QueryGrams::of(normalized), in_scope);
    }

    /// Adds one text by its grams (computed once for every model), in scope or not.
    pub(crate) fn add_grams(&mut self, text: &QueryGrams, in_scope: bool) {
        let grams = text.slots(SLOTS);
        if !grams.is_empty() {
            self.texts.push((grams, in_scope));
        }
    }

    /// Trains the model. Without texts of both kinds it has no opinion.
    pub(crate) fn finish(self) -> ScopeModel {
        let inside = self.texts.iter().filter(|(_, y)| *y).count();
        let outside = self.texts.len() - inside;
        if inside == 0 || outside == 0 {
            return ScopeModel::default();
        }
        // The out-of-scope texts are few: each counts as much as half the in-scope ones do
        // in total, so the model does not learn that everything is in scope.
        let outside_weight = inside as f32 / outside as f32 / 2.0;
        let mut model = ScopeModel {
            weights: vec![0.0; SLOTS],
            bias: 0.0,
        };
        let mut order: Vec<usize> = (0..self.texts.len()).collect();
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..EPOCHS {
            shuffle(&mut order, &mut seed);
            for &i in &order {
                let (grams, in_scope) = &self.texts[i];
                let p = sigmoid(model.log_odds_of(grams));
                let weight = if *in_scope { 1.0 } else { outside_weight };
                let error = (p - f32::from(u8::from(*in_scope))) * weight;
                let step = RATE / (grams.len() as f32 + 1.0).sqrt() * error;
                for &g in grams {
                    let w = &mut model.weights[g as usize];
                    *w = *w * (1.0 - DECAY) - step;
                }
                model.bias -= RATE * 0.1 * error;
            }
        }
        model
    }
}

impl ScopeModel {
    /// Log-odds that a question (its grams) is in scope, within ±10; `None` when the model
    /// was trained without texts of both kinds and so has no opinion.
    pub(crate) fn log_odds(&self, query: &QueryGrams) -> Option<f32> {
        if self.weights.is_empty() {
            return None;
        }
        Some(self.log_odds_of(&query.slots(SLOTS)))
    }

    fn log_odds_of(&self, slots: &[u32]) -> f32 {
        let z: f32 = slots.iter().map(|&g| self.weights[g as usize]).sum::<f32>() + self.bias;
        z.clamp(-LIMIT, LIMIT)
    }
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// Fisher–Yates with a xorshift generator: the same seed, the same order.
fn shuffle(order: &mut [usize], seed: &mut u64) {
    for i in (1..order.len()).rev() {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        order.swap(i, (*seed % (i as u64 + 1)) as usize);
    }
}

#[cfg(test)]
mod tests;
