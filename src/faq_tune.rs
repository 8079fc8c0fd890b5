//! `recarga tune` and `recarga eval`, for the knowledge base's editors: fit the matcher's
//! confidence model on the development questions, and measure any labelled set (or the knowledge
//! base's own phrasings, by cross-validation).
//!
//! The rule they keep: tune on development data only (tests/data/faq_eval.toml and
//! tests/data/faq_dev/*.toml by default), report held-out figures (tests/data/faq_heldout/).
use std::path::{Path, PathBuf};

use crate::faq::confidence::{fit, Confidence, Features};
use crate::faq::evaluate::{evaluate, load_set, Labelled, Report};
use crate::faq::{Example, KnowledgeBase, Matcher, Tuning};
use crate::lang::Lang;

/// The labelled examples beside the knowledge base: `<dir>/examples/<lang>.toml`.
pub fn example_sets(dir: &Path) -> Vec<PathBuf> {
    Lang::ALL
        .iter()
        .map(|l| dir.join(format!("examples/{}.toml", l.code())))
        .filter(|p| p.exists())
        .collect()
}

/// The held-out sets (`recarga eval` without arguments).
pub fn heldout_sets(repo: &Path) -> Vec<PathBuf> {
    Lang::ALL
        .iter()
        .map(|l| repo.join(format!("tests/data/faq_heldout/{}.toml", l.code())))
        .collect()
}

/// Labelled questions as the matcher's examples (topic numbers of `kb`; "none" = out of scope).
pub fn examples(kb: &KnowledgeBase, set: &[Labelled]) -> anyhow::Result<Vec<Example>> {
    set.iter()
        .map(|q| {
            let topic = if q.out_of_scope() {
                None
            } else {
                let number = kb.topics().iter().position(|t| t.id == q.topic);
                Some(number.ok_or_else(|| {
                    anyhow::anyhow!("example {:?}: unknown topic `{}`", q.text, q.topic)
                })?)
            };
            Ok(Example {
                text: q.text.clone(),
                topic,
            })
        })
        .collect()
}

fn load_sets(paths: &[PathBuf]) -> anyhow::Result<Vec<Labelled>> {
    let mut all = Vec::new();
    for path in paths {
        all.extend(load_set(path)?);
    }
    Ok(all)
}

fn knowledge_base(dir: &Path) -> anyhow::Result<KnowledgeBase> {
    KnowledgeBase::load_dir(dir).map_err(|e| anyhow::anyhow!("{e}"))
}

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
            suggest_keep: 98.0,
        }
    }
}

/// One development question as the fit sees it.
struct Sample {
    lang: Lang,
    x: Features,
    /// None: out of scope; Some(true): the best topic is right; Some(false): it is wrong.
    right: Option<bool>,
    top3: bool,
}

/// How many times an out-of-scope example counts in the fit.
const OUT_OF_SCOPE_WEIGHT: usize = 3;

/// How many folds the examples are cross-fitted over.
pub const FOLDS: usize = 5;

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
        .filter(|(i, _)| i % FOLDS != fold)
        .map(|(_, e)| e.clone())
        .collect();
    Matcher::build(kb, model.tuning, model.clone(), &|_, _, _| false, &kept)
}

/// Every example scored by a matcher that did not see it (cross-fitting over `FOLDS` folds).
fn samples(
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
        for q in set.iter().skip(fold).step_by(FOLDS) {
            let Some((x, ranked)) = matcher.features(&q.text) else {
                continue;
            };
            let right = (!q.out_of_scope()).then(|| ranked.first() == Some(&q.topic));
            let top3 = ranked.iter().take(3).any(|id| *id == q.topic);
            out.push(Sample {
                lang: q.lang,
                x,
                right,
                top3,
            });
        }
    }
    out
}

/// The examples' figures with `model`, each example asked of a matcher built without it.
pub fn out_of_fold(
    kb: &KnowledgeBase,
    set: &[Labelled],
    examples: &[Example],
    model: &Confidence,
) -> Report {
    let mut report = Report::default();
    for fold in 0..FOLDS {
        let matcher = fold_matcher(kb, examples, model, fold);
        for q in set.iter().skip(fold).step_by(FOLDS) {
            report.add(q.lang, &q.topic, &matcher.ask(&q.text));
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
    // An out-of-scope question answered costs as much as several in-scope ones missed: each
    // counts OUT_OF_SCOPE_WEIGHT times in the fit.
    let training: Vec<(Features, bool)> = samples
        .iter()
        .flat_map(|s| {
            let copies = if s.right.is_none() {
                OUT_OF_SCOPE_WEIGHT
            } else {
                1
            };
            std::iter::repeat_n((s.x, s.right == Some(true)), copies)
        })
        .collect();
    let described = format!(
        "logistic regression (L2 1.0) on {} labelled examples ({} out of scope), each scored by a \
         matcher built without it ({FOLDS}-fold cross-fitting); thresholds for, per language: wrong \
         <= {}%, out-of-scope answered <= {}%, sure and wrong <= {}%, suggestions keep {}% of top-3 \
         hits. Written by `recarga tune`.",
        samples.len(),
        samples.iter().filter(|s| s.right.is_none()).count(),
        budget.wrong,
        budget.oos_answered,
        budget.sure_wrong,
        budget.suggest_keep
    );
    let mut model = fit(&training, 1.0, described, tuning);
    let p: Vec<f32> = samples.iter().map(|s| model.probability(&s.x)).collect();
    let grid: Vec<f32> = (0..=1000).map(|i| i as f32 / 1000.0).collect();
    // Per language: the share of the samples `of` selects that `pick` also selects with p >= t.
    let rate =
        |t: f32, lang: Lang, pick: &dyn Fn(&Sample) -> bool, of: &dyn Fn(&Sample) -> bool| {
            let base: Vec<usize> = (0..samples.len())
                .filter(|&i| samples[i].lang == lang && of(&samples[i]))
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
    model.answer_at = lowest_threshold(&grid, |t| {
        Lang::ALL.iter().any(|&l| {
            rate(t, l, &wrong, &in_scope) > budget.wrong
                || rate(t, l, &any, &oos) > budget.oos_answered
        })
    });
    let above: Vec<f32> = grid
        .iter()
        .copied()
        .filter(|&t| t >= model.answer_at)
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
        .filter(|&t| t <= model.answer_at)
        .find(|&t| {
            Lang::ALL
                .iter()
                .all(|&l| rate(t, l, &any, &hit) >= budget.suggest_keep)
        })
        .unwrap_or(0.0);
    model
}

/// How well the examples are ranked with `tuning`, each by a matcher built without it: the mean
/// over languages of top-1 plus half of top-3 (in percent of in-scope examples).
fn ranking_quality(
    kb: &KnowledgeBase,
    set: &[Labelled],
    examples: &[Example],
    tuning: Tuning,
) -> f64 {
    let samples = samples(kb, set, examples, tuning);
    let mut total = 0.0;
    for lang in Lang::ALL {
        let of_lang: Vec<&Sample> = samples
            .iter()
            .filter(|s| s.lang == lang && s.right.is_some())
            .collect();
        let n = of_lang.len().max(1) as f64;
        let top1 = of_lang.iter().filter(|s| s.right == Some(true)).count() as f64;
        let top3 = of_lang.iter().filter(|s| s.top3).count() as f64;
        total += 100.0 * (top1 + 0.5 * top3) / n;
    }
    total / Lang::ALL.len() as f64
}

/// A knob of [`Tuning`] the search may move.
type Knob = (&'static str, fn(&mut Tuning) -> &mut f32);

/// The knobs `search_tuning` moves (the decision knobs are the model's now).
const KNOBS: [Knob; 13] = [
    ("neighbour_boost", |t| &mut t.neighbour_boost),
    ("bm25.k1", |t| &mut t.bm25.k1),
    ("bm25.b", |t| &mut t.bm25.b),
    ("bm25.topic_weight", |t| &mut t.bm25.topic_weight),
    ("bm25.cosine_mix", |t| &mut t.bm25.cosine_mix),
    ("unigram_weight", |t| &mut t.unigram_weight),
    ("bigram_weight", |t| &mut t.bigram_weight),
    ("operator_term_weight", |t| &mut t.operator_term_weight),
    ("weak_weight", |t| &mut t.weak_weight),
    ("concept_weight", |t| &mut t.concept_weight),
    ("operator_penalty", |t| &mut t.operator_penalty),
    ("operator_absent_penalty", |t| {
        &mut t.operator_absent_penalty
    }),
    ("specialize_factor", |t| &mut t.specialize_factor),
];

/// Coordinate search over the matcher's knobs, from the shipped ones, for the best
/// [`ranking_quality`]: each knob in turn is scaled by a few factors and kept where it scores
/// best; two passes. Deterministic.
pub fn search_tuning(kb: &KnowledgeBase, set: &[Labelled], examples: &[Example]) -> Tuning {
    let mut best = Confidence::shipped().tuning;
    // A knob at zero cannot be scaled: give the neighbour vote a start.
    if best.neighbour_boost == 0.0 {
        best.neighbour_boost = 0.2;
    }
    let mut best_quality = ranking_quality(kb, set, examples, best);
    println!("search: start {best_quality:.2}");
    for _pass in 0..2 {
        for (name, knob) in KNOBS {
            for factor in [0.6f32, 0.8, 1.25, 1.6] {
                let mut candidate = best;
                let value = knob(&mut candidate);
                *value = (*value * factor * 1000.0).round() / 1000.0;
                if name == "bm25.b" || name.ends_with("penalty") {
                    *value = value.min(1.0);
                }
                let quality = ranking_quality(kb, set, examples, candidate);
                if quality > best_quality + 0.05 {
                    println!("search: {name} x{factor} -> {quality:.2}");
                    best = candidate;
                    best_quality = quality;
                }
            }
        }
    }
    best
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

/// `recarga tune`: fits and writes the model, then prints the examples' cross-fitted figures
/// and the cross-validation over the knowledge base's questions (never the held-out figures:
/// measure those with `recarga eval`).
pub fn tune(dir: &Path, write: &Path, search: bool) -> anyhow::Result<()> {
    let kb = knowledge_base(dir)?;
    let set = load_sets(&example_sets(dir))?;
    let examples = examples(&kb, &set)?;
    let tuning = if search {
        search_tuning(&kb, &set, &examples)
    } else {
        Confidence::shipped().tuning
    };
    let model = fit_model(&kb, &set, &examples, Budget::default(), tuning);
    let header =
        "# The FAQ matcher's confidence model (src/faq/confidence.rs). Do not edit by hand:\n\
                  # re-run `recarga tune` (README \"Measuring and re-tuning\").\n";
    std::fs::write(write, format!("{header}{}", model.to_toml()))
        .map_err(|e| anyhow::anyhow!("{}: {e}", write.display()))?;
    println!(
        "wrote {}: answer at p >= {:.3}, alone (sure) at p >= {:.3}, out of scope below {:.3}",
        write.display(),
        model.answer_at,
        model.sure_at,
        model.suggest_at
    );
    for (name, w) in crate::faq::confidence::FEATURES.iter().zip(&model.weights) {
        println!("  {name:<16} {w:+.3}");
    }
    println!(
        "\nexamples ({} questions, each scored by a matcher built without it):",
        set.len()
    );
    print!("{}", out_of_fold(&kb, &set, &examples, &model));
    println!("\nknowledge-base questions, 10-fold cross-validation:");
    print!("{}", cross_validate(&kb, &examples, &model, 10));
    Ok(())
}

/// `recarga eval`: the figures of the shipped matcher on labelled sets (default: the held-out
/// sets), and with `folds` the cross-validation over the knowledge base's questions.
pub fn eval(
    dir: &Path,
    sets: Vec<PathBuf>,
    folds: Option<usize>,
    misses: bool,
) -> anyhow::Result<()> {
    let kb = knowledge_base(dir)?;
    let repo = std::env::current_dir()?;
    let sets = if sets.is_empty() {
        heldout_sets(&repo)
    } else {
        sets
    };
    let set = load_sets(&sets)?;
    let examples = examples(&kb, &load_sets(&example_sets(dir))?)?;
    let model = Confidence::shipped();
    let matcher = Matcher::build(
        &kb,
        model.tuning,
        model.clone(),
        &|_, _, _| false,
        &examples,
    );
    let mut lines = Vec::new();
    let report = evaluate(&matcher, &set, misses.then_some(&mut lines));
    for line in &lines {
        println!("MISS {line}");
    }
    println!("{} questions from {} file(s):", set.len(), sets.len());
    print!("{report}");
    if let Some(folds) = folds {
        println!("\nknowledge-base questions, {folds}-fold cross-validation:");
        print!("{}", cross_validate(&kb, &examples, &model, folds.max(2)));
    }
    Ok(())
}
