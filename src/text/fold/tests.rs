use super::*;

fn unaccented(c: char) -> String {
    let mut out = String::new();
    unaccent_char(c, &mut |part| out.push(part));
    out
}

#[test]
fn spanish_accents_fold_to_their_letter() {
    for (accented, plain) in [
        ("áàäâ", 'a'),
        ("éèëê", 'e'),
        ("íìïî", 'i'),
        ("óòöô", 'o'),
        ("úùüû", 'u'),
        ("ñ", 'n'),
        ("ç", 'c'),
    ] {
        for c in accented.chars() {
            assert_eq!(unaccented(c), plain.to_string(), "{c}");
        }
    }
    assert_eq!(unaccented('你'), "你");
    assert_eq!(strip_latin_accents("Mañana e\u{301}"), "Manana e");
}

#[test]
fn the_traditional_characters_people_type_fold_to_simplified() {
    let pairs = [
        ('號', '号'),
        ('兩', '两'),
        ('個', '个'),
        ('週', '周'),
        ('點', '点'),
        ('後', '后'),
        ('時', '时'),
        ('禮', '礼'),
        ('鐘', '钟'),
    ];
    for (traditional, simple) in pairs {
        assert_eq!(simplified_char(traditional), simple);
        assert_eq!(simplified_char(simple), simple);
    }
    for kept in ['a', 'ñ', '。', '、', '：', '－', '１'] {
        assert_eq!(simplified_char(kept), kept);
    }
}
