//! `hookctl errors replay`: recorded failed deliveries (sandbox fixtures) sent again into a
//! listener, which verifies them.

use std::time::Duration;

use serde_json::{Value, json};

use crate::support::sandbox::{Sandbox, write};
use crate::support::{Server, sign};

const SECRET: &str = "replay-secret";
const BODY: &str = "{\"data\":{\"id\":\"dXNlcjox\"},\"note\":\"exact  bytes\"}";
const OLD_TIME: &str = "2024-01-01T00:00:00Z";

/// A sandbox whose one subscription has 3 errors of job-1 (two attempts) and job-2, signed
/// with SECRET, and one of job-3 whose request was never sent (no headers recorded).
fn sandbox() -> (Sandbox, String, Vec<Value>) {
    let home = crate::support::home();
    let sig = sign(SECRET, BODY.as_bytes());
    let sent = |job: &str, attempt: i64, at: &str| {
        json!({"jobId": job, "attempt": attempt, "message": "HTTP 500", "createdAt": at, "durationMs": 4,
            "request": {"url": "https://example.com/hooks", "method": "POST",
                "headers": [{"name": "X-Scope-Topic", "value": "user/created"},
                            {"name": "X-Scope-Hmac-Sha256", "value": sig},
                            {"name": "X-Scope-Webhook-Job-Id", "value": job},
                            {"name": "X-Scope-Time", "value": OLD_TIME},
                            {"name": "Content-Type", "value": "application/json"}],
                "body": BODY},
            "response": {"status": 500, "headers": [], "body": "no"}})
    };
    let unsent = json!({"jobId": "job-3", "attempt": 1, "message": "the body template failed: boom",
        "createdAt": "2024-01-04T00:00:00Z", "durationMs": 0,
        "request": {"url": "https://example.com/hooks", "method": "POST", "headers": [], "body": ""}});
    let doc = json!({"subscriptions": [{"name": "Failing", "topic": "user/created",
        "callbackUrl": "https://example.com/hooks",
        "errors": [sent("job-1", 1, "2024-01-01T00:00:00Z"), sent("job-1", 2, "2024-01-02T00:00:00Z"),
                   sent("job-2", 1, "2024-01-03T00:00:00Z"), unsent]}]});
    let path = write(home.path(), "fixtures.json", &doc.to_string());
    let sb = Sandbox::start_with(&["--fixtures", &path]);
    let sub = sb.json(&["subs", "list"])[0]["id"].as_str().unwrap().to_string();
    let errors = sb.json(&["errors", "list", &sub]).as_array().unwrap().clone();
    assert_eq!(errors.len(), 4);
    (sb, sub, errors)
}

fn listener(sb: &Sandbox, extra: &[&str]) -> Server {
    let mut args = vec!["listen", "--port", "0", "--secret-env", "S", "-o", "json"];
    args.extend_from_slice(extra);
    Server::start_with_env(sb.home.path(), &args, &[("S", SECRET)])
}

fn captures(srv: &Server, n: usize) -> Vec<Value> {
    srv.wait_stdout_lines(n, Duration::from_secs(20))
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn a_replay_arrives_verified_re_signed_or_with_the_kept_signature() {
    let (sb, _, errors) = sandbox();
    let srv = listener(&sb, &[]);
    let first = errors[0]["id"].as_str().unwrap();

    let out = sb
        .cmd()
        .args(["errors", "replay", first, "--to", &srv.url, "--secret-env", "S", "-o", "json"])
        .env("S", SECRET)
        .run()
        .success()
        .never_prints(SECRET)
        .stdout_json();
    assert_eq!(out[0]["ok"], true, "{out}");
    assert_eq!(out[0]["status"], 200);
    assert_eq!(out[0]["jobId"], "job-1");
    let cap = &captures(&srv, 1)[0];
    assert_eq!(cap["verified"], true, "re-signed: {cap}");
    assert_eq!(cap["body"], BODY, "the exact bytes");
    assert_eq!(cap["headers"]["x-scope-topic"], "user/created");
    assert_eq!(cap["headers"]["x-scope-webhook-job-id"], "job-1");
    let time = cap["headers"]["x-scope-time"].as_str().unwrap();
    assert_ne!(time, OLD_TIME, "a fresh X-Scope-Time");
    assert!(chrono::DateTime::parse_from_rfc3339(time).is_ok(), "{time}");

    let table = sb.run(&["errors", "replay", first, "--to", &srv.url, "--keep-signature"]).success().stdout;
    assert!(table.contains("delivered: HTTP 200"), "{table}");
    assert_eq!(captures(&srv, 2)[1]["verified"], true, "the recorded signature still matches");

    // Without a secret or --keep-signature (and no terminal): unsigned, and said so.
    sb.run(&["errors", "replay", first, "--to", &srv.url]).success().stderr_contains("unsigned");
    assert_eq!(captures(&srv, 3)[2]["verified"], false);
}

#[test]
fn all_replays_each_job_once_oldest_first_and_skips_unsent_requests() {
    let (sb, sub, errors) = sandbox();
    let srv = listener(&sb, &[]);
    let out = sb
        .cmd()
        .args(["errors", "replay", "--all", &sub, "--to", &srv.url, "--keep-signature", "-o", "json"])
        .run()
        .success()
        .stdout_json();
    let jobs: Vec<&str> = out.as_array().unwrap().iter().map(|r| r["jobId"].as_str().unwrap()).collect();
    assert_eq!(jobs, ["job-1", "job-2", "job-3"], "{out}");
    assert_eq!(out[0]["errorId"], errors[0]["id"], "the oldest error of job-1");
    assert_eq!((out[0]["ok"].clone(), out[1]["ok"].clone()), (json!(true), json!(true)));
    assert!(out[2]["skipped"].as_str().unwrap().contains("not sent"), "{out}");
    let caps = captures(&srv, 2);
    assert!(caps.iter().all(|c| c["verified"] == true), "{caps:?}");
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(srv.stdout().lines().count(), 2, "once per job id");

    // --since leaves the older job out.
    let out = sb
        .cmd()
        .args(["errors", "replay", "--all", &sub, "--since", "2024-01-02T12:00:00Z", "--to", &srv.url])
        .args(["--keep-signature", "-o", "json"])
        .run()
        .success()
        .stdout_json();
    assert_eq!(out.as_array().unwrap().len(), 2, "{out}");
    assert_eq!(out[0]["jobId"], "job-2");

    // The skipped one alone: reported, nothing sent.
    let unsent = errors[3]["id"].as_str().unwrap();
    sb.run(&["errors", "replay", unsent, "--to", &srv.url, "--keep-signature"])
        .success()
        .stderr_contains("skipped")
        .stdout_contains("skipped: its request was not sent");
}

#[test]
fn exit_codes_are_sends() {
    let (sb, _, errors) = sandbox();
    let first = errors[0]["id"].as_str().unwrap();
    let failing = listener(&sb, &["--status", "500"]);
    sb.run(&["errors", "replay", first, "--to", &failing.url, "--keep-signature"])
        .status(5)
        .stdout_contains("HTTP 500");
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let closed = format!("http://127.0.0.1:{port}/");
    sb.run(&["errors", "replay", first, "--to", &closed, "--keep-signature"]).status(4);
    let ok = listener(&sb, &[]);
    sb.run(&["errors", "replay", first, "bm9uZQ==", "--to", &ok.url, "--keep-signature"]).status(8);
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(ok.stdout(), "", "nothing is sent when an id is unknown");
    sb.run(&["errors", "replay", first, "--keep-signature", "--secret-env", "S"]).status(2);
    sb.run(&["errors", "replay", "--since", "2h", "--to", &closed]).status(2);
}
