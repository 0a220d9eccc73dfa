//! The sending side for tests of `hookctl listen`: raw HTTP requests over a socket (so malformed
//! ones can be sent too) and deliveries signed as the vendor signs them.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use base64::Engine as _;
use hmac::{Hmac, Mac};

const T: Duration = Duration::from_secs(20);

/// The `X-Scope-Hmac-Sha256` value: base64 of HMAC-SHA256 over the exact body bytes.
pub fn sign(secret: &str, body: &[u8]) -> String {
    let mut m = Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    m.update(body);
    base64::engine::general_purpose::STANDARD.encode(m.finalize().into_bytes())
}

/// `http://127.0.0.1:PORT/path` → (`127.0.0.1:PORT`, `/path`).
pub fn split(url: &str) -> (String, String) {
    let rest = url.strip_prefix("http://").unwrap();
    match rest.find('/') {
        Some(i) => (rest[..i].to_string(), rest[i..].to_string()),
        None => (rest.to_string(), "/".to_string()),
    }
}

/// Sends raw bytes and reads the whole answer (the server closes after one request).
pub fn raw(addr: &str, bytes: &[u8]) -> String {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(T)).unwrap();
    s.write_all(bytes).unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

pub struct Answer {
    pub status: u16,
    pub body: String,
}

fn parse_answer(text: &str) -> Answer {
    let status = text.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
    Answer { status, body }
}

/// POSTs `body` with `headers` to `url` (a full URL; the path may differ from the listener's).
pub fn post(url: &str, headers: &[(&str, &str)], body: &[u8]) -> Answer {
    request("POST", url, headers, body)
}

pub fn request(method: &str, url: &str, headers: &[(&str, &str)], body: &[u8]) -> Answer {
    let (addr, path) = split(url);
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    let mut bytes = req.into_bytes();
    bytes.extend_from_slice(body);
    parse_answer(&raw(&addr, &bytes))
}

/// A delivery as the vendor sends it, signed with `secret`.
pub fn delivery(url: &str, secret: &str, body: &str, topic: &str) -> Answer {
    let sig = sign(secret, body.as_bytes());
    post(
        url,
        &[
            ("Content-Type", "application/json"),
            ("X-Scope-Topic", topic),
            ("X-Scope-Topic-Version", "1.1"),
            ("X-Scope-Webhook-Id", "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043"),
            ("X-Scope-Webhook-Job-Id", "job-42"),
            ("X-Scope-Hmac-Sha256", &sig),
        ],
        body.as_bytes(),
    )
}
