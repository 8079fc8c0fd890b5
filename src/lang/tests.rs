use super::*;

#[test]
fn codes_round_trip_through_from_code() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
    }
}

#[test]
fn regional_tags_are_accepted_by_their_primary_subtag() {
    assert_eq!(Lang::from_code("zh-hans"), Some(Lang::Zh));
    assert_eq!(Lang::from_code("zh-TW"), Some(Lang::Zh));
    assert_eq!(Lang::from_code("es-PE"), Some(Lang::Es));
    assert_eq!(Lang::from_code("en-US"), Some(Lang::En));
    assert_eq!(Lang::from_code("EN_gb"), Some(Lang::En));
}

#[test]
fn unknown_or_sloppy_tags_are_rejected() {
    for code in ["", "fr", "pt-BR", "english", "zhx", "e"] {
        assert_eq!(Lang::from_code(code), None, "{code}");
    }
}

#[test]
fn chinese_characters_mean_chinese_even_in_a_mixed_message() {
    assert_eq!(Lang::detect("怎么给claro充值"), Lang::Zh);
    assert_eq!(Lang::detect("Claro 儲值"), Lang::Zh);
}

#[test]
fn spanish_letters_or_words_mean_spanish() {
    assert_eq!(Lang::detect("¿Cómo recargo mi chip?"), Lang::Es);
    assert_eq!(Lang::detect("como recargar saldo claro"), Lang::Es);
    assert_eq!(Lang::detect("dónde compro un chip"), Lang::Es);
}

#[test]
fn everything_else_is_english() {
    assert_eq!(Lang::detect("how do I top up my claro line"), Lang::En);
    assert_eq!(Lang::detect(""), Lang::En);
    assert_eq!(Lang::detect("12345"), Lang::En);
}

#[test]
fn lang_serializes_as_its_lowercase_code() {
    assert_eq!(serde_json::to_string(&Lang::Zh).unwrap(), "\"zh\"");
    let parsed: Lang = serde_json::from_str("\"es\"").unwrap();
    assert_eq!(parsed, Lang::Es);
}

#[test]
fn telegram_codes_map_by_prefix_and_fall_back_to_english() {
    assert_eq!(Lang::from_telegram(Some("zh-hans")), Lang::Zh);
    assert_eq!(Lang::from_telegram(Some("zh-TW")), Lang::Zh);
    assert_eq!(Lang::from_telegram(Some("es-PE")), Lang::Es);
    assert_eq!(Lang::from_telegram(Some("pt-br")), Lang::En);
    assert_eq!(Lang::from_telegram(None), Lang::En);
}
