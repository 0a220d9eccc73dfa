//! `hookctl sandbox`: the API server over real HTTP on a free loopback port.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::support::sandbox::Api;
use crate::support::{self, Server};

/// Waits (up to 10 s) until the server's stderr contains `needle`; answers all of it.
fn wait_stderr(server: &Server, needle: &str) -> String {
    let start = std::time::Instant::now();
    loop {
        let s = server.stderr();
        if s.contains(needle) || start.elapsed() > std::time::Duration::from_secs(10) {
            return s;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

fn token_file(home: &Path) -> PathBuf {
    home.join("data/hookctl/sandbox.db.token")
}

/// A sandbox on a free port with its own data dir, and a client with the default token.
fn sandbox(home: &Path, extra: &[&str]) -> (Server, Api) {
    let mut args = vec!["sandbox", "serve", "--port", "0"];
    args.extend_from_slice(extra);
    let server = Server::start(home, &args);
    let token = std::fs::read_to_string(token_file(home)).unwrap().trim().to_string();
    let api = Api::new(&server.url, &token);
    (server, api)
}

const CREATE: &str = "mutation($s: WebhookSubscriptionCreateInput!) {
  createWebhookSubscription(webhookSubscription: $s) {
    errors { field message }
    webhookSubscription { id name disabled disabledReason hasSharedSecret callbackUrl contentType topic { key version } }
  }
}";

const UPDATE: &str = "mutation($s: WebhookSubscriptionUpdateInput!) {
  updateWebhookSubscription(webhookSubscription: $s) {
    errors { field message }
    webhookSubscription { id name disabled disabledReason }
    testDelivery { id jobId status test nodeId topic { key } }
  }
}";

const CREATE_NODE: &str = "mutation($n: SandboxNodeCreateInput!) {
  sandboxCreateNode(node: $n) {
    errors { field message }
    node { id ... on User { name } }
    deliveries { id jobId status attempts consecutiveFailures test nodeId nextAttemptAt topic { key version } }
  }
}";

fn create_sub(api: &Api, input: Value) -> Value {
    let d = api.gql(CREATE, json!({ "s": input }));
    let p = &d["createWebhookSubscription"];
    assert_eq!(p["errors"], json!([]), "{p}");
    p["webhookSubscription"].clone()
}

fn create_node(api: &Api, ty: &str, attributes: Value) -> Value {
    let d = api.gql(CREATE_NODE, json!({ "n": { "type": ty, "attributes": attributes } }));
    let p = &d["sandboxCreateNode"];
    assert_eq!(p["errors"], json!([]), "{p}");
    p.clone()
}

fn fields(errors: &Value) -> Vec<String> {
    errors.as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap_or("").to_string()).collect()
}

fn token_create(home: &Path, org: &str, user: &str) -> String {
    let out = support::hookctl(home)
        .args(["sandbox", "token", "create", "--org", org, "--user", user])
        .run()
        .success()
        .stderr_contains("created a token");
    out.stdout.trim().to_string()
}

#[test]
fn serve_announces_itself_and_never_prints_the_token() {
    let home = support::home();
    let (server, api) = sandbox(home.path(), &[]);
    assert!(
        server.url.starts_with("http://127.0.0.1:") && server.url.ends_with("/graphql"),
        "{}",
        server.url
    );
    let stderr = wait_stderr(&server, "try:");
    assert!(stderr.contains("sandbox listening on http://127.0.0.1:"), "{stderr}");
    // Not in a terminal's foreground (a pipe here): Ctrl-C would not reach it, so no "Press Ctrl-C".
    assert!(!stderr.contains("Press Ctrl-C"), "{stderr}");
    assert!(stderr.contains("Sandbox Organization") && stderr.contains("Sandbox Admin"), "{stderr}");
    assert!(!stderr.contains(&api.token), "the token leaked: {stderr}");
    assert!(stderr.contains(&format!("****{}", &api.token[api.token.len() - 2..])), "{stderr}");
    assert!(stderr.contains(&token_file(home.path()).display().to_string()), "{stderr}");
    assert!(server.stdout().is_empty());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(token_file(home.path())).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let d = api.gql("{ viewer { name organization { name } } }", json!({}));
    assert_eq!(d["viewer"]["name"], "Sandbox Admin");
    assert_eq!(d["viewer"]["organization"]["name"], "Sandbox Organization");
}

#[test]
fn token_flags_and_graceful_stop() {
    let home = support::home();
    let tf = support::write(home.path(), "tok", "hks_fixed_token_from_file\n");
    let mut server = Server::start(
        home.path(),
        &["sandbox", "serve", "--port", "0", "--token-file", tf.to_str().unwrap()],
    );
    let api = Api::new(&server.url, "hks_fixed_token_from_file");
    assert_eq!(api.gql("{ viewer { name } }", json!({}))["viewer"]["name"], "Sandbox Admin");
    assert!(!wait_stderr(&server, "  token:").contains("hks_fixed_token_from_file"));
    let status = server.interrupt();
    assert!(status.success(), "{status:?}");
    assert!(server.stderr().contains("sandbox stopped"));

    let server = Server::start_with_env(
        home.path(),
        &["sandbox", "serve", "--port", "0"],
        &[("HOOKCTL_SANDBOX_TOKEN", "hks_fixed_token_from_env")],
    );
    let api = Api::new(&server.url, "hks_fixed_token_from_env");
    assert_eq!(api.gql("{ viewer { name } }", json!({}))["viewer"]["name"], "Sandbox Admin");
}

#[test]
fn requests_need_a_valid_token_and_a_json_body() {
    let home = support::home();
    let (_server, api) = sandbox(home.path(), &[]);
    let body = json!({ "query": "{ viewer { name } }" }).to_string();
    let (status, v) = api.post(None, &body);
    assert_eq!(status, 401);
    assert!(v["errors"][0]["message"].as_str().unwrap().contains("Authorization"), "{v}");
    let (status, v) = api.post(Some("hks_not_a_real_token"), &body);
    assert_eq!(status, 401);
    assert!(v["errors"][0]["message"].as_str().unwrap().contains("invalid or revoked token"), "{v}");
    let (status, v) = api.post(Some(&api.token), "{not json");
    assert_eq!(status, 400);
    assert!(v["errors"][0]["message"].as_str().unwrap().contains("not a GraphQL request"), "{v}");
    let v = api.raw("{ nope }", json!({}));
    assert!(v["errors"][0]["message"].as_str().unwrap().contains("Unknown field"), "{v}");
}

#[test]
fn saving_validates_every_field_by_name() {
    let home = support::home();
    let (_server, api) = sandbox(home.path(), &[]);
    let d = api.gql(
        CREATE,
        json!({ "s": {
            "name": " ",
            "topic": "scenario_sesion/created",
            "callbackUrl": "http://example.com/hook",
            "template": "{% if %}",
            "dataValidationTemplate": "{{ x ",
            "errorHandlingTemplate": "{% endif %}",
            "query": "{ nope }",
            "integrationId": "bm90IGFuIGlk"
        }}),
    );
    let p = &d["createWebhookSubscription"];
    assert!(p["webhookSubscription"].is_null());
    let mut f = fields(&p["errors"]);
    f.sort();
    assert_eq!(
        f,
        [
            "callbackUrl",
            "dataValidationTemplate",
            "errorHandlingTemplate",
            "integrationId",
            "name",
            "query",
            "template",
            "topic"
        ]
    );
    let text = p["errors"].to_string();
    assert!(text.contains("did you mean \\\"scenario_session/created\\\""), "{text}");
    assert!(text.contains("must use https"), "{text}");
    assert!(text.contains("at line 1, column 1"), "Liquid errors carry the location: {text}");
    assert!(text.contains("Unknown field"), "{text}");

    let bad = |input: Value| -> Vec<String> {
        let d = api.gql(CREATE, json!({ "s": input }));
        fields(&d["createWebhookSubscription"]["errors"])
    };
    let ok = json!({ "name": "n", "topic": "user/created", "callbackUrl": "https://example.com/x" });
    let with = |k: &str, v: Value| {
        let mut o = ok.clone();
        o[k] = v;
        o
    };
    assert_eq!(bad(with("callbackUrl", json!("not a url"))), ["callbackUrl"]);
    assert_eq!(bad(with("callbackUrl", json!("ftp://example.com/"))), ["callbackUrl"]);
    assert_eq!(bad(with("topicVersion", json!("9.9"))), ["topicVersion"]);
    assert_eq!(bad(with("query", json!("mutation { sandboxAdvanceClock(seconds: 1) { now } }"))), ["query"]);
    assert_eq!(bad(with("query", json!("query { node(id: $nodeId) { id } }"))), ["query"]);
    // The guide's example query declares $nodeType without using it: accepted.
    let q = "query($nodeId: ID!, $nodeType: String) { node(id: $nodeId) { ... on User { name } } }";
    let s = create_sub(&api, with("query", json!(q)));
    assert_eq!(s["topic"], json!({ "key": "user/created", "version": "1.1" }));
    assert_eq!(s["contentType"], "JSON");
    // Loopback receivers may use http.
    create_sub(&api, with("callbackUrl", json!("http://127.0.0.1:9999/hook")));
    create_sub(&api, with("callbackUrl", json!("http://localhost:9999/hook")));
}

#[test]
fn create_update_disable_reenable_delete() {
    let home = support::home();
    let (_server, api) = sandbox(home.path(), &[]);
    let integ = create_node(&api, "Integration", json!({ "name": "ERP" }));
    let integ_id = integ["node"]["id"].as_str().unwrap().to_string();
    let s = create_sub(
        &api,
        json!({ "name": "Test", "topic": "user/created", "callbackUrl": "https://example.com/hook",
                "sharedSecret": "s3cret", "contentType": "XML", "integrationId": integ_id }),
    );
    assert_eq!(s["hasSharedSecret"], true);
    assert_eq!(s["contentType"], "XML");
    let id = s["id"].as_str().unwrap().to_string();
    let d = api.gql(
        "query($id: ID!) { webhookSubscription(id: $id) { name integration { name } } node(id: $id) { id ... on WebhookSubscription { callbackUrl } } }",
        json!({ "id": id }),
    );
    assert_eq!(d["webhookSubscription"]["integration"]["name"], "ERP");
    assert_eq!(d["node"]["callbackUrl"], "https://example.com/hook");

    let d = api.gql(UPDATE, json!({ "s": { "id": id, "name": "Renamed", "disabled": true } }));
    let p = &d["updateWebhookSubscription"];
    assert_eq!(p["errors"], json!([]));
    assert_eq!(p["webhookSubscription"]["disabled"], true);
    assert_eq!(p["webhookSubscription"]["disabledReason"], "disabled by Sandbox Admin");
    let d = api.gql(UPDATE, json!({ "s": { "id": id, "callbackUrl": "http://example.com" } }));
    assert_eq!(fields(&d["updateWebhookSubscription"]["errors"]), ["callbackUrl"]);
    let d = api.gql(UPDATE, json!({ "s": { "id": id, "sharedSecret": "", "integrationId": "" } }));
    assert_eq!(d["updateWebhookSubscription"]["errors"], json!([]));
    let d = api.gql(
        "query($id: ID!) { webhookSubscription(id: $id) { hasSharedSecret integration { id } } }",
        json!({ "id": id }),
    );
    assert_eq!(d["webhookSubscription"], json!({ "hasSharedSecret": false, "integration": null }));

    // The guide's re-enable mutation, verbatim.
    let reenable = format!(
        "mutation {{\n  updateWebhookSubscription(\n    webhookSubscription: {{\n      id: \"{id}\"\n      disabled: false\n    }}\n  ) {{\n    errors {{\n      field\n      message\n    }}\n    webhookSubscription {{\n      id\n    }}\n  }}\n}}"
    );
    let d = api.gql(&reenable, json!({}));
    assert_eq!(
        d,
        json!({ "updateWebhookSubscription": { "errors": [], "webhookSubscription": { "id": id } } })
    );
    let d = api.gql(
        "query($id: ID!) { webhookSubscription(id: $id) { name disabled disabledReason disabledAt } }",
        json!({ "id": id }),
    );
    assert_eq!(
        d["webhookSubscription"],
        json!({ "name": "Renamed", "disabled": false, "disabledReason": null, "disabledAt": null })
    );

    let del = "mutation($id: ID!) { deleteWebhookSubscription(webhookSubscription: { id: $id }) { errors { field message } deletedWebhookSubscriptionId } }";
    let d = api.gql(del, json!({ "id": id }));
    assert_eq!(d["deleteWebhookSubscription"], json!({ "errors": [], "deletedWebhookSubscriptionId": id }));
    let d = api.gql(del, json!({ "id": id }));
    assert_eq!(fields(&d["deleteWebhookSubscription"]["errors"]), ["id"]);
    assert!(
        d["deleteWebhookSubscription"]["errors"][0]["message"].as_str().unwrap().starts_with("not found")
    );
    let d = api.gql(
        "query($id: ID!) { webhookSubscription(id: $id) { id } node(id: $id) { id } }",
        json!({ "id": id }),
    );
    assert_eq!(d, json!({ "webhookSubscription": null, "node": null }));
}

#[test]
fn organizations_and_users_cannot_see_each_others_subscriptions() {
    let home = support::home();
    let (_server, a) = sandbox(home.path(), &[]);
    let b = a.as_token(&token_create(home.path(), "Other Org", "Eve"));
    let colleague = a.as_token(&token_create(home.path(), "Sandbox Organization", "Colleague"));
    assert_eq!(
        b.gql("{ viewer { name organization { name } } }", json!({}))["viewer"]["organization"]["name"],
        "Other Org"
    );

    let s = create_sub(
        &a,
        json!({ "name": "A's", "topic": "user/created", "callbackUrl": "https://a.example.com/" }),
    );
    let id = s["id"].as_str().unwrap();
    let node = create_node(&a, "Scenario", json!({ "name": "Pump" }));
    let node_id = node["node"]["id"].as_str().unwrap();
    let b_sub = create_sub(
        &b,
        json!({ "name": "B's", "topic": "scenario/created", "callbackUrl": "https://b.example.com/" }),
    );

    for other in [&b, &colleague] {
        let d = other.gql(
            "query($id: ID!) { webhookSubscription(id: $id) { id } node(id: $id) { id } webhookSubscriptions { totalCount } }",
            json!({ "id": id }),
        );
        assert_eq!(d["webhookSubscription"], Value::Null);
        assert_eq!(d["node"], Value::Null);
        let d = other.gql(UPDATE, json!({ "s": { "id": id, "disabled": true } }));
        assert_eq!(fields(&d["updateWebhookSubscription"]["errors"]), ["id"]);
        let d = other.gql(
            "mutation($id: ID!) { deleteWebhookSubscription(webhookSubscription: { id: $id }) { errors { field message } } }",
            json!({ "id": id }),
        );
        assert_eq!(fields(&d["deleteWebhookSubscription"]["errors"]), ["id"]);
    }
    assert_eq!(
        colleague.gql("{ webhookSubscriptions { totalCount } }", json!({}))["webhookSubscriptions"]["totalCount"],
        0
    );
    // Nodes are scoped to the organization: a colleague sees A's node, B does not.
    let q = "query($id: ID!) { node(id: $id) { id } }";
    assert_eq!(colleague.gql(q, json!({ "id": node_id }))["node"]["id"], node_id);
    assert_eq!(b.gql(q, json!({ "id": node_id }))["node"], Value::Null);
    // A's event does not notify B's subscription to the same topic.
    assert_eq!(node["deliveries"], json!([]));
    let d = b.gql(
        "query($id: ID!) { webhookSubscription(id: $id) { deliveries { totalCount } } }",
        json!({ "id": b_sub["id"] }),
    );
    assert_eq!(d["webhookSubscription"]["deliveries"]["totalCount"], 0);
    // A still sees its own.
    assert_eq!(a.gql(q, json!({ "id": id }))["node"]["id"], id);
}

#[test]
fn pagination_and_filters() {
    let home = support::home();
    let (_server, api) = sandbox(home.path(), &[]);
    let before = api.gql("{ sandboxNow }", json!({}))["sandboxNow"].as_str().unwrap().to_string();
    // 300 subscriptions, 50 per request with aliases.
    for batch in 0..6 {
        let mut q = String::from("mutation {");
        for i in 0..50 {
            let n = batch * 50 + i;
            let topic = if n % 2 == 0 { "user/created" } else { "scenario_session/completed" };
            q.push_str(&format!(
                " s{n}: createWebhookSubscription(webhookSubscription: {{ name: \"sub {n:03}\", topic: \"{topic}\", callbackUrl: \"https://example.com/{n}\", disabled: {} }}) {{ errors {{ field }} }}",
                n % 3 == 0
            ));
        }
        q.push('}');
        let d = api.gql(&q, json!({}));
        assert!(d.as_object().unwrap().values().all(|p| p["errors"] == json!([])), "{d}");
    }
    let list = "query($first: Int, $after: String, $topic: String, $disabled: Boolean, $c: DateTime, $u: DateTime) {
      webhookSubscriptions(first: $first, after: $after, topicKey: $topic, disabled: $disabled, createdAtMin: $c, updatedAtMin: $u) {
        totalCount pageInfo { hasNextPage endCursor } nodes { id name disabled topic { key } }
      } }";
    let mut names = Vec::new();
    let mut after = Value::Null;
    loop {
        let d = api.gql(list, json!({ "first": 70, "after": after }));
        let c = &d["webhookSubscriptions"];
        assert_eq!(c["totalCount"], 300);
        names.extend(c["nodes"].as_array().unwrap().iter().map(|n| n["name"].as_str().unwrap().to_string()));
        if c["pageInfo"]["hasNextPage"] == false {
            break;
        }
        after = c["pageInfo"]["endCursor"].clone();
    }
    assert_eq!(names, (0..300).map(|n| format!("sub {n:03}")).collect::<Vec<_>>(), "oldest first, each once");
    let d = api.gql(list, json!({}));
    assert_eq!(d["webhookSubscriptions"]["nodes"].as_array().unwrap().len(), 50, "first defaults to 50");

    let v = api.raw(list, json!({ "first": 251 }));
    assert!(v["errors"][0]["message"].as_str().unwrap().contains("between 0 and 250"), "{v}");
    let v = api.raw(list, json!({ "after": "bogus" }));
    assert!(v["errors"][0]["message"].as_str().unwrap().contains("endCursor"), "{v}");

    let count = |vars: Value| api.gql(list, vars)["webhookSubscriptions"]["totalCount"].as_i64().unwrap();
    assert_eq!(count(json!({ "topic": "user/created" })), 150);
    assert_eq!(count(json!({ "disabled": true })), 100);
    assert_eq!(count(json!({ "disabled": false, "topic": "scenario_session/completed" })), 100);
    assert_eq!(count(json!({ "c": before })), 300);
    assert_eq!(count(json!({ "c": "2999-01-01T00:00:00Z" })), 0);
    assert_eq!(count(json!({ "u": "2999-01-01T00:00:00Z" })), 0);
    let d = api.gql(list, json!({ "first": 250, "topic": "user/created", "disabled": true }));
    assert!(
        d["webhookSubscriptions"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n["disabled"] == true && n["topic"]["key"] == "user/created")
    );
    let v = api.raw(list, json!({ "c": "yesterday" }));
    assert!(v["errors"][0]["message"].as_str().unwrap().contains("RFC 3339"), "{v}");

    let d = api.gql(
        "{ webhookTopics(first: 250) { totalCount nodes { key version nodeType description } } }",
        json!({}),
    );
    let keys: Vec<&str> =
        d["webhookTopics"]["nodes"].as_array().unwrap().iter().map(|t| t["key"].as_str().unwrap()).collect();
    for k in [
        "scenario_session_part/created",
        "call_recording/completed",
        "scenario_session/paused",
        "scenario_session_step/completed",
        "user/deleted",
    ] {
        assert!(keys.contains(&k), "{k} missing from {keys:?}");
    }
    let d = api.gql("{ webhookTopics(first: 5) { pageInfo { endCursor } } }", json!({}));
    let cur = d["webhookTopics"]["pageInfo"]["endCursor"].clone();
    let d = api.gql(
        "query($a: String) { webhookTopics(first: 1, after: $a) { nodes { key } } }",
        json!({ "a": cur }),
    );
    assert_eq!(d["webhookTopics"]["nodes"][0]["key"], keys[5]);
}

#[test]
fn state_survives_a_restart_with_the_same_db() {
    let home = support::home();
    let db = home.path().join("elsewhere/my.db");
    let db_arg = db.to_str().unwrap();
    let mut server = Server::start(home.path(), &["sandbox", "serve", "--port", "0", "--db", db_arg]);
    let token =
        std::fs::read_to_string(home.path().join("elsewhere/my.db.token")).unwrap().trim().to_string();
    let api = Api::new(&server.url, &token);
    let s = create_sub(
        &api,
        json!({ "name": "keep me", "topic": "call/completed", "callbackUrl": "https://example.com/" }),
    );
    let d = api.gql("mutation { sandboxAdvanceClock(seconds: 86400) { now } }", json!({}));
    let advanced = d["sandboxAdvanceClock"]["now"].as_str().unwrap().to_string();
    assert!(server.interrupt().success());

    let server = Server::start(home.path(), &["sandbox", "serve", "--port", "0", "--db", db_arg]);
    let api = Api::new(&server.url, &token);
    let d = api.gql("{ webhookSubscriptions { totalCount nodes { id name } } sandboxNow }", json!({}));
    assert_eq!(d["webhookSubscriptions"]["nodes"], json!([{ "id": s["id"], "name": "keep me" }]));
    assert!(d["sandboxNow"].as_str().unwrap() >= advanced.as_str(), "the clock offset persists");
}

#[test]
fn node_mutations_queue_deliveries() {
    let home = support::home();
    let (_server, api) = sandbox(home.path(), &[]);
    let created = create_sub(
        &api,
        json!({ "name": "sessions", "topic": "scenario_session/created", "callbackUrl": "https://127.0.0.1:9/a" }),
    );
    create_sub(
        &api,
        json!({ "name": "off", "topic": "scenario_session/created", "callbackUrl": "https://127.0.0.1:9/b", "disabled": true }),
    );
    let completed = create_sub(
        &api,
        json!({ "name": "done", "topic": "scenario_session/completed", "callbackUrl": "https://127.0.0.1:9/c" }),
    );
    let updated = create_sub(
        &api,
        json!({ "name": "upd", "topic": "scenario_session/updated", "callbackUrl": "https://127.0.0.1:9/d" }),
    );

    // The test toggle needs a node of the topic's type.
    let d = api.gql(UPDATE, json!({ "s": { "id": created["id"], "test": true } }));
    assert_eq!(fields(&d["updateWebhookSubscription"]["errors"]), ["test"]);

    let scenario =
        create_node(&api, "Scenario", json!({ "name": "Pump maintenance", "status": "published" }));
    let scenario_id = scenario["node"]["id"].as_str().unwrap();
    let session = create_node(&api, "ScenarioSession", json!({ "name": "run 1", "scenarioId": scenario_id }));
    let session_id = session["node"]["id"].as_str().unwrap().to_string();
    let ds = session["deliveries"].as_array().unwrap();
    assert_eq!(ds.len(), 1, "only the enabled subscription: {ds:?}");
    assert_eq!(ds[0]["status"], "PENDING");
    assert_eq!(ds[0]["attempts"], 0);
    assert_eq!(ds[0]["test"], false);
    assert_eq!(ds[0]["nodeId"], session_id.as_str());
    assert_eq!(ds[0]["topic"], json!({ "key": "scenario_session/created", "version": "1.1" }));
    assert!(ds[0]["nextAttemptAt"].is_string());
    assert_eq!(ds[0]["jobId"].as_str().unwrap().len(), 36);

    // The guide's example queries run.
    let d = api.gql(
        "query($nodeId: ID!, $nodeType: String) { node(id: $nodeId) { ... on ScenarioSession { scenario { id } user { name } scenarioSessionEvents { nodes { id } } status attributes } } }",
        json!({ "nodeId": session_id, "nodeType": "ScenarioSession" }),
    );
    assert_eq!(d["node"]["scenario"]["id"], scenario_id);
    assert_eq!(d["node"]["user"]["name"], "Sandbox Admin");
    assert_eq!(d["node"]["scenarioSessionEvents"]["nodes"], json!([]));
    let part = create_node(&api, "ScenarioSessionPart", json!({ "scenarioSessionId": session_id }));
    let d = api.gql(
        "query($id: ID!) { node(id: $id) { ... on ScenarioSessionPart { name scenarioSession { id } } } }",
        json!({ "id": part["node"]["id"] }),
    );
    assert_eq!(d["node"]["scenarioSession"]["id"], session_id.as_str());
    assert!(d["node"]["name"].as_str().unwrap().starts_with("ScenarioSessionPart "));

    // Bad node input names the field.
    let d = api.gql(CREATE_NODE, json!({ "n": { "type": "Spaceship" } }));
    assert_eq!(fields(&d["sandboxCreateNode"]["errors"]), ["type"]);
    let d = api.gql(
        CREATE_NODE,
        json!({ "n": { "type": "ScenarioSession", "attributes": { "scenarioId": session_id } } }),
    );
    assert_eq!(fields(&d["sandboxCreateNode"]["errors"]), ["attributes.scenarioId"]);
    let d = api.gql(CREATE_NODE, json!({ "n": { "type": "Scenario", "attributes": [1, 2] } }));
    assert_eq!(fields(&d["sandboxCreateNode"]["errors"]), ["attributes"]);

    let upd = "mutation($id: ID!, $a: JSON!) { sandboxUpdateNode(node: { id: $id, attributes: $a }) { errors { field message } node { ... on ScenarioSession { status } } deliveries { topic { key } } } }";
    let d = api.gql(upd, json!({ "id": session_id, "a": { "status": "paused" } }));
    assert_eq!(d["sandboxUpdateNode"]["node"]["status"], "paused");
    assert_eq!(
        d["sandboxUpdateNode"]["deliveries"],
        json!([{ "topic": { "key": "scenario_session/updated" } }])
    );

    let emit = "mutation($t: String!, $n: ID!) { sandboxEmit(event: { topic: $t, nodeId: $n }) { errors { field message } deliveries { topic { key } nodeId } } }";
    let d = api.gql(emit, json!({ "t": "scenario_session/completed", "n": session_id }));
    assert_eq!(
        d["sandboxEmit"]["deliveries"],
        json!([{ "topic": { "key": "scenario_session/completed" }, "nodeId": session_id }])
    );
    let d = api.gql(emit, json!({ "t": "call/completed", "n": session_id }));
    assert_eq!(fields(&d["sandboxEmit"]["errors"]), ["nodeId"]);
    let d = api.gql(emit, json!({ "t": "no/such", "n": session_id }));
    assert_eq!(fields(&d["sandboxEmit"]["errors"]), ["topic"]);

    // The test toggle queues a test delivery of the last node created for the topic.
    let d = api.gql(UPDATE, json!({ "s": { "id": created["id"], "test": true } }));
    let t = &d["updateWebhookSubscription"]["testDelivery"];
    assert_eq!(t["test"], true);
    assert_eq!(t["nodeId"], session_id.as_str());
    let d = api.gql(
        "query($a: ID!, $b: ID!, $c: ID!) { a: webhookSubscription(id: $a) { deliveries { totalCount } } b: webhookSubscription(id: $b) { deliveries { totalCount } } c: webhookSubscription(id: $c) { deliveries { totalCount nodes { id status } } } }",
        json!({ "a": created["id"], "b": completed["id"], "c": updated["id"] }),
    );
    assert_eq!(d["a"]["deliveries"]["totalCount"], 2);
    assert_eq!(d["b"]["deliveries"]["totalCount"], 1);
    assert_eq!(d["c"]["deliveries"]["totalCount"], 1);
    let delivery_id = d["c"]["deliveries"]["nodes"][0]["id"].clone();
    let d = api.gql(
        "query($id: ID!) { node(id: $id) { ... on WebhookDelivery { status topic { key } } } }",
        json!({ "id": delivery_id }),
    );
    assert_eq!(d["node"]["status"], "PENDING");

    let del = "mutation($id: ID!) { sandboxDeleteNode(node: { id: $id }) { errors { field message } deliveries { topic { key } } } }";
    let d = api.gql(del, json!({ "id": session_id }));
    assert_eq!(d["sandboxDeleteNode"]["errors"], json!([]));
    let d = api.gql("query($id: ID!) { node(id: $id) { id } }", json!({ "id": session_id }));
    assert_eq!(d["node"], Value::Null);
    let me = api.gql("{ viewer { id } }", json!({}))["viewer"]["id"].clone();
    let d = api.gql(del, json!({ "id": me }));
    assert_eq!(fields(&d["sandboxDeleteNode"]["errors"]), ["id"]);

    let d = api.gql("{ a: sandboxNow } ", json!({}));
    let before = d["a"].as_str().unwrap().to_string();
    let d = api.gql("mutation { sandboxAdvanceClock(seconds: 3600) { now } }", json!({}));
    assert!(d["sandboxAdvanceClock"]["now"].as_str().unwrap() > before.as_str());
    let v = api.raw("mutation { sandboxAdvanceClock(seconds: -1) { now } }", json!({}));
    assert!(v["errors"][0]["message"].as_str().unwrap().contains("only moves forward"), "{v}");
}

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/errors.json")
}

#[test]
fn fixture_errors_can_be_listed_shown_and_deleted() {
    let home = support::home();
    let fx = fixture();
    let (_server, api) = sandbox(home.path(), &["--fixtures", fx.to_str().unwrap()]);
    let list = "{ webhookSubscriptions { nodes { id name disabled disabledReason errors { totalCount nodes { id attempt message jobId durationMs createdAt request { url method headers { name value } body } response { status body headers { name value } } webhookSubscription { name } } } } } }";
    let d = api.gql(list, json!({}));
    let subs = d["webhookSubscriptions"]["nodes"].as_array().unwrap().clone();
    assert_eq!(subs.len(), 2);
    assert_eq!(subs[1]["disabled"], true);
    assert_eq!(subs[1]["disabledReason"], "disabled after 25 consecutive failures");
    let errs = &subs[0]["errors"];
    assert_eq!(errs["totalCount"], 2);
    let e = &errs["nodes"][0];
    assert_eq!(e["attempt"], 1);
    assert_eq!(e["createdAt"], "2024-03-01T10:00:00.000Z");
    assert_eq!(e["response"]["status"], 500);
    assert_eq!(
        e["request"]["headers"][0],
        json!({ "name": "X-Scope-Topic", "value": "scenario_session/completed" })
    );
    assert_eq!(e["webhookSubscription"]["name"], "Fixture: session completed");
    assert_eq!(errs["nodes"][1]["response"], Value::Null);

    // Loading again (while serving) changes nothing.
    support::hookctl(home.path())
        .args(["sandbox", "fixtures", "load", fx.to_str().unwrap()])
        .run()
        .success()
        .stdout_contains("0 new");
    let d = api.gql(list, json!({}));
    assert_eq!(d["webhookSubscriptions"]["nodes"][0]["errors"]["totalCount"], 2);

    let error_id = e["id"].as_str().unwrap();
    let d = api.gql("query($id: ID!) { webhookError(id: $id) { message } }", json!({ "id": error_id }));
    assert_eq!(d["webhookError"]["message"], "HTTP 500 Internal Server Error");
    let other = api.as_token(&token_create(home.path(), "Other Org", "Eve"));
    let d = other.gql(
        "query($id: ID!) { webhookError(id: $id) { message } node(id: $id) { id } }",
        json!({ "id": error_id }),
    );
    assert_eq!(d, json!({ "webhookError": null, "node": null }));

    let del = "mutation($e: WebhookErrorsDeleteInput!) { deleteWebhookErrors(webhookErrors: $e) { errors { field message } deletedWebhookErrorIds } }";
    let d = other.gql(del, json!({ "e": { "ids": [error_id] } }));
    assert_eq!(fields(&d["deleteWebhookErrors"]["errors"]), ["ids"]);
    let d = api.gql(del, json!({ "e": {} }));
    assert_eq!(d["deleteWebhookErrors"]["errors"][0]["field"], Value::Null);
    let d = api.gql(del, json!({ "e": { "ids": [error_id] } }));
    assert_eq!(d["deleteWebhookErrors"], json!({ "errors": [], "deletedWebhookErrorIds": [error_id] }));
    let d = api.gql(del, json!({ "e": { "webhookSubscriptionId": subs[0]["id"] } }));
    assert_eq!(d["deleteWebhookErrors"]["deletedWebhookErrorIds"].as_array().unwrap().len(), 1);
    let d = api.gql(list, json!({}));
    assert_eq!(d["webhookSubscriptions"]["nodes"][0]["errors"]["totalCount"], 0);

    let bad = support::write(
        home.path(),
        "bad.json",
        r#"{"subscriptions": [{"name": "x", "topic": "nope", "callbackUrl": "https://e.com"}]}"#,
    );
    support::hookctl(home.path())
        .args(["sandbox", "fixtures", "load", bad.to_str().unwrap()])
        .run()
        .status(3)
        .stderr_contains("unknown topic");
}

#[test]
fn token_create_prints_only_the_token_on_stdout() {
    let home = support::home();
    let out = support::hookctl(home.path())
        .args(["sandbox", "token", "create", "--org", "Acme", "--user", "Ann"])
        .run()
        .success();
    let stdout = out.stdout;
    assert_eq!(stdout.lines().count(), 1);
    assert!(stdout.starts_with("hks_"));
    support::hookctl(home.path())
        .args(["sandbox", "token", "create", "--org", " ", "--user", "Ann"])
        .run()
        .status(2);
}

/// The committed `graphql/schema.graphql` must be what the server exports.
/// Regenerate with: `HOOKCTL_UPDATE_SCHEMA=1 cargo test schema`.
#[test]
fn committed_schema_is_the_servers() {
    let home = support::home();
    let out = support::hookctl(home.path()).args(["sandbox", "schema"]).run().success();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("graphql/schema.graphql");
    if std::env::var_os("HOOKCTL_UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &out.stdout_bytes).unwrap();
    }
    assert!(
        std::fs::read(&path).unwrap() == out.stdout_bytes,
        "graphql/schema.graphql differs from `hookctl sandbox schema`; regenerate with HOOKCTL_UPDATE_SCHEMA=1 cargo test schema"
    );
}

/// One sandbox per database: a second `serve` on the same file is refused while the first runs
/// and accepted once it has stopped; a start that fails leaves no new files.
#[test]
fn a_second_sandbox_on_the_same_database_is_refused() {
    let home = support::home();
    let db = home.path().join("one.db");
    let db_s = db.to_str().unwrap();
    let mut first = Server::start(home.path(), &["sandbox", "serve", "--port", "0", "--db", db_s]);
    support::hookctl(home.path())
        .args(["sandbox", "serve", "--port", "0", "--db", db_s])
        .run()
        .failure()
        .stderr_contains("another sandbox is already serving the database");
    // A failed start (the port is taken) on a new database leaves nothing behind.
    let port = first.url.rsplit(':').next().unwrap().split('/').next().unwrap().to_string();
    let other = home.path().join("fresh");
    std::fs::create_dir_all(&other).unwrap();
    let other_db = other.join("two.db");
    support::hookctl(home.path())
        .args(["sandbox", "serve", "--port", &port, "--db", other_db.to_str().unwrap()])
        .run()
        .failure()
        .stderr_contains("cannot listen");
    assert_eq!(std::fs::read_dir(&other).unwrap().count(), 0, "no files left behind");
    first.interrupt();
    let again = Server::start(home.path(), &["sandbox", "serve", "--port", "0", "--db", db_s]);
    drop(again);
}

/// With no sandbox running, clock commands suggest `sandbox serve` and never say "advancing…";
/// `3w` is accepted as `--created-since` accepts it.
#[test]
fn clock_commands_with_the_sandbox_down_suggest_serve() {
    let home = support::home();
    let token = support::write(home.path(), "t", "x");
    let endpoint = "http://127.0.0.1:9/graphql";
    let out = support::hookctl(home.path())
        .args([
            "--endpoint",
            endpoint,
            "sandbox",
            "clock",
            "advance",
            "3w",
            "--token-file",
            token.to_str().unwrap(),
        ])
        .run()
        .status(4)
        .stderr_contains("hookctl sandbox serve");
    assert!(!out.stderr.contains("advancing"), "{}", out.stderr);
    // No token and no sandbox ever started here: the hint starts with starting one.
    support::hookctl(home.path())
        .env("HOOKCTL_ENDPOINT", endpoint)
        .args(["sandbox", "clock", "advance", "1h"])
        .run()
        .status(10)
        .stderr_contains("start a sandbox with `hookctl sandbox serve`")
        .stderr_lacks("advancing");
    // Every command, sandbox-driving or not, against a local endpoint that is down.
    for args in [&["sandbox", "node", "create", "User"][..], &["subs", "list"][..]] {
        support::hookctl(home.path())
            .env("HOOKCTL_ENDPOINT", endpoint)
            .env("HOOKCTL_TOKEN", "x")
            .args(args)
            .run()
            .status(4)
            .stderr_contains("start it with `hookctl sandbox serve`");
    }
}

/// "Not logged in" against a local sandbox names the sandbox's token file; against a remote
/// server it does not.
#[test]
fn not_logged_in_on_a_local_sandbox_names_its_token_file() {
    let home = support::home();
    let (srv, _api) = sandbox(home.path(), &[]);
    let file = token_file(home.path());
    support::hookctl(home.path())
        .env("HOOKCTL_ENDPOINT", &srv.url)
        .args(["subs", "list"])
        .run()
        .status(10)
        .stderr_contains("not logged in")
        .stderr_contains(format!("export HOOKCTL_TOKEN=\"$(cat '{}')\"", file.display()));
    support::hookctl(home.path())
        .env("HOOKCTL_ENDPOINT", "https://api.example.com/graphql")
        .args(["subs", "list"])
        .run()
        .status(10)
        .stderr_lacks("sandbox");
}

/// Ctrl-C during `clock advance` ends it between two steps: exit 130, a message, and the
/// summary of what ran, at a time the sandbox's own clock agrees with.
#[test]
fn clock_advance_stops_cleanly_on_ctrl_c() {
    let home = support::home();
    let (srv, api) = sandbox(home.path(), &[]);
    // Each attempt takes the 5 s delivery timeout: 25 of them would take two minutes.
    let hang =
        support::Scripted::receiver(vec![support::Reply::ok().delay(std::time::Duration::from_secs(30))]);
    create_sub(&api, json!({"name": "slow", "topic": "user/created", "callbackUrl": hang.url}));
    create_node(&api, "User", json!({"name": "Ada"}));
    let token = token_file(home.path());
    let env = [("HOOKCTL_ENDPOINT", srv.url.as_str())];
    let args = ["sandbox", "clock", "advance", "21d", "-o", "json", "--token-file", token.to_str().unwrap()];
    let mut adv = Server::spawn(home.path(), &args, &env);
    wait_stderr(&adv, "advancing the sandbox clock by 21d");
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let status = adv.interrupt();
    assert_eq!(status.code(), Some(130), "{}", adv.stderr());
    let err = adv.stderr();
    assert!(err.contains("interrupted: the sandbox clock stopped at"), "{err}");
    let done: Value = serde_json::from_str(&adv.stdout()).unwrap();
    assert_eq!(done["interrupted"], true, "{done}");
    let advanced = done["advancedSeconds"].as_i64().unwrap();
    assert!(advanced < 21 * 86_400, "{done}");
    assert!(done["attempts"].as_i64().unwrap() >= 1 && done["pending"] == 1, "{done}");
    let now = api.gql("{ sandboxNow }", json!({}))["sandboxNow"].as_str().unwrap().to_string();
    let ms = |t: &str| chrono::DateTime::parse_from_rfc3339(t).unwrap().timestamp_millis();
    assert!(
        (ms(&now) - ms(done["now"].as_str().unwrap())).abs() < 5_000,
        "reported {done}, sandbox at {now}"
    );
}
