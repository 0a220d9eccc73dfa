//! `hookctl errors` against a sandbox loaded with fixture error records.

use serde_json::{Value, json};

use crate::support::Outcome;
use crate::support::sandbox::{Sandbox, write};

fn fixture(dir: &std::path::Path) -> String {
    let err = |job: &str, attempt: i64, at: &str, status: Option<i64>| {
        json!({"jobId": job, "attempt": attempt, "message": format!("HTTP {}", status.unwrap_or(0)),
            "createdAt": at, "durationMs": 42,
            "request": {"url": "https://example.com/hooks", "method": "POST",
                "headers": [{"name": "X-Scope-Topic", "value": "user/created"},
                            {"name": "X-Scope-Hmac-Sha256", "value": "c2lnbmF0dXJl"}],
                "body": "{\"data\":{\"id\":\"dXNlcjox\"}}"},
            "response": status.map(|s| json!({"status": s, "headers": [{"name": "Content-Type", "value": "text/plain"}],
                "body": "upstream exploded"}))})
    };
    let doc = json!({"subscriptions": [{"name": "Failing", "topic": "user/created",
        "callbackUrl": "https://example.com/hooks",
        "errors": [err("job-1", 1, "2024-01-01T00:00:00Z", Some(500)), err("job-1", 2, "2024-01-02T00:00:00Z", Some(502)),
                   err("job-2", 1, "2024-01-03T00:00:00Z", None)]}]});
    write(dir, "fixtures.json", &doc.to_string())
}

#[test]
fn list_show_and_delete_errors() {
    let home = crate::support::home();
    let path = fixture(home.path());
    let sb = Sandbox::start_with(&["--fixtures", &path]);
    let subs = sb.json(&["subs", "list"]);
    let sub = subs[0]["id"].as_str().unwrap().to_string();

    let list = sb.json(&["errors", "list", &sub]);
    let items = list.as_array().unwrap();
    assert_eq!(items.len(), 3);
    let mut k: Vec<&String> = items[0].as_object().unwrap().keys().collect();
    k.sort();
    assert_eq!(k, ["attempt", "createdAt", "durationMs", "id", "jobId", "message", "response"]);
    assert_eq!(items[0]["response"], json!({"status": 500}));
    assert!(items[2]["response"].is_null());
    assert_eq!(
        sb.json(&["errors", "list", &sub, "--since", "2024-01-02T00:00:00Z"]).as_array().unwrap().len(),
        2
    );
    let Outcome { stdout: table, .. } = sb.run(&["errors", "list", &sub]).success();
    assert!(table.contains("2024-01-01 00:00:00") && table.contains("HTTP 502"), "{table}");

    let first = items[0]["id"].as_str().unwrap().to_string();
    let shown = sb.json(&["errors", "show", &first]);
    assert_eq!(shown["webhookSubscription"]["name"], "Failing");
    assert_eq!(shown["request"]["headers"][1]["name"], "X-Scope-Hmac-Sha256");
    assert_eq!(shown["response"]["body"], "upstream exploded");
    let Outcome { stdout: text, .. } = sb.run(&["errors", "show", &first]).success();
    for needle in [
        "POST https://example.com/hooks",
        "X-Scope-Hmac-Sha256: c2lnbmF0dXJl",
        "\"id\": \"dXNlcjox\"",
        "HTTP 500",
        "Content-Type: text/plain",
        "upstream exploded",
    ] {
        assert!(text.contains(needle), "missing {needle:?}:\n{text}");
    }
    let third = items[2]["id"].as_str().unwrap();
    let Outcome { stdout: text, .. } = sb.run(&["errors", "show", third]);
    assert!(text.contains("Response: none"), "{text}");

    // delete: --yes is needed without a terminal; one by id, then all of the subscription's.
    sb.run(&["errors", "delete", &first]).status(2).stderr_contains("--yes");
    let v: Value = sb.json(&["errors", "delete", &first, "--yes"]);
    assert_eq!(v["deletedWebhookErrorIds"], json!([first]));
    assert_eq!(sb.json(&["errors", "list", &sub]).as_array().unwrap().len(), 2);
    sb.run(&["errors", "show", &first]).status(8);
    let Outcome { stdout: out, .. } = sb.run(&["errors", "rm", "--all", &sub, "--yes"]).success();
    assert_eq!(out.lines().count(), 2);
    assert_eq!(sb.json(&["errors", "list", &sub]), json!([]));
    sb.run(&["errors", "list", "bm9uZQ=="]).status(8);
}

/// `errors list` has a JOB column, and `--all` lists every subscription's errors.
#[test]
fn errors_list_has_a_job_column_and_all() {
    let home = crate::support::home();
    let path = fixture(home.path());
    let sb = Sandbox::start_with(&["--fixtures", &path]);
    let sub = sb.json(&["subs", "list"])[0]["id"].as_str().unwrap().to_string();
    let Outcome { stdout: table, .. } = sb.run(&["errors", "list", &sub, "--wide"]).success();
    assert!(table.contains("JOB") && table.contains("job-1") && table.contains("job-2"), "{table}");
    let all = sb.json(&["errors", "list", "--all"]);
    let items = all.as_array().unwrap();
    assert_eq!(items.len(), 3, "{all}");
    assert!(items.iter().all(|e| e["subscriptionId"] == sub.as_str() && e["jobId"].is_string()), "{all}");
    let Outcome { stdout: table, .. } = sb.run(&["errors", "list", "--all"]).success();
    assert!(table.contains("SUBSCRIPTION") && table.contains(&sub), "{table}");
    sb.run(&["errors", "list"]).status(2);
}
