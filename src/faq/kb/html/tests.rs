use super::*;

#[test]
fn well_formed_answers_pass() {
    let answer = "<b>Claro</b>\n• Use <i>Mi Claro</i> &amp; <code>*123#</code>\n\
                  <a href=\"https://x.pe/?a=1&amp;b=2\">site</a> 5 &lt; 6 &#8212; &quot;ok&quot;";
    assert_eq!(validate(answer), Ok(()));
}

#[test]
fn a_bare_ampersand_is_an_error_with_its_line() {
    let err = validate("line one\nYape & Plin").unwrap_err();
    assert_eq!(err, "line 2: bare `&` (write &amp;)");
    assert!(validate("AT&T").is_err());
    assert!(validate("&amp").is_err());
    assert!(validate("&nbsp;").is_err());
}

#[test]
fn bare_angle_brackets_are_errors() {
    assert_eq!(
        validate("5 > 4").unwrap_err(),
        "line 1: bare `>` (write &gt;)"
    );
    assert_eq!(
        validate("5 < 6").unwrap_err(),
        "line 1: bare `<` (write &lt;)"
    );
    assert!(validate("a <b").is_err());
    assert_eq!(
        validate("1 < 2 > 0").unwrap_err(),
        "line 1: bare `<` (write &lt;)"
    );
}

#[test]
fn only_the_telegram_subset_of_tags_is_allowed() {
    assert!(validate("<p>x</p>").unwrap_err().contains("not allowed"));
    assert!(validate("x<br>").unwrap_err().contains("not allowed"));
    assert!(validate("<b class=\"x\">y</b>").is_err());
    assert!(validate("<a name=\"x\">y</a>").is_err());
    assert!(validate("<a href=\"ftp://x\">y</a>").is_err());
    assert!(validate("<a href=\"https://x?a&b\">y</a>").is_err());
}

#[test]
fn tags_must_be_balanced_and_nested() {
    assert_eq!(
        validate("<b>x").unwrap_err(),
        "<b> opened on line 1 is never closed"
    );
    assert_eq!(
        validate("x</i>").unwrap_err(),
        "line 1: </i> was never opened"
    );
    assert_eq!(
        validate("<b><i>x</b></i>").unwrap_err(),
        "line 1: </b> closes <i> opened on line 1"
    );
    assert_eq!(validate("<b><i>x</i></b>"), Ok(()));
}
