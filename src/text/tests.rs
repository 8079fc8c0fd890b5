use super::*;

#[test]
fn markup_is_escaped_and_everything_else_kept() {
    assert_eq!(
        escape_html("a<b>&c \"d\" 话费"),
        "a&lt;b&gt;&amp;c \"d\" 话费"
    );
    assert_eq!(escape_html("&amp;"), "&amp;amp;");
}

#[test]
fn it_agrees_with_teloxide() {
    for s in ["<i>x</i>", "R&D", "plain", "", "<<>>&&"] {
        assert_eq!(escape_html(s), teloxide::utils::html::escape(s));
    }
}
