use super::*;

#[test]
fn a_text_over_the_limit_is_cut_at_a_line_end() {
    let line = "<b>línea</b> 中文 text\n";
    let text = line.repeat(400);
    let cut = fit(text);
    assert!(cut.chars().count() <= MAX_TEXT);
    assert!(
        cut.ends_with("</b> 中文 text\n…"),
        "{}",
        &cut[cut.len() - 40..]
    );
    assert_eq!(fit("short".into()), "short");
}

#[test]
fn shorten_counts_characters_not_bytes() {
    assert_eq!(shorten("续费续费续费", 3), "续费续…");
    assert_eq!(shorten("abc", 3), "abc");
}

#[test]
fn an_echo_keeps_forty_characters_not_bytes_and_escapes_after_cutting() {
    assert_eq!(echo("Lima"), "Lima");
    let long = "ñ".repeat(100);
    assert_eq!(echo(&long), format!("{}…", "ñ".repeat(ECHO_CHARS)));
    let tags = "<".repeat(100);
    assert_eq!(echo(&tags), format!("{}…", "&lt;".repeat(ECHO_CHARS)));
}

#[test]
fn escape_within_never_passes_its_budget_nor_cuts_an_entity() {
    let text = "a&b<c>".repeat(1000);
    let out = escape_within(&text, 100);
    assert!(out.chars().count() <= 100, "{}", out.chars().count());
    assert!(out.ends_with('…'));
    let body = out.trim_end_matches('…');
    assert_eq!(html::escape(&text).find(body), Some(0));
    assert_eq!(escape_within("short & sweet", 100), "short &amp; sweet");
}

mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::text::hostile;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn no_typed_text_makes_an_echo_or_a_reply_too_long(
            text in hostile::any_text(),
            max in 1usize..200,
        ) {
            // An escaped character is at most six long (`&quot;`), plus the "…".
            prop_assert!(echo(&text).chars().count() <= 6 * ECHO_CHARS + 1);
            prop_assert!(escape_within(&text, max).chars().count() <= max);
            let doubled = format!("{text}\n{text}\n{text}");
            prop_assert!(fit(doubled).chars().count() <= MAX_TEXT);
        }
    }
}
