//! Fitting the confidence model: every example scored by a matcher built without its fold
//! (cross-fitting), a logistic fit on those scores, and thresholds chosen for stated error
//! budgets; plus the cross-validation over the knowledge base's own questions.
use crate::faq::confidence::{fit, Confidence, Features};
use crate::faq::evaluate::{miss_line, Labelled, Report};
use crate::faq::{Example, KnowledgeBase, Matcher, Tuning};
use crate::lang::Lang;

/// Stated error budgets the thresholds are chosen for, on the development data, per language.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    /// Most in-scope questions answered with a wrong topic, in percent.
    pub wrong: f64,
    /// Most out-of-scope questions answered, in percent.
    pub oos_answered: f64,
    /// Most in-scope questions answered wrongly at or above `sure_at`, in percent.
    pub sure_wrong: f64,
    /// Least share, in percent, of in-scope questions whose right topic is in the top 3 that
    /// must stay above `suggest_at` (the rest would get the out-of-scope reply).
    pub suggest_keep: f64,
}

impl Default for Budget {
    fn default() -> Self {
        Budget {
            wrong: 2.0,
            oos_answered: 3.0,
            sure_wrong: 0.5,
            suggest_keep: 99.0,
        }
    }
}

/// One development question as the fit sees it.
pub(super) struct Sample {
    /// The language it was filed under (what the figures are reported by).
    pub(super) lang: Lang,
    /// The language the matcher detects in it (what thresholds are chosen by, as at run time).
    pub(super) detected: Lang,
    pub(super) x: Features,
    /// None: out of scope; Some(true): the best topic is right; Some(false): it is wrong.
    pub(super) right: Option<bool>,
    pub(super) top3: bool,
}

/// How many folds the examples are cross-fitted over.
pub const FOLDS: usize = 5;

/// The fold of example `i` of `n`: contiguous blocks, not every `FOLDS`-th example. The files
/// hold each writing pass's questions topic by topic, so a block takes a pass's questions on a
/// run of topics out together, and a question is scored by a matcher that lacks its writer's
/// other phrasings of the same topic, as a stranger's question would be. (Interleaved folds
/// let those siblings vote, and the thresholds came out too confident.)
fn fold_of(i: usize, n: usize) -> usize {
    i * FOLDS / n.max(1)
}

/// The matcher of fold `fold`: built with every example but that fold's.
fn fold_matcher(
    kb: &KnowledgeBase,
    examples: &[Example],
    model: &Confidence,
    fold: usize,
) -> Matcher {
    let kept: Vec<Example> = examples
        .iter()
        .enumerate()
        .filter(|(i, _)| fold_of(*i, examples.len()) != fold)
        .map(|(_, e)| e.clone())
        .collect();
    Matcher::build(kb, model.tuning, model.clone(), &|_, _, _| false, &kept)
}

/// Every example scored by a matcher that did not see it (cross-fitting over `FOLDS` folds).
pub(super) fn samples(
    kb: &KnowledgeBase,
    set: &[Labelled],
    examples: &[Example],
    tuning: Tuning,
) -> Vec<Sample> {
    let mut out = Vec::new();
    let model = Confidence {
        tuning,
        ..Confidence::shipped()
    };
    for fold in 0..FOLDS {
        let matcher = fold_matcher(kb, examples, &model, fold);
        let in_fold = (0..set.len()).filter(|&i| fold_of(i, set.len()) == fold);
        for q in in_fold.map(|i| &set[i]) {
            let Some((x, ranked)) = matcher.features(&q.text) else {
                continue;
            };
            let right = (!q.out_of_scope()).then(|| ranked.first() == Some(&q.topic));
            let top3 = ranked.iter().take(3).any(|id| *id == q.topic);
            out.push(Sample {
                lang: q.lang,
                detected: Lang::detect(&q.text),
                x,
                right,
                top3,
            });
        }
    }
    out
}

/// The examples' figures with `model`, each example asked of a matcher built without it;
/// `misses` gets a line for each one that did not go as labelled (see `evaluate`).
pub fn out_of_fold(
    kb: &KnowledgeBase,
    set: &[Labelled],
    examples: &[Example],
    model: &Confidence,
    mut misses: Option<&mut Vec<String>>,
) -> Report {
    let mut report = Report::default();
    for fold in 0..FOLDS {
        let matcher = fold_matcher(kb, examples, model, fold);
        let in_fold = (0..set.len()).filter(|&i| fold_of(i, set.len()) == fold);
        for q in in_fold.map(|i| &set[i]) {
            let outcome = matcher.ask(&q.text);
            let ok = report.add(q.lang, &q.topic, &outcome);
            if let (false, Some(misses)) = (ok, misses.as_deref_mut()) {
                misses.push(miss_line(q, &outcome));
            }
        }
    }
    report
}

/// The lowest threshold at which `bad(threshold)` does not hold.
fn lowest_threshold(candidates: &[f32], bad: impl Fn(f32) -> bool) -> f32 {
    candidates.iter().copied().find(|&t| !bad(t)).unwrap_or(1.0)
}

/// Fits the model on the examples (cross-fitted) and chooses its thresholds for `budget`.
pub fn fit_model(
    kb: &KnowledgeBase,
    set: &[Labelled],
    examples: &[Example],
    budget: Budget,
    tuning: Tuning,
) -> Confidence {
    let samples = samples(kb, set, examples, tuning);
    fit_samples(&samples, budget, tuning)
}

/// Fits the model on scored samples and chooses its thresholds for `budget`.
pub(super) fn fit_samples(samples: &[Sample], budget: Budget, tuning: Tuning) -> Confidence {
    let training: Vec<(Features, Option<bool>)> = samples.iter().map(|s| (s.x, s.right)).collect();
    let mut model = fit(&training, 1.0, description(samples, budget), tuning);
    let p: Vec<f32> = samples.iter().map(|s| model.probability(&s.x)).collect();
    choose_thresholds(&mut model, samples, &p, budget);
    model
}

/// The model's account of itself: how it was fitted, on what, and the budget it keeps.
fn description(samples: &[Sample], budget: Budget) -> String {
    format!(
        "two logistic regressions (L2 1.0; right topic, in scope) on {} labelled examples ({} out of scope), each scored by a \
         matcher built without it ({FOLDS}-fold cross-fitting by blocks); thresholds for, per language: wrong \
         <= {}%, out-of-scope answered <= {}%, sure and wrong <= {}%, suggestions keep {}% of top-3 \
         hits. Written by `recarga tune`.",
        samples.len(),
        samples.iter().filter(|s| s.right.is_none()).count(),
        budget.wrong,
        budget.oos_answered,
        budget.sure_wrong,
        budget.suggest_keep
    )
}

/// Sets the model's thresholds (answer per language, sure, suggest) to keep `budget`, from
/// each sample's probability `p`.
fn choose_thresholds(model: &mut Confidence, samples: &[Sample], p: &[f32], budget: Budget) {
    let grid: Vec<f32> = (0..=1000).map(|i| i as f32 / 1000.0).collect();
    // Per language, as detected in the question (the matcher picks the answer threshold by it):
    // the share of the samples `of` selects that `pick` also selects with p >= t.
    let rate =
        |t: f32, lang: Lang, pick: &dyn Fn(&Sample) -> bool, of: &dyn Fn(&Sample) -> bool| {
            let base: Vec<usize> = (0..samples.len())
                .filter(|&i| samples[i].detected == lang && of(&samples[i]))
                .collect();
            let hits = base
                .iter()
                .filter(|&&i| p[i] >= t && pick(&samples[i]))
                .count();
            100.0 * hits as f64 / base.len().max(1) as f64
        };
    let in_scope = |s: &Sample| s.right.is_some();
    let wrong = |s: &Sample| s.right == Some(false);
    let oos = |s: &Sample| s.right.is_none();
    let any = |_: &Sample| true;
    model.answer_at = Lang::ALL
        .iter()
        .map(|&l| {
            lowest_threshold(&grid, |t| {
                rate(t, l, &wrong, &in_scope) > budget.wrong
                    || rate(t, l, &any, &oos) > budget.oos_answered
            })
        })
        .collect();
    let highest_answer_at = model.answer_at.iter().copied().fold(0.0, f32::max);
    let above: Vec<f32> = grid
        .iter()
        .copied()
        .filter(|&t| t >= highest_answer_at)
        .collect();
    model.sure_at = lowest_threshold(&above, |t| {
        Lang::ALL
            .iter()
            .any(|&l| rate(t, l, &wrong, &in_scope) > budget.sure_wrong)
    });
    let hit = |s: &Sample| s.right.is_some() && s.top3;
    model.suggest_at = grid
        .iter()
        .rev()
        .copied()
        .filter(|&t| model.answer_at.iter().all(|&a| t <= a))
        .find(|&t| {
            Lang::ALL
                .iter()
                .all(|&l| rate(t, l, &any, &hit) >= budget.suggest_keep)
        })
        .unwrap_or(0.0);
}

/// Cross-validation over the knowledge base's own questions: `folds` matchers, each built
/// without every `folds`-th question of every topic and language, asked the questions it lacks.
pub fn cross_validate(
    kb: &KnowledgeBase,
    examples: &[Example],
    model: &Confidence,
    folds: usize,
) -> Report {
    let mut report = Report::default();
    for fold in 0..folds {
        let leave_out = move |_: usize, _: Lang, n: usize| n % folds == fold;
        let matcher = Matcher::build(kb, model.tuning, model.clone(), &leave_out, examples);
        for (number, topic) in kb.topics().iter().enumerate() {
            for lang in Lang::ALL {
                for (n, question) in topic.text(lang).questions.iter().enumerate() {
                    if leave_out(number, lang, n) {
                        report.add(lang, &topic.id, &matcher.ask(question));
                    }
                }
            }
        }
    }
    report
}
