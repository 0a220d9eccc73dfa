//! `hookctl subscriptions deliver`: the server's delivery steps, run locally against a sandbox.

use serde_json::json;

use crate::support::sandbox::{Sandbox, write};
use crate::support::{self, Outcome, Reply, Scripted};

fn node(sb: &Sandbox, ty: &str, name: &str) -> String {
    let d = sb.graphql(
        "mutation($t: String!, $a: JSON) { sandboxCreateNode(node: {type: $t, attributes: $a}) { node { id } } }",
        json!({"t": ty, "a": {"name": name}}),
    );
    d["sandboxCreateNode"]["node"]["id"].as_str().unwrap().to_string()
}

#[test]
fn runs_query_templates_and_signs_like_the_server() {
    let sb = Sandbox::start();
    let dir = sb.home.path();
    let rx = Scripted::receiver(vec![Reply::ok()]);
    let q = write(dir, "q.graphql", "query($nodeId: ID!) { node(id: $nodeId) { ... on User { name } } }");
    let v =
        write(dir, "v.liquid", "{% if data.node.name != \"Alain Bloch\" %}true{% else %}false{% endif %}");
    let t = write(dir, "t.liquid", "{\"name\": \"{{ data.node.name }}\"}");
    write(dir, "secret", "s3cret");
    let secret_file = dir.join("secret");
    let sub = sb.create(
        "guide",
        "user/created",
        &[
            "--query-file",
            &q,
            "--validation-template-file",
            &v,
            "--template-file",
            &t,
            "--secret-file",
            secret_file.to_str().unwrap(),
        ],
    );
    let ada = node(&sb, "User", "Ada Lovelace");
    let Outcome { stdout: out, stderr: err, .. } = sb
        .run(&[
            "subs",
            "deliver",
            &sub,
            "--node",
            &ada,
            "--to",
            &rx.url,
            "--secret-file",
            secret_file.to_str().unwrap(),
        ])
        .success();
    assert!(out.starts_with("HTTP 200"), "{out}");
    assert!(err.contains("ran the subscription's query") && err.contains("true (send)"), "{err}");
    let reqs = rx.requests();
    assert_eq!(reqs.len(), 1);
    assert_eq!(reqs[0].body, b"{\"name\": \"Ada Lovelace\"}");
    assert_eq!(reqs[0].header("x-scope-hmac-sha256"), Some(support::sign("s3cret", &reqs[0].body).as_str()));
    assert_eq!(reqs[0].header("x-scope-topic"), Some("user/created"));
    // The same X-Scope-Webhook-Id the sandbox's own deliveries carry (the record's UUID).
    let d = sb.graphql("query($id: ID!) { webhookSubscription(id: $id) { webhookId } }", json!({"id": sub}));
    assert_eq!(reqs[0].header("x-scope-webhook-id"), d["webhookSubscription"]["webhookId"].as_str());

    // The validation template says no: nothing is sent unless forced.
    let alain = node(&sb, "User", "Alain Bloch");
    sb.run(&["subs", "deliver", &sub, "--node", &alain, "--to", &rx.url])
        .status(1)
        .stderr_contains("would not send");
    assert_eq!(rx.requests().len(), 1);
    sb.run(&["subs", "deliver", &sub, "--node", &alain, "--to", &rx.url, "--force"])
        .success()
        .stderr_contains("none was given");
    assert_eq!(rx.requests()[1].header("x-scope-hmac-sha256"), None);
}

#[test]
fn default_payload_xml_json_report_and_failures() {
    let sb = Sandbox::start();
    let rx = Scripted::receiver(vec![Reply::status(500, "nope")]);
    let sub = sb.create("xml", "call/created", &["--content-type", "xml"]);
    let call = node(&sb, "Call", "c1");
    let v = sb
        .run(&["-o", "json", "subs", "deliver", &sub, "--node", &call, "--to", &rx.url])
        .status(5)
        .stdout_json();
    assert_eq!(v["node"]["type"], "Call");
    assert_eq!(v["payload"]["data"]["id"], call.as_str());
    assert!(v["payload"]["data"]["url"].as_str().unwrap().contains("/api/v3/graphql/object/"));
    assert_eq!(v["delivery"]["response"]["status"], 500);
    let body = String::from_utf8(rx.requests()[0].body.clone()).unwrap();
    assert!(body.starts_with("<?xml") && body.contains(&format!("<id>{call}</id>")), "{body}");

    sb.run(&["subs", "deliver", &sub, "--node", "bm9wZQ==", "--to", &rx.url]).status(8);
}
