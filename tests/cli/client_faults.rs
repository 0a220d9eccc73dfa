//! The API client against a tiny scripted HTTP server: retries, timeouts, broken answers, auth
//! failures, the exact requests sent, and paging.

use serde_json::{Value, json};

use crate::support::{self, Outcome, Reply, Scripted};

const TOKEN: &str = "tok-0123456789-secret";

/// `hookctl --endpoint API ARGS` with a token.
/// hookctl sending operations as written: these tests count transport attempts on a scripted
/// sequence (adaptation's one introspection round trip is tested in api.rs).
fn run(api: &Scripted, home: &std::path::Path, args: &[&str]) -> Outcome {
    support::hookctl(home)
        .env("HOOKCTL_ADAPT", "0")
        .env("HOOKCTL_TOKEN", TOKEN)
        .args(["--endpoint", &api.url])
        .args(args)
        .run()
}

fn updated(id: &str) -> Reply {
    Reply::json(
        json!({"data": {"updateWebhookSubscription": {"errors": [], "webhookSubscription": {"id": id}}}}),
    )
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
    let home = support::home();
    let api = Scripted::api(vec![Reply::status(500, "oops"), Reply::json(topics_page())]);
    let v = run(&api, home.path(), &["topics", "list", "-o", "json"]).success().stdout_json();
    assert_eq!(v[0]["key"], "user/created");
    assert_eq!(api.requests().len(), 2);
}

#[test]
fn retry_after_is_honoured_on_429() {
    let home = support::home();
    let api =
        Scripted::api(vec![Reply::status(429, "{}").header("Retry-After", "1"), Reply::json(topics_page())]);
    run(&api, home.path(), &["topics", "list", "-o", "ids"]).success().stdout_is("user/created\n");
    assert_eq!(api.requests().len(), 2);
}

#[test]
fn queries_give_up_after_three_retries() {
    let home = support::home();
    let api = Scripted::api(vec![Reply::status(503, "down")]);
    run(&api, home.path(), &["topics", "list"]).status(6).stderr_contains("HTTP 503");
    assert_eq!(api.requests().len(), 4);
}

#[test]
fn a_mutation_is_never_retried() {
    let home = support::home();
    let api = Scripted::api(vec![Reply::status(500, "oops"), updated("a")]);
    run(&api, home.path(), &["subscriptions", "disable", "a"]).status(6).stderr_contains("HTTP 500");
    assert_eq!(api.requests().len(), 1);
}

#[test]
fn a_hung_server_times_out() {
    let home = support::home();
    let api = Scripted::api(vec![Reply::hang()]);
    run(&api, home.path(), &["topics", "list", "--timeout", "1"])
        .status(4)
        .stderr_contains("no answer from")
        .stderr_contains("within 1 s")
        .stderr_contains("--timeout");
    assert_eq!(api.requests().len(), 1, "a timeout is not retried");
}

#[test]
fn broken_json_is_an_error_not_a_panic() {
    let home = support::home();
    let api = Scripted::api(vec![Reply::status(200, "{\"data\": {\"webhookTopics\": [")]);
    run(&api, home.path(), &["topics", "list"])
        .status(6)
        .stderr_contains("not JSON")
        .stderr_lacks("panicked");

    let api = Scripted::api(vec![Reply::json(json!({"data": {"webhookTopics": {"nodes": "nope"}}}))]);
    run(&api, home.path(), &["topics", "list"]).status(6).stderr_contains("unexpected response shape");
}

#[test]
fn unauthorized_says_how_to_log_in() {
    let home = support::home();
    let api = Scripted::api(vec![Reply::status(401, "{\"errors\":[{\"message\":\"invalid token\"}]}")]);
    run(&api, home.path(), &["subscriptions", "list"])
        .status(7)
        .stderr_contains("HTTP 401")
        .stderr_contains("invalid token")
        .stderr_contains("hookctl login")
        .stderr_lacks(TOKEN);
    assert_eq!(api.requests().len(), 1, "401 is not retried");
}

#[test]
fn the_enable_mutation_is_the_guides_and_ids_are_opaque() {
    let home = support::home();
    let id = "wMtvO+6DUTQZomQK8MP0Ppsip6hiuTe1TIihz7iadkk=/x";
    let api = Scripted::api(vec![updated(id)]);
    run(&api, home.path(), &["subscriptions", "enable", id]).success().stdout_is(format!("enabled {id}\n"));
    let req = &api.requests()[0];
    assert_eq!(req.header("authorization"), Some(format!("Bearer {TOKEN}").as_str()));
    assert_eq!(
        req.query(),
        "# Re-enabling a disabled subscription, exactly as the vendor guide writes it. \
         mutation EnableSubscription($id: ID!) { updateWebhookSubscription(webhookSubscription: \
         { id: $id, disabled: false }) { errors { field message } webhookSubscription { id } } }"
    );
    assert_eq!(req.json()["variables"], json!({"id": id}));
    assert_eq!(req.json()["operationName"], "EnableSubscription");
}

#[test]
fn field_errors_and_graphql_errors_are_named() {
    let home = support::home();
    let api = Scripted::api(vec![Reply::json(json!({"data": {"updateWebhookSubscription": {
        "errors": [{"field": "callbackUrl", "message": "must be https"}], "webhookSubscription": null}}}))]);
    run(&api, home.path(), &["subscriptions", "update", "a", "--name", "n"])
        .status(6)
        .stderr_contains("callbackUrl: must be https");

    let api = Scripted::api(vec![Reply::json(json!({"data": null, "errors": [
        {"message": "Unknown field \"bogus\"", "path": ["webhookSubscription"]}]}))]);
    run(&api, home.path(), &["subscriptions", "show", "a"])
        .status(6)
        .stderr_contains("Unknown field \"bogus\" (at webhookSubscription)");

    let api = Scripted::api(vec![Reply::json(json!({"data": {"webhookSubscription": null}}))]);
    run(&api, home.path(), &["subscriptions", "show", "a/b+c="])
        .status(8)
        .stderr_contains("subscription a/b+c= not found");
}

#[test]
fn listing_follows_every_page_and_streams_json() {
    let home = support::home();
    let page = |ids: &[&str], next: Option<&str>| {
        Reply::json(json!({"data": {"webhookSubscriptions": {"totalCount": 3,
            "pageInfo": {"hasNextPage": next.is_some(), "endCursor": next},
            "nodes": ids.iter().map(|i| subscription(i, false)).collect::<Vec<_>>()}}}))
    };
    let api = Scripted::api(vec![page(&["a", "b"], Some("c1")), page(&["c"], None)]);
    let v = run(&api, home.path(), &["subs", "list", "-o", "json", "--topic", "user/created", "--enabled"])
        .success()
        .stdout_json();
    let ids: Vec<&str> = v.as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a", "b", "c"]);
    assert_eq!(v[0]["callbackUrl"], "https://example.com/h");
    let reqs = api.requests();
    assert_eq!(reqs.len(), 2);
    let first = reqs[0].json();
    assert_eq!(first["variables"]["first"], 250);
    assert_eq!(first["variables"]["topicKey"], "user/created");
    assert_eq!(first["variables"]["disabled"], false);
    assert_eq!(reqs[1].json()["variables"]["after"], "c1");
}

#[test]
fn verbose_logs_requests_but_never_the_token() {
    let home = support::home();
    let api = Scripted::api(vec![Reply::json(topics_page())]);
    run(&api, home.path(), &["-v", "topics", "list"])
        .success()
        .stderr_contains("-> POST")
        .stderr_contains("ListTopics")
        .never_prints(TOKEN);
}

#[test]
fn enable_all_disabled_reports_each_and_exits_partial() {
    let home = support::home();
    let list = Reply::json(json!({"data": {"webhookSubscriptions": {"totalCount": 2,
        "pageInfo": {"hasNextPage": false, "endCursor": null},
        "nodes": [subscription("a", true), subscription("b", true)]}}}));
    let bad = Reply::json(json!({"data": {"updateWebhookSubscription": {
        "errors": [{"field": "callbackUrl", "message": "is no longer reachable"}], "webhookSubscription": null}}}));
    let api = Scripted::api(vec![list, updated("a"), bad]);
    let v = run(&api, home.path(), &["subs", "enable", "--all-disabled", "--concurrency", "1", "-o", "json"])
        .status(9)
        .stdout_json();
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
    assert_eq!(api.requests()[0].json()["variables"]["disabled"], true);
}

#[test]
fn a_repeated_end_cursor_stops_the_listing_and_json_stays_whole() {
    let home = support::home();
    let page = |ids: &[&str]| {
        Reply::json(json!({"data": {"webhookSubscriptions": {"totalCount": null,
            "pageInfo": {"hasNextPage": true, "endCursor": "c1"},
            "nodes": ids.iter().map(|i| subscription(i, false)).collect::<Vec<_>>()}}}))
    };
    // The server answers the same cursor forever (the last reply repeats).
    let api = Scripted::api(vec![page(&["a", "b"])]);
    let out = run(&api, home.path(), &["subs", "list", "-o", "json"])
        .status(6)
        .stderr_contains("cursor \"c1\" twice");
    let v = out.stdout_json();
    assert!(v.as_array().is_some_and(|a| !a.is_empty()), "a closed array of what came: {v}");
    assert!(api.requests().len() <= 3, "{}", api.requests().len());

    // A failure before the first item leaves stdout empty (no lone `[`).
    let api = Scripted::api(vec![Reply::status(503, "down")]);
    run(&api, home.path(), &["subs", "list", "-o", "json"]).status(6).stdout_is("");
}

#[test]
fn control_characters_in_messages_are_escaped() {
    let home = support::home();
    let api = Scripted::api(vec![Reply::json(json!({"data": null, "errors": [
        {"message": "bad\u{0}thing\nhere"}]}))]);
    run(&api, home.path(), &["subscriptions", "show", "a"])
        .status(6)
        .stderr_contains("bad\\u{0}thing\\nhere");
}
