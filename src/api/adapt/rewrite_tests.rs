//! The rewrite of hookctl's own operations against a small foreign schema whose names differ
//! where the vendor documents are silent.

use super::registry::COMMANDS;
use super::{Schema, rewrite};
use crate::api::Provider;

/// A Scope-like server that follows the guide and guesses the rest differently.
const FOREIGN: &str = r#"
schema { query: QueryRoot mutation: MutationRoot }
interface Node { id: ID! }
type PageInfo { hasNextPage: Boolean! endCursor: String }
type UserError { field: String message: String! }
type QueryRoot {
  node(id: ID!): Node
  viewer: User!
  webhookSubscriptions(first: Int, after: String, topicKey: String, disabled: Boolean,
    created_at_min: String, updated_at_min: String): WebhookSubscriptionConnection!
}
type MutationRoot {
  createWebhookSubscription(webhookSubscription: WebhookSubscriptionCreateInput!): WebhookSubscriptionPayload!
  updateWebhookSubscription(webhookSubscription: WebhookSubscriptionUpdateInput!): WebhookSubscriptionPayload!
}
type User implements Node { id: ID! name: String! }
type WebhookTopic { key: String! version: String! }
type WebhookSubscription implements Node {
  id: ID!
  name: String!
  topic: WebhookTopic!
  contentType: String!
  callbackUrl: String!
  sharedSecret: String
  query: String
  dataValidationTemplate: String
  template: String
  errorHandlingTemplate: String
  disabled: Boolean!
  disabledReason: String
  createdAt: String!
  updatedAt: String!
}
type WebhookSubscriptionConnection { nodes: [WebhookSubscription!]! pageInfo: PageInfo! totalCount: Int! }
type WebhookSubscriptionPayload { errors: [UserError!]! webhookSubscription: WebhookSubscription }
input TopicInput { key: String! version: String }
input WebhookSubscriptionCreateInput { name: String! topic: TopicInput! callbackUrl: String! }
input WebhookSubscriptionUpdateInput { id: ID! name: String disabled: Boolean }
"#;

fn foreign() -> Schema {
    Schema::from_sdl(FOREIGN).unwrap()
}

/// The foreign server, also telling whether a secret is set (so `list` can work).
fn foreign_with_has_secret() -> Schema {
    Schema::from_sdl(
        &FOREIGN.replace("sharedSecret: String", "sharedSecret: String\n  hasSharedSecret: Boolean!"),
    )
    .unwrap()
}

fn op(file: &str) -> &'static str {
    COMMANDS.iter().flat_map(|c| c.operations).find(|(f, _)| *f == file).map(|(_, t)| *t).unwrap()
}

#[test]
fn hookctl_schemas_are_read() {
    assert_eq!(super::rewrite::expected_count(), 2);
}

#[test]
fn own_schema_takes_every_operation_as_is() {
    let scope = Schema::from_sdl(include_str!("../../../graphql/schema.graphql")).unwrap();
    let sentera = Schema::from_sdl(include_str!("../../../graphql/sentera/schema.graphql")).unwrap();
    for c in COMMANDS {
        let schema = if c.provider == Provider::Scope { &scope } else { &sentera };
        for (file, text) in c.operations {
            let a = rewrite(text, schema).unwrap_or_else(|e| panic!("{file}: {e}"));
            assert!(a.as_is(), "{file}: {a:?}");
            assert_eq!(a.text, *text);
        }
    }
}

#[test]
fn a_missing_non_null_field_is_unworkable() {
    let e = rewrite(op("list_errors.graphql"), &foreign()).unwrap_err();
    assert!(e.0.contains("`WebhookSubscription.errors`"), "{e}");
}

#[test]
fn undocumented_fields_are_nullable_and_dropped() {
    // hasSharedSecret is hookctl's guess: nullable, so a server without it gets the listing
    // without it (totalCount likewise: tests/cli/foreign_commands.rs).
    let a = rewrite(op("list_subscriptions.graphql"), &foreign()).unwrap();
    assert!(a.dropped_fields.iter().any(|f| f == "WebhookSubscription.hasSharedSecret"), "{a:?}");
    assert!(!a.text.contains("hasSharedSecret"), "{}", a.text);
}

#[test]
fn nullable_fields_and_optional_arguments_are_dropped_with_their_variables() {
    let a = rewrite(op("list_subscriptions.graphql"), &foreign_with_has_secret()).unwrap();
    // webhookId (the X-Scope-Webhook-Id) is hookctl's guess too: nullable, dropped.
    assert_eq!(
        a.dropped_fields,
        [
            "WebhookSubscription.webhookId",
            "WebhookSubscription.integration",
            "WebhookSubscription.disabledAt"
        ]
    );
    assert_eq!(a.dropped_args, ["webhookSubscriptions(createdAtMin)", "webhookSubscriptions(updatedAtMin)"]);
    assert_eq!(a.dropped_variables, ["createdAtMin", "updatedAtMin"]);
    for gone in ["webhookId", "integration", "disabledAt", "createdAtMin", "DateTime"] {
        assert!(!a.text.contains(gone), "{gone} left in {}", a.text);
    }
    assert!(a.text.contains("topicKey: $topicKey") && a.text.contains("hasSharedSecret"), "{}", a.text);
    let reparsed = foreign_with_has_secret();
    assert!(rewrite(&a.text, &reparsed).unwrap().as_is(), "the rewrite is stable");
}

#[test]
fn a_variable_takes_the_servers_scalar_type() {
    let server = Schema::from_sdl(
        &FOREIGN
            .replace("created_at_min", "createdAtMin")
            .replace("sharedSecret: String", "hasSharedSecret: Boolean!"),
    )
    .unwrap();
    let a = rewrite(op("list_subscriptions.graphql"), &server).unwrap();
    assert_eq!(a.retyped_variables, ["$createdAtMin: DateTime -> String"]);
    assert!(a.text.contains("$createdAtMin: String") && !a.text.contains("DateTime"), "{}", a.text);
}

#[test]
fn a_single_object_is_read_through_node_with_an_alias() {
    let a = rewrite(op("get_subscription.graphql"), &foreign_with_has_secret()).unwrap();
    assert_eq!(a.via_node, ["webhookSubscription -> node(id:) on WebhookSubscription"]);
    let text = a.text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.contains(
            "webhookSubscription: node(id: $id) { ... on WebhookSubscription { ...SubscriptionFields"
        ),
        "{text}"
    );
}

#[test]
fn missing_root_fields_input_shapes_and_input_fields_are_unworkable() {
    let f = foreign_with_has_secret();
    let cases = [
        ("list_topics.graphql", "query `webhookTopics`"),
        ("create_subscription.graphql", "`WebhookSubscriptionCreateInput.topic` is `TopicInput!`"),
        ("test_subscription.graphql", "input field `WebhookSubscriptionUpdateInput.test`"),
        ("delete_subscription.graphql", "mutation `deleteWebhookSubscription`"),
        ("get_error.graphql", "query `webhookError`"),
    ];
    for (file, piece) in cases {
        let e = rewrite(op(file), &f).expect_err(file);
        assert!(e.0.contains(piece), "{file}: {e}");
    }
    // The viewer's organization is a guess, so nullable: dropped, not refused.
    let viewer = rewrite(op("viewer.graphql"), &f).unwrap();
    assert!(viewer.dropped_fields.contains(&"User.organization".to_string()), "{viewer:?}");
}

#[test]
fn the_guides_enable_mutation_works_as_is() {
    let a = rewrite(op("enable_subscription.graphql"), &foreign()).unwrap();
    assert!(a.as_is(), "{a:?}");
}

#[test]
fn a_missing_required_argument_is_unworkable() {
    let server =
        Schema::from_sdl(&FOREIGN.replace("viewer: User!", "viewer(organization: ID!): User!")).unwrap();
    let e = rewrite(op("viewer.graphql"), &server).unwrap_err();
    assert!(e.0.contains("requires argument `organization: ID!`"), "{e}");
}

#[test]
fn a_sentera_server_with_only_the_documented_fields() {
    let documented = r#"
      scalar Url
      scalar ISO8601DateTime
      enum WebhookEventType { FIELD_CREATED }
      enum WebhookEventStatus { PENDING DELIVERED FAILED }
      input DateRange { start: ISO8601DateTime end: ISO8601DateTime }
      input Pagination { page: Int! page_size: Int! }
      type Query { webhook_subscription(sentera_id: ID!): WebhookSubscription }
      type WebhookEvent {
        sentera_id: ID! event_type: WebhookEventType status: WebhookEventStatus! resource_sentera_id: ID!
        attempts: Int! last_response_status: Int last_error: String
        created_at: ISO8601DateTime! updated_at: ISO8601DateTime!
      }
      type WebhookEventsQueryResult { results: [WebhookEvent!]! total_count: Int! page: Int! page_size: Int! }
      type WebhookSubscription {
        sentera_id: ID! callback_url: Url! event_types: [WebhookEventType!]!
        events(date_range: DateRange, event_type: WebhookEventType, pagination: Pagination!,
          status: WebhookEventStatus): WebhookEventsQueryResult!
      }"#;
    let server = Schema::from_sdl(documented).unwrap();
    assert!(server.get("WebhookSubscription").unwrap().field("created_at").is_none());
    // hookctl's operations select only the document's fields: they run as written.
    let a = rewrite(op("sentera/get_webhook_subscription.graphql"), &server).unwrap();
    assert!(a.as_is(), "{a:?}");
    let a = rewrite(op("sentera/list_webhook_events.graphql"), &server).unwrap();
    assert!(a.as_is());
}

#[test]
fn operations_are_named_by_their_commands() {
    use super::registry::describe_operation;
    assert_eq!(describe_operation("ListTopics"), "`hookctl topics list` (ListTopics)");
    assert_eq!(
        describe_operation("ListSubscriptions"),
        "`hookctl subscriptions list`, `hookctl subscriptions enable --all-disabled` (ListSubscriptions)"
    );
    assert_eq!(describe_operation("Nope"), "Nope");
}

#[test]
fn check_gives_a_verdict_per_command() {
    let verdicts = super::check::check(&foreign_with_has_secret(), Provider::Scope);
    let status = |name: &str| verdicts.iter().find(|v| v.command == name).unwrap().status;
    use super::check::Status::*;
    assert_eq!(status("subscriptions list"), Adapted);
    assert_eq!(status("subscriptions show"), Adapted);
    assert_eq!(status("subscriptions enable"), Works);
    assert_eq!(status("subscriptions enable --all-disabled"), Adapted);
    assert_eq!(status("topics list"), Unworkable);
    assert_eq!(verdicts.len(), 14);
}

#[test]
fn check_on_the_foreign_server_names_each_missing_piece() {
    use super::check::Status::*;
    let verdicts = super::check::check(&foreign(), Provider::Scope);
    let expected = [
        ("subscriptions list", Adapted, "WebhookSubscription.hasSharedSecret"),
        ("subscriptions disable", Works, ""),
        ("subscriptions enable", Works, ""),
        ("subscriptions delete", Unworkable, "mutation `deleteWebhookSubscription`"),
        ("subscriptions test", Unworkable, "`WebhookSubscriptionUpdateInput.test`"),
        ("errors list", Unworkable, "`WebhookSubscription.errors`"),
        ("errors delete", Unworkable, "mutation `deleteWebhookErrors`"),
        // The organization is optional: login works without it (shown as absent).
        ("login", Adapted, "User.organization"),
    ];
    for (command, status, piece) in expected {
        let v = verdicts.iter().find(|v| v.command == command).unwrap();
        assert_eq!(v.status, status, "{command}: {:?}", v.details);
        assert!(v.details.join(" ").contains(piece), "{command}: {:?}", v.details);
    }
}
