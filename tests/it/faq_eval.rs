//! The matcher measured on the held-out questions (tests/data/faq_heldout/*.toml), written by a
//! pass that never saw the knowledge base and never used for tuning (`recarga tune` fits on
//! locales/examples/ only). This test only guards against regressions: its floors sit well
//! below the figures measured when the model was fitted (README "Measuring and re-tuning"), so
//! one knowledge-base edit cannot break it by accident while a broken matcher cannot pass.
//!
//! Run it alone, with the table: `cargo test --test it faq_eval -- --nocapture`
//! (or `cargo run --release -- eval`, which also lists misses with `--misses`).

use std::path::Path;

use recarga::faq::evaluate::{evaluate, load_set, Rates};
use recarga::faq::{KnowledgeBase, Matcher};
use recarga::lang::Lang;

/// Floors per language: answered right, answered wrong (ceiling), right topic first, in the
/// top 3, out-of-scope kept out. Measured 2026-12-01 (held-out, with the n-gram classifier and
/// per-language answer thresholds): right 90.9 / 85.6 / 87.5 %, wrong 1.3 / 2.3 / 4.0 %, top-1
/// 94.3 / 91.3 / 92.0 %, top-3 97.7 / 96.2 / 97.5 %, kept out 100 / 100 / 96.8 %.
const FLOORS: Rates = Rates {
    right: 78.0,
    wrong: 6.5,
    top1: 85.0,
    top3: 92.0,
    kept_out: 90.0,
};

#[test]
fn the_matcher_keeps_its_held_out_figures() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let kb = KnowledgeBase::load_dir(&repo.join("locales")).unwrap_or_else(|e| panic!("{e}"));
    let mut set = Vec::new();
    for lang in Lang::ALL {
        let path = repo.join(format!("tests/data/faq_heldout/{}.toml", lang.code()));
        set.extend(load_set(&path).unwrap());
    }
    assert!(set.len() > 1400, "every held-out file was read");
    let report = evaluate(&Matcher::new(&kb), &set, None);
    println!("\nheld-out questions ({}):\n{report}", set.len());
    for lang in Lang::ALL {
        let tally = report.lang(lang);
        assert!(tally.in_scope > 400 && tally.out_of_scope >= 30, "{lang:?}");
        let r = tally.rates();
        assert!(
            r.right >= FLOORS.right,
            "{lang:?}: answered right {:.1}%",
            r.right
        );
        assert!(
            r.wrong <= FLOORS.wrong,
            "{lang:?}: answered wrong {:.1}%",
            r.wrong
        );
        assert!(
            r.top1 >= FLOORS.top1,
            "{lang:?}: right topic first {:.1}%",
            r.top1
        );
        assert!(
            r.top3 >= FLOORS.top3,
            "{lang:?}: right topic in top 3 {:.1}%",
            r.top3
        );
        assert!(
            r.kept_out >= FLOORS.kept_out,
            "{lang:?}: out of scope kept out {:.1}%",
            r.kept_out
        );
    }
}
