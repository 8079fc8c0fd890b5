//! The knowledge base's fixed vocabulary and limits, the part of docs/knowledge-base.md that is
//! code: category keys, operators, offers, text lengths and the form of a topic id.

/// The 8 category keys, in menu order.
pub const CATEGORY_IDS: [&str; 8] = [
    "operators",
    "sim",
    "imei",
    "topup",
    "balance",
    "line",
    "help",
    "bot",
];

/// The category whose topics are about the bot itself and rest on no outside fact.
pub const BOT_CATEGORY: &str = "bot";

/// Values allowed in a topic's `offers` list: "topup-guide" marks the answer reminders link to
/// as "how to top up" (one per operator, and one without operator for the rest);
/// "line-tracking" adds the "track my line" button under the answer.
pub const OFFERS: [&str; 2] = ["topup-guide", "line-tracking"];

/// Values allowed in a topic's `operator` field.
pub const OPERATORS: [&str; 4] = ["claro", "movistar", "entel", "bitel"];

/// Longest title, in characters (it is a button label).
pub const MAX_TITLE_CHARS: usize = 40;
/// Longest answer message as the reader sees it: answer text without tags, the caveat line, the
/// sources line (site names) and the checked line.
pub const MAX_ANSWER_CHARS: usize = 900;
/// Longest caveat, in characters.
pub const MAX_CAVEAT_CHARS: usize = 160;
/// Longest topic id, in bytes: it travels in button data, where the widest form
/// (`fbr:w:<topic>:<question number>`) must fit Telegram's 64 bytes.
pub const MAX_TOPIC_ID_BYTES: usize = 32;

/// Whether `id` is a well-formed topic id: lowercase a-z, 0-9 and '-', 1 to
/// `MAX_TOPIC_ID_BYTES` bytes. The knowledge base requires it and buttons are parsed by it.
pub fn is_topic_id(id: &str) -> bool {
    (1..=MAX_TOPIC_ID_BYTES).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
