//! The fake's HTTP/1.1 side: read a request (content-length or chunked, JSON or multipart),
//! hand it to the Telegram semantics, write the answer. Keep-alive, as reqwest expects.
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{Map, Value};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

use super::{poll, Shared};

/// One request: the method (last path segment, lowercased) and its body as JSON.
struct Request {
    method: String,
    body: Value,
}

pub(super) async fn serve(stream: TcpStream, shared: Arc<Shared>) {
    let mut reader = BufReader::new(stream);
    while let Some(request) = read_request(&mut reader).await {
        // Limits are judged on arrival, as Telegram would, not after waiting for our lock.
        let arrived = Instant::now();
        let call = shared.lock().record(&request.method, &request.body);
        if request.method == "sendmessage" && shared.lock().stalled() {
            while shared.lock().stalled() {
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            // Never accepted: like Telegram before it took the message, answer nothing.
            return;
        }
        let (status, answer) = if request.method == "getupdates" {
            poll::poll(&shared, &request.body).await
        } else {
            shared
                .lock()
                .respond(&request.method, &request.body, arrived)
        };
        shared.lock().answered(call, status, &answer);
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

/// Reads one HTTP/1.1 request, or `None` when the connection ends or is not HTTP.
async fn read_request(reader: &mut BufReader<TcpStream>) -> Option<Request> {
    let mut line = String::new();
    reader.read_line(&mut line).await.ok().filter(|n| *n > 0)?;
    let path = line.split_whitespace().nth(1)?.to_owned();
    let method = path
        .split('?')
        .next()?
        .rsplit('/')
        .next()?
        .to_ascii_lowercase();
    let (mut length, mut chunked, mut content_type) = (0usize, false, String::new());
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
            "content-type" => content_type = value.trim().to_owned(),
            _ => {}
        }
    }
    let raw = if chunked {
        read_chunked(reader).await?
    } else {
        let mut body = vec![0; length];
        reader.read_exact(&mut body).await.ok()?;
        body
    };
    let body = match boundary(&content_type) {
        Some(boundary) => multipart(&raw, &boundary),
        None if raw.is_empty() => Value::Object(Map::new()),
        None => serde_json::from_slice(&raw)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&raw).into_owned())),
    };
    Some(Request { method, body })
}

async fn read_chunked(reader: &mut BufReader<TcpStream>) -> Option<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let mut size = String::new();
        reader.read_line(&mut size).await.ok()?;
        let size = usize::from_str_radix(size.trim(), 16).ok()?;
        let mut chunk = vec![0; size.checked_add(2)?];
        reader.read_exact(&mut chunk).await.ok()?;
        if size == 0 {
            return Some(body);
        }
        body.extend_from_slice(&chunk[..size]);
    }
}

fn boundary(content_type: &str) -> Option<String> {
    if !content_type
        .to_ascii_lowercase()
        .starts_with("multipart/form-data")
    {
        return None;
    }
    let (_, rest) = content_type.split_once("boundary=")?;
    Some(rest.split(';').next()?.trim_matches('"').to_owned())
}

/// A multipart form as a JSON object: text fields as strings (`chat_id` and other JSON values
/// parsed), uploads under `__files.<name>` with their file name, size and content (lossy UTF-8).
fn multipart(raw: &[u8], boundary: &str) -> Value {
    let delimiter = format!("--{boundary}");
    let text = String::from_utf8_lossy(raw);
    let mut fields = Map::new();
    let mut files = Map::new();
    for part in text.split(delimiter.as_str()).skip(1) {
        let part = part.strip_prefix("\r\n").unwrap_or(part);
        let Some((head, content)) = part.split_once("\r\n\r\n") else {
            continue; // the closing `--`
        };
        let content = content.strip_suffix("\r\n").unwrap_or(content);
        let name = disposition(head, "name").unwrap_or_default();
        match disposition(head, "filename") {
            Some(filename) => {
                files.insert(
                    name,
                    serde_json::json!({"filename": filename, "size": content.len(), "content": content}),
                );
            }
            None => {
                let value = match name.as_str() {
                    "text" | "caption" | "parse_mode" => Value::String(content.to_owned()),
                    _ => serde_json::from_str(content)
                        .unwrap_or_else(|_| Value::String(content.to_owned())),
                };
                fields.insert(name, value);
            }
        }
    }
    fields.insert("__files".into(), Value::Object(files));
    Value::Object(fields)
}

/// A parameter of a part's `Content-Disposition` header (`name="chat_id"`).
fn disposition(head: &str, key: &str) -> Option<String> {
    let line = head
        .lines()
        .find(|l| l.to_ascii_lowercase().starts_with("content-disposition"))?;
    line.split(';').find_map(|param| {
        let (k, v) = param.trim().split_once('=')?;
        (k == key).then(|| v.trim_matches('"').to_owned())
    })
}
