use super::*;

fn row(remind_at: i64) -> SettingsRow {
    SettingsRow {
        leads: "1d".into(),
        remind_at,
        time_zone: Some("Asia/Shanghai".into()),
        language: Some("zh".into()),
        telegram_language: Some("es".into()),
    }
}

#[test]
fn a_stored_row_is_typed_field_by_field() {
    let settings = Settings::from_row(&row(7 * 60 + 45), &UserZone::LIMA);
    assert_eq!(
        settings.remind_at,
        NaiveTime::from_hms_opt(7, 45, 0).unwrap()
    );
    assert_eq!(settings.lang, Lang::Zh);
    assert_eq!(settings.zone, UserZone::parse("Asia/Shanghai").unwrap());
    assert_eq!(settings.leads, parse_leads("1d").unwrap());
}

#[test]
fn a_reminder_time_outside_the_day_is_the_default_not_midnight_or_a_clamp() {
    let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap();
    for bad in [-1, 24 * 60, 10_000, i64::MIN, i64::MAX] {
        assert_eq!(
            Settings::from_row(&row(bad), &UserZone::LIMA).remind_at,
            nine,
            "{bad}"
        );
    }
    let last = Settings::from_row(&row(24 * 60 - 1), &UserZone::LIMA).remind_at;
    assert_eq!(last, NaiveTime::from_hms_opt(23, 59, 0).unwrap());
}

#[test]
fn unreadable_leads_and_zone_fall_back_and_the_defaults_are_the_migrations() {
    let mut bad = row(0);
    bad.leads = "soon".into();
    bad.time_zone = Some("Mars/Olympus".into());
    let settings = Settings::from_row(&bad, &UserZone::LIMA);
    assert_eq!(settings.leads, DEFAULT_LEADS.to_vec());
    assert_eq!(settings.zone, UserZone::LIMA);
    let defaults = Settings::defaults(&UserZone::LIMA);
    assert_eq!(
        defaults.remind_at,
        NaiveTime::from_hms_opt(9, 0, 0).unwrap()
    );
    assert_eq!(defaults.leads, DEFAULT_LEADS.to_vec());
    assert_eq!(defaults.lang, Lang::En);
}
