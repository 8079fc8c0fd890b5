use super::*;
use crate::telegram::reply::MAX_TEXT;

fn sample() -> Stats {
    let mut stats = Stats {
        plans: 7,
        lines: 3,
        questions: Questions {
            answered: 6,
            suggested: 3,
            unanswered: 1,
        },
        top_unanswered: vec![("¿y <b>roaming</b>?".to_owned(), 4)],
        thumbs_up: 5,
        thumbs_down: 2,
        ..Stats::default()
    };
    stats.reasons.insert("wrong-topic".to_owned(), 2);
    stats.reasons.insert("<odd>".to_owned(), 1);
    stats
}

#[test]
fn every_figure_is_shown_with_the_late_threshold_and_user_text_escaped() {
    let text = render(Lang::En, &sample());
    for expected in [
        "<b>Plans</b>: 7 · <b>lines</b>: 3",
        &format!("more than {LATE_AFTER_SECS} s after due"),
        "Answered: 6 (60%)",
        "Suggested (“Not this?”): 3 (30%)",
        "Unanswered: 1 (10%)",
        "4 × ¿y &lt;b&gt;roaming&lt;/b&gt;?",
        "👍 5 · 👎 2",
        "🎯 Wrong topic 2 · 📅 Outdated 0 · 🤔 Not clear 0 · &lt;odd&gt; 1",
    ] {
        assert!(text.contains(expected), "{expected:?} not in {text}");
    }
    assert!(!text.contains('\u{2068}'), "isolation marks: {text}");
}

#[test]
fn every_language_has_every_line() {
    for lang in Lang::ALL {
        let text = render(lang, &Stats::default());
        assert!(!text.contains("Unknown localization"), "{text}");
        assert_eq!(
            text.lines().count(),
            render(Lang::En, &Stats::default()).lines().count()
        );
    }
}

#[test]
fn the_longest_questions_are_cut_and_the_message_fits_in_one() {
    let long = "<&>".repeat(2000);
    let mut stats = sample();
    stats.top_unanswered = (0..crate::stats::TOP_QUESTIONS)
        .map(|i| (format!("{i}{long}"), i64::MAX))
        .collect();
    for lang in Lang::ALL {
        let text = render(lang, &stats);
        assert!(
            text.chars().count() < MAX_TEXT,
            "{} chars",
            text.chars().count()
        );
        for line in text.lines().filter(|line| line.contains('×')) {
            let question = line.split_once(" × ").unwrap().1;
            assert!(question.chars().count() <= QUESTION_CHARS, "{line}");
            assert!(
                question.ends_with('…') && !question.contains("&…"),
                "{line}"
            );
        }
    }
}

#[test]
fn a_question_on_several_lines_is_shown_on_one() {
    let mut stats = sample();
    stats.top_unanswered = vec![("how\ndo   I\n\npay".to_owned(), 2)];
    assert!(render(Lang::En, &stats).contains("2 × how do I pay\n"));
}
