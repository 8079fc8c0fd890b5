//! A small fake Telegram Bot API on loopback, for tests that run the real `recarga` binary (or
//! the real `run()`): it records every call, answers the methods the bot uses with well-formed
//! objects, hands out queued updates to `getUpdates`, and can inject failures (429, 403, 5xx).
//! Method names are matched case-insensitively: teloxide sends `GetMe`, `SendMessage`.
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{json, Value};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

/// One request the bot made.
#[derive(Clone, Debug)]
pub struct Call {
    /// The method, lowercased (`sendmessage`).
    pub method: String,
    /// The JSON body (or the raw body as a string when it was not JSON).
    pub body: Value,
}

/// A failure to answer instead of success, for calls of `method` (lowercase).
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

#[derive(Default)]
struct State {
    calls: Vec<Call>,
    updates: VecDeque<Value>,
    faults: Vec<Fault>,
    next_update: i64,
    next_message: i64,
    /// `sendMessage` calls answered with success: what Telegram "delivered".
    delivered: Vec<Value>,
    /// When set, `sendMessage` calls beyond this many delivered are held without an answer.
    stall_after: Option<usize>,
    /// When set, Telegram's limits are enforced: over 30 messages in a second overall, or two
    /// to one chat within a second, get a 429.
    limits: Option<Limits>,
    /// How many 429s the limits handed out.
    throttled: usize,
}

/// Sliding-window counters for Telegram's published limits.
#[derive(Default)]
struct Limits {
    recent: VecDeque<std::time::Instant>,
    last_per_chat: std::collections::HashMap<i64, std::time::Instant>,
}

/// The running fake server; it stops when dropped.
pub struct FakeApi {
    /// `http://127.0.0.1:<port>`, for `TELOXIDE_API_URL`.
    pub url: String,
    state: Arc<Mutex<State>>,
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
        let state = Arc::new(Mutex::new(State {
            next_update: 1,
            next_message: 1,
            ..State::default()
        }));
        let shared = state.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(serve(stream, shared.clone()));
            }
        });
        FakeApi { url, state, task }
    }

    /// Every call so far to `method` (case-insensitive), oldest first.
    pub fn calls(&self, method: &str) -> Vec<Value> {
        let method = method.to_ascii_lowercase();
        let state = self.state.lock().unwrap();
        state
            .calls
            .iter()
            .filter(|c| c.method == method)
            .map(|c| c.body.clone())
            .collect()
    }

    /// How many `sendMessage` calls were answered with success (cheap: no copy).
    pub fn delivered_count(&self) -> usize {
        self.state.lock().unwrap().delivered.len()
    }

    /// Every `sendMessage` answered with success, oldest first.
    pub fn delivered(&self) -> Vec<Value> {
        self.state.lock().unwrap().delivered.clone()
    }

    /// Holds every `sendMessage` beyond `count` delivered without answering (`None`: release).
    /// A held request is never delivered: like Telegram before it accepted the message.
    pub fn stall_after(&self, count: Option<usize>) {
        self.state.lock().unwrap().stall_after = count;
    }

    /// Enforces Telegram's limits from now on (30 messages/s overall, 1/s per chat).
    pub fn enforce_limits(&self) {
        self.state.lock().unwrap().limits = Some(Limits::default());
    }

    /// How many 429s the enforced limits handed out.
    pub fn throttled(&self) -> usize {
        self.state.lock().unwrap().throttled
    }

    /// Queues a private text message from `user` for the next `getUpdates`.
    pub fn push_text(&self, user: i64, lang: &str, text: &str) {
        let mut state = self.state.lock().unwrap();
        let (update_id, message_id) = (state.next_update, state.next_message);
        state.next_update += 1;
        state.next_message += 1;
        state.updates.push_back(json!({
            "update_id": update_id,
            "message": {
                "message_id": message_id, "date": 1_700_000_000,
                "chat": {"id": user, "type": "private", "first_name": "Ana"},
                "from": {"id": user, "is_bot": false, "first_name": "Ana", "language_code": lang},
                "text": text
            }
        }));
    }

    /// Makes the next `fault.times` matching calls fail as described.
    pub fn inject(&self, fault: Fault) {
        self.state.lock().unwrap().faults.push(fault);
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

async fn serve(stream: TcpStream, state: Arc<Mutex<State>>) {
    let mut reader = BufReader::new(stream);
    while let Some((path, body)) = read_request(&mut reader).await {
        // Limits are judged on arrival, as Telegram would, not after waiting for our lock.
        let arrived = std::time::Instant::now();
        let method = path
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let body = serde_json::from_slice(&body)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&body).into_owned()));
        if method == "sendmessage" && stalled(&state) {
            record(&state, &method, &body);
            while stalled(&state) {
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            // Never accepted: like Telegram before it took the message, answer nothing.
            return;
        }
        if method == "getupdates" {
            // Long polling, shortened: hold the request briefly when nothing is queued.
            for _ in 0..10 {
                if !state.lock().unwrap().updates.is_empty() {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
        let (status, answer) = respond(&state, &method, body, arrived);
        let payload = answer.to_string();
        let head = format!(
            "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
            payload.len()
        );
        let stream = reader.get_mut();
        if stream.write_all(head.as_bytes()).await.is_err()
            || stream.write_all(payload.as_bytes()).await.is_err()
        {
            return;
        }
    }
}

fn stalled(state: &Mutex<State>) -> bool {
    let state = state.lock().unwrap();
    state
        .stall_after
        .is_some_and(|limit| state.delivered.len() >= limit)
}

/// Reads one HTTP/1.1 request: its path and body (content-length or chunked).
async fn read_request(reader: &mut BufReader<TcpStream>) -> Option<(String, Vec<u8>)> {
    let mut line = String::new();
    reader.read_line(&mut line).await.ok().filter(|n| *n > 0)?;
    let path = line.split_whitespace().nth(1)?.to_owned();
    let (mut length, mut chunked) = (0usize, false);
    loop {
        let mut header = String::new();
        reader
            .read_line(&mut header)
            .await
            .ok()
            .filter(|n| *n > 0)?;
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        let (name, value) = header.split_once(':')?;
        match name.trim().to_ascii_lowercase().as_str() {
            "content-length" => length = value.trim().parse().ok()?,
            "transfer-encoding" => chunked = value.to_ascii_lowercase().contains("chunked"),
            _ => {}
        }
    }
    let mut body = Vec::new();
    if chunked {
        loop {
            let mut size = String::new();
            reader.read_line(&mut size).await.ok()?;
            let size = usize::from_str_radix(size.trim(), 16).ok()?;
            let mut chunk = vec![0; size + 2];
            reader.read_exact(&mut chunk).await.ok()?;
            if size == 0 {
                break;
            }
            body.extend_from_slice(&chunk[..size]);
        }
    } else {
        body.resize(length, 0);
        reader.read_exact(&mut body).await.ok()?;
    }
    Some((path, body))
}

fn record(state: &Mutex<State>, method: &str, body: &Value) {
    let call = Call {
        method: method.to_owned(),
        body: body.clone(),
    };
    state.lock().unwrap().calls.push(call);
}

fn respond(
    state: &Mutex<State>,
    method: &str,
    body: Value,
    arrived: std::time::Instant,
) -> (u16, Value) {
    record(state, method, &body);
    let mut state = state.lock().unwrap();
    let chat = body.get("chat_id").and_then(Value::as_i64);
    let fault = state
        .faults
        .iter_mut()
        .find(|f| f.times > 0 && f.method == method && (f.chat.is_none() || f.chat == chat));
    if let Some(fault) = fault {
        fault.times -= 1;
        return (fault.status, fault.body.clone());
    }
    if method == "sendmessage" && over_limits(&mut state, chat.unwrap_or_default(), arrived) {
        state.throttled += 1;
        return (429, too_many_requests(1));
    }
    let result = match method {
        "getme" => json!({
            "id": 4242, "is_bot": true, "first_name": "recarga", "username": "recarga_test_bot",
            "can_join_groups": true, "can_read_all_group_messages": false,
            "supports_inline_queries": false, "can_connect_to_business": false,
            "has_main_web_app": false
        }),
        "getwebhookinfo" => {
            json!({"url": "", "has_custom_certificate": false, "pending_update_count": 0})
        }
        "getupdates" => {
            let updates: Vec<Value> = state.updates.drain(..).collect();
            Value::Array(updates)
        }
        "sendmessage" | "editmessagetext" | "senddocument" => {
            if method == "sendmessage" {
                state.delivered.push(body.clone());
            }
            let id = state.next_message;
            state.next_message += 1;
            json!({
                "message_id": id, "date": 1_700_000_000,
                "chat": {"id": chat.unwrap_or(1), "type": "private", "first_name": "Ana"},
                "from": {"id": 4242, "is_bot": true, "first_name": "recarga"},
                "text": body.get("text").and_then(Value::as_str).unwrap_or("")
            })
        }
        _ => Value::Bool(true),
    };
    (200, json!({"ok": true, "result": result}))
}

/// Records a message against the limits; true when it breaks them.
fn over_limits(state: &mut State, chat: i64, now: std::time::Instant) -> bool {
    let Some(limits) = state.limits.as_mut() else {
        return false;
    };
    while limits
        .recent
        .front()
        .is_some_and(|t| now - *t > Duration::from_secs(1))
    {
        limits.recent.pop_front();
    }
    let chat_too_soon = limits
        .last_per_chat
        .get(&chat)
        .is_some_and(|t| now - *t < Duration::from_millis(900));
    if limits.recent.len() >= 30 || chat_too_soon {
        return true;
    }
    limits.recent.push_back(now);
    limits.last_per_chat.insert(chat, now);
    false
}

/// The body Telegram sends for a 429.
pub fn too_many_requests(retry_after: u64) -> Value {
    json!({"ok": false, "error_code": 429, "description": "Too Many Requests: retry later",
           "parameters": {"retry_after": retry_after}})
}

/// The body Telegram sends when the user blocked the bot.
pub fn blocked() -> Value {
    json!({"ok": false, "error_code": 403, "description": "Forbidden: bot was blocked by the user"})
}
