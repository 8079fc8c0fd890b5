//! `recarga tune` and `recarga eval`, for the knowledge base's editors: fit the matcher's
//! confidence model on the labelled examples (`fit`), optionally after searching its knobs
//! (`search`), and measure any labelled set (or the knowledge base's own phrasings, by
//! cross-validation).
//!
//! The rule they keep: tune on the examples only (locales/examples/), report held-out figures
//! (tests/data/faq_heldout/), which `tune` never reads.
use std::path::{Path, PathBuf};

mod fit;
mod search;

pub use fit::{cross_validate, fit_model, out_of_fold, Budget, FOLDS};
pub use search::search_tuning;

use crate::faq::confidence::Confidence;
use crate::faq::evaluate::{evaluate, load_set, Labelled};
use crate::faq::{KnowledgeBase, Matcher};
use crate::lang::Lang;

/// The held-out sets (`recarga eval` without arguments).
pub fn heldout_sets(repo: &Path) -> Vec<PathBuf> {
    Lang::ALL
        .iter()
        .map(|l| repo.join(format!("tests/data/faq_heldout/{}.toml", l.code())))
        .collect()
}

/// The knowledge base's examples as labelled questions (topic ids; "none" = out of scope).
fn labelled(kb: &KnowledgeBase) -> Vec<Labelled> {
    kb.examples()
        .iter()
        .map(|e| Labelled {
            lang: e.lang,
            text: e.text.clone(),
            topic: e
                .topic
                .and_then(|n| kb.topics().get(n))
                .map_or_else(|| "none".to_owned(), |t| t.id.clone()),
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

/// `recarga tune`: fits and writes the model, then prints the examples' cross-fitted figures
/// and the cross-validation over the knowledge base's questions (never the held-out figures:
/// measure those with `recarga eval`).
pub fn tune(dir: &Path, write: &Path, search: bool, misses: bool) -> anyhow::Result<()> {
    let kb = knowledge_base(dir)?;
    let set = labelled(&kb);
    let examples = kb.examples();
    let tuning = if search {
        search_tuning(&kb, &set, examples)
    } else {
        Confidence::shipped().tuning
    };
    let model = fit_model(&kb, &set, examples, Budget::default(), tuning);
    let header =
        "# The FAQ matcher's confidence model (src/faq/decide/confidence.rs). Do not edit by hand:\n\
                  # re-run `recarga tune` (README \"Measuring and re-tuning\").\n";
    std::fs::write(write, format!("{header}{}", model.to_toml()))
        .map_err(|e| anyhow::anyhow!("{}: {e}", write.display()))?;
    println!(
        "wrote {}: answer at p >= {:.3?} (zh, es, en), alone (sure) at p >= {:.3}, out of scope \
         below {:.3}",
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
    let mut lines = Vec::new();
    let report = out_of_fold(&kb, &set, examples, &model, misses.then_some(&mut lines));
    for line in &lines {
        println!("MISS {line}");
    }
    print!("{report}");
    println!("\nknowledge-base questions, 10-fold cross-validation:");
    print!("{}", cross_validate(&kb, examples, &model, 10));
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
    let matcher = Matcher::new(&kb);
    let mut lines = Vec::new();
    let report = evaluate(&matcher, &set, misses.then_some(&mut lines));
    for line in &lines {
        println!("MISS {line}");
    }
    println!("{} questions from {} file(s):", set.len(), sets.len());
    print!("{report}");
    if let Some(folds) = folds {
        println!("\nknowledge-base questions, {folds}-fold cross-validation:");
        let model = Confidence::shipped();
        print!(
            "{}",
            cross_validate(&kb, kb.examples(), &model, folds.max(2))
        );
    }
    Ok(())
}
