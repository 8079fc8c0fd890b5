use super::*;

#[test]
fn english_month_names_read_either_way_round() {
    let inputs = [
        "Dec 31",
        "December 31",
        "december 31st",
        "31 Dec",
        "31st of December",
        "Dec 31 2026",
        "Dec 31, 2026",
        "DEC. 31",
        "on Dec 31",
        "until December 31, 2026",
    ];
    assert_ends(&inputs, at(2026, 12, 31, 23, 59));
}

#[test]
fn english_relative_lengths_and_day_words() {
    assert_ends(
        &["30 days", "30 day", "in 30 days"],
        at(2026, 12, 25, 23, 59),
    );
    assert_ends(&["2 weeks", "two weeks"], at(2026, 12, 9, 23, 59));
    assert_ends(&["1 month", "a month"], at(2026, 12, 25, 23, 59));
    assert_ends(&["today"], at(2026, 11, 25, 23, 59));
    assert_ends(&["tomorrow", "Tomorrow"], at(2026, 11, 26, 23, 59));
    assert_ends(
        &["day after tomorrow", "the day after tomorrow"],
        at(2026, 11, 27, 23, 59),
    );
}

#[test]
fn english_times_follow_the_date() {
    let cases = [
        ("Dec 31 18:00", at(2026, 12, 31, 18, 0)),
        ("Dec 31 at 18:00", at(2026, 12, 31, 18, 0)),
        ("Dec 31, 2026 6pm", at(2026, 12, 31, 18, 0)),
        ("tomorrow at 6:30 pm", at(2026, 11, 26, 18, 30)),
        ("tomorrow at 6 in the evening", at(2026, 11, 26, 18, 0)),
    ];
    for (input, expected) in cases {
        assert_eq!(lima(input).unwrap().local, expected, "{input:?}");
    }
}

#[test]
fn english_labels_follow_the_date() {
    assert_eq!(rest_of("Dec 31 18:00 movistar"), "movistar");
    assert_eq!(rest_of("Dec 31, movistar"), "movistar");
    assert_eq!(rest_of("tomorrow at home"), "at home");
}

#[test]
fn the_nth_alone_is_the_next_day_with_that_number() {
    assert_ends(
        &["the 5th", "on the 5th", "until the 5th"],
        at(2026, 12, 5, 23, 59),
    );
    assert_ends(&["2 years"], at(2028, 11, 25, 23, 59));
}

#[test]
fn the_fifteenth_of_next_month_reads_with_or_without_of() {
    assert_ends(
        &[
            "the 15th of next month",
            "15th next month",
            "15th of next month",
            "on the 15th of next month",
            "The 15th Of Next Month",
        ],
        at(2026, 12, 15, 23, 59),
    );
    assert_eq!(rest_of("the 15th of next month entel"), "entel");
}

#[test]
fn the_fifteenth_alone_is_the_next_fifteenth() {
    assert_ends(&["the 15th", "on the 15th"], at(2026, 12, 15, 23, 59));
    assert_ends(&["the 28th"], at(2026, 11, 28, 23, 59));
}
