use super::*;
use crate::faq::{FaqSource, LiveFaq};

fn shipped() -> std::sync::Arc<Faq> {
    LiveFaq::open(FaqSource::Embedded)
        .expect("the shipped knowledge base loads")
        .current()
}

fn data(keyboard: &InlineKeyboardMarkup) -> Vec<(String, String)> {
    use teloxide::types::InlineKeyboardButtonKind::CallbackData;
    keyboard
        .inline_keyboard
        .iter()
        .flatten()
        .filter_map(|b| match &b.kind {
            CallbackData(data) => Some((b.text.clone(), data.clone())),
            _ => None,
        })
        .collect()
}

#[test]
fn not_this_buttons_come_first_and_only_when_the_matcher_is_not_sure() {
    let faq = shipped();
    let topic = faq.kb.topic("balance-check").unwrap();
    let typed = Topic::new("balance-check").unwrap();
    let alternatives: Vec<String> = [
        "balance-check",
        "data-check",
        "balance-expiry",
        "imei-check",
    ]
    .map(String::from)
    .to_vec();
    for lang in Lang::ALL {
        let sure = answer_keyboard(&faq, lang, topic, typed, &Asked::default());
        let prefix = t_args(lang, "btn-not-this", &[("title", "".into())]);
        assert!(
            !data(&sure)
                .iter()
                .any(|(label, _)| label.starts_with(&prefix)),
            "{lang:?}: {:?}",
            data(&sure)
        );
        let asked = Asked {
            number: Some(7),
            not_this: &alternatives,
        };
        let unsure = data(&answer_keyboard(&faq, lang, topic, typed, &asked));
        // The answered topic itself is skipped; two at most.
        assert_eq!(unsure[0].1, "faq:a:data-check", "{lang:?}: {unsure:?}");
        assert_eq!(unsure[1].1, "faq:a:balance-expiry", "{lang:?}: {unsure:?}");
        assert!(unsure[0].0.starts_with(&prefix) && unsure[1].0.starts_with(&prefix));
        let offered = unsure
            .iter()
            .filter(|(l, _)| l.starts_with(&prefix))
            .count();
        assert_eq!(offered, 2, "{lang:?}: {unsure:?}");
        // Nothing twice: a related topic already offered as "Not this?" is not repeated.
        let mut all: Vec<&str> = unsure.iter().map(|(_, d)| d.as_str()).collect();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), unsure.len(), "{lang:?}: {unsure:?}");
        assert!(unsure.iter().any(|(_, d)| d == "fb:0:balance-check:7"));
    }
}

#[test]
fn every_not_this_label_fits_one_line_of_a_phone_in_every_language() {
    let faq = shipped();
    for lang in Lang::ALL {
        let ids: Vec<&str> = faq.kb.topics().iter().map(|t| t.id.as_str()).collect();
        for label in not_this_buttons(&faq, lang, &ids).into_iter().flatten() {
            assert!(
                columns(&label.text) <= MAX_NOT_THIS_COLUMNS,
                "{lang:?}: {} is {} columns",
                label.text,
                columns(&label.text)
            );
        }
    }
}

#[test]
fn a_long_title_is_cut_with_an_ellipsis_counting_chinese_as_two_columns() {
    assert_eq!(fit("Top up", 10), "Top up");
    assert_eq!(fit("How to top up from abroad", 10), "How to to…");
    assert_eq!(fit("怎么从国外给手机充值", 9), "怎么从国…");
    assert!(columns(&fit("怎么从国外给手机充值", 9)) <= 9);
}
