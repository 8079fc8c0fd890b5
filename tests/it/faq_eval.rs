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

/// Floors per language: answered right, answered wrong (ceiling), right topic in the top 3,
/// out-of-scope kept out. Measured 2026-11-30 (held-out): right 73.6 / 71.5 / 73.6 %, wrong
/// 0.8 / 3.0 / 2.3 %, top-1 93.4 / 90.5 / 91.1 %, top-3 97.0 / 96.2 / 96.4 %, kept out 100 %.
const FLOORS: Rates = Rates {
    right: 60.0,
    wrong: 5.0,
    top1: 82.0,
    top3: 90.0,
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
