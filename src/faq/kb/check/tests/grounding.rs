//! `recarga check` on what ties an answer to its facts: every code, price and number in a cited
//! fact, a caveat where a fact is not current, no research notes in the text.
use super::*;
use crate::faq::kb::evidence::claims;

#[test]
fn a_code_not_in_any_cited_fact_is_reported_by_value() {
    let problems = problems_after(ES, "<code>*123#</code>", "<code>*515#</code>");
    assert_eq!(
        problems,
        ["es/faq.toml: topic `claro-topup`: answer has `*515#` in no cited fact (F1, F2)"]
    );
}

#[test]
fn a_price_or_phone_number_not_in_any_cited_fact_is_reported() {
    let problems = problems_after_all(
        ZH,
        &[
            (
                "from S/ 3.",
                "from S/ 30, or call (01) 6117777 or 01 611 7778.",
            ),
            ("<code>0800-00123</code>", "0800 00124"),
        ],
    );
    assert_eq!(
        problems,
        [
            "zh/faq.toml: topic `claro-topup`: answer has `S/ 30` in no cited fact (F1, F2)",
            "zh/faq.toml: topic `claro-topup`: answer has `01 611 7778` in no cited fact (F1, F2)",
            "zh/faq.toml: topic `claro-topup`: answer has `0800 00124` in no cited fact (F1, F2)",
        ]
    );
}

#[test]
fn a_code_in_a_fact_the_topic_does_not_cite_is_reported() {
    // F2 has *123#, but operators-overview cites only F1.
    let problems = problems_after(EN, GENERIC_ANSWER, "• Dial <code>*123#</code>.");
    assert_eq!(
        problems,
        ["en/faq.toml: topic `operators-overview`: answer has `*123#` in no cited fact (F1)"]
    );
}

#[test]
fn years_percentages_and_numbers_written_differently_pass() {
    let problems = problems_after(
        ES,
        "from S/ 3.",
        "from S/3 since 2021-2022 (50% more), or call 01-611-7777.",
    );
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(claims("Since 2021, 20% more."), Vec::<String>::new());
}

// Rule 3: the caveat.

#[test]
fn a_topic_citing_an_uncertain_fact_needs_a_caveat() {
    let problems = problems_after(
        EN,
        "caveat = \"Only a blog says so (en); ask your operator.\"\n",
        "",
    );
    assert_eq!(
        problems,
        ["en/faq.toml: topic `topup-alipay-wechat`: caveat is required: fact `F3` is uncertain"]
    );
}

#[test]
fn a_caveat_is_one_short_line_of_plain_text() {
    let caveat = "caveat = \"Only a blog says so (es); ask your operator.\"";
    let long = format!("caveat = \"{}\"", "c".repeat(161));
    let problems = problems_after(ES, caveat, &long);
    assert_eq!(
        problems,
        ["es/faq.toml: topic `topup-alipay-wechat`: caveat is 161 characters (max 160)"]
    );
    let problems = problems_after(ES, caveat, "caveat = \"Ask <b>your</b> operator.\"");
    assert_eq!(
        problems,
        ["es/faq.toml: topic `topup-alipay-wechat`: caveat contains `<` (it is plain text, no HTML)"]
    );
    let problems = problems_after(ES, caveat, "caveat = \"Ask your\\noperator.\"");
    assert_eq!(
        problems,
        ["es/faq.toml: topic `topup-alipay-wechat`: caveat is more than one line"]
    );
}

// Rule 4: research notes stay out of answers.

#[test]
fn a_source_kind_in_parentheses_in_an_answer_is_refused() {
    for note in [
        "(blog, 2026)",
        "(Press)",
        "(según la prensa)",
        "（媒体报道）",
    ] {
        let to = format!("• Step one &amp; two {note}.");
        let problems = problems_after(ZH, GENERIC_ANSWER, &to);
        assert_eq!(
            problems,
            [format!(
                "zh/faq.toml: topic `operators-overview`: answer cites a source kind in the \
                 text (`{note}`); move it to the caveat"
            )]
        );
    }
    let plain = problems_after(ZH, GENERIC_ANSWER, "• Step one (in the app) &amp; two.");
    assert_eq!(plain, Vec::<String>::new());
}

// Rule 5: the message as read fits 900 characters.
