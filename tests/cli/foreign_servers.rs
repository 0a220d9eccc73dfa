//! The foreign GraphQL servers themselves (support::foreign): they answer introspection, follow
//! the vendor documents verbatim, validate strictly, and inject faults as asked. hookctl is not
//! run here.

use std::time::Duration;

use serde_json::{Value, json};

use crate::support::foreign::sentera::{self, DOC_ORG, WebhookEventStatus, WebhookEventType};
use crate::support::foreign::{Fault, TOKEN, scope};

/// One HTTP answer.
struct Answer {
    status: u16,
    body: String,
}

impl Answer {
    #[track_caller]
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    /// `data`, after checking there are no errors.
    #[track_caller]
    fn data(&self) -> Value {
        let v = self.json();
        assert!(v.get("errors").is_none(), "{v}");
        v["data"].clone()
    }

    /// The GraphQL error messages, joined.
    #[track_caller]
    fn errors(&self) -> String {
        let v = self.json();
        let errors = v["errors"].as_array().unwrap_or_else(|| panic!("no errors: {v}"));
        errors.iter().map(|e| e["message"].as_str().unwrap_or_default()).collect::<Vec<_>>().join("\n")
    }
}

/// POSTs a GraphQL request; `Err` when no full answer arrived within `timeout`.
fn post_within(
    url: &str,
    query: &str,
    variables: Value,
    timeout: Duration,
) -> Result<Answer, reqwest::Error> {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let client = reqwest::Client::builder().timeout(timeout).build()?;
        let res = client
            .post(url)
            .bearer_auth(TOKEN)
            .json(&json!({"query": query, "variables": variables}))
            .send()
            .await?;
        let status = res.status().as_u16();
        Ok(Answer { status, body: res.text().await? })
    })
}

fn post(url: &str, query: &str, variables: Value) -> Answer {
    post_within(url, query, variables, Duration::from_secs(20)).expect("an answer")
}

fn names(list: &Value) -> Vec<&str> {
    list.as_array().unwrap().iter().map(|f| f["name"].as_str().unwrap()).collect()
}

/// The re-enable mutation exactly as the Scope guide writes it, for one id.
fn guide_reenable(id: &str) -> String {
    format!(
        r#"mutation {{
  updateWebhookSubscription(
    webhookSubscription: {{
      id: "{id}"
      disabled: false
    }}
  ) {{
    errors {{
      field
      message
    }}
    webhookSubscription {{
      id
    }}
  }}
}}"#
    )
}

const ROOTS: &str = r#"{
  __schema { queryType { fields { name args { name } } } mutationType { fields { name args { name } } } }
  sub: __type(name: "WebhookSubscription") { fields { name args { name } } }
  dateTime: __type(name: "DateTime") { name }
}"#;

#[test]
fn scope_introspection_shows_its_own_guesses() {
    let api = scope::start();
    let d = post(&api.url, ROOTS, json!({})).data();
    let queries = &d["__schema"]["queryType"]["fields"];
    assert_eq!(names(queries), ["node", "viewer", "webhookSubscriptions"]);
    assert_eq!(names(&queries[2]["args"]), ["first", "after", "created_at_min", "updated_at_min"]);
    let mutations = &d["__schema"]["mutationType"]["fields"];
    assert_eq!(
        names(mutations),
        ["createWebhookSubscription", "updateWebhookSubscription", "deleteWebhookSubscription"]
    );
    assert_eq!(names(&mutations[1]["args"]), ["webhookSubscription"]);
    let fields = names(&d["sub"]["fields"]);
    assert!(fields.contains(&"sharedSecret") && !fields.contains(&"hasSharedSecret"), "{fields:?}");
    assert!(!fields.contains(&"disabledAt") && !fields.contains(&"webhookId"), "{fields:?}");
    assert_eq!(d["dateTime"], Value::Null, "no DateTime scalar");
    assert!(api.sdl().contains("createdAt: String!"), "{}", api.sdl());
    assert!(api.sdl().contains("input WebhookTopicInput"), "{}", api.sdl());
}

#[test]
fn scope_guide_reenable_runs_verbatim_and_node_reads_the_result() {
    let api = scope::start();
    let id = api.state().add("disabled one", true);
    let d = post(&api.url, &guide_reenable(&id), json!({})).data();
    assert_eq!(d, json!({"updateWebhookSubscription": {"errors": [], "webhookSubscription": {"id": id}}}));
    assert!(!api.state().get(&id).unwrap().disabled);
    assert_eq!(api.runs("updateWebhookSubscription"), 1);
    assert_eq!(api.requests()[0].authorization.as_deref(), Some(format!("Bearer {TOKEN}").as_str()));

    let q = "query($id: ID!) { node(id: $id) { id ... on WebhookSubscription { name disabled sharedSecret topic { key version } } } }";
    let d = post(&api.url, q, json!({"id": id})).data();
    assert_eq!(
        d["node"],
        json!({"id": id, "name": "disabled one", "disabled": false, "sharedSecret": null,
               "topic": {"key": "user/created", "version": "1.1"}})
    );
    let unknown = post(&api.url, &guide_reenable("nope"), json!({})).data();
    assert_eq!(unknown["updateWebhookSubscription"]["errors"][0]["field"], "id");
}

#[test]
fn scope_pages_are_capped_at_100_and_follow_cursors() {
    let api = scope::start();
    for n in 0..3 {
        api.state().add(&format!("s{n}"), false);
    }
    let q = "query($first: Int, $after: String) { webhookSubscriptions(first: $first, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } } }";
    let refused = post(&api.url, q, json!({"first": 250}));
    assert!(refused.errors().contains("100"), "{}", refused.body);
    assert_eq!(refused.json()["data"], Value::Null);

    let first = post(&api.url, q, json!({"first": 2})).data();
    let page = &first["webhookSubscriptions"];
    assert_eq!(page["nodes"], json!([{"name": "s0"}, {"name": "s1"}]));
    assert_eq!(page["pageInfo"]["hasNextPage"], true);
    let next = post(&api.url, q, json!({"first": 100, "after": page["pageInfo"]["endCursor"]})).data();
    assert_eq!(next["webhookSubscriptions"]["nodes"], json!([{"name": "s2"}]));
    assert_eq!(next["webhookSubscriptions"]["pageInfo"]["hasNextPage"], false);

    let filtered = "{ webhookSubscriptions(created_at_min: \"2999-01-01T00:00:00Z\") { nodes { id } } }";
    assert_eq!(post(&api.url, filtered, json!({})).data()["webhookSubscriptions"]["nodes"], json!([]));
}

#[test]
fn scope_validation_is_strict_and_nothing_runs() {
    let api = scope::start();
    let id = api.state().add("a", true);
    // An unknown field in the selection: the mutation does not run.
    let q = "mutation($id: ID!) { updateWebhookSubscription(webhookSubscription: {id: $id, disabled: false}) { webhookSubscription { id hasSharedSecret } } }";
    let a = post(&api.url, q, json!({"id": id}));
    assert!(a.errors().contains("hasSharedSecret"), "{}", a.body);
    assert_eq!(api.runs("updateWebhookSubscription"), 0);
    assert!(api.state().get(&id).unwrap().disabled);
    // Unknown arguments, root fields and types.
    for (q, name) in [
        ("{ webhookSubscriptions(createdAtMin: \"x\") { nodes { id } } }", "createdAtMin"),
        ("{ webhookSubscription(id: \"x\") { id } }", "webhookSubscription"),
        ("{ webhookTopics { nodes { key } } }", "webhookTopics"),
        ("query($t: DateTime) { viewer { id } }", "DateTime"),
    ] {
        let a = post(&api.url, q, json!({}));
        assert!(a.errors().contains(name), "{q}: {}", a.body);
    }
    // A topic is an input object on create, not a string.
    let create = r#"mutation { createWebhookSubscription(webhookSubscription: {name: "n", topic: "user/created", callbackUrl: "https://x.test/h"}) { errors { message } } }"#;
    let a = post(&api.url, create, json!({}));
    assert!(a.errors().contains("WebhookTopicInput"), "{}", a.body);
    assert_eq!(api.runs("createWebhookSubscription"), 0);
    let create = r#"mutation { createWebhookSubscription(webhookSubscription: {name: "n", topic: {key: "user/created"}, callbackUrl: "https://x.test/h", sharedSecret: "s3cret"}) { errors { message } webhookSubscription { id sharedSecret createdAt } } }"#;
    let d = post(&api.url, create, json!({})).data();
    assert_eq!(d["createWebhookSubscription"]["webhookSubscription"]["sharedSecret"], "s3cret");
    assert_eq!(api.runs("createWebhookSubscription"), 1);
    assert_eq!(api.state().subs.len(), 2);
}

#[test]
fn scope_faults_500_before_and_truncation_and_delay_after_the_mutation() {
    let api = scope::start();
    let ids: Vec<String> = (0..3).map(|n| api.state().add(&format!("s{n}"), true)).collect();

    api.inject("updateWebhookSubscription", Fault::Http500, 1);
    let a = post(&api.url, &guide_reenable(&ids[0]), json!({}));
    assert_eq!(a.status, 500);
    assert_eq!(api.runs("updateWebhookSubscription"), 0);
    assert!(api.state().get(&ids[0]).unwrap().disabled, "a 500 does not run the mutation");

    // A fault aimed at one field leaves other requests alone.
    api.inject("updateWebhookSubscription", Fault::Truncate, 1);
    post(&api.url, "{ viewer { id } }", json!({})).data();
    let a = post(&api.url, &guide_reenable(&ids[1]), json!({}));
    assert_eq!(a.status, 200);
    assert!(serde_json::from_str::<Value>(&a.body).is_err(), "cut off mid-JSON: {}", a.body);
    assert!(a.body.starts_with("{\"data\""), "{}", a.body);
    assert!(!api.state().get(&ids[1]).unwrap().disabled, "the truncated mutation still ran");
    assert_eq!(api.runs("updateWebhookSubscription"), 1);

    // A connection dropped mid-answer: the client gets no full answer, the mutation ran.
    api.inject("updateWebhookSubscription", Fault::Cut, 1);
    assert!(post_within(&api.url, &guide_reenable(&ids[0]), json!({}), Duration::from_secs(20)).is_err());
    assert!(!api.state().get(&ids[0]).unwrap().disabled, "the cut-off mutation ran");
    assert_eq!(api.runs("updateWebhookSubscription"), 2);
    api.state().subs[0].disabled = true;

    api.inject("*", Fault::Delay(Duration::from_millis(1500)), 1);
    let late = post_within(&api.url, &guide_reenable(&ids[2]), json!({}), Duration::from_millis(300));
    assert!(late.is_err_and(|e| e.is_timeout()));
    assert!(!api.state().get(&ids[2]).unwrap().disabled, "the slow mutation ran before answering");
    assert_eq!(api.runs("updateWebhookSubscription"), 3);
    // Faults are used up: the next request is answered normally.
    post(&api.url, &guide_reenable(&ids[0]), json!({})).data();
    assert_eq!(api.runs("updateWebhookSubscription"), 4);
}

/// Sentera's example, character for character.
const SENTERA_DOC_EXAMPLE: &str = r#"mutation CreateWebhookSubscription {
  create_webhook_subscription(organization_sentera_id: "6aeagny_OR_w3njAcmeGrand_CV_deve_ef64a0fce_220112_111024", callback_url: "https://example.com/webhooks", event_types: [FEATURE_SET_CREATED]) {
  sentera_id
  event_types
  callback_url
  }
}"#;

#[test]
fn sentera_document_example_succeeds_verbatim() {
    let api = sentera::start();
    let d = post(&api.url, SENTERA_DOC_EXAMPLE, json!({})).data();
    let sub = &d["create_webhook_subscription"];
    let keys: Vec<&String> = sub.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["sentera_id", "event_types", "callback_url"]);
    assert_eq!(sub["event_types"], json!(["FEATURE_SET_CREATED"]));
    assert_eq!(sub["callback_url"], "https://example.com/webhooks");
    let id = sub["sentera_id"].as_str().unwrap();
    assert_eq!(api.state().get(id).unwrap().organization_sentera_id, DOC_ORG);
    assert_eq!(api.runs("create_webhook_subscription"), 1);
}

#[test]
fn sentera_introspection_has_exactly_the_documented_subscription() {
    let api = sentera::start();
    let q = r#"{
      sub: __type(name: "WebhookSubscription") { fields { name args { name } } }
      __schema { mutationType { fields { name args { name } } } }
      iso: __type(name: "ISO8601DateTime") { name }
    }"#;
    let d = post(&api.url, q, json!({})).data();
    let fields = &d["sub"]["fields"];
    assert_eq!(names(fields), ["sentera_id", "callback_url", "event_types", "events"]);
    assert_eq!(names(&fields[3]["args"]), ["date_range", "event_type", "pagination", "status"]);
    let create = &d["__schema"]["mutationType"]["fields"][0];
    assert_eq!(create["name"], "create_webhook_subscription");
    assert_eq!(
        names(&create["args"]),
        ["organization_sentera_id", "callback_url", "event_types", "authentication"]
    );
    assert_eq!(d["iso"], Value::Null);
}

#[test]
fn sentera_validation_is_strict_and_faults_apply() {
    let api = sentera::start();
    // Fields the document does not list are validation errors; the mutation does not run.
    for extra in ["organization_sentera_id", "created_at", "authentication { client_id }"] {
        let q = format!(
            r#"mutation {{ create_webhook_subscription(organization_sentera_id: "{DOC_ORG}", callback_url: "https://example.com/h", event_types: [FEATURE_SET_CREATED]) {{ sentera_id {extra} }} }}"#
        );
        let a = post(&api.url, &q, json!({}));
        assert!(a.errors().contains(extra.split(' ').next().unwrap()), "{}", a.body);
    }
    assert_eq!(api.runs("create_webhook_subscription"), 0);
    assert!(api.state().subs.is_empty());

    api.inject("create_webhook_subscription", Fault::Truncate, 1);
    let a = post(&api.url, SENTERA_DOC_EXAMPLE, json!({}));
    assert!(serde_json::from_str::<Value>(&a.body).is_err(), "{}", a.body);
    assert_eq!(api.state().subs.len(), 1, "the truncated create still ran");
    assert_eq!(api.runs("create_webhook_subscription"), 1);

    api.inject("create_webhook_subscription", Fault::Http500, 1);
    assert_eq!(post(&api.url, SENTERA_DOC_EXAMPLE, json!({})).status, 500);
    assert_eq!(api.state().subs.len(), 1);
    assert_eq!(api.runs("create_webhook_subscription"), 1);
}

#[test]
fn sentera_events_filter_and_page_within_the_limit() {
    let api = sentera::start();
    let d = post(&api.url, SENTERA_DOC_EXAMPLE, json!({})).data();
    let id = d["create_webhook_subscription"]["sentera_id"].as_str().unwrap().to_string();
    {
        let mut st = api.state();
        st.add_event(&id, WebhookEventType::FeatureSetCreated, WebhookEventStatus::Delivered);
        st.add_event(&id, WebhookEventType::FeatureSetCreated, WebhookEventStatus::Failed);
        st.add_event(&id, WebhookEventType::FieldCreated, WebhookEventStatus::Failed);
    }
    let q = "query($id: ID!, $p: Pagination!, $s: WebhookEventStatus) { webhook_subscription(sentera_id: $id) { events(pagination: $p, status: $s) { total_count results { event_type status } } } }";
    let d = post(&api.url, q, json!({"id": id, "p": {"page": 1, "page_size": 10}, "s": "FAILED"})).data();
    let events = &d["webhook_subscription"]["events"];
    assert_eq!(events["total_count"], 2);
    assert_eq!(events["results"][1], json!({"event_type": "FIELD_CREATED", "status": "FAILED"}));
    let refused = post(&api.url, q, json!({"id": id, "p": {"page": 1, "page_size": 250}}));
    assert!(refused.errors().contains("100"), "{}", refused.body);

    let org = api.state().add_org("Field team", Some(DOC_ORG));
    let d = post(
        &api.url,
        "{ organizations { sentera_id parent { sentera_id } child_organizations { name } } }",
        json!({}),
    )
    .data();
    assert_eq!(d["organizations"][0]["child_organizations"], json!([{"name": "Field team"}]));
    assert_eq!(d["organizations"][1]["sentera_id"], org.as_str());
    let del = "mutation($id: ID!) { delete_webhook_subscription(sentera_id: $id) }";
    assert_eq!(post(&api.url, del, json!({"id": id})).data()["delete_webhook_subscription"], id.as_str());
    assert!(api.state().subs.is_empty());
}

#[test]
fn a_token_is_required() {
    let api = scope::start();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let status = rt.block_on(async {
        let res =
            reqwest::Client::new().post(&api.url).json(&json!({"query": "{ viewer { id } }"})).send().await;
        res.unwrap().status().as_u16()
    });
    assert_eq!(status, 401);
    assert_eq!(api.requests()[0].authorization, None);
}

/// The harness end to end: hookctl's documented re-enable works against the foreign server.
#[test]
fn hookctl_reaches_a_foreign_server() {
    let home = crate::support::home();
    let api = scope::start();
    let id = api.state().add("disabled one", true);
    api.hookctl(home.path())
        .args(["subscriptions", "enable", &id])
        .run()
        .success()
        .stdout_is(format!("enabled {id}\n"));
    assert!(!api.state().get(&id).unwrap().disabled);
    assert_eq!(api.runs("updateWebhookSubscription"), 1);
}
