//! Evaluation of the matcher on the labelled questions of tests/data/faq_eval.toml, against the
//! shipped knowledge base: per-language accuracy table, and the targets asserted.
//!
//! Paths: FAQ_LOCALES (default locales) and FAQ_EVAL (default tests/data/faq_eval.toml),
//! relative to the repository. FAQ_EVAL_VERBOSE=1 lists misses; FAQ_EVAL_UNCHECKED=1 evaluates a
//! knowledge base that fails `check` (problems are printed). Run it alone, with the table:
//! `cargo test --test it faq_eval -- --nocapture`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use recarga::faq::{Decision, KnowledgeBase, Matcher, Outcome};
use recarga::lang::Lang;
use serde::Deserialize;

/// The labelled set: `[[q]] lang = "zh" text = "…" topic = "claro-topup"` ("none" = out of scope).
#[derive(Deserialize)]
struct EvalSet {
    q: Vec<Labelled>,
}

#[derive(Deserialize)]
struct Labelled {
    lang: Lang,
    text: String,
    topic: String,
}

/// Counts for one language.
#[derive(Default)]
struct Tally {
    in_scope: usize,
    correct: usize,
    wrong: usize,
    top3: usize,
    out_of_scope: usize,
    rejected: usize,
}

impl Tally {
    fn add(&mut self, expected: &str, outcome: &Outcome) -> bool {
        let answered = outcome.decision == Decision::Answer;
        if expected == "none" {
            self.out_of_scope += 1;
            self.rejected += usize::from(!answered);
            return !answered;
        }
        self.in_scope += 1;
        let right = outcome.topic.as_deref() == Some(expected);
        self.correct += usize::from(answered && right);
        self.wrong += usize::from(answered && !right);
        let in_top3 = right || outcome.alternatives.iter().take(2).any(|a| a == expected);
        self.top3 += usize::from(in_top3);
        answered && right
    }

    fn rates(&self) -> [f64; 4] {
        let pct = |n: usize, d: usize| 100.0 * n as f64 / d.max(1) as f64;
        [
            pct(self.correct, self.in_scope),
            pct(self.wrong, self.in_scope),
            pct(self.top3, self.in_scope),
            pct(self.rejected, self.out_of_scope),
        ]
    }
}

fn path_from_env(var: &str, default: &str) -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.join(std::env::var(var).unwrap_or_else(|_| default.to_owned()))
}

fn print_table(tallies: &BTreeMap<&str, Tally>) {
    println!("\nlang  in-scope  correct  wrong  top-3  out-of-scope  rejected");
    for (lang, t) in tallies {
        let [correct, wrong, top3, rejected] = t.rates();
        println!(
            "{lang:<5} {:>8} {correct:>7.1}% {wrong:>5.1}% {top3:>5.1}% {:>13} {rejected:>8.1}%",
            t.in_scope, t.out_of_scope
        );
    }
}

fn load(locales: &Path) -> KnowledgeBase {
    let strict = KnowledgeBase::load_dir(locales);
    if std::env::var("FAQ_EVAL_UNCHECKED").is_ok_and(|v| v == "1") {
        if let Err(err) = &strict {
            println!("evaluating despite: {err}");
        }
        let read = |lang: &str| {
            let path = locales.join(lang).join("faq.toml");
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        };
        let (en, es, zh) = (read("en"), read("es"), read("zh"));
        return KnowledgeBase::from_sources_unchecked(&en, &es, &zh)
            .unwrap_or_else(|e| panic!("{e}"));
    }
    strict.unwrap_or_else(|e| panic!("{e}"))
}

/// Asks every labelled question; tallies per language code and for "all".
fn evaluate<'a>(matcher: &Matcher, set: &'a EvalSet, verbose: bool) -> BTreeMap<&'a str, Tally> {
    let mut tallies: BTreeMap<&str, Tally> = BTreeMap::new();
    for q in &set.q {
        let outcome = matcher.ask(&q.text);
        let ok = tallies
            .entry(q.lang.code())
            .or_default()
            .add(&q.topic, &outcome);
        tallies.entry("all").or_default().add(&q.topic, &outcome);
        if verbose && !ok {
            let (lang, text, topic, got) = (q.lang, &q.text, &q.topic, outcome.to_json());
            println!("MISS {lang} {text:?} want {topic} got {got}");
        }
    }
    tallies
}

#[test]
fn the_matcher_meets_its_targets_on_the_labelled_questions() {
    let locales = path_from_env("FAQ_LOCALES", "locales");
    let eval = path_from_env("FAQ_EVAL", "tests/data/faq_eval.toml");
    let kb = load(&locales);
    let text = std::fs::read_to_string(&eval).unwrap_or_else(|e| panic!("{}: {e}", eval.display()));
    let set: EvalSet = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", eval.display()));
    let verbose = std::env::var("FAQ_EVAL_VERBOSE").is_ok_and(|v| v == "1");
    let tallies = evaluate(&Matcher::new(&kb), &set, verbose);
    print_table(&tallies);

    for lang in Lang::ALL {
        let [correct, wrong, top3, rejected] = tallies[lang.code()].rates();
        assert!(
            correct >= 90.0,
            "{lang}: answered correctly {correct:.1}% < 90%"
        );
        assert!(wrong <= 3.0, "{lang}: answered wrongly {wrong:.1}% > 3%");
        assert!(top3 >= 98.0, "{lang}: top-3 recall {top3:.1}% < 98%");
        assert!(
            rejected >= 95.0,
            "{lang}: out-of-scope rejected {rejected:.1}% < 95%"
        );
    }
}
