//! Free text that asks for a reminder ("30天后提醒我续费", "recuérdame el 15 que vence mi chip",
//! "remind me on the 31st to top up claro"): a reminder word in any of the three languages plus
//! a date the `when` grammar finds somewhere in the text. Questions that merely mention a length
//! ("how many days does a Claro package last?") carry no reminder word and stay for the FAQ.
use chrono::{DateTime, Utc};

use super::model::Operator;
use super::plans::Draft;
use super::when::text::fold;
use super::when::{parse_end, EndParse, WhenError};
use super::zone::UserZone;

/// Words that ask for a reminder, folded (lowercase, no accents, simplified Chinese).
const INTENT: &[&str] = &[
    "提醒",
    "叫我",
    "通知我",
    "recuerdame",
    "recordarme",
    "recordatorio",
    "avisame",
    "avisarme",
    "remind me",
    "reminder",
    "notify me",
];

/// The longest text searched for a date, in characters: a chat message, not a document.
const MAX_CHARS: usize = 200;

/// What a reminder request says, if `text` is one.
#[derive(Clone, Debug)]
pub enum Request {
    /// A request with a date that can be saved as it is.
    Plan(Draft),
    /// A request whose date the grammar refused (a date that does not exist, a past one).
    BadDate(WhenError),
}

/// Reads a reminder request: `None` when `text` has no reminder word or no date at all.
pub fn reminder_request(text: &str, now: DateTime<Utc>, zone: &UserZone) -> Option<Request> {
    let text: String = text.chars().take(MAX_CHARS).collect();
    let folded = fold(&text);
    if !INTENT.iter().any(|word| folded.contains(word)) {
        return None;
    }
    let mut refused = None;
    for start in word_starts(&text) {
        if is_lead(&text[..start], &text[start..]) {
            continue;
        }
        match parse_end(&text[start..], now, zone) {
            Ok(end) => return Some(Request::Plan(draft(&text, &end))),
            Err(WhenError::Unrecognized(_) | WhenError::Empty) => {}
            Err(error) => {
                refused.get_or_insert(error);
            }
        }
    }
    refused.map(Request::BadDate)
}

/// Whether `rest` starts with a lead rather than a date: "a day before", "2 days before",
/// "3 dias antes" say when to remind, not when the plan ends; so do "到期前三天" and "提前三天",
/// where 前 comes just `before` the number.
fn is_lead(before: &str, rest: &str) -> bool {
    if before.trim_end().ends_with('前') {
        return true;
    }
    let words: Vec<String> = rest.split_whitespace().take(3).map(fold).collect();
    words.iter().skip(1).any(|w| {
        matches!(
            w.trim_matches(|c: char| !c.is_alphanumeric()),
            "before" | "prior" | "antes"
        )
    })
}

/// Byte offsets where a date may start: after a non-letter for Latin script, at every CJK
/// character (Chinese needs no spaces: "提醒我下个月15号充值").
fn word_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let mut previous: Option<char> = None;
    text.char_indices().filter_map(move |(at, c)| {
        let starts = match previous {
            None => true,
            Some(p) => is_cjk(c) || is_cjk(p) || !p.is_alphanumeric(),
        };
        previous = Some(c);
        (starts && !c.is_whitespace()).then_some(at)
    })
}

fn is_cjk(c: char) -> bool {
    (c as u32) >= 0x2e80
}

fn draft(text: &str, end: &EndParse) -> Draft {
    Draft {
        operator: operator_named(text).unwrap_or(Operator::Other),
        label: None,
        ends_at: end.end,
        has_time: end.has_time,
        period_days: end.period_days.unwrap_or(1).max(1),
        period_known: end.period_known,
    }
}

/// The first operator named anywhere in the text, as a whole Latin word ("claro", "Bitel").
fn operator_named(text: &str) -> Option<Operator> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .find_map(|word| Operator::parse(word).filter(|op| *op != Operator::Other))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    /// Wednesday 2026-11-25, 10:00 in Lima.
    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, 15, 0, 0).unwrap()
    }

    #[test]
    fn a_lead_is_not_read_as_the_end_date() {
        for text in [
            "Can this bot remind me a day before it expires?",
            "recuerdame 2 dias antes de que se acabe",
            "比如套餐到期前三天提醒",
            "能不能提前两天提醒我续费",
        ] {
            assert!(
                reminder_request(text, now(), &UserZone::LIMA).is_none(),
                "{text}"
            );
        }
        // A lead beside a real date leaves the date.
        let draft = plan("remind me 2 days before 15/12");
        let local = draft.ends_at.with_timezone(&chrono_tz::America::Lima);
        assert_eq!(local.format("%m-%d").to_string(), "12-15");
        let draft = plan("套餐12月15号到期，提前三天提醒我");
        let local = draft.ends_at.with_timezone(&chrono_tz::America::Lima);
        assert_eq!(local.format("%m-%d").to_string(), "12-15");
    }

    fn plan(text: &str) -> Draft {
        match reminder_request(text, now(), &UserZone::LIMA) {
            Some(Request::Plan(draft)) => draft,
            other => panic!("{text:?}: {other:?}"),
        }
    }

    fn local_day(draft: &Draft) -> String {
        UserZone::LIMA
            .to_local(draft.ends_at)
            .format("%Y-%m-%d %H:%M")
            .to_string()
    }

    #[test]
    fn reminder_requests_in_three_languages_find_their_date_and_operator() {
        let cases = [
            ("30天后提醒我续费", "2026-12-25 23:59", Operator::Other),
            ("提醒我下个月15号充值", "2026-12-15 23:59", Operator::Other),
            ("提醒我12月31日充claro", "2026-12-31 23:59", Operator::Claro),
            (
                "recuérdame el 15 que vence mi chip",
                "2026-12-15 23:59",
                Operator::Other,
            ),
            (
                "recuerdame el 15 del proximo mes bitel",
                "2026-12-15 23:59",
                Operator::Bitel,
            ),
            ("avísame en 7 días", "2026-12-02 23:59", Operator::Other),
            (
                "remind me on the 31st to top up claro",
                "2026-12-31 23:59",
                Operator::Claro,
            ),
            (
                "Remind me in 2 weeks about Entel",
                "2026-12-09 23:59",
                Operator::Entel,
            ),
        ];
        for (text, day, operator) in cases {
            let draft = plan(text);
            assert_eq!(local_day(&draft), day, "{text}");
            assert_eq!(draft.operator, operator, "{text}");
        }
    }

    #[test]
    fn questions_that_mention_dates_are_not_reminder_requests() {
        for text in [
            "how many days does a Claro package last?",
            "¿cuántos días dura el paquete de 30 días?",
            "充值后30天有效吗",
            "what happens on the 15th?",
            "remind me how to top up",
            "¿me recuerdas cómo recargar?",
        ] {
            let request = reminder_request(text, now(), &UserZone::LIMA);
            assert!(request.is_none(), "{text}: {request:?}");
        }
    }

    #[test]
    fn a_request_with_a_date_that_does_not_exist_says_so_echoing_it_as_typed() {
        let request = reminder_request("remind me on 31/02", now(), &UserZone::LIMA);
        assert!(
            matches!(request, Some(Request::BadDate(WhenError::ImpossibleDate { ref typed, .. })) if typed == "on 31/02"),
            "{request:?}"
        );
    }

    #[test]
    fn a_long_text_is_searched_only_at_its_start() {
        let text = format!("remind me {} 31/12", "x ".repeat(200));
        assert!(reminder_request(&text, now(), &UserZone::LIMA).is_none());
    }
}
