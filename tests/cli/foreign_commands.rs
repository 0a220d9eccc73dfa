//! hookctl's commands against the foreign servers (support::foreign, issue 10): adaptation is on
//! by default, changes whose answer is lost are read back, and a readable secret never shows.

use std::time::Duration;

use crate::support::foreign::sentera::{self, DOC_ORG};
use crate::support::foreign::{Fault, scope};
use crate::support::home;

const UPDATE: &str = "updateWebhookSubscription";

#[test]
fn a_truncated_answer_after_enable_ran_is_read_back_as_applied() {
    let home = home();
    let api = scope::start();
    let id = api.state().add("disabled one", true);
    api.inject(UPDATE, Fault::Truncate, 1);
    api.hookctl(home.path())
        .args(["subscriptions", "enable", &id])
        .run()
        .success()
        .stdout_is(format!("enabled {id}\n"))
        .stderr_contains("outcome")
        .stderr_contains("read back");
    assert!(!api.state().get(&id).unwrap().disabled);
    assert_eq!(api.runs(UPDATE), 1, "a mutation is never sent twice");
}

#[test]
fn a_slow_answer_times_out_and_is_read_back() {
    let home = home();
    let api = scope::start();
    let id = api.state().add("disabled one", false);
    api.inject(UPDATE, Fault::Delay(Duration::from_secs(3)), 1);
    api.hookctl(home.path())
        .args(["subscriptions", "disable", &id, "--timeout", "1"])
        .run()
        .success()
        .stdout_is(format!("disabled {id}\n"));
    assert!(api.state().get(&id).unwrap().disabled);
    assert_eq!(api.runs(UPDATE), 1);
}

#[test]
fn enable_all_disabled_reports_the_servers_state_despite_lost_answers() {
    let home = home();
    let api = scope::start();
    let ids: Vec<String> = (0..20).map(|i| api.state().add(&format!("s{i}"), true)).collect();
    api.state().add("already on", false);
    api.inject(UPDATE, Fault::Truncate, 5);
    api.inject(UPDATE, Fault::Cut, 3);
    let out = api
        .hookctl(home.path())
        .args(["subscriptions", "enable", "--all-disabled", "-o", "json", "--concurrency", "4"])
        .run()
        .success()
        .stderr_lacks("failed");
    let v = out.stdout_json();
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), 20, "only the disabled ones, filtered client-side: {v}");
    assert!(rows.iter().all(|r| r["ok"] == true && r["status"] == "ok"), "{v}");
    assert!(ids.iter().all(|id| !api.state().get(id).unwrap().disabled));
    assert_eq!(api.runs(UPDATE), 20, "each mutation sent once");
}

#[test]
fn a_read_back_that_fails_too_leaves_the_outcome_unknown() {
    let home = home();
    let api = scope::start();
    let a = api.state().add("a", true);
    let b = api.state().add("b", true);
    // The first mutation's answer is cut off, and every read-back gets a 500.
    api.inject(UPDATE, Fault::Truncate, 1);
    api.inject("node", Fault::Http500, 100);
    api.hookctl(home.path())
        .args(["subscriptions", "enable", &a, &b, "--concurrency", "1"])
        .run()
        .status(12)
        .stdout_contains(format!("unknown {a}"))
        .stdout_contains(format!("enabled {b}"))
        .stderr_contains("1 unknown");
    assert_eq!(api.runs(UPDATE), 2);
}

#[test]
fn a_readable_secret_is_never_printed() {
    let home = home();
    let api = scope::start();
    let id = api.state().add("with secret", false);
    let secret = "readable-secret-on-the-foreign-server";
    api.state().subs.iter_mut().for_each(|s| s.shared_secret = Some(secret.into()));
    for args in [
        vec!["subscriptions", "list", "-o", "json"],
        vec!["subscriptions", "show", &id, "-o", "json"],
        vec!["-vv", "subscriptions", "show", &id],
    ] {
        api.hookctl(home.path()).args(&args).run().success().never_prints(secret);
    }
}

/// `subscriptions create` of the document's example (with `event_type`), its JSON output.
fn sentera_create(api: &sentera::Server, home: &std::path::Path, event_type: &str) -> serde_json::Value {
    api.hookctl(home)
        .args(["subscriptions", "create", "--provider", "sentera", "--org", DOC_ORG])
        .args(["--callback-url", "https://example.com/webhooks", "--event-type", event_type, "-o", "json"])
        .run()
        .success()
        .stdout_json()
}

#[test]
fn sentera_document_example_works_end_to_end() {
    let home = home();
    let api = sentera::start();
    let v = sentera_create(&api, home.path(), "FEATURE_SET_CREATED");
    let id = v["sentera_id"].as_str().unwrap().to_string();
    assert_eq!(v["organization_sentera_id"], DOC_ORG, "known from the request: {v}");
    assert_eq!(v["event_types"], serde_json::json!(["FEATURE_SET_CREATED"]));
    assert_eq!(api.runs("create_webhook_subscription"), 1);
    assert_eq!(api.state().subs[0].organization_sentera_id, DOC_ORG);
    let listed = api
        .hookctl(home.path())
        .args(["subscriptions", "list", "--org", DOC_ORG, "-o", "json"])
        .run()
        .success()
        .stdout_json();
    assert_eq!(listed[0]["sentera_id"], id.as_str());
    api.hookctl(home.path()).args(["subscriptions", "show", &id]).run().success().stdout_contains(&id);
}

#[test]
fn api_check_gives_verdicts_on_the_foreign_servers() {
    let home = home();
    let api = scope::start();
    let out = api.hookctl(home.path()).args(["api", "check", "-o", "json"]).run().status(11);
    let v = out.stdout_json();
    let status = |name: &str| {
        let c = v["commands"].as_array().unwrap().iter().find(|c| c["command"] == name).cloned();
        c.unwrap_or_else(|| panic!("{name} missing: {v}"))
    };
    assert_eq!(status("subscriptions list")["status"], "adapted", "{v}");
    let dropped = status("subscriptions list")["details"].to_string();
    assert!(dropped.contains("WebhookSubscription.disabledAt"), "disabledAt is optional: {dropped}");
    assert_eq!(status("login")["status"], "works", "{v}");
    assert_eq!(status("subscriptions enable")["status"], "works", "{v}");
    assert_eq!(status("topics list")["status"], "unworkable", "{v}");
    assert!(!v.to_string().contains(crate::support::foreign::TOKEN));
    api.hookctl(home.path())
        .args(["api", "check"])
        .run()
        .status(11)
        .stdout_contains("topics list")
        .stdout_contains("cannot");
    // A refused command names what is missing and sends nothing.
    let before = api.requests().len();
    api.hookctl(home.path())
        .args(["topics", "list"])
        .run()
        .status(11)
        .stderr_contains("cannot work on this server");
    assert_eq!(api.requests().len(), before, "refused before sending (the schema is cached)");

    // What cannot work says what to do instead.
    let topics = status("topics list");
    assert!(topics["details"].to_string().contains("instead: name the topic yourself"), "{topics}");

    // Sentera: the documented subscription works as is; the fields hookctl guessed (an event's
    // attempts and update time, an organization's creation time) are dropped where absent.
    let sentera = sentera::start();
    let out = sentera.hookctl(home.path()).args(["api", "check", "-o", "json"]).run().success();
    let v = out.stdout_json();
    let verdict =
        |name: &str| v["commands"].as_array().unwrap().iter().find(|c| c["command"] == name).unwrap().clone();
    assert_eq!(verdict("subscriptions create")["status"], "works", "{v}");
    assert_eq!(verdict("subscriptions list")["status"], "works", "{v}");
    assert_eq!(verdict("events list")["status"], "adapted", "{v}");
    assert!(verdict("events list")["details"].to_string().contains("WebhookEvent.attempts"), "{v}");
    assert_eq!(verdict("login")["status"], "adapted", "{v}");
    assert!(verdict("login")["details"].to_string().contains("Organization.created_at"), "{v}");
}

#[test]
fn sentera_events_list_and_login_work_with_the_documented_shapes() {
    let home = home();
    let api = sentera::start();
    let id = sentera_create(&api, home.path(), "FIELD_CREATED")["sentera_id"].as_str().unwrap().to_string();
    let ev = api.state().add_event(
        &id,
        sentera::WebhookEventType::FieldCreated,
        sentera::WebhookEventStatus::Failed,
    );
    let v = api
        .hookctl(home.path())
        .args(["events", "list", &id, "--provider", "sentera", "--status", "failed", "-o", "json"])
        .run()
        .success()
        .stdout_json();
    assert_eq!(v[0]["sentera_id"], ev.as_str(), "{v}");
    assert_eq!(v[0]["status"], "FAILED", "{v}");
    assert!(v[0]["attempts"].is_null() && v[0]["updated_at"].is_null(), "absent, not invented: {v}");
    api.hookctl(home.path())
        .args(["events", "list", &id, "--provider", "sentera"])
        .run()
        .success()
        .stdout_contains(&ev);
    api.hookctl(home.path())
        .args(["login", "--provider", "sentera", "--token-env", "HOOKCTL_TOKEN", "-o", "json"])
        .run()
        .success()
        .stdout_contains(DOC_ORG);
}

#[test]
fn scope_create_with_a_topic_input_object_is_refused_before_sending() {
    let home = home();
    let api = scope::start();
    let before = api.requests().len();
    let out = api
        .hookctl(home.path())
        .args(["subscriptions", "create", "--name", "n", "--topic", "user/created"])
        .args(["--callback-url", "https://example.com/h"])
        .run()
        .status(11)
        .stderr_contains("cannot work on this server")
        .stderr_contains("topic");
    assert_eq!(api.runs("createWebhookSubscription"), 0, "nothing sent: {}", out.stderr);
    assert!(api.requests().len() > before, "the schema was introspected");
    assert!(api.state().subs.is_empty());
}

#[test]
fn scope_listing_with_string_timestamps_filters_client_side() {
    let home = home();
    let api = scope::start();
    let (old, new) = {
        let mut st = api.state();
        (st.add("old", false), st.add("new", true))
    };
    api.state().subs.iter_mut().find(|s| s.id == old).unwrap().created_at = "2020-01-01T00:00:00.000Z".into();
    let v =
        api.hookctl(home.path()).args(["subscriptions", "list", "-o", "json"]).run().success().stdout_json();
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), 2, "{v}");
    assert_eq!(rows[0]["createdAt"], "2020-01-01T00:00:00Z", "a String timestamp read as one: {v}");
    let out = api
        .hookctl(home.path())
        .args(["subscriptions", "list", "--created-since", "2d", "-o", "json"])
        .run()
        .success()
        .stderr_contains("client-side");
    let v = out.stdout_json();
    let ids: Vec<&str> = v.as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, [new.as_str()], "{v}");
}

#[test]
fn a_failed_single_delete_prints_its_error_once() {
    let home = home();
    let api = scope::start();
    // Scope's delete takes another argument here: refused before sending, said once.
    let out =
        api.hookctl(home.path()).args(["subscriptions", "delete", "no-such-id", "--yes"]).run().status(11);
    assert_eq!(out.stderr.matches("cannot work").count(), 1, "{}", out.stderr);
    assert_eq!(api.runs("deleteWebhookSubscription"), 0);
    let sentera = sentera::start();
    let out = sentera
        .hookctl(home.path())
        .args(["subscriptions", "delete", "no-such-id", "--yes", "--provider", "sentera"])
        .run()
        .status(8);
    assert_eq!(out.stderr.matches("not found").count(), 1, "{}", out.stderr);
    assert_eq!(sentera.runs("delete_webhook_subscription"), 1);
}
