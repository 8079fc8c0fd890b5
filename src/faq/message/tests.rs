use super::*;

#[test]
fn sources_rank_regulator_then_operator_then_press_then_the_rest_in_file_order() {
    let sources: Vec<String> = [
        "https://blog.example.com/a",
        "https://comunidad.claro.com.pe/t5/x",
        "https://larepublica.pe/x",
        "https://www.claro.com.pe/personas/x",
        "https://especial.larepublica.pe/y",
        "https://serviciosweb.osiptel.gob.pe/x",
        "https://play.google.com/store/apps/details?id=x",
    ]
    .map(String::from)
    .to_vec();
    assert_eq!(
        ranked_sources(&sources),
        [
            "https://serviciosweb.osiptel.gob.pe/x",
            "https://www.claro.com.pe/personas/x",
            "https://play.google.com/store/apps/details?id=x",
            "https://larepublica.pe/x",
            "https://especial.larepublica.pe/y",
            "https://blog.example.com/a",
            "https://comunidad.claro.com.pe/t5/x",
        ]
    );
    // A look-alike host is not the operator.
    assert_eq!(authority("https://notclaro.com.pe/x"), 3);
}

#[test]
fn a_checked_date_reads_as_each_language_writes_dates() {
    assert_eq!(local_date("2026-02-24", Lang::Zh), "2026年2月24日");
    assert_eq!(local_date("2026-02-24", Lang::Es), "24 feb 2026");
    assert_eq!(local_date("2026-02-24", Lang::En), "24 Feb 2026");
    assert_eq!(local_date("sometime", Lang::En), "sometime");
}

#[test]
fn a_caveat_is_escaped_and_the_visible_length_ignores_tags_and_entities() {
    let html = message_html("<b>A</b> &amp; B", "Tom & Jerry <3", &[], "", Lang::En);
    assert_eq!(html, "<b>A</b> &amp; B\n\n⚠️ Tom &amp; Jerry &lt;3");
    assert_eq!(visible_text(&html), "A & B\n\n⚠️ Tom & Jerry <3");
    assert_eq!(visible_chars(&html), visible_text(&html).chars().count());
}

#[test]
fn plain_text_keeps_link_targets_and_decodes_entities() {
    let html = "<b>Top up</b> &amp; <a href=\"https://x.pe/a?b=1&amp;c=2\">x.pe</a> &lt;id&gt;";
    assert_eq!(
        to_plain(html),
        "Top up & x.pe (https://x.pe/a?b=1&c=2) <id>"
    );
}
