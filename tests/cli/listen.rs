//! `hookctl listen`: real HTTP requests against the built binary on 127.0.0.1.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine as _;
use serde_json::Value;

use crate::support::{self, Server, delivery, post, raw, request, sign, split};

const T: Duration = Duration::from_secs(20);

fn json_lines(text: &str) -> Vec<Value> {
    text.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).unwrap()).collect()
}

const BODY: &str =
    r#"{"data":{"id":"t5V3S3X8Trt/weWu0A2YHb0cRFJfcRA2rXT3vAGTz1A=","url":"https://cms.example/x"}}"#;
const FIRST_GENERATION: &str = r#"{"time":"2020-10-20T18:06:02Z","event":"create","type":"resource","data":{"resource-id":"OiSSdfK1Su4gwG4zAi2InavDB9eRE9aOnGHYRMG5dqY=","resource-url":"https://cms.example/o","resource-type":"scenario"}}"#;

#[test]
fn verifies_signatures_and_classifies_deliveries() {
    let home = support::home();
    let secret = support::write(home.path(), "secret", "my_shared_secret\n");
    let srv = Server::start(
        home.path(),
        &[
            "listen",
            "--port",
            "0",
            "--path",
            "/hooks",
            "--secret-file",
            secret.to_str().unwrap(),
            "-o",
            "json",
        ],
    );
    let url = srv.url.clone();
    assert!(url.ends_with("/hooks"), "{url}");
    // 1 verified, 2 wrong secret, 3 tampered body, 4 missing signature, 5 XML, 6 first-generation.
    assert_eq!(delivery(&url, "my_shared_secret", BODY, "user/created").status, 200);
    assert_eq!(delivery(&url, "another_secret", BODY, "user/created").status, 200);
    let sig = sign("my_shared_secret", BODY.as_bytes());
    let tampered = BODY.replace("cms", "evil");
    post(&url, &[("X-Scope-Hmac-Sha256", &sig), ("X-Scope-Topic", "user/created")], tampered.as_bytes());
    post(&url, &[("Content-Type", "application/json"), ("X-Scope-Topic", "user/created")], BODY.as_bytes());
    let xml = "<?xml version=\"1.0\"?>\n<data><id>abc</id></data>\n";
    let xsig = sign("my_shared_secret", xml.as_bytes());
    post(
        &url,
        &[
            ("Content-Type", "application/xml"),
            ("X-Scope-Topic", "user/created"),
            ("X-Scope-Hmac-Sha256", &xsig),
        ],
        xml.as_bytes(),
    );
    let lsig = sign("my_shared_secret", FIRST_GENERATION.as_bytes());
    post(
        &url,
        &[("Content-Type", "application/json"), ("X-Scope-Hmac-Sha256", &lsig)],
        FIRST_GENERATION.as_bytes(),
    );

    let lines = json_lines(&srv.wait_stdout_lines(6, T).join("\n"));
    let verified: Vec<Value> = lines.iter().map(|l| l["verified"].clone()).collect();
    assert_eq!(verified, [true, false, false, false, true, true]);
    assert_eq!(lines[0]["kind"], "scope");
    assert_eq!(lines[0]["headers"]["x-scope-topic"], "user/created");
    assert_eq!(lines[0]["body"], BODY);
    assert_eq!(lines[4]["body"], xml, "XML bodies are kept exactly");
    assert_eq!(lines[5]["kind"], "first-generation");
    assert!(lines.iter().all(|l| l["status"] == 200 && l["path"] == "/hooks" && l["method"] == "POST"));
    assert!(!srv.stderr().contains("my_shared_secret"), "the secret is never printed");
}

#[test]
fn text_display_shows_topic_ids_and_first_generation_fields() {
    let home = support::home();
    let srv = Server::start(home.path(), &["listen", "--port", "0"]);
    delivery(&srv.url, "s", BODY, "scenario_session/completed");
    post(&srv.url, &[("Content-Type", "application/json")], FIRST_GENERATION.as_bytes());
    post(&srv.url, &[("Content-Type", "application/octet-stream")], &[0xff, 0xfe, 0x00]);
    let start = std::time::Instant::now();
    while srv.stdout().matches("→ 200").count() < 3 && start.elapsed() < T {
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = srv.stdout();
    for want in [
        "scenario_session/completed",
        "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043",
        "job-42",
        "signature not checked",
        "application/json",
        "\"id\": \"t5V3S3X8Trt/weWu0A2YHb0cRFJfcRA2rXT3vAGTz1A=\"",
        "first-generation",
        "create",
        "scenario",
        "OiSSdfK1Su4gwG4zAi2InavDB9eRE9aOnGHYRMG5dqY=",
        "binary body",
    ] {
        assert!(out.contains(want), "missing {want:?} in:\n{out}");
    }
}

#[test]
fn reject_invalid_answers_401() {
    let home = support::home();
    let srv = Server::start_with_env(
        home.path(),
        &["listen", "--port", "0", "--secret-env", "HOOK_SECRET", "--reject-invalid", "-o", "json"],
        &[("HOOK_SECRET", "k")],
    );
    assert_eq!(delivery(&srv.url, "k", BODY, "t").status, 200);
    assert_eq!(delivery(&srv.url, "wrong", BODY, "t").status, 401);
    assert_eq!(post(&srv.url, &[], BODY.as_bytes()).status, 401);
    let lines = json_lines(&srv.wait_stdout_lines(3, T).join("\n"));
    let statuses: Vec<Value> = lines.iter().map(|l| l["status"].clone()).collect();
    assert_eq!(statuses, [200, 401, 401]);
    // Without a secret, --reject-invalid is a usage error.
    let home2 = support::home();
    support::hookctl(home2.path()).args(["listen", "--port", "0", "--reject-invalid"]).run().status(2);
}

#[test]
fn failure_simulation() {
    let home = support::home();
    let srv = Server::start(home.path(), &["listen", "--port", "0", "--fail-every", "2", "--delay", "30"]);
    let got: Vec<u16> = (0..4).map(|_| post(&srv.url, &[], b"{}").status).collect();
    assert_eq!(got, [200, 500, 200, 500]);
    let srv = Server::start(home.path(), &["listen", "--port", "0", "--status", "503"]);
    assert_eq!(post(&srv.url, &[], b"{}").status, 503);
}

#[test]
fn max_body_and_routing() {
    let home = support::home();
    let srv = Server::start(
        home.path(),
        &["listen", "--port", "0", "--path", "hooks", "--max-body", "10", "-o", "json"],
    );
    assert!(srv.url.ends_with("/hooks"));
    assert_eq!(post(&srv.url, &[], b"0123456789x").status, 413);
    let (addr, _) = split(&srv.url);
    // Chunked, so the size is only known while reading.
    let chunked = raw(
        &addr,
        b"POST /hooks HTTP/1.1\r\nHost: x\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n\
          8\r\n01234567\r\n8\r\n89abcdef\r\n0\r\n\r\n",
    );
    assert!(chunked.starts_with("HTTP/1.1 413"), "{chunked}");
    assert_eq!(post(&srv.url, &[], b"small").status, 200);
    let base = format!("http://{addr}");
    assert_eq!(post(&format!("{base}/elsewhere"), &[], b"{}").status, 404);
    assert_eq!(request("PUT", &srv.url, &[], b"{}").status, 405);
    let help = request("GET", &srv.url, &[], b"");
    assert_eq!(help.status, 200);
    assert!(help.body.contains("POST deliveries"));
    // Only the one delivery that was read whole is captured.
    assert_eq!(srv.wait_stdout_lines(1, T).len(), 1);
}

#[test]
fn malformed_requests_get_4xx_and_the_listener_keeps_serving() {
    let home = support::home();
    let srv = Server::start(home.path(), &["listen", "--port", "0"]);
    let (addr, _) = split(&srv.url);
    let cases: [&[u8]; 5] = [
        b"GARBAGE\r\n\r\n",
        b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
        b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n\r\n",
        b"POST / HTTP/1.1\r\nHost: x\r\nBad Header Name: 1\r\n\r\n",
        b"POST / HTTP/9.9\r\n\r\n",
    ];
    for case in cases {
        let answer = raw(&addr, case);
        let status: u16 = answer.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
        assert!((400..500).contains(&status), "{:?} → {answer:?}", String::from_utf8_lossy(case));
    }
    // A connection that sends half a request and hangs up.
    {
        let mut s = TcpStream::connect(&addr).unwrap();
        s.write_all(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc").unwrap();
    }
    assert_eq!(post(&srv.url, &[], b"{}").status, 200);
}

#[test]
fn forwards_to_a_local_app_and_answers_with_its_response() {
    let home = support::home();
    let app = Server::start_with_env(
        home.path(),
        &["listen", "--port", "0", "--path", "/app", "--status", "202", "--secret-env", "S", "-o", "json"],
        &[("S", "k")],
    );
    let relay =
        Server::start(home.path(), &["listen", "--port", "0", "--forward-to", &app.url, "-o", "json"]);
    assert_eq!(delivery(&relay.url, "k", BODY, "user/created").status, 202);
    let at_app = json_lines(&app.wait_stdout_lines(1, T).join("\n"));
    assert_eq!(at_app[0]["body"], BODY);
    assert_eq!(at_app[0]["verified"], true, "the exact body and signature arrive");
    assert_eq!(at_app[0]["headers"]["x-scope-topic"], "user/created");
    let at_relay = json_lines(&relay.wait_stdout_lines(1, T).join("\n"));
    assert_eq!(at_relay[0]["status"], 202);
    // An unreachable app: 502.
    let port = free_port();
    let relay2 = Server::start(
        home.path(),
        &["listen", "--port", "0", "--forward-to", &format!("http://127.0.0.1:{port}/")],
    );
    assert_eq!(post(&relay2.url, &[], b"{}").status, 502);
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

#[test]
fn require_bearer() {
    let home = support::home();
    let tok = support::write(home.path(), "token", "tok-123\n");
    let srv = Server::start(
        home.path(),
        &["listen", "--port", "0", "--require-bearer-file", tok.to_str().unwrap(), "-o", "json"],
    );
    assert_eq!(post(&srv.url, &[], b"{}").status, 401);
    assert_eq!(post(&srv.url, &[("Authorization", "Bearer nope")], b"{}").status, 401);
    assert_eq!(post(&srv.url, &[("Authorization", "Bearer tok-123")], b"{}").status, 200);
    assert_eq!(post(&srv.url, &[("authorization", "bearer tok-123")], b"{}").status, 200);
    let statuses: Vec<Value> =
        json_lines(&srv.wait_stdout_lines(4, T).join("\n")).iter().map(|l| l["status"].clone()).collect();
    assert_eq!(statuses, [401, 401, 200, 200]);
    assert!(!srv.stderr().contains("tok-123"));
}

#[test]
fn oauth_client_credentials_flow() {
    let home = support::home();
    let srv = Server::start_with_env(
        home.path(),
        &[
            "listen",
            "--port",
            "0",
            "--path",
            "/hooks",
            "--oauth-token-endpoint",
            "--oauth-client-id",
            "app",
            "--oauth-client-secret-env",
            "CS",
        ],
        &[("CS", "client-secret")],
    );
    let (addr, _) = split(&srv.url);
    let token_url = format!("http://{addr}/oauth/token");
    let start = std::time::Instant::now();
    while !srv.stderr().contains(&token_url) && start.elapsed() < T {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(srv.stderr().contains(&token_url), "{}", srv.stderr());
    let form = [("Content-Type", "application/x-www-form-urlencoded")];
    // Wrong secret, wrong grant type, no credentials.
    assert_eq!(
        post(&token_url, &form, b"grant_type=client_credentials&client_id=app&client_secret=x").status,
        401
    );
    assert_eq!(
        post(&token_url, &form, b"grant_type=password&client_id=app&client_secret=client-secret").status,
        400
    );
    assert_eq!(post(&token_url, &form, b"grant_type=client_credentials").status, 401);
    // Form credentials, then HTTP Basic.
    let a =
        post(&token_url, &form, b"grant_type=client_credentials&client_id=app&client_secret=client-secret");
    assert_eq!(a.status, 200, "{}", a.body);
    let v: Value = serde_json::from_str(&a.body).unwrap();
    assert_eq!(v["token_type"], "Bearer");
    let token = v["access_token"].as_str().unwrap().to_string();
    let basic = base64::engine::general_purpose::STANDARD.encode("app:client-secret");
    let b = post(
        &token_url,
        &[form[0], ("Authorization", &format!("Basic {basic}"))],
        b"grant_type=client_credentials",
    );
    assert_eq!(b.status, 200);
    // Deliveries need a token the endpoint issued.
    assert_eq!(post(&srv.url, &[], b"{}").status, 401);
    assert_eq!(post(&srv.url, &[("Authorization", "Bearer made-up")], b"{}").status, 401);
    assert_eq!(post(&srv.url, &[("Authorization", &format!("Bearer {token}"))], b"{}").status, 200);
    assert!(!srv.stderr().contains("client-secret") && !srv.stderr().contains(&token));
}

#[test]
fn save_writes_the_documented_shape_in_append_mode() {
    let home = support::home();
    let save = home.path().join("new/dir/captures.jsonl");
    std::fs::create_dir_all(save.parent().unwrap()).unwrap();
    std::fs::write(&save, "{\"earlier\":true}\n").unwrap();
    let srv = Server::start_with_env(
        home.path(),
        &["listen", "--port", "0", "--path", "/h", "--secret-env", "S", "--save", save.to_str().unwrap()],
        &[("S", "k")],
    );
    assert_eq!(delivery(&format!("{}?a=1&b=2", srv.url), "k", BODY, "user/created").status, 200);
    let binary = [0u8, 159, 146, 150, 255];
    assert_eq!(post(&srv.url, &[("X-Dup", "one"), ("X-Dup", "two")], &binary).status, 200);
    let text = std::fs::read_to_string(&save).unwrap();
    let lines = json_lines(&text);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["earlier"], true);
    let keys: Vec<&String> = lines[1].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["received_at", "method", "path", "headers", "body", "verified", "status", "kind"]);
    let at = lines[1]["received_at"].as_str().unwrap();
    assert!(at.ends_with('Z') && at.len() == 24, "RFC 3339 UTC with milliseconds: {at}");
    assert_eq!(lines[1]["path"], "/h?a=1&b=2");
    assert_eq!(lines[1]["body"], BODY);
    assert!(lines[1]["headers"].as_object().unwrap().keys().all(|k| *k == k.to_lowercase()));
    assert_eq!(lines[2]["body_base64"], base64::engine::general_purpose::STANDARD.encode(binary));
    assert!(lines[2].get("body").is_none());
    assert_eq!(lines[2]["verified"], false);
    assert_eq!(lines[2]["kind"], "other");
    assert_eq!(lines[2]["headers"]["x-dup"], "one, two");
    // No secret: verified is null.
    let save2 = home.path().join("b.jsonl");
    let srv2 = Server::start(home.path(), &["listen", "--port", "0", "--save", save2.to_str().unwrap()]);
    post(&srv2.url, &[], b"{}");
    assert_eq!(json_lines(&std::fs::read_to_string(&save2).unwrap())[0]["verified"], Value::Null);
}

#[test]
fn every_acknowledged_capture_survives_sigkill_under_load() {
    sigkill_under_load(&[]);
}

#[test]
fn every_acknowledged_capture_survives_sigkill_without_fsync() {
    sigkill_under_load(&["--no-fsync"]);
}

fn sigkill_under_load(extra: &[&str]) {
    let home = support::home();
    let save = home.path().join("captures.jsonl");
    let mut args =
        vec!["listen", "--port", "0", "--secret-env", "S", "--save", save.to_str().unwrap(), "-o", "json"];
    args.extend_from_slice(extra);
    let mut srv = Server::start_with_env(home.path(), &args, &[("S", "k")]);
    let (addr, path) = split(&srv.url);
    let acked = Arc::new(Mutex::new(Vec::<String>::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let mut threads = Vec::new();
    for t in 0..6 {
        let (acked, stop, addr, path) = (acked.clone(), stop.clone(), addr.clone(), path.clone());
        threads.push(std::thread::spawn(move || {
            let mut i = 0;
            while !stop.load(Ordering::Relaxed) {
                let id = format!("t{t}-{i}");
                i += 1;
                let body = format!("{{\"data\":{{\"id\":\"{id}\"}}}}");
                let sig = sign("k", body.as_bytes());
                let req = format!(
                    "POST {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nX-Scope-Hmac-Sha256: {sig}\r\n\
                     Content-Length: {}\r\n\r\n{body}",
                    body.len()
                );
                let Ok(mut s) = TcpStream::connect(&addr) else { break };
                let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
                if s.write_all(req.as_bytes()).is_err() {
                    break;
                }
                let mut out = Vec::new();
                let _ = s.read_to_end(&mut out);
                if out.starts_with(b"HTTP/1.1 200") {
                    acked.lock().unwrap().push(id);
                }
            }
        }));
    }
    // Let load build up, then kill without warning while requests are in flight.
    let start = std::time::Instant::now();
    while acked.lock().unwrap().len() < 300 && start.elapsed() < T {
        std::thread::sleep(Duration::from_millis(5));
    }
    srv.child.kill().unwrap(); // SIGKILL
    let _ = srv.child.wait();
    stop.store(true, Ordering::Relaxed);
    for t in threads {
        t.join().unwrap();
    }
    let acked = acked.lock().unwrap().clone();
    assert!(acked.len() >= 300, "only {} acknowledged", acked.len());
    let text = std::fs::read_to_string(&save).unwrap();
    let saved: std::collections::HashSet<String> = text
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter_map(|v| {
            let body: Value = serde_json::from_str(v["body"].as_str()?).ok()?;
            body["data"]["id"].as_str().map(str::to_string)
        })
        .collect();
    let lost: Vec<&String> = acked.iter().filter(|id| !saved.contains(*id)).collect();
    assert!(
        lost.is_empty(),
        "{} acknowledged captures lost, e.g. {:?}",
        lost.len(),
        &lost[..lost.len().min(5)]
    );
}

#[test]
fn ctrl_c_prints_a_summary() {
    let home = support::home();
    let mut srv =
        Server::start_with_env(home.path(), &["listen", "--port", "0", "--secret-env", "S"], &[("S", "k")]);
    delivery(&srv.url, "k", BODY, "t");
    delivery(&srv.url, "x", BODY, "t");
    post(&srv.url, &[], b"{}");
    let (addr, _) = split(&srv.url);
    post(&format!("http://{addr}/nope"), &[], b"{}");
    let status = srv.interrupt();
    assert!(status.success(), "{status:?}");
    let err = srv.stderr();
    assert!(
        err.contains("received 3 deliveries: 1 verified, 1 invalid, 1 unsigned; answered 200×3; 1 other request(s) refused"),
        "{err}"
    );
    assert_eq!(srv.stdout().matches("→ 200").count(), 3, "summary is not on stdout");
}
