//! What the fake answers, method by method, as Telegram does (`getUpdates` is in `poll`):
//! the 400s the bot can run into (texts, captions, toasts, button data,
//! HTML, edits of unknown or unchanged messages, callback queries answered twice); the limits.
use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};

use super::checks::{check_markup, check_text, keyboard, refuse, visible_len, Answer};
use super::{too_many_requests, Button, Call, Fault, Outgoing, Poll};

/// The bot's own user id, as `getMe` reports it.
const BOT_ID: i64 = 4242;
const MAX_CAPTION: usize = 1024;
const MAX_TOAST: usize = 200;
const NOT_MODIFIED: &str = "Bad Request: message is not modified: specified new message content \
     and reply markup are exactly the same as a current content and reply markup of the message";
const QUERY_INVALID: &str =
    "Bad Request: query is too old and response timeout expired or query ID is invalid";

/// Everything the fake remembers.
pub(super) struct State {
    pub calls: Vec<Call>,
    /// Updates not confirmed yet by an `offset` above their id, oldest first.
    pub updates: VecDeque<Value>,
    pub faults: Vec<Fault>,
    next_update: i64,
    next_message: i64,
    /// `sendMessage` calls answered with success: what Telegram "delivered".
    pub delivered: Vec<Value>,
    /// When set, `sendMessage` calls beyond this many delivered are held without an answer.
    pub stall_after: Option<usize>,
    /// When set, Telegram's limits are enforced on sends and edits.
    pub limits: Option<Limits>,
    /// How many 429s the limits handed out.
    pub throttled: usize,
    pub polls: Vec<Poll>,
    /// Bumped by every `getUpdates`: a held poll of an older generation is over (409).
    pub poll_generation: u64,
    /// The bot's messages by (chat, message id), as last sent or edited.
    messages: HashMap<(i64, i64), Value>,
    /// Callback queries pushed, by id: whether the bot answered already.
    queries: HashMap<String, bool>,
    /// The language each user last wrote with, for their button presses.
    languages: HashMap<i64, String>,
    /// Who pressed the button of each callback query, by its id.
    query_users: HashMap<String, i64>,
    /// What the bot got through to each chat, in order (see [`super::Outgoing`]).
    pub outbox: Vec<Outgoing>,
    /// When each update was first handed out by a `getUpdates`, by update id.
    pub handed: HashMap<i64, Instant>,
}

/// Sliding-window counters for Telegram's published limits.
#[derive(Default)]
pub(super) struct Limits {
    recent: VecDeque<Instant>,
    last_per_chat: HashMap<i64, Instant>,
}

impl State {
    pub fn new() -> State {
        State {
            calls: Vec::new(),
            updates: VecDeque::new(),
            faults: Vec::new(),
            next_update: 1,
            next_message: 1,
            delivered: Vec::new(),
            stall_after: None,
            limits: None,
            throttled: 0,
            polls: Vec::new(),
            poll_generation: 0,
            messages: HashMap::new(),
            queries: HashMap::new(),
            languages: HashMap::new(),
            query_users: HashMap::new(),
            outbox: Vec::new(),
            handed: HashMap::new(),
        }
    }

    /// Records a call on arrival; returns its index for [`State::answered`].
    pub fn record(&mut self, method: &str, body: &Value) -> usize {
        self.calls.push(Call {
            method: method.to_owned(),
            body: body.clone(),
            status: None,
            description: None,
            at: Instant::now(),
        });
        self.calls.len() - 1
    }

    pub fn answered(&mut self, call: usize, status: u16, answer: &Value) {
        if let Some(call) = self.calls.get_mut(call) {
            call.status = Some(status);
            call.description = answer
                .get("description")
                .and_then(Value::as_str)
                .map(str::to_owned);
        }
    }

    pub fn stalled(&self) -> bool {
        self.stall_after
            .is_some_and(|limit| self.delivered.len() >= limit)
    }

    pub fn push_text(&mut self, user: i64, lang: &str, text: &str) -> i64 {
        self.languages.insert(user, lang.to_owned());
        let message_id = self.message_id();
        let mut message = json!({
            "message_id": message_id, "date": unix_now(),
            "chat": {"id": user, "type": "private", "first_name": "Ana"},
            "from": user_json(user, Some(lang)),
            "text": text
        });
        if text.starts_with('/') {
            let command = text.split_whitespace().next().unwrap_or(text);
            let length = command.encode_utf16().count();
            message["entities"] = json!([{"type": "bot_command", "offset": 0, "length": length}]);
        }
        self.push_update("message", message)
    }

    pub fn push_callback(&mut self, user: i64, data: &str, message_id: i64) -> String {
        let id = format!("q{}", self.next_update);
        self.queries.insert(id.clone(), false);
        self.query_users.insert(id.clone(), user);
        let message = self
            .messages
            .get(&(user, message_id))
            .cloned()
            .unwrap_or_else(|| {
                json!({"message_id": message_id, "date": unix_now(),
                       "chat": {"id": user, "type": "private", "first_name": "Ana"},
                       "from": bot_json(), "text": "(a message this fake did not send)"})
            });
        let lang = self.languages.get(&user).cloned();
        let query = json!({
            "id": id, "from": user_json(user, lang.as_deref()), "message": message,
            "chat_instance": format!("ci{user}"), "data": data
        });
        self.push_update("callback_query", query);
        id
    }

    fn push_update(&mut self, kind: &str, payload: Value) -> i64 {
        let update_id = self.next_update;
        self.next_update += 1;
        self.updates
            .push_back(json!({"update_id": update_id, kind: payload}));
        update_id
    }

    fn message_id(&mut self) -> i64 {
        let id = self.next_message;
        self.next_message += 1;
        id
    }

    pub fn buttons(&self, chat: i64) -> Vec<Button> {
        let mut messages: Vec<(&i64, &Value)> = self
            .messages
            .iter()
            .filter(|((c, _), _)| *c == chat)
            .map(|((_, id), m)| (id, m))
            .collect();
        messages.sort_by(|a, b| b.0.cmp(a.0));
        messages
            .into_iter()
            .flat_map(|(id, m)| {
                keyboard(&m["reply_markup"])
                    .into_iter()
                    .filter_map(move |b| {
                        Some(Button {
                            message_id: *id,
                            text: b["text"].as_str()?.to_owned(),
                            data: b["callback_data"].as_str()?.to_owned(),
                        })
                    })
            })
            .collect()
    }

    /// Uses up one injected fault matching `method` and `chat`, if any.
    pub fn take_fault(&mut self, method: &str, chat: Option<i64>) -> Option<Answer> {
        let fault = self.faults.iter_mut().find(|f| {
            f.times > 0
                && (f.method == method || f.method == "*")
                && (f.chat.is_none() || f.chat == chat)
        })?;
        fault.times -= 1;
        Some((fault.status, fault.body.clone()))
    }

    /// Answers every method but `getUpdates` (see [`poll`]).
    pub fn respond(&mut self, method: &str, body: &Value, arrived: Instant) -> Answer {
        let chat = chat_id(body);
        if let Some(fault) = self.take_fault(method, chat) {
            return fault;
        }
        let result = match method {
            "getme" => Ok(json!({
                "id": BOT_ID, "is_bot": true, "first_name": "recarga",
                "username": "recarga_test_bot", "can_join_groups": true,
                "can_read_all_group_messages": false, "supports_inline_queries": false,
                "can_connect_to_business": false, "has_main_web_app": false
            })),
            "getwebhookinfo" => Ok(json!({"url": "", "has_custom_certificate": false,
                                         "pending_update_count": self.updates.len()})),
            "sendmessage" => self.send_message(body, arrived),
            "editmessagetext" => self.edit_text(body, arrived),
            "senddocument" => self.send_document(body, arrived),
            "answercallbackquery" => self.answer_query(body),
            _ => Ok(Value::Bool(true)),
        };
        match result {
            Ok(result) => {
                self.note_outgoing(method, body, chat);
                (200, json!({"ok": true, "result": result}))
            }
            Err(answer) => answer,
        }
    }

    /// Adds a successful send, edit, document or button answer to the outbox.
    fn note_outgoing(&mut self, method: &str, body: &Value, chat: Option<i64>) {
        let chat = match method {
            "sendmessage" | "editmessagetext" | "senddocument" => chat,
            "answercallbackquery" => body["callback_query_id"]
                .as_str()
                .and_then(|id| self.query_users.get(id).copied()),
            _ => None,
        };
        if let Some(chat) = chat {
            self.outbox.push(Outgoing {
                chat,
                at: Instant::now(),
                method: method.to_owned(),
                text: body["text"]
                    .as_str()
                    .or(body["caption"].as_str())
                    .unwrap_or_default()
                    .to_owned(),
            });
        }
    }

    fn send_message(&mut self, body: &Value, arrived: Instant) -> Result<Value, Answer> {
        let chat = chat_id(body).ok_or_else(|| refuse("Bad Request: chat not found"))?;
        check_text(body, "Bad Request: message is too long")?;
        check_markup(body)?;
        self.within_limits(chat, arrived)?;
        self.delivered.push(body.clone());
        let id = self.message_id();
        let mut message = json!({
            "message_id": id, "date": unix_now(), "chat": private_chat(chat), "from": bot_json(),
            "text": body["text"]
        });
        if body["reply_markup"]["inline_keyboard"].is_array() {
            message["reply_markup"] = body["reply_markup"].clone();
        }
        self.messages.insert((chat, id), message.clone());
        Ok(message)
    }

    fn edit_text(&mut self, body: &Value, arrived: Instant) -> Result<Value, Answer> {
        let chat = chat_id(body).ok_or_else(|| refuse("Bad Request: chat not found"))?;
        let id = body["message_id"].as_i64().unwrap_or_default();
        let current = self
            .messages
            .get(&(chat, id))
            .cloned()
            .ok_or_else(|| refuse("Bad Request: message to edit not found"))?;
        // Telegram words an over-long edit differently from an over-long send.
        check_text(body, "Bad Request: MESSAGE_TOO_LONG")?;
        check_markup(body)?;
        let markup = body["reply_markup"]["inline_keyboard"]
            .is_array()
            .then(|| body["reply_markup"].clone());
        let unchanged =
            current["text"] == body["text"] && current.get("reply_markup") == markup.as_ref();
        if unchanged {
            return Err(refuse(NOT_MODIFIED));
        }
        self.within_limits(chat, arrived)?;
        let mut message = current;
        message["text"] = body["text"].clone();
        message["edit_date"] = json!(unix_now());
        match markup {
            Some(markup) => message["reply_markup"] = markup,
            // Telegram drops the keyboard when an edit passes none.
            None => drop(
                message
                    .as_object_mut()
                    .and_then(|m| m.remove("reply_markup")),
            ),
        }
        self.messages.insert((chat, id), message.clone());
        Ok(message)
    }

    fn send_document(&mut self, body: &Value, arrived: Instant) -> Result<Value, Answer> {
        let chat = chat_id(body).ok_or_else(|| refuse("Bad Request: chat not found"))?;
        let caption = body["caption"].as_str();
        if caption.is_some_and(|c| visible_len(c, body) > MAX_CAPTION) {
            return Err(refuse("Bad Request: message caption is too long"));
        }
        let name = body["document"]
            .as_str()
            .and_then(|d| d.strip_prefix("attach://"))
            .unwrap_or("document");
        let Some(file) = body["__files"].get(name) else {
            return Err(refuse("Bad Request: there is no document in the request"));
        };
        check_markup(body)?;
        self.within_limits(chat, arrived)?;
        let id = self.message_id();
        let mut message = json!({
            "message_id": id, "date": unix_now(), "chat": private_chat(chat), "from": bot_json(),
            "document": {"file_id": format!("DOC{id}"), "file_unique_id": format!("UDOC{id}"),
                         "file_name": file["filename"], "file_size": file["size"]}
        });
        if let Some(caption) = caption {
            message["caption"] = json!(caption);
        }
        self.messages.insert((chat, id), message.clone());
        Ok(message)
    }

    fn answer_query(&mut self, body: &Value) -> Result<Value, Answer> {
        let text = body["text"].as_str().unwrap_or_default();
        if text.encode_utf16().count() > MAX_TOAST {
            return Err(refuse("Bad Request: MESSAGE_TOO_LONG"));
        }
        let id = body["callback_query_id"].as_str().unwrap_or_default();
        match self.queries.get_mut(id) {
            Some(answered) if !*answered => *answered = true,
            _ => return Err(refuse(QUERY_INVALID)),
        }
        Ok(Value::Bool(true))
    }

    /// Counts a send or edit against the limits, when enforced: over 30 in any sliding second,
    /// or a second one to a chat within (nearly) a second, is refused with a 429.
    fn within_limits(&mut self, chat: i64, now: Instant) -> Result<(), Answer> {
        let Some(limits) = self.limits.as_mut() else {
            return Ok(());
        };
        while limits
            .recent
            .front()
            .is_some_and(|t| now.saturating_duration_since(*t) > Duration::from_secs(1))
        {
            limits.recent.pop_front();
        }
        let chat_too_soon = limits
            .last_per_chat
            .get(&chat)
            .is_some_and(|t| now.saturating_duration_since(*t) < Duration::from_millis(900));
        if limits.recent.len() >= 30 || chat_too_soon {
            self.throttled += 1;
            return Err((429, too_many_requests(1)));
        }
        limits.recent.push_back(now);
        limits.last_per_chat.insert(chat, now);
        Ok(())
    }

    /// Forgets the updates `offset` confirms: below it, or all but the last `-offset`.
    pub fn confirm(&mut self, offset: Option<i64>) {
        match offset {
            Some(offset) if offset > 0 => self
                .updates
                .retain(|u| u["update_id"].as_i64().is_some_and(|id| id >= offset)),
            Some(offset) if offset < 0 => {
                let keep = usize::try_from(offset.unsigned_abs()).unwrap_or(usize::MAX);
                let drop = self.updates.len().saturating_sub(keep);
                self.updates.drain(..drop);
            }
            _ => {}
        }
    }
}

fn chat_id(body: &Value) -> Option<i64> {
    match &body["chat_id"] {
        Value::String(s) => s.parse().ok(),
        other => other.as_i64(),
    }
}

fn private_chat(chat: i64) -> Value {
    json!({"id": chat, "type": "private", "first_name": "Ana"})
}

fn user_json(user: i64, lang: Option<&str>) -> Value {
    let mut json = json!({"id": user, "is_bot": false, "first_name": "Ana"});
    if let Some(lang) = lang {
        json["language_code"] = json!(lang);
    }
    json
}

fn bot_json() -> Value {
    json!({"id": BOT_ID, "is_bot": true, "first_name": "recarga", "username": "recarga_test_bot"})
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}
