//! A small but valid knowledge base for unit tests: 43 topics in three languages and the facts
//! they rest on, a handful with realistic questions, the rest with their id as text. Its topic
//! list is its own (the knowledge base has none in code).

use super::kb::rules::CATEGORY_IDS;
use super::kb::KnowledgeBase;
use crate::lang::Lang;

/// The fixture's 43 topic ids, grouped by category in the order of [`CATEGORY_IDS`].
#[rustfmt::skip]
pub(crate) const TOPICS: [&str; 43] = [
    "operators-overview", "coverage-5g", "mvno-options", "movistar-integratel",
    "prepago-vs-control",
    "buy-sim-tourist", "buy-sim-resident-foreigner", "where-to-buy-sim", "esim-availability",
    "roaming-vs-local", "portability",
    "imei-registration", "imei-block-sms", "imei-check", "lost-stolen-phone",
    "topup-overview", "claro-topup", "movistar-topup", "entel-topup", "bitel-topup",
    "topup-yape-plin-bank", "topup-cash-points", "topup-foreign-card", "topup-from-abroad",
    "topup-card-pin", "topup-alipay-wechat", "topup-official-store", "topup-failed",
    "transfer-balance",
    "balance-check", "data-check", "buy-data-package", "package-validity",
    "data-package-expiry", "balance-expiry", "operator-apps",
    "line-deactivation", "keep-number-abroad", "lines-in-my-name",
    "customer-service-numbers", "osiptel-help", "complaints-deadlines",
    "bot-reminders",
];

/// The fixture's facts.toml: F1 backs every topic, F2 the Claro codes and prices, F3 (uncertain,
/// re-checked later) the Alipay topic, whose caveat says so.
pub(crate) const FACTS: &str = r#"checked = "2026-02-24"

[source.S1]
url = "https://www.osiptel.gob.pe/"
date = "2025-10-30"
kind = "regulator"

[source.S2]
url = "https://www.claro.com.pe/personas/recargas/"
date = ""
kind = "official"

[source.S3]
url = "https://blog.example.com/alipay-peru"
date = "2026"
kind = "blog"

[fact.F1]
text = "OSIPTEL regulates Peru's four operators."
sources = ["S1"]
status = "current"

[fact.F2]
text = "Claro prepaid: dial *123# to top up (minimum S/ 3); help line 0800-00123 or (01) 6117777."
sources = ["S2"]
status = "current"

[fact.F3]
text = "A blog says some resellers take Alipay; no operator confirms it."
sources = ["S3"]
status = "uncertain"
checked = "2026-03-10"
"#;

/// The Claro answer: every code, price and long number of it is in fact F2.
const CLARO_ANSWER: &str =
    "<b>claro topup</b>\n• Dial <code>*123#</code>, from S/ 3.\n• Help: <code>0800-00123</code>.";

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
    let position = TOPICS.iter().position(|t| *t == id).unwrap();
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
    let category = category_of(id);
    let (answer, facts, sources, caveat) = grounding(lang, id, category, &plain);
    format!(
        "\n[topic.{id}]\ncategory = \"{category}\"\n{operator}title = \"{plain}\"\n\
         questions = {questions}\nkeywords = [\"{plain}\"]\nanswer = \"\"\"\n{answer}\n\"\"\"\n\
         {caveat}facts = {facts}\nsources = {sources}\nrelated = [{related}]\n"
    )
}

/// A topic's answer, facts, sources and caveat line: most rest on F1, the bot on nothing.
fn grounding(
    lang: Lang,
    id: &str,
    category: &str,
    plain: &str,
) -> (String, &'static str, &'static str, String) {
    match id {
        "claro-topup" => (
            CLARO_ANSWER.to_owned(),
            r#"["F1", "F2"]"#,
            r#"["https://www.osiptel.gob.pe/", "https://www.claro.com.pe/personas/recargas/"]"#,
            String::new(),
        ),
        "topup-alipay-wechat" => (
            format!("<b>{plain}</b>\n• Step one &amp; two."),
            r#"["F3"]"#,
            r#"["https://blog.example.com/alipay-peru"]"#,
            format!("caveat = \"Only a blog says so ({lang}); ask your operator.\"\n"),
        ),
        _ if category == "bot" => (
            format!("<b>{plain}</b>\n• Step one &amp; two."),
            "[]",
            "[]",
            String::new(),
        ),
        _ => (
            format!("<b>{plain}</b>\n• Step one &amp; two."),
            r#"["F1"]"#,
            r#"["https://www.osiptel.gob.pe/"]"#,
            String::new(),
        ),
    }
}

/// The text of one language's faq.toml.
pub(crate) fn source(lang: Lang) -> String {
    let mut text = header(lang);
    for id in TOPICS {
        text.push_str(&topic(lang, id));
    }
    text
}

/// The three faq.toml sources, English, Spanish, Chinese.
pub(crate) fn sources() -> [String; 3] {
    [source(Lang::En), source(Lang::Es), source(Lang::Zh)]
}

/// The fixture, loaded and checked.
pub(crate) fn knowledge_base() -> KnowledgeBase {
    let [en, es, zh] = sources();
    KnowledgeBase::from_sources(FACTS, &en, &es, &zh).unwrap()
}
