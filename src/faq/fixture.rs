//! A small but valid knowledge base for unit tests: all 43 topics in three languages, a handful
//! with realistic questions, the rest with their id as text.

use super::check::{CATEGORY_IDS, TOPIC_IDS};
use super::kb::KnowledgeBase;
use crate::lang::Lang;

/// Topics per category, in `CATEGORY_IDS` order (they add up to 43).
const CATEGORY_SIZES: [usize; 8] = [5, 6, 4, 14, 7, 3, 3, 1];

/// A topic id with questions in English, Spanish and Chinese.
type Questions = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
);

/// Realistic questions: (id, English, Spanish, Chinese).
const QUESTIONS: &[Questions] = &[
    (
        "claro-topup",
        &["How do I top up a Claro prepaid line?", "recharge claro"],
        &["¿Cómo recargo mi chip Claro?", "recargar claro"],
        &["怎么给Claro充值", "claro充值"],
    ),
    (
        "movistar-topup",
        &[
            "How do I top up a Movistar prepaid line?",
            "recharge movistar",
        ],
        &["¿Cómo recargo mi chip Movistar?", "recargar movistar"],
        &["怎么给Movistar充值"],
    ),
    (
        "entel-topup",
        &["How do I top up an Entel prepaid line?", "recharge entel"],
        &["¿Cómo recargo mi chip Entel?", "recargar entel"],
        &["怎么给Entel充值"],
    ),
    (
        "bitel-topup",
        &["How do I top up a Bitel prepaid line?", "recharge bitel"],
        &["¿Cómo recargo mi chip Bitel?", "recargar bitel"],
        &["怎么给Bitel充值"],
    ),
    (
        "topup-overview",
        &[
            "What are all the ways to top up a prepaid line?",
            "how to recharge",
        ],
        &[
            "¿Cómo puedo recargar mi línea prepago?",
            "formas de recargar",
        ],
        &["怎么充值", "有哪些充值方式"],
    ),
    (
        "balance-check",
        &["How do I check my balance?", "check remaining credit"],
        &["¿Cómo consulto mi saldo?", "ver saldo"],
        &["怎么查余额", "查询话费余额"],
    ),
    (
        "imei-registration",
        &["Do I have to register my phone IMEI?", "register imei"],
        &["¿Tengo que registrar el IMEI de mi celular?"],
        &["手机需要登记IMEI吗"],
    ),
    (
        "topup-failed",
        &["My top-up failed", "recharge did not arrive"],
        &["mi recarga no llegó", "falló la recarga"],
        &["充值失败", "充值没到账"],
    ),
    (
        "buy-sim-tourist",
        &["Can I buy a SIM with my passport?", "tourist sim card"],
        &["¿Puedo comprar un chip con pasaporte?", "chip para turista"],
        &["游客用护照能买SIM卡吗"],
    ),
];

fn category_of(id: &str) -> &'static str {
    let position = TOPIC_IDS.iter().position(|t| *t == id).unwrap();
    let mut end = 0;
    for (category, size) in CATEGORY_IDS.iter().zip(CATEGORY_SIZES) {
        end += size;
        if position < end {
            return category;
        }
    }
    unreachable!("43 topics")
}

fn quoted(items: &[&str]) -> String {
    let items: Vec<String> = items.iter().map(|s| format!("{s:?}")).collect();
    format!("[{}]", items.join(", "))
}

fn header(lang: Lang) -> String {
    let (synonyms, greetings, thanks, other) = match lang {
        Lang::En => (
            r#"[["top up", "topup", "recharge", "reload"], ["balance", "credit"], ["sim", "chip", "sim card"]]"#,
            r#"["hi", "hello", "hey", "good morning"]"#,
            r#"["thanks", "thank you", "thx"]"#,
            r#"["ok", "okay", "bye", "who are you"]"#,
        ),
        Lang::Es => (
            r#"[["recarga", "recargar", "top up"], ["saldo", "balance"]]"#,
            r#"["hola", "buenos días", "buenas tardes"]"#,
            r#"["gracias", "muchas gracias"]"#,
            r#"["ok", "vale", "chau", "adiós"]"#,
        ),
        Lang::Zh => (
            r#"[["充值", "儲值", "加值", "recarga"], ["余额", "话费", "saldo"]]"#,
            r#"["你好", "您好", "早上好"]"#,
            r#"["谢谢", "多谢"]"#,
            r#"["好的", "再见"]"#,
        ),
    };
    let categories: Vec<String> = CATEGORY_IDS
        .iter()
        .map(|c| format!("{c} = \"{c} ({lang})\""))
        .collect();
    format!(
        "language = \"{lang}\"\n\n[categories]\n{}\n\n[synonyms]\ngroups = {synonyms}\n\n\
         [smalltalk]\ngreetings = {greetings}\nthanks = {thanks}\nother = {other}\n",
        categories.join("\n")
    )
}

fn topic(lang: Lang, id: &str) -> String {
    let plain = id.replace('-', " ");
    let questions = QUESTIONS
        .iter()
        .find(|q| q.0 == id)
        .map(|q| match lang {
            Lang::En => quoted(q.1),
            Lang::Es => quoted(q.2),
            Lang::Zh => quoted(q.3),
        })
        .unwrap_or_else(|| quoted(&[plain.as_str()]));
    let operator = ["claro", "movistar", "entel", "bitel"]
        .into_iter()
        .find(|op| {
            id == format!("{op}-topup") || (id == "movistar-integratel" && *op == "movistar")
        })
        .map(|op| format!("operator = \"{op}\"\n"))
        .unwrap_or_default();
    let related = if id == "topup-overview" {
        r#""claro-topup", "movistar-topup", "entel-topup", "bitel-topup""#
    } else {
        r#""topup-overview""#
    };
    format!(
        "\n[topic.{id}]\ncategory = \"{}\"\n{operator}title = \"{plain}\"\nquestions = {questions}\n\
         keywords = [\"{plain}\"]\nanswer = \"\"\"\n<b>{plain}</b>\n• Step one &amp; two.\n\"\"\"\n\
         sources = [\"https://www.osiptel.gob.pe/\"]\nchecked = \"2026-02-24\"\n\
         related = [{related}]\n",
        category_of(id)
    )
}

/// The text of one language's faq.toml.
pub(crate) fn source(lang: Lang) -> String {
    let mut text = header(lang);
    for id in TOPIC_IDS {
        text.push_str(&topic(lang, id));
    }
    text
}

/// The three sources, English, Spanish, Chinese.
pub(crate) fn sources() -> [String; 3] {
    [source(Lang::En), source(Lang::Es), source(Lang::Zh)]
}

/// The fixture, loaded and checked.
pub(crate) fn knowledge_base() -> KnowledgeBase {
    let [en, es, zh] = sources();
    KnowledgeBase::from_sources(&en, &es, &zh).unwrap()
}
