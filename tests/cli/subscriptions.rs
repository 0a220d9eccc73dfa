//! `hookctl subscriptions` against a real sandbox.

use serde_json::{Value, json};

use crate::support::Outcome;
use crate::support::sandbox::{Sandbox, write};

const KEYS: [&str; 17] = [
    "id",
    "name",
    "webhookId",
    "topic",
    "contentType",
    "callbackUrl",
    "integration",
    "hasSharedSecret",
    "query",
    "dataValidationTemplate",
    "template",
    "errorHandlingTemplate",
    "disabled",
    "disabledReason",
    "disabledAt",
    "createdAt",
    "updatedAt",
];

fn keys(v: &Value) -> Vec<String> {
    let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
    k.sort();
    k
}

#[test]
fn create_show_update_list_delete() {
    let sb = Sandbox::start();
    let dir = sb.home.path();
    let query = write(dir, "q.graphql", "query($nodeId: ID!) { node(id: $nodeId) { id } }\n");
    let validation = write(dir, "v.liquid", "{% if data.node %}true{% else %}false{% endif %}");
    let template = write(dir, "t.liquid", "{\"id\": \"{{ data.node.id }}\"}\nsecond line");
    let errors = write(dir, "e.liquid", "{% if body.error %}{{ body.error }}{% endif %}");
    let secret = write(dir, "secret.txt", "s3cret-value-123\n");
    let created = sb.json(&[
        "subs",
        "create",
        "--name",
        "Users",
        "--topic",
        "user/created",
        "--topic-version",
        "1.1",
        "--content-type",
        "xml",
        "--callback-url",
        "https://example.com/hook",
        "--query-file",
        &query,
        "--validation-template-file",
        &validation,
        "--template-file",
        &template,
        "--error-template-file",
        &errors,
        "--secret-file",
        &secret,
        "--disabled",
    ]);
    let id = created["id"].as_str().unwrap().to_string();
    let mut want: Vec<String> = KEYS.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(keys(&created), want);
    assert_eq!(created["topic"], json!({"key": "user/created", "version": "1.1"}));
    assert_eq!(created["contentType"], "XML");
    assert_eq!(created["hasSharedSecret"], true);
    assert_eq!(created["disabled"], true);
    assert!(created["template"].as_str().unwrap().contains("second line"));

    // show: JSON is the same shape; text has every template in full and never the secret.
    let shown = sb.json(&["subs", "show", &id]);
    assert_eq!(shown, created);
    let Outcome { stdout: text, .. } = sb.run(&["subscriptions", "show", &id]).success();
    for needle in
        ["Users", "user/created (version 1.1)", "disabled", "second line", "body.error", "node(id: $nodeId)"]
    {
        assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
    }
    assert!(!text.contains("s3cret"));

    // update: any field; --clear-template clears; --enable enables.
    let updated = sb.json(&["subs", "update", &id, "--name", "Renamed", "--clear-template", "--enable"]);
    assert_eq!(updated["name"], "Renamed");
    assert!(updated["template"].is_null() || updated["template"] == "");
    assert_eq!(updated["disabled"], false);
    assert_eq!(updated["query"], created["query"]);
    sb.run(&["subs", "update", &id]).status(2).stderr_contains("nothing to change");

    // list: filters and output formats.
    let other = sb.create("Sessions", "scenario_session/completed", &[]);
    let all = sb.json(&["subs", "list"]);
    assert_eq!(all.as_array().unwrap().len(), 2);
    assert_eq!(keys(&all[0]), want);
    let by_topic = sb.json(&["subs", "list", "--topic", "scenario_session/completed"]);
    assert_eq!(by_topic.as_array().unwrap().len(), 1);
    assert_eq!(by_topic[0]["id"], other.as_str());
    sb.json(&["subs", "disable", &other]);
    let disabled = sb.json(&["subs", "list", "--disabled"]);
    assert_eq!(
        disabled.as_array().unwrap().iter().map(|s| s["id"].clone()).collect::<Vec<_>>(),
        [json!(other)]
    );
    let enabled = sb.json(&["subs", "list", "--enabled"]);
    assert_eq!(enabled.as_array().unwrap().iter().map(|s| s["id"].clone()).collect::<Vec<_>>(), [json!(id)]);
    assert_eq!(sb.json(&["subs", "list", "--created-since", "1h"]).as_array().unwrap().len(), 2);
    assert_eq!(sb.json(&["subs", "list", "--updated-since", "2999-01-01"]), json!([]));
    sb.run(&["subs", "list", "-o", "ids"]).success().stdout_is(format!("{id}\n{other}\n"));
    let Outcome { stdout: table, .. } = sb.run(&["subs", "ls"]).success();
    assert!(table.contains("Renamed") && table.contains("scenario_session/completed"), "{table}");
    sb.run(&["subs", "list", "--created-since", "last tuesday"]).status(2).stderr_contains("RFC 3339");

    // delete: --yes required without a terminal.
    sb.run(&["subs", "delete", &id]).status(2).stderr_contains("--yes");
    sb.run(&["subs", "rm", &id, &other, "--yes"]).success().stdout_contains(format!("deleted {id}"));
    sb.run(&["subs", "show", &id]).status(8).stderr_contains("not found");
    assert_eq!(sb.json(&["subs", "list"]), json!([]));
}

#[test]
fn create_checks_locally_and_names_missing_fields() {
    let sb = Sandbox::start();
    sb.run(&["subs", "create", "--name", "x"]).status(2).stderr_contains("missing --topic, --callback-url");

    let Outcome { stderr: err, .. } = sb
        .run(&[
            "subs",
            "create",
            "--name",
            "x",
            "--topic",
            "user/created",
            "--callback-url",
            "http://example.com/h",
        ])
        .status(2);
    assert!(err.contains("not https") && err.contains("--allow-http"), "{err}");

    let bad = write(sb.home.path(), "bad.liquid", "{% if x %}never closed");
    let Outcome { stderr: err, .. } = sb
        .run(&[
            "subs",
            "create",
            "--name",
            "x",
            "--topic",
            "user/created",
            "--callback-url",
            "https://e.com/h",
            "--template-file",
            &bad,
        ])
        .status(3);
    assert!(err.contains("bad.liquid") && err.contains("does not parse"), "{err}");
    assert_eq!(sb.json(&["subs", "list"]), json!([]), "nothing was sent");

    // The server's validation: an unknown topic, with a suggestion.
    sb.run(&[
        "subs",
        "create",
        "--name",
        "x",
        "--topic",
        "user/craeted",
        "--callback-url",
        "https://e.com/h",
    ])
    .status(6)
    .stderr_contains("topic")
    .stderr_contains("did you mean user/created?");

    // http to a loopback receiver with --allow-http.
    sb.run(&[
        "subs",
        "create",
        "--name",
        "local",
        "--topic",
        "user/created",
        "--callback-url",
        "http://127.0.0.1:9/h",
        "--allow-http",
    ])
    .success();
}

#[test]
fn enable_disable_and_all_disabled() {
    let sb = Sandbox::start();
    let a = sb.create("a", "user/created", &[]);
    let b = sb.create("b", "user/updated", &[]);
    let c = sb.create("c", "user/created", &[]);
    let Outcome { stdout: out, .. } = sb.run(&["subs", "disable", &a, &b, &c]).success();
    assert_eq!(out.lines().count(), 3);

    let dry = sb.json(&["subs", "enable", "--all-disabled", "--topic", "user/created", "--dry-run"]);
    assert_eq!(dry.as_array().unwrap().len(), 2);
    assert_eq!(
        sb.json(&["subs", "list", "--disabled"]).as_array().unwrap().len(),
        3,
        "dry run changed nothing"
    );

    let res = sb.json(&["subs", "enable", "--all-disabled", "--topic", "user/created"]);
    let mut ids: Vec<&str> = res.as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap()).collect();
    ids.sort();
    let mut want = vec![a.as_str(), c.as_str()];
    want.sort();
    assert_eq!(ids, want);
    assert!(
        res.as_array()
            .unwrap()
            .iter()
            .all(|r| r["ok"] == true && r["error"].is_null() && r["name"].is_string())
    );

    sb.run(&["subs", "enable", "--all-disabled"]).success().stdout_is(format!("enabled {b} (b)\n"));
    sb.run(&["subs", "enable", "--all-disabled", "-o", "json"]).success().stdout_is("[]\n");

    // A missing id alone: its own exit code; among others: partial.
    sb.run(&["subs", "enable", "bm8tc3VjaC1pZA=="]).status(8);
    let v = sb.run(&["subs", "disable", &a, "bm8tc3VjaC1pZA==", "-o", "json"]).status(9).stdout_json();
    assert_eq!(v[0]["ok"], true);
    assert_eq!(v[1]["ok"], false);
}

#[test]
fn test_starts_a_delivery() {
    let sb = Sandbox::start();
    let v = sb.json(&[
        "subs",
        "create",
        "--name",
        "t",
        "--topic",
        "call/completed",
        "--callback-url",
        "http://127.0.0.1:9/h",
        "--allow-http",
    ]);
    let id = v["id"].as_str().unwrap().to_string();
    // No call yet: the server says how to make one.
    sb.run(&["subs", "test", &id, "--no-wait"]).status(6).stderr_contains("test");
    sb.graphql(
        "mutation($t: String!) { sandboxCreateNode(node: {type: $t, attributes: {name: \"Ada\"}}) { errors { message } } }",
        json!({"t": "Call"}),
    );
    let v = sb.json(&["subs", "test", &id, "--no-wait"]);
    assert!(v["id"].is_string() && v["jobId"].is_string(), "{v}");
    // The receiver is closed: the delivery fails or is still pending when the wait ends.
    sb.run(&["subs", "test", &id, "--timeout", "2"]).status(5).stderr_contains("test delivery");
}

/// Tables never wrap ids or topics: at 80 columns names and URLs are cut with `…`, `--wide`
/// shows everything, `--columns` chooses (the same layout for every table).
#[test]
fn tables_keep_ids_and_topics_whole() {
    let sb = Sandbox::start();
    let name = "a subscription with a long and descriptive name for the dashboard";
    let id = sb.create(name, "user/created", &["--allow-http"]);
    let narrow = sb.cmd().env("COLUMNS", "80").args(["subs", "list"]).run().success().stdout;
    assert!(narrow.lines().all(|l| l.chars().count() <= 80), "{narrow}");
    assert!(narrow.contains(&id) && narrow.contains("user/created") && narrow.contains('…'), "{narrow}");
    assert_eq!(narrow.lines().count(), 5, "one line per row: {narrow}");
    let wide = sb.cmd().env("COLUMNS", "80").args(["subs", "list", "--wide"]).run().success().stdout;
    assert!(wide.contains(name) && !wide.contains('…'), "{wide}");
    let two =
        sb.cmd().env("COLUMNS", "80").args(["subs", "list", "--columns", "topic,id"]).run().success().stdout;
    assert!(two.contains(&id) && !two.contains("NAME") && !two.contains("CALLBACK"), "{two}");
    let topics = sb.cmd().env("COLUMNS", "60").args(["topics", "list"]).run().success().stdout;
    assert!(topics.lines().all(|l| l.chars().count() <= 60), "{topics}");
    assert!(topics.contains("scenario_session/completed"), "{topics}");
}

/// The X-Scope-Webhook-Id a receiver (and the listener) sees is the subscription's webhook UUID,
/// shown by `subs list` (table and JSON) and `subs show` (text and JSON).
#[test]
fn list_and_show_carry_the_webhook_uuid() {
    let sb = Sandbox::start();
    let rx = crate::support::Scripted::receiver(vec![crate::support::Reply::ok()]);
    let id = sb.json(&[
        "subs",
        "create",
        "--name",
        "u",
        "--topic",
        "user/created",
        "--callback-url",
        &rx.url,
        "--allow-http",
    ])["id"]
        .as_str()
        .unwrap()
        .to_string();
    sb.run(&["sandbox", "node", "create", "User", "--set", "name=Ada"]).success();
    let start = std::time::Instant::now();
    while rx.requests().is_empty() {
        assert!(start.elapsed().as_secs() < 30, "no delivery arrived");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let uuid = rx.requests()[0].header("x-scope-webhook-id").unwrap().to_string();
    assert_eq!(uuid.len(), 36, "{uuid}");
    assert_eq!(sb.json(&["subs", "list"])[0]["webhookId"], uuid.as_str());
    assert_eq!(sb.json(&["subs", "show", &id])["webhookId"], uuid.as_str());
    let table = sb.cmd().env("COLUMNS", "200").args(["subs", "list"]).run().success().stdout;
    assert!(table.contains("WEBHOOK UUID") && table.contains(&uuid), "{table}");
    sb.run(&["subs", "show", &id]).success().stdout_contains(format!("Webhook UUID    {uuid}"));
    // Narrow: the column is cut or left out, never wrapped.
    let narrow = sb.cmd().env("COLUMNS", "80").args(["subs", "list"]).run().success().stdout;
    assert_eq!(narrow.lines().count(), 5, "one line per row: {narrow}");
}

/// A mistyped topic gets one "did you mean" (hookctl's, with the command to list them), not the
/// server's as well; topic descriptions read "An Organization", "An Integration".
#[test]
fn a_mistyped_topic_gets_one_suggestion() {
    let sb = Sandbox::start();
    let out = sb
        .run(&[
            "subs",
            "create",
            "--name",
            "x",
            "--topic",
            "user/craeted",
            "--callback-url",
            "https://127.0.0.1:9/h",
        ])
        .status(6);
    assert_eq!(out.stderr.matches("did you mean").count(), 1, "{}", out.stderr);
    assert!(out.stderr.contains("did you mean user/created?"), "{}", out.stderr);
    let topics = sb.json(&["topics", "list"]);
    let described = |key: &str| {
        topics.as_array().unwrap().iter().find(|t| t["key"] == key).map(|t| t["description"].clone())
    };
    assert_eq!(described("organization/created"), Some(json!("An Organization was created.")), "{topics}");
    assert_eq!(described("integration/updated"), Some(json!("An Integration was updated.")), "{topics}");
    assert_eq!(described("user/created"), Some(json!("A User was created.")), "{topics}");
}
