//! The sandbox's delivery worker end to end: a sandbox process, scripted receivers, the
//! `hookctl sandbox node|emit|clock` commands, and the signature checked by code of its own.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::support::sandbox::Api;
use crate::support::{self, Server};
use crate::support::{Outcome, Recorded, Reply, Scripted};

/// A sandbox process with its own database, and a small GraphQL client for it.
struct Sandbox {
    server: Server,
    home: PathBuf,
    token: String,
    api: Api,
}

impl Sandbox {
    fn start(home: &Path, extra: &[&str]) -> Sandbox {
        let db = home.join("sb.db");
        let mut args = vec!["sandbox", "serve", "--port", "0", "--db", db.to_str().unwrap()];
        args.extend_from_slice(extra);
        let server = Server::start(home, &args);
        let token = std::fs::read_to_string(home.join("sb.db.token")).unwrap().trim().to_string();
        let api = Api::new(&server.url, &token);
        Sandbox { server, home: home.to_path_buf(), token, api }
    }

    fn url(&self) -> &str {
        &self.server.url
    }

    /// `data` of a GraphQL operation, asserting there are no errors.
    fn gql(&self, query: &str, variables: Value) -> Value {
        self.api.gql(query, variables)
    }

    /// `hookctl ARGS` pointed at this sandbox.
    fn hookctl(&self, args: &[&str]) -> Outcome {
        support::hookctl(&self.home)
            .env("HOOKCTL_ENDPOINT", self.url())
            .env("HOOKCTL_TOKEN", &self.token)
            .args(args)
            .run()
    }

    /// Runs `hookctl ARGS`, asserting success; answers stdout.
    fn ok(&self, args: &[&str]) -> String {
        self.hookctl(args).success().stdout
    }

    /// A node made with `hookctl sandbox node create`; answers its id.
    fn node(&self, ty: &str, sets: &[&str]) -> String {
        let mut args = vec!["sandbox", "node", "create", ty];
        for s in sets {
            args.extend(["--set", s]);
        }
        self.ok(&args).trim().to_string()
    }

    /// Creates a subscription; answers its id and its X-Scope-Webhook-Id.
    fn subscribe(&self, input: Value) -> (String, String) {
        let d = self.gql(
            "mutation($s: WebhookSubscriptionCreateInput!) { createWebhookSubscription(webhookSubscription: $s) { errors { field message } webhookSubscription { id webhookId } } }",
            json!({ "s": input }),
        );
        let p = &d["createWebhookSubscription"];
        assert_eq!(p["errors"], json!([]), "{p}");
        let s = &p["webhookSubscription"];
        (s["id"].as_str().unwrap().to_string(), s["webhookId"].as_str().unwrap().to_string())
    }

    fn subscription(&self, id: &str) -> Value {
        self.gql(
            "query($id: ID!) { webhookSubscription(id: $id) {
                disabled disabledReason
                errors(first: 250) { totalCount nodes { attempt message jobId durationMs createdAt
                    request { url method headers { name value } body } response { status body } } }
                deliveries(first: 250) { nodes { id jobId status test attempts consecutiveFailures nextAttemptAt
                    lastResponseStatus outcome nodeId lastError { attempt message createdAt } } }
            } }",
            json!({ "id": id }),
        )["webhookSubscription"]
            .clone()
    }

    fn deliveries(&self, sub: &str) -> Vec<Value> {
        self.subscription(sub)["deliveries"]["nodes"].as_array().unwrap().clone()
    }

    /// Polls the subscription until `done` holds (30 s at most); answers it.
    fn wait_sub(&self, sub: &str, what: &str, done: impl Fn(&Value) -> bool) -> Value {
        let start = Instant::now();
        loop {
            let s = self.subscription(sub);
            if done(&s) {
                return s;
            }
            if start.elapsed() > Duration::from_secs(30) {
                panic!("timed out waiting for {what}: {s:#}\nsandbox stderr:\n{}", self.server.stderr());
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    /// Waits until the subscription's only delivery is no longer pending, or has `attempts`.
    fn wait_delivery(&self, sub: &str, attempts: i64) -> Value {
        let s = self.wait_sub(sub, "the delivery", |s| {
            s["deliveries"]["nodes"]
                .as_array()
                .and_then(|d| d.first())
                .is_some_and(|d| d["status"] != "PENDING" || d["attempts"].as_i64().unwrap_or(0) >= attempts)
        });
        s["deliveries"]["nodes"][0].clone()
    }
}

fn wait_requests(r: &Scripted, n: usize) -> Vec<Recorded> {
    let start = Instant::now();
    loop {
        let got = r.requests();
        if got.len() >= n {
            return got;
        }
        assert!(start.elapsed() < Duration::from_secs(30), "expected {n} requests, got {}", got.len());
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The guide's algorithm, written here with hmac + sha2 + base64 (not hookctl's signer).
fn body_json(r: &Recorded) -> Value {
    serde_json::from_slice(&r.body).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&r.body)))
}

fn ms(ts: &Value) -> i64 {
    chrono::DateTime::parse_from_rfc3339(ts.as_str().unwrap()).unwrap().timestamp_millis()
}

#[test]
fn every_header_the_signature_and_the_default_payload() {
    let home = support::home();
    let sb = Sandbox::start(home.path(), &["--domain", "scope.test"]);
    let rx = Scripted::receiver(vec![Reply::ok()]);
    let secret = "It's a shared secret";
    let (sub, webhook_id) = sb.subscribe(json!({
        "name": "users", "topic": "user/created", "callbackUrl": rx.url, "sharedSecret": secret,
    }));
    let (calls, _) =
        sb.subscribe(json!({ "name": "calls", "topic": "call/completed", "callbackUrl": rx.url }));

    let node = sb.node("User", &["name=Alain Bloch"]);
    let d = sb.wait_delivery(&sub, 1);
    assert_eq!(d["status"], "SUCCEEDED", "{d}");
    assert_eq!((d["attempts"].as_i64(), d["consecutiveFailures"].as_i64()), (Some(1), Some(0)));
    assert_eq!(d["lastResponseStatus"], 200);
    assert_eq!(d["nextAttemptAt"], Value::Null);
    assert_eq!(d["nodeId"], node.as_str());

    let r = &wait_requests(&rx, 1)[0];
    assert_eq!(r.method, "POST");
    assert_eq!(r.header("x-scope-topic"), Some("user/created"));
    assert_eq!(r.header("x-scope-topic-version"), Some("1.1"));
    assert_eq!(r.header("x-scope-api-version"), Some("3"));
    assert_eq!(r.header("x-scope-domain"), Some("scope.test"));
    assert_eq!(r.header("x-scope-webhook-id"), Some(webhook_id.as_str()));
    assert_eq!(r.header("x-scope-webhook-type"), Some("node"));
    assert_eq!(r.header("x-scope-webhook-job-id"), d["jobId"].as_str());
    assert_eq!(r.header("content-type"), Some("application/json"));
    let time = r.header("x-scope-time").unwrap();
    assert!(time.ends_with('Z'), "UTC: {time}");
    let sent = chrono::DateTime::parse_from_rfc3339(time).unwrap().timestamp_millis();
    let now = ms(&sb.gql("{ sandboxNow }", json!({}))["sandboxNow"]);
    assert!(sent <= now && now - sent < 60_000, "sent on the sandbox clock: {time}");
    assert_eq!(r.header("x-scope-hmac-sha256"), Some(support::sign(secret, &r.body).as_str()));
    let body = body_json(r);
    assert_eq!(body["data"]["id"], node.as_str());
    let url = body["data"]["url"].as_str().unwrap();
    assert!(url.contains("/api/v3/graphql/object/"), "{url}");
    assert_eq!(body.as_object().unwrap().len(), 1);

    // Special topics through `hookctl sandbox emit`; no secret, no signature header.
    let call = sb.node("Call", &["status=completed"]);
    let out = sb.ok(&["sandbox", "emit", "call/completed", "--node", &call]);
    assert_eq!(out.lines().count(), 1, "one delivery id: {out}");
    let d = sb.wait_delivery(&calls, 1);
    assert_eq!(d["status"], "SUCCEEDED");
    let r = &wait_requests(&rx, 2)[1];
    assert_eq!(r.header("x-scope-topic"), Some("call/completed"));
    assert_eq!(r.header("x-scope-hmac-sha256"), None);
    assert_eq!(body_json(r)["data"]["id"], call.as_str());
}

#[test]
fn queries_templates_xml_and_validation() {
    let home = support::home();
    let sb = Sandbox::start(home.path(), &[]);
    let rx = Scripted::receiver(vec![Reply::ok()]);
    let query = "query($nodeId: ID!, $nodeType: String) { node(id: $nodeId) { ... on User { name } } }";
    let to = |s: &str| format!("{}?s={s}", rx.url);
    let secret = "xml secret";
    let (q, _) =
        sb.subscribe(json!({ "name": "q", "topic": "user/created", "callbackUrl": to("q"), "query": query }));
    let (t, _) = sb
        .subscribe(json!({ "name": "t", "topic": "user/created", "callbackUrl": to("t"), "query": query,
        "template": "{\"name\": \"{{ data.node.name }}\"}" }));
    let (x, _) = sb.subscribe(json!({ "name": "x", "topic": "user/created", "callbackUrl": to("x"),
        "contentType": "XML", "sharedSecret": secret }));
    let (v, _) = sb.subscribe(json!({ "name": "v", "topic": "user/created", "callbackUrl": to("v"), "query": query,
        "dataValidationTemplate": "{% if data.node.name == \"Alain Bloch\" %}false{% else %}true{% endif %}" }));
    let (g, _) = sb.subscribe(json!({ "name": "g", "topic": "user/created", "callbackUrl": to("g"),
        "dataValidationTemplate": "maybe" }));

    let alain = sb.node("User", &["name=Alain Bloch"]);
    let bob = sb.node("User", &["name=Bob"]);
    for sub in [&q, &t, &x, &v, &g] {
        sb.wait_sub(sub, "both notifications to end", |s| {
            s["deliveries"]["nodes"].as_array().unwrap().iter().all(|d| d["status"] != "PENDING")
        });
    }
    let reqs = rx.requests();
    let to_sub = |s: &str| -> Vec<Recorded> {
        reqs.iter().filter(|r| r.path.ends_with(&format!("?s={s}"))).cloned().collect()
    };

    // The query's result replaces the default payload; the body template reshapes it.
    let got: Vec<Value> = to_sub("q").iter().map(body_json).collect();
    assert_eq!(got.len(), 2);
    assert!(got.contains(&json!({ "data": { "node": { "name": "Alain Bloch" } } })), "{got:?}");
    assert!(got.contains(&json!({ "data": { "node": { "name": "Bob" } } })), "{got:?}");
    let got: Vec<Value> = to_sub("t").iter().map(body_json).collect();
    assert!(got.contains(&json!({ "name": "Alain Bloch" })), "{got:?}");

    // XML, signed over the exact bytes.
    let xml = to_sub("x");
    assert_eq!(xml.len(), 2);
    for r in &xml {
        assert_eq!(r.header("content-type"), Some("application/xml"));
        assert_eq!(r.header("x-scope-hmac-sha256"), Some(support::sign(secret, &r.body).as_str()));
        let text = String::from_utf8(r.body.clone()).unwrap();
        assert!(text.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<data><id>"), "{text}");
        assert!(text.contains("<url>http://") && text.trim_end().ends_with("</url></data>"), "{text}");
    }
    assert!(xml.iter().any(|r| String::from_utf8_lossy(&r.body).contains(&format!("<id>{alain}</id>"))));

    // Validation: false skips (nothing sent), true sends, anything else is an error record.
    let sent = to_sub("v");
    assert_eq!(sent.len(), 1);
    assert_eq!(body_json(&sent[0]), json!({ "data": { "node": { "name": "Bob" } } }));
    let ds = sb.deliveries(&v);
    let by_node = |ds: &[Value], n: &str| ds.iter().find(|d| d["nodeId"] == n).unwrap().clone();
    let skipped = by_node(&ds, &alain);
    assert_eq!((skipped["status"].as_str(), skipped["attempts"].as_i64()), (Some("SKIPPED"), Some(0)));
    assert!(skipped["outcome"].as_str().unwrap().contains("rendered false"));
    assert_eq!(by_node(&ds, &bob)["status"], "SUCCEEDED");

    assert!(to_sub("g").is_empty());
    let s = sb.subscription(&g);
    assert_eq!(s["errors"]["totalCount"], 2);
    for d in s["deliveries"]["nodes"].as_array().unwrap() {
        assert_eq!(d["status"], "FAILED", "no retry: {d}");
        assert_eq!(d["attempts"], 1);
        assert_eq!(d["nextAttemptAt"], Value::Null);
        let m = d["lastError"]["message"].as_str().unwrap();
        assert!(m.contains("true or false") && m.contains("maybe"), "{m}");
    }
    assert!(!s["disabled"].as_bool().unwrap());
}

#[test]
fn failing_receivers_and_the_error_template() {
    let home = support::home();
    let sb = Sandbox::start(home.path(), &[]);
    let redirect =
        Scripted::receiver(vec![Reply::status(302, "").header("Location", "https://elsewhere.test/")]);
    let dropper = Scripted::receiver(vec![Reply::close()]);
    let soft = Scripted::receiver(vec![Reply::status(200, r#"{"error":"User already exists"}"#)]);
    let hang = Scripted::receiver(vec![Reply::ok().delay(Duration::from_secs(8))]);
    let mk = |name: &str, url: &str, extra: Value| {
        let mut input = json!({ "name": name, "topic": "scenario/created", "callbackUrl": url });
        input.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        sb.subscribe(input).0
    };
    let r = mk("redirect", &redirect.url, json!({}));
    let d = mk("drop", &dropper.url, json!({}));
    let e = mk(
        "soft",
        &soft.url,
        json!({ "errorHandlingTemplate": "{% if body.error %}{{ body.error }}{% endif %}" }),
    );
    let h = mk("hang", &hang.url, json!({}));
    sb.node("Scenario", &["name=Pump"]);

    let check = |sub: &str, status: Option<i64>, needle: &str| -> Value {
        let d = sb.wait_delivery(sub, 1);
        assert_eq!(d["status"], "PENDING", "retried: {d}");
        assert_eq!(d["consecutiveFailures"], 1);
        assert!(d["nextAttemptAt"].is_string());
        assert_eq!(d["lastResponseStatus"].as_i64(), status);
        let s = sb.subscription(sub);
        let err = &s["errors"]["nodes"][0];
        assert_eq!(s["errors"]["totalCount"], 1);
        assert_eq!(err["attempt"], 1);
        assert_eq!(err["jobId"], d["jobId"]);
        assert!(err["message"].as_str().unwrap().contains(needle), "{err}");
        assert_eq!(err["response"]["status"].as_i64(), status);
        let headers = err["request"]["headers"].as_array().unwrap();
        assert!(headers.iter().any(|h| h["name"] == "X-Scope-Webhook-Job-Id" && h["value"] == d["jobId"]));
        assert!(err["request"]["body"].as_str().unwrap().contains("\"data\""));
        err.clone()
    };
    check(&r, Some(302), "redirect");
    let err = check(&e, Some(200), "User already exists");
    assert!(err["response"]["body"].as_str().unwrap().contains("User already exists"));
    check(&d, None, "");
    let err = check(&h, None, "timed out after 5000 ms");
    assert!(err["durationMs"].as_i64().unwrap() >= 5000);
}

#[test]
fn retries_follow_the_schedule_and_the_25th_failure_disables() {
    let home = support::home();
    let sb = Sandbox::start(home.path(), &[]);
    let rx = Scripted::receiver(vec![Reply::status(500, "down")]);
    let (sub, _) = sb.subscribe(json!({ "name": "failing", "topic": "user/created", "callbackUrl": rx.url }));
    sb.node("User", &["name=Unlucky"]);
    let d = sb.wait_delivery(&sub, 1);
    assert_eq!(d["status"], "PENDING");
    let gap = ms(&d["nextAttemptAt"]) - ms(&d["lastError"]["createdAt"]);
    assert!((15_000..=24_000).contains(&gap), "the first retry waits 15 + rand(10) s: {gap} ms");

    // 21 days of sandbox time: every retry falls due and runs, in order.
    let done: Value =
        serde_json::from_str(&sb.ok(&["sandbox", "clock", "advance", "21d", "-o", "json"])).unwrap();
    assert!(done["now"].as_str().unwrap().ends_with('Z'), "{done}");
    // What happened: the 24 retries after the first attempt, all failed, and the auto-disable.
    assert_eq!(
        (done["attempts"].as_i64(), done["succeeded"].as_i64(), done["failed"].as_i64()),
        (Some(24), Some(0), Some(24)),
        "{done}"
    );
    assert_eq!((done["subscriptionsDisabled"].as_i64(), done["pending"].as_i64()), (Some(1), Some(0)));
    assert_eq!(
        (done["advancedSeconds"].as_i64(), done["interrupted"].as_bool()),
        (Some(21 * 86_400), Some(false))
    );
    let s = sb.subscription(&sub);
    assert_eq!(s["disabled"], true);
    let d = &s["deliveries"]["nodes"][0];
    let reason = s["disabledReason"].as_str().unwrap();
    assert!(
        reason.contains("25 consecutive failures delivering job")
            && reason.contains(d["jobId"].as_str().unwrap()),
        "{reason}"
    );
    assert_eq!(d["status"], "FAILED");
    assert_eq!((d["attempts"].as_i64(), d["consecutiveFailures"].as_i64()), (Some(25), Some(25)));
    assert_eq!(d["nextAttemptAt"], Value::Null);
    let errors = s["errors"]["nodes"].as_array().unwrap();
    assert_eq!(errors.len(), 25);
    for (i, pair) in errors.windows(2).enumerate() {
        assert_eq!(pair[0]["attempt"].as_i64(), Some(i as i64 + 1));
        let n = i as i64;
        let gap = ms(&pair[1]["createdAt"]) - ms(&pair[0]["createdAt"]);
        let (lo, hi) = ((n.pow(4) + 15) * 1000, (n.pow(4) + 15 + 9 * (n + 1)) * 1000 + 1000);
        assert!((lo..=hi).contains(&gap), "retry {n} waited {gap} ms, not in {lo}..={hi}");
    }
    let reqs = rx.requests();
    assert_eq!(reqs.len(), 25);
    assert!(reqs.iter().all(|r| r.header("x-scope-webhook-job-id") == d["jobId"].as_str()));
    let t = |r: &Recorded| chrono::DateTime::parse_from_rfc3339(r.header("x-scope-time").unwrap()).unwrap();
    let days = (t(&reqs[24]) - t(&reqs[0])).num_hours() as f64 / 24.0;
    assert!((16.0..17.0).contains(&days), "24 retries span about 16.6 days: {days}");
}

#[test]
fn the_101st_error_within_an_hour_disables() {
    let home = support::home();
    let sb = Sandbox::start(home.path(), &[]);
    let rx = Scripted::receiver(vec![Reply::status(503, "busy")]);
    let (sub, _) = sb.subscribe(json!({ "name": "noisy", "topic": "call/completed", "callbackUrl": rx.url }));
    let call = sb.node("Call", &[]);
    let emits = |n: usize| {
        let fields: String = (0..n)
            .map(|i| format!(" e{i}: sandboxEmit(event: {{ topic: \"call/completed\", nodeId: $n }}) {{ errors {{ message }} }}"))
            .collect();
        sb.gql(&format!("mutation($n: ID!) {{{fields} }}"), json!({ "n": call }));
    };
    emits(100);
    let s = sb.wait_sub(&sub, "100 errors", |s| s["errors"]["totalCount"] == 100);
    assert_eq!(s["disabled"], false, "100 errors are allowed");
    emits(1);
    let s = sb.wait_sub(&sub, "the 101st error", |s| s["disabled"] == true);
    assert_eq!(s["errors"]["totalCount"], 101);
    let reason = s["disabledReason"].as_str().unwrap();
    assert!(reason.contains("more than 100 errors within an hour"), "{reason}");
    // The other notifications' retries fall due and fail without a request.
    sb.ok(&["sandbox", "clock", "advance", "2m"]);
    let s = sb.subscription(&sub);
    let ds = s["deliveries"]["nodes"].as_array().unwrap();
    assert_eq!(ds.len(), 101);
    assert!(ds.iter().all(|d| d["status"] == "FAILED"), "{ds:?}");
    let abandoned =
        ds.iter().filter(|d| d["outcome"].as_str().unwrap().contains("subscription disabled")).count();
    assert_eq!(abandoned, 100);
    assert_eq!(s["errors"]["totalCount"], 101);
    assert_eq!(rx.requests().len(), 101);
}

#[test]
fn the_test_toggle_sends_the_last_node_without_validation_even_when_disabled() {
    let home = support::home();
    let sb = Sandbox::start(home.path(), &[]);
    let rx = Scripted::receiver(vec![Reply::ok()]);
    let (sub, _) = sb.subscribe(json!({ "name": "off", "topic": "user/created", "callbackUrl": rx.url,
        "disabled": true, "dataValidationTemplate": "false" }));
    sb.node("User", &["name=First"]);
    let last = sb.node("User", &["name=Last"]);
    assert!(sb.deliveries(&sub).is_empty(), "a disabled subscription is not notified");
    let d = sb.gql(
        "mutation($id: ID!) { updateWebhookSubscription(webhookSubscription: { id: $id, test: true }) { errors { message } testDelivery { id } } }",
        json!({ "id": sub }),
    );
    assert!(d["updateWebhookSubscription"]["testDelivery"]["id"].is_string(), "{d}");
    let d = sb.wait_delivery(&sub, 1);
    assert_eq!((d["status"].as_str(), d["test"].as_bool()), (Some("SUCCEEDED"), Some(true)));
    let r = &wait_requests(&rx, 1)[0];
    assert_eq!(body_json(r)["data"]["id"], last.as_str());
    assert_eq!(r.header("x-scope-topic"), Some("user/created"));
}

#[test]
fn a_sandbox_killed_mid_delivery_loses_nothing() {
    let home = support::home();
    let mut sb = Sandbox::start(home.path(), &[]);
    let slow = Reply::ok().delay(Duration::from_secs(20));
    let rx = Scripted::receiver(vec![slow.clone(), slow.clone(), slow, Reply::ok()]);
    let (sub, _) = sb.subscribe(json!({ "name": "s", "topic": "scenario/created", "callbackUrl": rx.url }));
    for i in 0..3 {
        sb.node("Scenario", &[&format!("name=S{i}")]);
    }
    let first: Vec<String> = wait_requests(&rx, 3)
        .iter()
        .map(|r| r.header("x-scope-webhook-job-id").unwrap().to_string())
        .collect();
    sb.server.child.kill().unwrap(); // SIGKILL, mid-delivery
    sb.server.child.wait().unwrap();

    let sb = Sandbox::start(home.path(), &[]);
    let s = sb.wait_sub(&sub, "every delivery after the restart", |s| {
        s["deliveries"]["nodes"].as_array().unwrap().iter().all(|d| d["status"] == "SUCCEEDED")
    });
    assert_eq!(s["deliveries"]["nodes"].as_array().unwrap().len(), 3);
    let reqs = rx.requests();
    assert_eq!(reqs.len(), 6, "sent again after the restart (at-least-once)");
    let mut again: Vec<String> =
        reqs[3..].iter().map(|r| r.header("x-scope-webhook-job-id").unwrap().to_string()).collect();
    let mut first = first;
    first.sort();
    again.sort();
    assert_eq!(first, again, "the same job ids");
}

#[test]
fn node_commands_report_problems_with_exit_codes() {
    let home = support::home();
    let sb = Sandbox::start(home.path(), &[]);
    sb.hookctl(&["sandbox", "node", "create", "Spaceship"])
        .status(6)
        .stderr_contains("type: unknown node type");
    let id = sb.node("Scenario", &["name=Pump", "tags:=[\"a\",\"b\"]"]);
    let out = sb.ok(&["sandbox", "node", "update", &id, "--set", "status=published", "-o", "json"]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["node"]["attributes"], json!({ "name": "Pump", "tags": ["a", "b"], "status": "published" }));
    assert_eq!(v["deliveries"], json!([]));
    assert_eq!(sb.ok(&["sandbox", "node", "delete", &id]).trim(), id);
    sb.hookctl(&["sandbox", "node", "delete", &id]).status(8);
    sb.hookctl(&["sandbox", "clock", "advance", "soon"]).status(2);
    let before = sb.ok(&["sandbox", "clock", "show"]);
    let after = sb.ok(&["sandbox", "clock", "advance", "1h", "-o", "ids"]);
    assert!(ms(&json!(after.trim())) - ms(&json!(before.trim())) >= 3_600_000);
    let text = sb.ok(&["sandbox", "clock", "advance", "1h"]);
    for needle in ["Now ", "Advanced   1h", "Attempts   0: 0 succeeded, 0 failed", "Disabled ", "Pending "] {
        assert!(text.contains(needle), "{needle:?} in {text}");
    }
    support::hookctl(home.path())
        .env("HOOKCTL_ENDPOINT", sb.url())
        .env("HOOKCTL_TOKEN", "hks_wrong")
        .args(["sandbox", "clock", "show"])
        .run()
        .status(7);
}

/// `deliveries list [SUB_ID] [--status]` and `deliveries show ID` on the sandbox.
#[test]
fn deliveries_list_and_show() {
    let sb = crate::support::sandbox::Sandbox::start();
    let sub = sb.create("users", "user/created", &[]);
    sb.run(&["sandbox", "node", "create", "User", "--set", "name=Ada"]).success();
    let all = sb.json(&["deliveries", "list"]);
    let one = sb.json(&["deliveries", "list", &sub]);
    assert_eq!(all, one);
    let items = one.as_array().unwrap();
    assert_eq!(items.len(), 1, "{one}");
    let d = &items[0];
    assert!(d["jobId"].is_string() && d["attempts"].is_i64() && d["status"].is_string(), "{d}");
    assert_eq!(sb.json(&["deliveries", "list", &sub, "--status", "skipped"]), json!([]));
    assert_eq!(sb.json(&["deliveries", "list", &sub, "--since", "1h"]), one);
    assert_eq!(sb.json(&["deliveries", "list", &sub, "--since", "2999-01-01"]), json!([]));
    let id = d["id"].as_str().unwrap();
    let shown = sb.json(&["deliveries", "show", id]);
    assert_eq!(shown["jobId"], d["jobId"]);
    assert_eq!(shown["topic"]["key"], "user/created");
    let text = sb.run(&["deliveries", "show", id]).success().stdout;
    assert!(text.contains("Attempts") && text.contains("Next attempt") && text.contains("Outcome"), "{text}");
    sb.run(&["deliveries", "show", "bm9uZQ=="]).status(8);
    // A job id (the X-Scope-Webhook-Job-Id a receiver sees) finds the same delivery.
    let by_job = sb.json(&["deliveries", "show", d["jobId"].as_str().unwrap()]);
    assert_eq!(by_job["id"], d["id"]);
    sb.run(&["deliveries", "show", "00000000-0000-0000-0000-000000000000"])
        .status(8)
        .stderr_contains("no delivery or job");
    assert!(d["createdAt"].is_string(), "{d}");
}

/// Ages (`1w`) in `--since` and `--created-since` count back from the sandbox's clock, on which
/// its records are dated, not from this machine's.
#[test]
fn ages_count_back_from_the_sandbox_clock() {
    let sb = crate::support::sandbox::Sandbox::start();
    let sub = sb.create("users", "user/created", &[]);
    sb.run(&["sandbox", "node", "create", "User", "--set", "name=Ada"]).success();
    sb.run(&["sandbox", "clock", "advance", "3w"]).success();
    assert_eq!(sb.json(&["deliveries", "list", "--since", "1w"]), json!([]));
    assert_eq!(sb.json(&["deliveries", "list", "--since", "4w"]).as_array().unwrap().len(), 1);
    assert_eq!(sb.json(&["subs", "list", "--created-since", "1w"]), json!([]));
    assert_eq!(sb.json(&["subs", "list", "--created-since", "22d"]).as_array().unwrap().len(), 1);
    // 25 attempts over ~16.6 days: only the last few are within the last week.
    let recent = sb.json(&["errors", "list", &sub, "--since", "1w"]).as_array().unwrap().len();
    assert!((1..25).contains(&recent), "{recent} errors in the last week of sandbox time");
    assert_eq!(sb.json(&["errors", "list", "--all", "--since", "4w"]).as_array().unwrap().len(), 25);
    // One grammar: what `clock advance` refuses, `--since` refuses too.
    sb.run(&["sandbox", "clock", "advance", "3y"]).status(2).stderr_contains("unknown unit");
    sb.run(&["deliveries", "list", "--since", "3y"]).status(2).stderr_contains("cannot read");
}
