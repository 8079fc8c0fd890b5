use super::*;

#[test]
fn spanish_verb_forms_share_a_root() {
    for word in [
        "recargar",
        "recargo",
        "recargue",
        "recarga",
        "recargas",
        "recargado",
    ] {
        assert_eq!(stem(word), "recarg", "{word}");
    }
    assert_eq!(stem("recargando"), "recarg");
    assert_eq!(stem("recargaron"), "recarg");
}

#[test]
fn irregular_forms_and_clitics_meet_the_infinitive() {
    assert_eq!(stem("pongo"), stem("poner"));
    assert_eq!(stem("ponerme"), stem("poner"));
    assert_eq!(stem("recargarle"), "recarg");
    assert_eq!(stem("registrarse"), stem("registrar"));
    assert_eq!(stem("puedo"), stem("poder"));
}

#[test]
fn preterites_in_io_meet_the_present() {
    assert_eq!(stem("vencio"), stem("vence"));
    assert_eq!(stem("perdio"), stem("perder"));
}

#[test]
fn credito_meets_credit() {
    assert_eq!(stem("credito"), stem("credit"));
}

#[test]
fn english_inflections_share_a_root() {
    for word in ["recharge", "recharges", "recharged", "recharging"] {
        assert_eq!(stem(word), "recharg", "{word}");
    }
    assert_eq!(stem("phones"), stem("phone"));
    assert_eq!(stem("blocked"), "block");
}

#[test]
fn cion_nouns_lose_their_ending() {
    assert_eq!(stem("activacion"), "activ");
    assert_eq!(stem("activaciones"), "activ");
    assert_eq!(stem("activar"), "activ");
    assert_eq!(stem("expiration"), stem("expire"));
}

#[test]
fn plurals_in_both_languages_meet_the_singular() {
    assert_eq!(stem("tarjetas"), stem("tarjeta"));
    assert_eq!(stem("operadores"), stem("operador"));
    assert_eq!(stem("paquetes"), stem("paquete"));
    assert_eq!(stem("chips"), "chip");
}

#[test]
fn short_words_and_double_s_are_left_alone() {
    assert_eq!(stem("sms"), "sms");
    assert_eq!(stem("yes"), "yes");
    assert_eq!(stem("access"), "access");
    assert_eq!(stem("plan"), "plan");
    assert_eq!(stem("sim"), "sim");
}

#[test]
fn data_and_date_stay_different() {
    assert_ne!(stem("data"), stem("date"));
}

#[test]
fn non_letters_are_not_stemmed() {
    assert_eq!(stem("5g"), "5g");
    assert_eq!(stem("1844"), "1844");
    assert_eq!(stem("充值"), "充值");
}
