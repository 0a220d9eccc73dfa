//! `hookctl listen --ui`: the inspector's JSON API over HTTP, and the page in headless Chromium
//! driven over WebDriver (skipped, with a message, when chromium or chromedriver is missing).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::time::{Duration, Instant};

use base64::Engine as _;
use hmac::{Hmac, Mac};
use serde_json::{Value, json};

use crate::support::browser::http;
use crate::support::{self, Server};

const T: Duration = Duration::from_secs(30);
const SECRET: &str = "inspector-secret";
const HOSTILE: &str = r#"{"name":"<img src=x onerror=\"document.title='pwned';window.pwned=1\"><script>document.title='pwned';window.pwned=1</script><b id=\"injected\">x</b>"}"#;

fn sign(body: &[u8]) -> String {
    let mut m = Hmac::<sha2::Sha256>::new_from_slice(SECRET.as_bytes()).unwrap();
    m.update(body);
    base64::engine::general_purpose::STANDARD.encode(m.finalize().into_bytes())
}

fn get_json(url: &str, headers: &[(&str, &str)]) -> Value {
    let (status, _, body) = http("GET", url, headers, b"");
    assert_eq!(status, 200, "GET {url}: {}", String::from_utf8_lossy(&body));
    serde_json::from_slice(&body).unwrap()
}

fn post_json(url: &str, headers: &[(&str, &str)], v: &Value) -> (u16, Value) {
    let mut h = vec![("Content-Type", "application/json")];
    h.extend_from_slice(headers);
    let (status, _, body) = http("POST", url, &h, v.to_string().as_bytes());
    (status, serde_json::from_slice(&body).unwrap_or(Value::Null))
}

/// A signed delivery as the vendor sends it.
fn deliver(url: &str, body: &str, job: &str) -> u16 {
    let sig = sign(body.as_bytes());
    let h = [
        ("Content-Type", "application/json"),
        ("X-Scope-Topic", "user/created"),
        ("X-Scope-Webhook-Id", "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043"),
        ("X-Scope-Webhook-Job-Id", job),
        ("X-Scope-Hmac-Sha256", sig.as_str()),
    ];
    http("POST", url, &h, body.as_bytes()).0
}

/// A listener with the inspector on a free loopback port: (process, delivery URL, inspector base).
fn start_ui(home: &Path, extra: &[&str]) -> (Server, String, String) {
    let secret = support::write(home, "secret", SECRET);
    let mut args =
        vec!["listen", "--port", "0", "--path", "/hooks", "--secret-file", secret.to_str().unwrap()];
    args.extend_from_slice(&["--ui", "--ui-addr", "127.0.0.1:0"]);
    args.extend_from_slice(extra);
    let srv = Server::start(home, &args);
    let base = wait_for(|| {
        let err = srv.stderr();
        let i = err.find("inspector on http://")?;
        let url = err[i + 13..].split_whitespace().next()?;
        Some(url.split('#').next()?.trim_end_matches('/').to_string())
    });
    let url = srv.url.clone();
    (srv, url, base)
}

/// A second listener that records (as JSON lines) what replays bring it.
fn receiver(home: &Path) -> Server {
    let secret = support::write(home, "secret-b", SECRET);
    Server::start(
        home,
        &["listen", "--port", "0", "--path", "/b", "--secret-file", secret.to_str().unwrap(), "-o", "json"],
    )
}

fn wait_for<R>(mut f: impl FnMut() -> Option<R>) -> R {
    let start = Instant::now();
    loop {
        if let Some(r) = f() {
            return r;
        }
        assert!(start.elapsed() < T, "timed out waiting");
        std::thread::sleep(Duration::from_millis(30));
    }
}

fn received(srv: &Server, n: usize) -> Vec<Value> {
    srv.wait_stdout_lines(n, T).iter().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn lists_shows_and_returns_hostile_data_as_data() {
    let home = support::home();
    let save = home.path().join("caps.jsonl");
    let (srv, url, base) = start_ui(home.path(), &["--save", save.to_str().unwrap()]);
    assert_eq!(deliver(&url, r#"{"data":{"id":"1"}}"#, "job-1"), 200);
    assert_eq!(deliver(&url, HOSTILE, "job-1"), 200);
    let (s, _, _) = http("POST", &url, &[("X-Scope-Hmac-Sha256", "%%%")], b"<a><b>1</b></a>");
    assert_eq!(s, 200);

    let page = get_json(&format!("{base}/api/captures"), &[]);
    assert_eq!((page["total"].as_u64(), page["kept"].as_u64()), (Some(3), Some(3)));
    let items = page["items"].as_array().unwrap();
    let ids: Vec<_> = items.iter().map(|i| i["id"].as_u64().unwrap()).collect();
    assert_eq!(ids, [3, 2, 1], "newest first");
    assert_eq!(
        (items[0]["verdict"].as_str(), items[0]["duplicate"].as_bool()),
        (Some("unusable"), Some(false))
    );
    assert_eq!(
        (items[1]["verdict"].as_str(), items[1]["duplicate"].as_bool()),
        (Some("verified"), Some(true))
    );
    assert_eq!(
        (items[2]["topic"].as_str(), items[2]["job_id"].as_str()),
        (Some("user/created"), Some("job-1"))
    );

    let paged = get_json(&format!("{base}/api/captures?offset=1&limit=1&verdict=verified"), &[]);
    assert_eq!((paged["total"].as_u64(), paged["items"][0]["id"].as_u64()), (Some(2), Some(1)));
    let text = get_json(&format!("{base}/api/captures?q=INJECTED"), &[]);
    assert_eq!(text["items"][0]["id"].as_u64(), Some(2));

    // Hostile HTML comes back as JSON string data, byte for byte, never as markup.
    let (status, head, body) = http("GET", &format!("{base}/api/captures/2"), &[], b"");
    assert_eq!(status, 200);
    assert!(head.contains("content-type: application/json"), "{head}");
    let d: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(d["body"].as_str(), Some(HOSTILE));
    assert_eq!(d["pretty_kind"].as_str(), Some("json"));
    let xml = get_json(&format!("{base}/api/captures/3"), &[]);
    assert_eq!(
        (xml["pretty_kind"].as_str(), xml["why"].as_str().map(|w| w.contains("base64"))),
        (Some("xml"), Some(true))
    );
    assert!(d["curl"].as_str().unwrap().starts_with("curl -X POST 'http://127.0.0.1:"));
    let page_html = http("GET", &format!("{base}/"), &[], b"");
    assert!(page_html.1.contains("content-security-policy: default-src 'self'"));

    // Downloads are exactly the --save format.
    let (_, _, all) = http("GET", &format!("{base}/api/captures.jsonl"), &[], b"");
    assert_eq!(String::from_utf8(all).unwrap(), std::fs::read_to_string(&save).unwrap());
    let (_, _, one) = http("GET", &format!("{base}/api/captures/2/record"), &[], b"");
    assert_eq!(serde_json::from_slice::<Value>(&one).unwrap()["body"].as_str(), Some(HOSTILE));
    assert_eq!(http("GET", &format!("{base}/api/captures/99"), &[], b"").0, 404);

    // Clearing forgets them; ids are not reused.
    assert_eq!(http("DELETE", &format!("{base}/api/captures"), &[], b"").0, 204);
    assert_eq!(get_json(&format!("{base}/api/captures"), &[])["total"].as_u64(), Some(0));
    drop(srv);

    // --ui-load shows what the save file already holds.
    let (_srv, _, base) = start_ui(home.path(), &["--save", save.to_str().unwrap(), "--ui-load"]);
    assert_eq!(get_json(&format!("{base}/api/captures"), &[])["total"].as_u64(), Some(3));
}

#[test]
fn replays_as_captured_re_signed_and_unsigned() {
    let home = support::home();
    let b = receiver(home.path());
    let (_a, url, base) = start_ui(home.path(), &["--forward-to", &b.url]);
    let body = r#"{"data":{"id":"42"}}"#;
    assert_eq!(deliver(&url, body, "job-7"), 200);
    let first = received(&b, 1);
    assert_eq!(first[0]["verified"], true, "forwarded delivery verified");
    let d = get_json(&format!("{base}/api/captures/1"), &[]);
    assert_eq!((d["forwarded"]["status"].as_u64(), d["forwarded_status"].as_u64()), (Some(200), Some(200)));
    assert_eq!(d["forwarded"]["body"].as_str(), Some("ok\n"));

    let replay = format!("{base}/api/captures/1/replay");
    // As captured, to the forward target (no "to").
    let (s, r) = post_json(&replay, &[], &json!({}));
    assert_eq!((s, r["ok"].as_bool(), r["response"]["status"].as_u64()), (200, Some(true), Some(200)), "{r}");
    let got = received(&b, 2);
    assert_eq!((got[1]["verified"].as_bool(), got[1]["body"].as_str()), (Some(true), Some(body)));
    assert_eq!(got[1]["headers"]["x-scope-webhook-job-id"], "job-7");

    // Edited and re-signed with the listener's secret.
    let edited = r#"{"data":{"id":"43"}}"#;
    let req = json!({"to": b.url, "body": edited, "headers": {"Content-Type": "application/json", "X-Scope-Topic": "user/updated"}, "sign": true});
    let (s, r) = post_json(&replay, &[], &req);
    assert_eq!((s, r["ok"].as_bool()), (200, Some(true)), "{r}");
    let got = received(&b, 3);
    assert_eq!((got[2]["verified"].as_bool(), got[2]["body"].as_str()), (Some(true), Some(edited)));
    assert_eq!(got[2]["headers"]["x-scope-topic"], "user/updated");

    // Edited and sent unsigned: the receiver sees no signature.
    let (s, _) = post_json(&replay, &[], &json!({"to": b.url, "body": "{}", "sign": false}));
    assert_eq!(s, 200);
    let got = received(&b, 4);
    assert_eq!(got[3]["verified"].as_bool(), Some(false));
    assert!(got[3]["headers"].get("x-scope-hmac-sha256").is_none());

    // Refusals: bad target, bad headers.
    assert_eq!(post_json(&replay, &[], &json!({"to": "ftp://x/"})).0, 400);
    assert_eq!(post_json(&replay, &[], &json!({"headers": 3})).0, 400);
}

#[test]
fn refuses_cross_origin_writes_and_foreign_hosts() {
    let home = support::home();
    let (_a, url, base) = start_ui(home.path(), &[]);
    assert_eq!(deliver(&url, "{}", "j"), 200);
    let host = base.strip_prefix("http://").unwrap();
    let evil = [("Origin", "http://evil.example")];
    assert_eq!(post_json(&format!("{base}/api/captures/1/replay"), &evil, &json!({"to": url})).0, 403);
    assert_eq!(http("DELETE", &format!("{base}/api/captures"), &evil, b"").0, 403);
    let (_, head, _) = http("GET", &format!("{base}/api/captures"), &evil, b"");
    assert!(!head.contains("access-control-allow-origin"), "no CORS: {head}");
    // DNS rebinding: a loopback inspector answers only its own host names.
    assert_eq!(http("GET", &format!("{base}/api/captures"), &[("Host", "evil.example")], b"").0, 403);
    let own = format!("http://{host}");
    assert_eq!(
        post_json(&format!("{base}/api/captures/1/replay"), &[("Origin", &own)], &json!({"to": url})).0,
        200
    );
    assert_eq!(http("DELETE", &format!("{base}/api/captures"), &[("Origin", &own)], b"").0, 204);
}

#[test]
fn off_loopback_every_api_call_needs_the_token() {
    let home = support::home();
    let srv = Server::start(home.path(), &["listen", "--port", "0", "--ui", "--ui-addr", "0.0.0.0:0"]);
    let (port, token) = wait_for(|| {
        let err = srv.stderr();
        let i = err.find("inspector on http://0.0.0.0:")?;
        let rest = &err[i + 28..];
        let port = rest.split('/').next()?.to_string();
        let token = rest.split("#token=").nth(1)?.split_whitespace().next()?.to_string();
        Some((port, token))
    });
    assert_eq!(token.len(), 32);
    let base = format!("http://127.0.0.1:{port}");
    assert_eq!(http("GET", &format!("{base}/api/captures"), &[], b"").0, 401);
    assert_eq!(
        http("GET", &format!("{base}/api/captures?token={token}"), &[], b"").0,
        401,
        "never in a query"
    );
    assert_eq!(http("GET", &format!("{base}/api/captures"), &[("X-Hookctl-Token", "wrong")], b"").0, 401);
    assert_eq!(http("GET", &format!("{base}/api/captures"), &[("X-Hookctl-Token", &token)], b"").0, 200);
    assert_eq!(http("GET", &format!("{base}/"), &[], b"").0, 200, "the page itself is public");
    assert_eq!(srv.stderr().matches(&token).count(), 1, "printed once");
}

#[test]
fn streams_new_deliveries_as_server_sent_events() {
    let home = support::home();
    let (_a, url, base) = start_ui(home.path(), &[]);
    let addr = base.strip_prefix("http://").unwrap().to_string();
    let mut s = TcpStream::connect(&addr).unwrap();
    s.set_read_timeout(Some(T)).unwrap();
    write!(s, "GET /api/events HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n").unwrap();
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(deliver(&url, r#"{"x":1}"#, "job-sse"), 200);
    let mut seen = String::new();
    let mut buf = [0u8; 4096];
    while !seen.contains("job-sse") {
        let n = s.read(&mut buf).unwrap();
        assert!(n > 0, "stream ended: {seen}");
        seen.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    assert!(seen.contains("text/event-stream") && seen.contains("event: capture"), "{seen}");
}

mod browser;
