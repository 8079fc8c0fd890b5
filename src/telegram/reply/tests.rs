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
