use super::*;

#[test]
fn spanish_month_names_read_day_first() {
    let inputs = [
        "31 de diciembre",
        "31 de Diciembre",
        "31 diciembre",
        "31 dic",
        "31 Dic.",
        "el 31 de diciembre",
        "hasta el 31 de diciembre",
        "31 de diciembre de 2026",
        "31 dic 2026",
        "31 de diciembre del 2026",
    ];
    assert_ends(&inputs, at(2026, 12, 31, 23, 59));
}

#[test]
fn setiembre_is_spelled_the_peruvian_way_too() {
    assert_ends(
        &["1 de setiembre", "1 set", "1 de septiembre"],
        at(2027, 9, 1, 23, 59),
    );
}

#[test]
fn spanish_relative_lengths_read_with_or_without_accents() {
    assert_ends(
        &[
            "30 días",
            "30 dias",
            "30 DÍAS",
            "en 30 días",
            "dentro de 30 dias",
        ],
        at(2026, 12, 25, 23, 59),
    );
    assert_ends(&["2 semanas", "dos semanas"], at(2026, 12, 9, 23, 59));
    assert_ends(&["un mes", "1 mes"], at(2026, 12, 25, 23, 59));
}

#[test]
fn spanish_day_words_count_from_today() {
    assert_ends(&["hoy", "HOY"], at(2026, 11, 25, 23, 59));
    assert_ends(
        &["mañana", "manana", "Mañana", "mañana"],
        at(2026, 11, 26, 23, 59),
    );
    assert_ends(
        &["pasado mañana", "pasado manana"],
        at(2026, 11, 27, 23, 59),
    );
    assert_eq!(lima("hoy").unwrap().period_days, None);
    assert_eq!(lima("mañana").unwrap().period_days, Some(1));
}

#[test]
fn spanish_times_follow_the_date() {
    let cases = [
        ("mañana a las 18:00", at(2026, 11, 26, 18, 0)),
        ("mañana a las 6 de la tarde", at(2026, 11, 26, 18, 0)),
        ("mañana a las 9 de la mañana", at(2026, 11, 26, 9, 0)),
        ("31 de diciembre a las 18h", at(2026, 12, 31, 18, 0)),
        ("31/12 a la 1", at(2026, 12, 31, 1, 0)),
    ];
    for (input, expected) in cases {
        assert_eq!(lima(input).unwrap().local, expected, "{input:?}");
    }
}

#[test]
fn spanish_labels_follow_the_date() {
    assert_eq!(rest_of("31 de diciembre claro chip"), "claro chip");
    assert_eq!(
        rest_of("mañana a las 18:00 Movistar de mamá"),
        "Movistar de mamá"
    );
    assert_eq!(rest_of("30 días entel"), "entel");
}

#[test]
fn el_with_a_day_number_is_the_next_day_with_that_number() {
    assert_ends(&["el 5", "hasta el 5"], at(2026, 12, 5, 23, 59));
    assert_ends(&["el 30"], at(2026, 11, 30, 23, 59));
    assert_eq!(rest_of("el 31 claro"), "claro");
}

#[test]
fn spanish_years_are_twelve_calendar_months() {
    assert_ends(&["1 año", "un año", "1 ano"], at(2027, 11, 25, 23, 59));
}

#[test]
fn next_months_fifteenth_reads_with_or_without_accents() {
    assert_ends(
        &[
            "el 15 del próximo mes",
            "el 15 del proximo mes",
            "15 del mes que viene",
            "el 15 del mes que viene",
            "El 15 del Próximo Mes",
            "15 del mes siguiente",
            "hasta el 15 del próximo mes",
        ],
        at(2026, 12, 15, 23, 59),
    );
    assert_eq!(rest_of("el 15 del próximo mes claro"), "claro");
}

#[test]
fn el_fifteen_alone_is_the_next_fifteenth() {
    assert_ends(&["el 15"], at(2026, 12, 15, 23, 59));
    assert_ends(&["el 28"], at(2026, 11, 28, 23, 59));
}
