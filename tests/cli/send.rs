//! `hookctl send` against a scripted receiver: headers, signature, bodies, failures, load test.

use std::time::Duration;

use crate::support::{self, hookctl};
use crate::support::{Reply, Scripted};

#[test]
fn default_payload_every_header_and_a_valid_signature() {
    let home = support::home();
    let rx = Scripted::receiver(vec![
        Reply::status(200, "{\"received\":true}").header("Content-Type", "application/json"),
    ]);
    let out = hookctl(home.path())
        .args([
            "send",
            &rx.url,
            "--node-id",
            "t5V3S3X8Trt/weWu0A2YHb0cRFJfcRA2rXT3vAGTz1A=",
            "--secret-env",
            "S",
        ])
        .args(["--topic", "user/created", "--webhook-id", "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043"])
        .env("S", "my_shared_secret")
        .run()
        .status(0);
    let stdout = out.stdout;
    assert!(stdout.starts_with("HTTP 200 OK\n"), "{stdout}");
    assert!(stdout.contains("\"received\": true"), "{stdout}");

    let reqs = rx.requests();
    assert_eq!(reqs.len(), 1);
    let r = &reqs[0];
    assert_eq!(r.method, "POST");
    assert_eq!(r.path, "/hooks");
    assert_eq!(
        String::from_utf8(r.body.clone()).unwrap(),
        r#"{"data":{"id":"t5V3S3X8Trt/weWu0A2YHb0cRFJfcRA2rXT3vAGTz1A=","url":"https://cms.scopear.com/api/v3/graphql/object/t5V3S3X8Trt/weWu0A2YHb0cRFJfcRA2rXT3vAGTz1A="}}"#
    );
    assert_eq!(r.header("x-scope-hmac-sha256"), Some(support::sign("my_shared_secret", &r.body).as_str()));
    assert_eq!(r.header("x-scope-topic"), Some("user/created"));
    assert_eq!(r.header("x-scope-topic-version"), Some("1.1"));
    assert_eq!(r.header("x-scope-api-version"), Some("3"));
    assert_eq!(r.header("x-scope-domain"), Some("scopear.com"));
    assert_eq!(r.header("x-scope-webhook-id"), Some("b54557e4-bdd9-4b37-8a5f-bf7d70bcd043"));
    assert_eq!(r.header("x-scope-webhook-type"), Some("node"));
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert!(r.header("x-scope-webhook-job-id").is_some_and(|v| v.len() == 36));
    let time = r.header("x-scope-time").unwrap();
    assert!(chrono::DateTime::parse_from_rfc3339(time).is_ok() && time.ends_with('Z'), "{time}");
}

#[test]
fn data_file_is_sent_byte_for_byte_and_templates_apply() {
    let home = support::home();
    let rx = Scripted::receiver(vec![Reply::ok()]);
    let raw = "{ \"data\": {\"node\": {\"name\": \"Alain Bloch\"}} }\n";
    let data = support::write(home.path(), "data.json", raw);
    hookctl(home.path()).args(["send", &rx.url, "--data"]).arg(&data).run().success();
    let tpl = support::write(home.path(), "body.liquid", "{\"name\": \"{{ data.node.name }}\"}");
    hookctl(home.path())
        .args(["send", &rx.url, "--data"])
        .arg(&data)
        .arg("--template")
        .arg(&tpl)
        .run()
        .success();
    let reqs = rx.requests();
    assert_eq!(reqs[0].body, raw.as_bytes());
    assert!(reqs[0].header("x-scope-hmac-sha256").is_none(), "unsigned without a secret");
    assert_eq!(reqs[1].body, b"{\"name\": \"Alain Bloch\"}");
}

#[test]
fn xml_and_first_generation_formats() {
    let home = support::home();
    let rx = Scripted::receiver(vec![Reply::ok()]);
    hookctl(home.path()).args(["send", &rx.url, "--node-id", "abc", "--content-type", "xml"]).run().success();
    hookctl(home.path())
        // `legacy`, the format's former name, still works.
        .args(["send", &rx.url, "--format", "legacy", "--node-id", "OiSS", "--event", "update"])
        .run()
        .success();
    let reqs = rx.requests();
    assert_eq!(reqs[0].header("content-type"), Some("application/xml"));
    assert_eq!(
        String::from_utf8(reqs[0].body.clone()).unwrap(),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<data><id>abc</id><url>https://cms.scopear.com/api/v3/graphql/object/abc</url></data>\n"
    );
    let first: serde_json::Value = serde_json::from_slice(&reqs[1].body).unwrap();
    assert_eq!(first["event"], "update");
    assert_eq!(first["type"], "resource");
    assert_eq!(first["data"]["resource-id"], "OiSS");
    assert_eq!(first["data"]["resource-type"], "scenario");
    assert!(reqs[1].header("x-scope-topic").is_none());
}

#[test]
fn failures_have_their_exit_codes_and_messages() {
    let home = support::home();
    let cases: Vec<(Reply, i32, &str)> = vec![
        (Reply::status(500, "boom"), 5, "HTTP 500"),
        (Reply::status(302, "").header("Location", "https://elsewhere/"), 5, "redirect"),
        (Reply::close(), 4, "request failed"),
        (Reply::ok().delay(Duration::from_secs(3)), 4, "timed out"),
    ];
    for (reply, code, needle) in cases {
        let rx = Scripted::receiver(vec![reply]);
        hookctl(home.path())
            .args(["send", &rx.url, "--timeout", "1s"])
            .run()
            .status(code)
            .stderr_contains(needle);
    }
    // Nothing listening at all.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    hookctl(home.path()).args(["send", &format!("http://127.0.0.1:{port}/")]).run().status(4);
}

#[test]
fn error_template_turns_a_200_into_a_failure() {
    let home = support::home();
    let rx = Scripted::receiver(vec![Reply::status(200, "{\"error\":\"User already exists\"}")]);
    let tpl = support::write(home.path(), "err.liquid", "{% if body.error %}{{ body.error }}{% endif %}");
    let out = hookctl(home.path())
        .args(["--output", "json", "send", &rx.url, "--error-template"])
        .arg(&tpl)
        .run()
        .status(5);
    let v: serde_json::Value = out.stdout_json();
    assert_eq!(v["ok"], false);
    assert_eq!(v["response"]["status"], 200);
    assert!(v["error"].as_str().unwrap().contains("User already exists"));
}

#[test]
fn load_test_summary() {
    let home = support::home();
    let rx = Scripted::receiver(vec![Reply::ok()]);
    let out = hookctl(home.path())
        .args(["-o", "json", "send", &rx.url, "--repeat", "40", "--concurrency", "4", "--secret-env", "S"])
        .env("S", "k")
        .run()
        .success();
    let v: serde_json::Value = out.stdout_json();
    assert_eq!(v["requests"], 40);
    assert_eq!(v["succeeded"], 40);
    assert_eq!(v["statuses"]["200"], 40);
    assert!(v["latency_ms"]["p99"].as_f64().unwrap() >= v["latency_ms"]["p50"].as_f64().unwrap());
    let reqs = rx.requests();
    assert_eq!(reqs.len(), 40);
    let jobs: std::collections::HashSet<_> =
        reqs.iter().map(|r| r.header("x-scope-webhook-job-id").unwrap().to_string()).collect();
    assert_eq!(jobs.len(), 40, "each request is its own job");
    assert!(
        reqs.iter().all(|r| r.header("x-scope-hmac-sha256") == Some(support::sign("k", &r.body).as_str()))
    );
}

#[test]
fn bad_input_is_explained() {
    let home = support::home();
    hookctl(home.path()).args(["send", "not a url"]).run().status(2).stderr_contains("not an http(s) URL");
    let bad_tpl = support::write(home.path(), "bad.liquid", "{% if %}");
    hookctl(home.path()).args(["send", "http://127.0.0.1:9/", "--template"]).arg(&bad_tpl).run().status(3);
    hookctl(home.path())
        .args(["send", "http://127.0.0.1:9/", "--data", "/nonexistent.json"])
        .run()
        .status(3)
        .stderr_contains("/nonexistent.json");
}
