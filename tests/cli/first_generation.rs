//! First-generation webhooks in the sandbox: `hookctl sandbox first-generation …` and the deliveries of
//! Call / ScenarioSession changes.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::support::Server;
use crate::support::sandbox::Sandbox;
use crate::support::{Reply, Scripted};

const T: Duration = Duration::from_secs(20);

fn wait_until(what: &str, mut f: impl FnMut() -> bool) {
    let start = Instant::now();
    while !f() {
        assert!(start.elapsed() < T, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn create_node(sb: &Sandbox, ty: &str) -> String {
    let d = sb.graphql(
        "mutation($t: String!) { sandboxCreateNode(node: {type: $t}) { errors { message } node { id } } }",
        json!({"t": ty}),
    );
    d["sandboxCreateNode"]["node"]["id"].as_str().unwrap().to_string()
}

fn update_node(sb: &Sandbox, id: &str) {
    sb.graphql(
        "mutation($id: ID!) { sandboxUpdateNode(node: {id: $id, attributes: {name: \"renamed\"}}) { errors { message } } }",
        json!({"id": id}),
    );
}

#[test]
fn enabled_organizations_get_first_generation_payloads() {
    let sb = Sandbox::start();
    let rx = Scripted::receiver(vec![Reply::ok()]);
    // Disabled by default: changes send nothing.
    let shown = sb.json(&["sandbox", "first-generation", "show"]);
    assert_eq!(shown["baseUrl"], Value::Null);
    assert_eq!(
        shown["events"],
        json!(["Call.create", "Call.update", "ScenarioSession.create", "ScenarioSession.update"])
    );
    create_node(&sb, "Call");

    sb.run(&["sandbox", "first-generation", "enable", "http://example.com/hooks"])
        .status(6)
        .stderr_contains("https");
    let enabled = sb.json(&["sandbox", "first-generation", "enable", &rx.url]);
    assert_eq!(enabled["baseUrl"], rx.url.as_str());

    let call = create_node(&sb, "Call");
    update_node(&sb, &call);
    let session = create_node(&sb, "ScenarioSession");
    create_node(&sb, "User"); // no first-generation event
    update_node(&sb, &session);
    wait_until("four notifications", || rx.requests().len() >= 4);
    std::thread::sleep(Duration::from_millis(200));
    let reqs = rx.requests();
    assert_eq!(reqs.len(), 4);
    let mut seen: Vec<(String, String, String)> = reqs
        .iter()
        .map(|r| {
            assert_eq!(r.method, "POST");
            assert_eq!(r.path, "/hooks", "POSTed to the base URL itself");
            assert_eq!(r.header("content-type"), Some("application/json"));
            let v: Value = serde_json::from_slice(&r.body).unwrap();
            let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
            assert_eq!(keys, ["time", "event", "type", "data"]);
            assert_eq!(v["type"], "resource");
            let data = &v["data"];
            let id = data["resource-id"].as_str().unwrap();
            assert!(data["resource-url"].as_str().unwrap().contains("/api/v3/graphql/object/"), "{v}");
            assert!(chrono::DateTime::parse_from_rfc3339(v["time"].as_str().unwrap()).is_ok());
            (
                id.to_string(),
                v["event"].as_str().unwrap().to_string(),
                data["resource-type"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    seen.sort();
    let mut want = vec![
        (call.clone(), "create".to_string(), "call".to_string()),
        (call.clone(), "update".into(), "call".into()),
        (session.clone(), "create".into(), "scenario_session".into()),
        (session.clone(), "update".into(), "scenario_session".into()),
    ];
    want.sort();
    assert_eq!(seen, want);
    // The resource URL answers.
    let v: Value = serde_json::from_slice(&reqs[0].body).unwrap();
    assert!(v["data"]["resource-url"].as_str().unwrap().starts_with("http://127.0.0.1:"));

    wait_until("the statuses", || {
        let s = sb.json(&["sandbox", "first-generation", "show"]);
        s["deliveries"].as_array().unwrap().iter().all(|d| d["status"] == "DELIVERED")
    });
    let s = sb.json(&["sandbox", "first-generation", "show"]);
    assert_eq!(s["deliveries"].as_array().unwrap().len(), 4);
    assert_eq!(s["deliveries"][0]["event"], "ScenarioSession.update", "newest first");

    let off = sb.json(&["sandbox", "first-generation", "disable"]);
    assert_eq!(off["baseUrl"], Value::Null);
    update_node(&sb, &call);
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(rx.requests().len(), 4);
}

#[test]
fn the_listener_recognizes_the_sandboxs_first_generation_payloads() {
    let sb = Sandbox::start();
    let listener =
        Server::start(sb.home.path(), &["listen", "--port", "0", "--path", "/scope", "-o", "json"]);
    sb.json(&["sandbox", "first-generation", "enable", &listener.url]);
    let call = create_node(&sb, "Call");
    let lines = listener.wait_stdout_lines(1, T);
    let c: Value = serde_json::from_str(&lines[0]).unwrap();
    assert_eq!(c["kind"], "first-generation", "{c}");
    assert_eq!(c["status"], 200);
    let body: Value = serde_json::from_str(c["body"].as_str().unwrap()).unwrap();
    assert_eq!(body["data"]["resource-id"], call.as_str());
    assert_eq!(body["event"], "create");
}
