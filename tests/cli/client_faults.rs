//! The API client against a tiny scripted HTTP server: retries, timeouts, broken answers, auth
//! failures, the exact requests sent, and paging.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};

use crate::common;

const TOKEN: &str = "tok-0123456789-secret";

/// What the fake server does for one request.
#[derive(Clone)]
pub enum Reply {
    /// Status, extra headers, body.
    Http(u16, Vec<(&'static str, String)>, String),
    /// Accept the request and never answer.
    Hang,
}

pub fn ok(body: Value) -> Reply {
    Reply::Http(200, vec![], body.to_string())
}

/// One received request.
#[derive(Debug, Clone)]
pub struct Received {
    pub headers: Vec<(String, String)>,
    pub body: Value,
}

impl Received {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
    pub fn query(&self) -> String {
        self.body["query"].as_str().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

/// A scripted HTTP server on a free loopback port: answers requests in order with `script`
/// (the last reply repeats) and records them.
pub struct FakeApi {
    pub url: String,
    pub received: Arc<Mutex<Vec<Received>>>,
}

impl FakeApi {
    pub fn start(script: Vec<Reply>) -> FakeApi {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/graphql", listener.local_addr().unwrap());
        let received = Arc::new(Mutex::new(Vec::new()));
        let rec = received.clone();
        std::thread::spawn(move || {
            let mut n = 0usize;
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let reply = script[n.min(script.len() - 1)].clone();
                n += 1;
                let rec = rec.clone();
                std::thread::spawn(move || serve_one(stream, reply, rec));
            }
        });
        FakeApi { url, received }
    }

    pub fn requests(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }
}

fn serve_one(mut stream: TcpStream, reply: Reply, rec: Arc<Mutex<Vec<Received>>>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut headers = Vec::new();
    let mut line = String::new();
    let _ = reader.read_line(&mut line); // request line
    loop {
        line.clear();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
        if let Some((k, v)) = line.trim_end().split_once(':') {
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    let len: usize = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; len];
    let _ = reader.read_exact(&mut body);
    let body = serde_json::from_slice(&body).unwrap_or(Value::Null);
    rec.lock().unwrap().push(Received { headers, body });
    match reply {
        Reply::Hang => std::thread::sleep(Duration::from_secs(60)),
        Reply::Http(status, extra, body) => {
            let mut head = format!(
                "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n",
                body.len()
            );
            for (k, v) in extra {
                head.push_str(&format!("{k}: {v}\r\n"));
            }
            head.push_str("\r\n");
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(body.as_bytes());
        }
    }
}

fn run(api: &FakeApi, home: &std::path::Path, args: &[&str]) -> std::process::Output {
    common::hookctl(home)
        .env("HOOKCTL_TOKEN", TOKEN)
        .args(["--endpoint", &api.url])
        .args(args)
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn topics_page() -> Value {
    json!({"data": {"webhookTopics": {"totalCount": 1, "pageInfo": {"hasNextPage": false, "endCursor": null},
        "nodes": [{"id": "t1", "key": "user/created", "version": "1.1", "description": "A user was created",
                   "nodeType": "User"}]}}})
}

fn subscription(id: &str, disabled: bool) -> Value {
    json!({"id": id, "name": format!("sub {id}"), "topic": {"key": "user/created", "version": "1.1"},
        "contentType": "JSON", "callbackUrl": "https://example.com/h", "integration": null,
        "hasSharedSecret": false, "query": null, "dataValidationTemplate": null, "template": null,
        "errorHandlingTemplate": null, "disabled": disabled, "disabledReason": null, "disabledAt": null,
        "createdAt": "2024-01-01T00:00:00Z", "updatedAt": "2024-01-01T00:00:00Z"})
}

#[test]
fn a_query_is_retried_after_a_500() {
    let home = common::home();
    let api = FakeApi::start(vec![Reply::Http(500, vec![], "oops".into()), ok(topics_page())]);
    let out = run(&api, home.path(), &["topics", "list", "-o", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["key"], "user/created");
    assert_eq!(api.requests().len(), 2);
}

#[test]
fn retry_after_is_honoured_on_429() {
    let home = common::home();
    let api = FakeApi::start(vec![
        Reply::Http(429, vec![("Retry-After", "1".into())], "{}".into()),
        ok(topics_page()),
    ]);
    let out = run(&api, home.path(), &["topics", "list", "-o", "ids"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "user/created\n");
    assert_eq!(api.requests().len(), 2);
}

#[test]
fn queries_give_up_after_three_retries() {
    let home = common::home();
    let api = FakeApi::start(vec![Reply::Http(503, vec![], "down".into())]);
    let out = run(&api, home.path(), &["topics", "list"]);
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert!(stderr(&out).contains("HTTP 503"), "{}", stderr(&out));
    assert_eq!(api.requests().len(), 4);
}

#[test]
fn a_mutation_is_never_retried() {
    let home = common::home();
    let api = FakeApi::start(vec![
        Reply::Http(500, vec![], "oops".into()),
        ok(
            json!({"data": {"updateWebhookSubscription": {"errors": [], "webhookSubscription": {"id": "a"}}}}),
        ),
    ]);
    let out = run(&api, home.path(), &["subscriptions", "disable", "a"]);
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert!(stderr(&out).contains("HTTP 500"), "{}", stderr(&out));
    assert_eq!(api.requests().len(), 1);
}

#[test]
fn a_hung_server_times_out() {
    let home = common::home();
    let api = FakeApi::start(vec![Reply::Hang]);
    let out = run(&api, home.path(), &["topics", "list", "--timeout", "1"]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("no answer from") && err.contains("within 1 s"), "{err}");
    assert!(err.contains("--timeout"), "{err}");
    assert_eq!(api.requests().len(), 1, "a timeout is not retried");
}

#[test]
fn broken_json_is_an_error_not_a_panic() {
    let home = common::home();
    let api = FakeApi::start(vec![Reply::Http(200, vec![], "{\"data\": {\"webhookTopics\": [".into())]);
    let out = run(&api, home.path(), &["topics", "list"]);
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("not JSON"), "{err}");
    assert!(!err.contains("panicked"), "{err}");

    let api = FakeApi::start(vec![ok(json!({"data": {"webhookTopics": {"nodes": "nope"}}}))]);
    let out = run(&api, home.path(), &["topics", "list"]);
    assert_eq!(out.status.code(), Some(6));
    assert!(stderr(&out).contains("unexpected response shape"), "{}", stderr(&out));
}

#[test]
fn unauthorized_says_how_to_log_in() {
    let home = common::home();
    let api = FakeApi::start(vec![Reply::Http(
        401,
        vec![],
        "{\"errors\":[{\"message\":\"invalid token\"}]}".into(),
    )]);
    let out = run(&api, home.path(), &["subscriptions", "list"]);
    assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("HTTP 401") && err.contains("invalid token"), "{err}");
    assert!(err.contains("hookctl login"), "{err}");
    assert!(!err.contains(TOKEN));
    assert_eq!(api.requests().len(), 1, "401 is not retried");
}

#[test]
fn the_enable_mutation_is_the_guides_and_ids_are_opaque() {
    let home = common::home();
    let id = "wMtvO+6DUTQZomQK8MP0Ppsip6hiuTe1TIihz7iadkk=/x";
    let api = FakeApi::start(vec![ok(
        json!({"data": {"updateWebhookSubscription": {"errors": [], "webhookSubscription": {"id": id}}}}),
    )]);
    let out = run(&api, home.path(), &["subscriptions", "enable", id]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout), format!("enabled {id}\n"));
    let req = &api.requests()[0];
    assert_eq!(req.header("authorization"), Some(format!("Bearer {TOKEN}").as_str()));
    assert_eq!(
        req.query(),
        "# Re-enabling a disabled subscription, exactly as the vendor guide writes it. \
         mutation EnableSubscription($id: ID!) { updateWebhookSubscription(webhookSubscription: \
         { id: $id, disabled: false }) { errors { field message } webhookSubscription { id } } }"
    );
    assert_eq!(req.body["variables"], json!({"id": id}));
    assert_eq!(req.body["operationName"], "EnableSubscription");
}

#[test]
fn field_errors_and_graphql_errors_are_named() {
    let home = common::home();
    let api = FakeApi::start(vec![ok(json!({"data": {"updateWebhookSubscription": {
        "errors": [{"field": "callbackUrl", "message": "must be https"}], "webhookSubscription": null}}}))]);
    let out = run(&api, home.path(), &["subscriptions", "update", "a", "--name", "n"]);
    assert_eq!(out.status.code(), Some(6));
    assert!(stderr(&out).contains("callbackUrl: must be https"), "{}", stderr(&out));

    let api = FakeApi::start(vec![ok(json!({"data": null, "errors": [
        {"message": "Unknown field \"bogus\"", "path": ["webhookSubscription"]}]}))]);
    let out = run(&api, home.path(), &["subscriptions", "show", "a"]);
    assert_eq!(out.status.code(), Some(6));
    assert!(stderr(&out).contains("Unknown field \"bogus\" (at webhookSubscription)"), "{}", stderr(&out));

    let api = FakeApi::start(vec![ok(json!({"data": {"webhookSubscription": null}}))]);
    let out = run(&api, home.path(), &["subscriptions", "show", "a/b+c="]);
    assert_eq!(out.status.code(), Some(8));
    assert!(stderr(&out).contains("subscription a/b+c= not found"), "{}", stderr(&out));
}

#[test]
fn listing_follows_every_page_and_streams_json() {
    let home = common::home();
    let page = |ids: &[&str], next: Option<&str>| {
        ok(json!({"data": {"webhookSubscriptions": {"totalCount": 3,
            "pageInfo": {"hasNextPage": next.is_some(), "endCursor": next},
            "nodes": ids.iter().map(|i| subscription(i, false)).collect::<Vec<_>>()}}}))
    };
    let api = FakeApi::start(vec![page(&["a", "b"], Some("c1")), page(&["c"], None)]);
    let out = run(&api, home.path(), &["subs", "list", "-o", "json", "--topic", "user/created", "--enabled"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = v.as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a", "b", "c"]);
    assert_eq!(v[0]["callbackUrl"], "https://example.com/h");
    let reqs = api.requests();
    assert_eq!(reqs.len(), 2);
    assert_eq!(reqs[0].body["variables"]["first"], 250);
    assert_eq!(reqs[0].body["variables"]["topicKey"], "user/created");
    assert_eq!(reqs[0].body["variables"]["disabled"], false);
    assert_eq!(reqs[1].body["variables"]["after"], "c1");
}

#[test]
fn verbose_logs_requests_but_never_the_token() {
    let home = common::home();
    let api = FakeApi::start(vec![ok(topics_page())]);
    let out = run(&api, home.path(), &["-v", "topics", "list"]);
    assert!(out.status.success());
    let err = stderr(&out);
    assert!(err.contains("-> POST") && err.contains("ListTopics"), "{err}");
    assert!(!err.contains(TOKEN) && !String::from_utf8_lossy(&out.stdout).contains(TOKEN));
}

#[test]
fn enable_all_disabled_reports_each_and_exits_partial() {
    let home = common::home();
    let list = ok(json!({"data": {"webhookSubscriptions": {"totalCount": 2,
        "pageInfo": {"hasNextPage": false, "endCursor": null},
        "nodes": [subscription("a", true), subscription("b", true)]}}}));
    let good = ok(
        json!({"data": {"updateWebhookSubscription": {"errors": [], "webhookSubscription": {"id": "a"}}}}),
    );
    let bad = ok(json!({"data": {"updateWebhookSubscription": {
        "errors": [{"field": "callbackUrl", "message": "is no longer reachable"}], "webhookSubscription": null}}}));
    let api = FakeApi::start(vec![list, good, bad]);
    let out =
        run(&api, home.path(), &["subs", "enable", "--all-disabled", "--concurrency", "1", "-o", "json"]);
    assert_eq!(out.status.code(), Some(9), "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    // One result per subscription, in listing order; which one the server failed depends on
    // which request reached it second.
    let items = v.as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!((items[0]["id"].clone(), items[1]["name"].clone()), (json!("a"), json!("sub b")));
    let ok: Vec<&Value> = items.iter().filter(|i| i["ok"] == true).collect();
    let failed: Vec<&Value> = items.iter().filter(|i| i["ok"] == false).collect();
    assert_eq!((ok.len(), failed.len()), (1, 1));
    assert_eq!(ok[0]["error"], Value::Null);
    assert!(failed[0]["error"].as_str().unwrap().contains("callbackUrl: is no longer reachable"));
    assert_eq!(api.requests()[0].body["variables"]["disabled"], true);
}
