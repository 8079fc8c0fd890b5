//! The matcher's traces for logs, debugging and tuning: the tokens it sees and a one-line
//! account of how a question is read.

use super::*;
use crate::faq::decide::confidence::FEATURES;

impl Matcher {
    /// The tokens the matcher sees for a question, after normalisation, typo correction and
    /// synonyms (for logs and debugging).
    pub fn tokens(&self, question: &str) -> Vec<String> {
        let mut units = Units::of(&normalize(question));
        self.lexicon.correct(&mut units);
        self.tokenizer.tokens(&units)
    }

    /// A one-line trace of how a question is read: each token as `token=weighted idf` (or
    /// `token=?weight` when unknown) with one `+`/`.` per top-3 topic saying whether the topic
    /// contains it, then the top-3 topics. For logs and tuning; the format may change.
    pub fn explain(&self, question: &str) -> String {
        let ranking = self.ranking(question);
        let top: Vec<usize> = ranking
            .iter()
            .take(3)
            .filter_map(|r| self.topics.iter().position(|t| t.id == r.topic))
            .collect();
        let mut out = String::new();
        for token in self.tokens(question) {
            let term = self.term(&token);
            match self.index.describe(&term) {
                (Some(idf), topics) => {
                    let marks: String = top
                        .iter()
                        .map(|t| if topics.contains(t) { '+' } else { '.' })
                        .collect();
                    out.push_str(&format!("{token}={idf:.2}{marks} "));
                }
                (None, _) => out.push_str(&format!("{token}=?{:.2} ", term.if_unknown)),
            }
        }
        for r in ranking.iter().take(3) {
            let anchor = if r.anchored { "" } else { " unanchored" };
            let (id, score, confidence) = (&r.topic, r.score, r.confidence);
            out.push_str(&format!("| {id} {score:.2} conf {confidence:.2}{anchor} "));
        }
        out.trim_end().to_owned()
    }

    /// The confidence models' reading of a question, one feature per line: its value and what
    /// it adds to the log-odds of each model (right topic; in scope), then the probability
    /// (for `recarga ask --explain`).
    pub fn explain_confidence(&self, question: &str) -> String {
        let Some((x, ranked)) = self.features(question) else {
            return "no topic shares a word with the question".to_owned();
        };
        let model = &self.confidence;
        let best = ranked.first().map_or("-", |t| t.as_str());
        let mut out = format!(
            "best topic {best}\n  {:<24} {:>8}  right  scope\n",
            "", "value"
        );
        let right = model.contributions(&x, &model.weights);
        let scope = model.contributions(&x, &model.scope_weights);
        for (name, ((x, r), s)) in FEATURES.iter().zip(x.iter().zip(right).zip(scope)) {
            out.push_str(&format!("  {name:<24} {x:>8.3}  {r:+.2}  {s:+.2}\n"));
        }
        let (right, scope) = model.log_odds(&x);
        out.push_str(&format!(
            "  {:<24} {:>8}  {:+.2}  {:+.2}\n  {:<24} {:>8}  {right:+.2}  {scope:+.2}\np = {:.3}",
            "bias",
            "",
            model.bias,
            model.scope_bias,
            "log-odds",
            "",
            model.probability(&x)
        ));
        out
    }
}
