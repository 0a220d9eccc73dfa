//! `hookctl replay`: captures saved by one listener re-sent to another.

use std::time::Duration;

use serde_json::Value;

use crate::support::{self, Server, hookctl};
use crate::support::{delivery, post};

const T: Duration = Duration::from_secs(20);

fn lines(text: &str) -> Vec<Value> {
    text.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).unwrap()).collect()
}

/// Three captures (two signed deliveries and a binary one) in a save file.
fn captured(home: &std::path::Path) -> std::path::PathBuf {
    let save = home.join("captures.jsonl");
    let srv = Server::start(home, &["listen", "--port", "0", "--save", save.to_str().unwrap()]);
    delivery(&srv.url, "k", r#"{"data":{"id":"one"}}"#, "user/created");
    delivery(&srv.url, "k", r#"{"data":{"id":"two"}}"#, "user/updated");
    post(&srv.url, &[("Content-Type", "application/octet-stream")], &[1, 2, 255]);
    save
}

#[test]
fn replays_one_and_all_to_a_second_listener() {
    let home = support::home();
    let save = captured(home.path());
    let target = Server::start_with_env(
        home.path(),
        &["listen", "--port", "0", "--path", "/other", "--secret-env", "S", "-o", "json"],
        &[("S", "k")],
    );
    let out = hookctl(home.path())
        .args(["replay", save.to_str().unwrap(), "--index", "2", "--to", &target.url, "-o", "json"])
        .run()
        .success();
    let report = lines(&out.stdout);
    assert_eq!(report.len(), 1);
    assert_eq!((report[0]["index"].clone(), report[0]["status"].clone()), (2.into(), 200.into()));
    assert!(report[0]["latency_ms"].is_number());
    let got = lines(&target.wait_stdout_lines(1, T).join("\n"));
    assert_eq!(got[0]["body"], r#"{"data":{"id":"two"}}"#);
    assert_eq!(got[0]["verified"], true, "the exact body with its original signature");
    assert_eq!(got[0]["headers"]["x-scope-topic"], "user/updated");
    assert_eq!(got[0]["path"], "/other");

    let out = hookctl(home.path())
        .args(["replay", save.to_str().unwrap(), "--all", "--to", &target.url])
        .run()
        .success();
    let text = out.stdout;
    assert_eq!(text.lines().count(), 3, "{text}");
    assert!(text.contains("#1 user/created") && text.contains("200 OK"), "{text}");
    let got = lines(&target.wait_stdout_lines(4, T).join("\n"));
    assert_eq!(got[3]["body_base64"], "AQL/");
    assert_eq!(got[1]["body"], r#"{"data":{"id":"one"}}"#);
}

#[test]
fn exit_codes_for_refused_unreachable_and_malformed() {
    let home = support::home();
    let save = captured(home.path());
    let failing = Server::start(home.path(), &["listen", "--port", "0", "--status", "500"]);
    hookctl(home.path()).args(["replay", save.to_str().unwrap(), "--to", &failing.url]).run().status(5);
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    hookctl(home.path())
        .args(["replay", save.to_str().unwrap(), "--to", &format!("http://127.0.0.1:{port}/")])
        .run()
        .status(4);
    hookctl(home.path())
        .args(["replay", save.to_str().unwrap(), "--index", "9", "--to", &failing.url])
        .run()
        .status(3)
        .stderr_contains("holds 3");
    let mut text = std::fs::read_to_string(&save).unwrap();
    text.insert_str(text.find('\n').unwrap() + 1, "{not json\n");
    let bad = support::write(home.path(), "bad.jsonl", text);
    hookctl(home.path())
        .args(["replay", bad.to_str().unwrap(), "--all", "--to", &failing.url])
        .run()
        .status(3)
        .stderr_contains("line 2");
}
