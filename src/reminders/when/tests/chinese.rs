use super::*;

#[test]
fn chinese_dates_read_with_ri_or_hao() {
    let inputs = [
        "12月31日",
        "12月31号",
        "12月31號",
        "12 月 31 日",
        "12月31",
        "2026年12月31日",
        "26年12月31日",
        "十二月三十一日",
        "二〇二六年十二月三十一号",
        "１２月３１日",
        "到12月31日",
    ];
    assert_ends(&inputs, at(2026, 12, 31, 23, 59));
}

#[test]
fn a_day_number_alone_is_the_next_day_with_that_number() {
    // Today is Nov 25; November has no 31st.
    assert_ends(&["31号", "31日"], at(2026, 12, 31, 23, 59));
    assert_ends(&["30号", "30日", "三十号"], at(2026, 11, 30, 23, 59));
    assert_ends(&["25号"], at(2026, 11, 25, 23, 59));
    assert_ends(&["24号"], at(2026, 12, 24, 23, 59));
}

#[test]
fn thirty_ri_alone_is_a_day_of_the_month_not_thirty_days() {
    assert_eq!(lima("30日").unwrap().local, at(2026, 11, 30, 23, 59));
    assert_eq!(lima("30天").unwrap().local, at(2026, 12, 25, 23, 59));
}

#[test]
fn chinese_relative_lengths_accept_chinese_numerals() {
    assert_ends(
        &["30天", "三十天", "30 天", "30天后", "三十天以后"],
        at(2026, 12, 25, 23, 59),
    );
    assert_ends(&["两天", "2天"], at(2026, 11, 27, 23, 59));
    assert_ends(
        &["2周", "两周", "两个星期", "兩週"],
        at(2026, 12, 9, 23, 59),
    );
    assert_ends(&["1个月", "一个月", "一個月"], at(2026, 12, 25, 23, 59));
}

#[test]
fn chinese_day_words_count_from_today() {
    assert_ends(&["今天"], at(2026, 11, 25, 23, 59));
    assert_ends(&["明天"], at(2026, 11, 26, 23, 59));
    assert_ends(&["后天", "後天"], at(2026, 11, 27, 23, 59));
}

#[test]
fn chinese_times_follow_the_date_without_a_space() {
    let cases = [
        ("12月31日18点", at(2026, 12, 31, 18, 0)),
        ("12月31日 18:00", at(2026, 12, 31, 18, 0)),
        ("12月31日下午6点", at(2026, 12, 31, 18, 0)),
        ("明天下午6点半", at(2026, 11, 26, 18, 30)),
        ("明天晚上九点", at(2026, 11, 26, 21, 0)),
        ("明天上午10点30分", at(2026, 11, 26, 10, 30)),
        ("明天中午12点", at(2026, 11, 26, 12, 0)),
        ("明天 6点钟", at(2026, 11, 26, 6, 0)),
    ];
    for (input, expected) in cases {
        let parsed = lima(input).unwrap_or_else(|e| panic!("{input:?}: {e:?}"));
        assert_eq!(parsed.local, expected, "{input:?}");
    }
}

#[test]
fn chinese_labels_follow_the_date_without_a_space() {
    assert_eq!(rest_of("12月31日中国移动"), "中国移动");
    assert_eq!(rest_of("12月31日 Claro 卡"), "Claro 卡");
    assert_eq!(rest_of("三十天，Bitel"), "Bitel");
    assert_eq!(rest_of("明天下午6点 妈妈的卡"), "妈妈的卡");
}

#[test]
fn next_months_fifteenth_reads_in_simplified_and_traditional() {
    assert_ends(
        &[
            "下个月15号",
            "下月15日",
            "下個月15號",
            "下个月 15 号",
            "下个月十五号",
            "到下个月15号",
        ],
        at(2026, 12, 15, 23, 59),
    );
    assert_eq!(rest_of("下个月15号充值"), "充值");
}

#[test]
fn a_day_number_alone_is_this_months_if_still_ahead_else_next_months() {
    assert_ends(&["15号", "15日"], at(2026, 12, 15, 23, 59));
    assert_ends(&["28号"], at(2026, 11, 28, 23, 59));
}
