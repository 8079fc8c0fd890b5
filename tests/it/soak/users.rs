//! The simulated people: each has a short visit (a greeting and a question in their language;
//! for some, plans added, one renewed, one deleted with its button, nonsense, the list), waiting
//! for each reply (at most `REPLY_WAIT`) and 3–15 s more before the next step, as a person on a
//! phone would.
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::kill_run::Dice;
use crate::support::fake_api::{FakeApi, Outgoing};

/// How long a person waits for a reply before moving on (the reply is then counted lost).
/// Long on purpose: a reply held up by the backlog after the outage is late, not lost, and
/// its latency is measured.
pub const REPLY_WAIT: Duration = Duration::from_secs(300);

const QUESTIONS: [(&str, [&str; 3]); 3] = [
    (
        "en",
        [
            "how do i top up my claro line",
            "when does my line get cut off if i dont recharge",
            "movistar check balance code",
        ],
    ),
    (
        "es",
        [
            "como recargo mi chip bitel",
            "cuando me cortan la linea si no recargo",
            "como veo mi saldo entel",
        ],
    ),
    (
        "zh",
        ["怎么给手机充值", "不充值多久会停机", "怎么查话费余额"],
    ),
];

/// Every message the bot got through, by chat, filled from the fake's outbox.
#[derive(Clone, Default)]
pub struct Inbox(Arc<Mutex<HashMap<i64, Vec<Outgoing>>>>);

impl Inbox {
    /// Follows the fake's outbox until the task is aborted.
    pub fn follow(&self, api: Arc<FakeApi>) -> tokio::task::JoinHandle<()> {
        let inbox = self.clone();
        tokio::spawn(async move {
            let mut cursor = 0;
            loop {
                let new = api.outbox_from(cursor);
                cursor += new.len();
                {
                    let mut chats = inbox.0.lock().unwrap();
                    for out in new {
                        chats.entry(out.chat).or_default().push(out);
                    }
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        })
    }

    fn count(&self, chat: i64) -> usize {
        self.0.lock().unwrap().get(&chat).map_or(0, Vec::len)
    }

    fn nth(&self, chat: i64, n: usize) -> Option<Outgoing> {
        self.0.lock().unwrap().get(&chat)?.get(n).cloned()
    }

    /// Everything `chat` received.
    pub fn of(&self, chat: i64) -> Vec<Outgoing> {
        self.0
            .lock()
            .unwrap()
            .get(&chat)
            .cloned()
            .unwrap_or_default()
    }
}

/// One update a person sent, and what became of it.
#[derive(Clone, Debug)]
pub struct Step {
    pub update: i64,
    pub pushed: Instant,
    /// How long until the bot's first message (or button answer) after it; `None`: lost.
    pub latency: Option<Duration>,
}

/// What a person did, for the check against the database.
#[derive(Clone, Debug, Default)]
pub struct Person {
    pub id: i64,
    pub steps: Vec<Step>,
    /// The labels of plans whose saving the bot confirmed.
    pub saved: Vec<String>,
    /// The label of the plan the person pressed "delete" for.
    pub deleted: Option<String>,
    /// The label of the plan the bot confirmed renewed to `+200d`.
    pub renewed: Option<String>,
}

pub struct Sim {
    pub api: Arc<FakeApi>,
    pub inbox: Inbox,
}

impl Sim {
    async fn wait_reply(
        &self,
        chat: i64,
        seen: usize,
        pushed: Instant,
    ) -> (Option<Duration>, String) {
        while pushed.elapsed() < REPLY_WAIT {
            if let Some(out) = self.inbox.nth(chat, seen) {
                return (Some(out.at.saturating_duration_since(pushed)), out.text);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        (None, String::new())
    }

    async fn say(&self, person: &mut Person, lang: &str, text: &str) -> String {
        let seen = self.inbox.count(person.id);
        let pushed = Instant::now();
        let update = self.api.push_text(person.id, lang, text);
        let (latency, reply) = self.wait_reply(person.id, seen, pushed).await;
        person.steps.push(Step {
            update,
            pushed,
            latency,
        });
        reply
    }

    /// Presses the 🗑 button of the newest message with one; false when there is none.
    async fn press_delete(&self, person: &mut Person) -> bool {
        let buttons = self.api.buttons(person.id);
        let Some(newest) = buttons.first().map(|b| b.message_id) else {
            return false;
        };
        let Some(button) = buttons
            .iter()
            .find(|b| b.message_id == newest && b.text.contains('🗑'))
        else {
            return false;
        };
        let seen = self.inbox.count(person.id);
        let pushed = Instant::now();
        // A button press has no update id of its own in the fake's answer; 0 marks it.
        self.api
            .push_callback(person.id, &button.data, button.message_id);
        let (latency, _) = self.wait_reply(person.id, seen, pushed).await;
        person.steps.push(Step {
            update: 0,
            pushed,
            latency,
        });
        true
    }

    /// Adds the plan `label` ending in `days` days; its number when the bot confirmed it.
    async fn add(&self, person: &mut Person, lang: &str, what: &str, label: &str) -> Option<i64> {
        let reply = self
            .say(person, lang, &format!("/add {what} {label}"))
            .await;
        if !reply.contains(label) {
            return None;
        }
        person.saved.push(label.to_owned());
        plan_number(&reply)
    }

    /// Renews plan `n` (labelled `label`) to `+200d`.
    async fn renew(&self, person: &mut Person, lang: &str, n: i64, label: &str) {
        let reply = self.say(person, lang, &format!("/renew {n} +200d")).await;
        if reply.contains(label) {
            person.renewed = Some(label.to_owned());
        }
    }

    /// Deletes plan `n` (labelled `label`): `/del`, then its 🗑 button.
    async fn delete(&self, person: &mut Person, lang: &str, n: i64, label: &str, dice: &mut Dice) {
        let asked = self.say(person, lang, &format!("/del {n}")).await;
        if !asked.contains(label) {
            return; // no confirmation came: nothing to press
        }
        tokio::time::sleep(dice.millis(1_000, 4_000)).await;
        if self.press_delete(person).await {
            person.deleted = Some(label.to_owned());
        }
    }

    /// One person's visit, started after `delay`: a greeting and a question always; then, as
    /// people do, some of them add a plan (half), a second one and renew it (a quarter), delete
    /// the first (a quarter), type nonsense or look at their plans (three in ten each).
    pub async fn person(&self, id: i64, delay: Duration, seed: u64) -> Person {
        tokio::time::sleep(delay).await;
        let mut dice = Dice::seeded(seed ^ (id as u64).wrapping_mul(0x9E37_79B9));
        let (lang, questions) = QUESTIONS[(id % 3) as usize];
        let mut person = Person {
            id,
            ..Person::default()
        };
        let pause = |dice: &mut Dice| tokio::time::sleep(dice.millis(3_000, 15_000));
        for text in ["/start", questions[dice.below(0, 3) as usize]] {
            self.say(&mut person, lang, text).await;
            pause(&mut dice).await;
        }
        let (a, b) = (format!("u{id}a"), format!("u{id}b"));
        let first = match dice.below(0, 2) {
            0 => self.add(&mut person, lang, "+120d claro", &a).await,
            _ => None,
        };
        if first.is_some() && dice.below(0, 2) == 0 {
            pause(&mut dice).await;
            if let Some(n) = self.add(&mut person, lang, "+150d movistar", &b).await {
                pause(&mut dice).await;
                self.renew(&mut person, lang, n, &b).await;
            }
        }
        if let Some(n) = first.filter(|_| dice.below(0, 2) == 0) {
            pause(&mut dice).await;
            self.delete(&mut person, lang, n, &a, &mut dice).await;
        }
        for text in ["qwpoeiru zxmvn", "/plans"] {
            if dice.below(0, 10) < 3 {
                pause(&mut dice).await;
                self.say(&mut person, lang, text).await;
            }
        }
        person
    }
}

/// The number in "#3 · Claro · chip", the first `#` of a reply.
fn plan_number(reply: &str) -> Option<i64> {
    let after = &reply[reply.find('#')? + 1..];
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}
