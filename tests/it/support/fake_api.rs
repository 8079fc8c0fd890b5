//! A fake Telegram Bot API on loopback, for tests that run the real `recarga` binary (or the real
//! `run()`). It behaves like Telegram on every point the bot depends on: long polling that holds
//! `getUpdates` until an update or its `timeout`, with `offset`/`limit` (unconfirmed updates are
//! handed out again), Telegram's 400s for over-long texts, captions, toasts and button data, and,
//! on request, its rate limits and injected failures (429, 403, 5xx). It records every call.
//! Method names are matched case-insensitively: teloxide sends `GetMe`, `SendMessage`.
mod checks;
mod http;
mod poll;
mod telegram;
mod tests;

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use serde_json::{json, Value};
use tokio::net::TcpListener;
use tokio::sync::Notify;

use telegram::{Limits, State};

/// One request the bot made, and how the fake answered it.
#[derive(Clone, Debug)]
pub struct Call {
    /// The method, lowercased (`sendmessage`).
    pub method: String,
    /// The JSON body; a multipart body (`sendDocument`) as an object of its text fields, with
    /// uploads under `__files`; any other body as a string.
    pub body: Value,
    /// The HTTP status answered; `None` while held or when never answered (a stalled send).
    pub status: Option<u16>,
    /// Telegram's `description` of a refusal.
    pub description: Option<String>,
    /// When the call arrived.
    pub at: std::time::Instant,
}

/// A failure to answer instead of success, for calls of `method` (lowercase; `*`: every method,
/// `getUpdates` included, as in an outage).
#[derive(Clone, Debug)]
pub struct Fault {
    pub method: String,
    /// Only calls to this chat, when set.
    pub chat: Option<i64>,
    /// How many more calls it applies to.
    pub times: usize,
    pub status: u16,
    pub body: Value,
}

/// Something the bot got through to a chat: a message sent, edited or a document (`text` is the
/// text or caption), or a button's answer (`text` is the toast, often empty).
#[derive(Clone, Debug)]
pub struct Outgoing {
    pub chat: i64,
    pub at: std::time::Instant,
    /// The method, lowercased (`sendmessage`, `editmessagetext`, `answercallbackquery`, …).
    pub method: String,
    pub text: String,
}

/// One `getUpdates` call as the fake answered it.
#[derive(Clone, Debug)]
pub struct Poll {
    /// The `timeout` the bot asked for, in seconds (`None`: absent, answered at once).
    pub timeout: Option<u64>,
    /// The `offset` the bot sent: every update below it is confirmed.
    pub offset: Option<i64>,
    /// How long the fake held the request before answering.
    pub held: Duration,
    /// How many updates the answer carried.
    pub updates: usize,
    /// The HTTP status of the answer (409 when a newer poll ended this one, as Telegram does).
    pub status: u16,
}

/// An inline button of a message the bot sent or edited.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Button {
    pub message_id: i64,
    pub text: String,
    pub data: String,
}

/// What the server's tasks share: the state, and a wake-up for held polls.
struct Shared {
    state: Mutex<State>,
    /// Fired when an update is queued or a newer poll arrives: held polls look again.
    wake: Notify,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A test that panicked while holding the lock has failed already; keep serving the rest.
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// The running fake server; it stops when dropped.
pub struct FakeApi {
    /// `http://127.0.0.1:<port>`, for `TELOXIDE_API_URL`.
    pub url: String,
    shared: Arc<Shared>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for FakeApi {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl FakeApi {
    /// Binds a free loopback port and starts serving.
    pub async fn start() -> FakeApi {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        let url = format!("http://{}", listener.local_addr().expect("local addr"));
        let shared = Arc::new(Shared {
            state: Mutex::new(State::new()),
            wake: Notify::new(),
        });
        let server = shared.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(http::serve(stream, server.clone()));
            }
        });
        FakeApi { url, shared, task }
    }

    /// Every call so far to `method` (case-insensitive), oldest first.
    pub fn calls(&self, method: &str) -> Vec<Value> {
        self.answered(method).into_iter().map(|c| c.body).collect()
    }

    /// Every call so far to `method`, with the status and refusal the fake answered.
    pub fn answered(&self, method: &str) -> Vec<Call> {
        let method = method.to_ascii_lowercase();
        let state = self.shared.lock();
        state
            .calls
            .iter()
            .filter(|c| c.method == method)
            .cloned()
            .collect()
    }

    /// Every `getUpdates` answered so far, oldest first.
    pub fn polls(&self) -> Vec<Poll> {
        self.shared.lock().polls.clone()
    }

    /// How many queued updates the bot has not confirmed yet (with a later `offset`).
    pub fn unconfirmed(&self) -> usize {
        self.shared.lock().updates.len()
    }

    /// How many `sendMessage` calls were answered with success (cheap: no copy).
    pub fn delivered_count(&self) -> usize {
        self.shared.lock().delivered.len()
    }

    /// Every `sendMessage` answered with success, oldest first.
    pub fn delivered(&self) -> Vec<Value> {
        self.shared.lock().delivered.clone()
    }

    /// The inline buttons in `chat`, newest message first, as they are now (after edits).
    pub fn buttons(&self, chat: i64) -> Vec<Button> {
        self.shared.lock().buttons(chat)
    }

    /// Holds every `sendMessage` beyond `count` delivered without answering (`None`: release).
    /// A held request is never delivered: like Telegram before it accepted the message.
    pub fn stall_after(&self, count: Option<usize>) {
        self.shared.lock().stall_after = count;
    }

    /// Enforces Telegram's limits from now on on `sendMessage`, `editMessageText` and
    /// `sendDocument`: over 30 in any sliding second overall, or two to one chat within a
    /// second, get a 429.
    pub fn enforce_limits(&self) {
        self.shared.lock().limits = Some(Limits::default());
    }

    /// How many 429s the enforced limits handed out.
    pub fn throttled(&self) -> usize {
        self.shared.lock().throttled
    }

    /// Queues a private text message from `user` for `getUpdates`; returns its update id.
    /// A text starting with `/` carries a `bot_command` entity, as Telegram's does.
    pub fn push_text(&self, user: i64, lang: &str, text: &str) -> i64 {
        let id = self.shared.lock().push_text(user, lang, text);
        self.shared.wake.notify_waiters();
        id
    }

    /// Queues a press of the button with `data` on message `message_id` by `user` (in their
    /// private chat); returns the callback query's id. The update carries the message as the
    /// fake last sent or edited it (text and keyboard), as Telegram does.
    pub fn push_callback(&self, user: i64, data: &str, message_id: i64) -> String {
        let id = self.shared.lock().push_callback(user, data, message_id);
        self.shared.wake.notify_waiters();
        id
    }

    /// Makes the next `fault.times` matching calls fail as described.
    pub fn inject(&self, fault: Fault) {
        self.shared.lock().faults.push(fault);
    }

    /// Ends the injected faults of `method` for `chat` (an outage ends, a user unblocks).
    pub fn end_faults(&self, method: &str, chat: Option<i64>) {
        self.shared
            .lock()
            .faults
            .retain(|f| !(f.method == method && f.chat == chat));
    }

    /// What the bot got through to chats, from the `from`-th entry on (cheap to follow).
    pub fn outbox_from(&self, from: usize) -> Vec<Outgoing> {
        let state = self.shared.lock();
        state.outbox.get(from..).unwrap_or_default().to_vec()
    }

    /// When the update `id` was first handed out by a `getUpdates`, if it was.
    pub fn handed_at(&self, id: i64) -> Option<std::time::Instant> {
        self.shared.lock().handed.get(&id).copied()
    }

    /// Waits until `method` has been called at least `count` times, or `timeout` passes.
    pub async fn wait_for(&self, method: &str, count: usize, timeout: Duration) -> Vec<Value> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let calls = self.calls(method);
            if calls.len() >= count || tokio::time::Instant::now() >= deadline {
                return calls;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

/// The body Telegram sends for a 429.
pub fn too_many_requests(retry_after: u64) -> Value {
    json!({"ok": false, "error_code": 429,
           "description": format!("Too Many Requests: retry after {retry_after}"),
           "parameters": {"retry_after": retry_after}})
}

/// The body Telegram sends when the user blocked the bot.
pub fn blocked() -> Value {
    json!({"ok": false, "error_code": 403, "description": "Forbidden: bot was blocked by the user"})
}

/// The body Telegram sends for a 400, with its `description`.
pub fn bad_request(description: &str) -> Value {
    json!({"ok": false, "error_code": 400, "description": description})
}
