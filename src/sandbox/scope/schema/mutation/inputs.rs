//! The mutations' input and payload objects.

use async_graphql::{ID, InputObject, SimpleObject};

use super::super::{
    DateTime, Json, Node, UserError, WebhookContentType, WebhookDelivery, WebhookSubscription,
};
use crate::sandbox::first_generation;
use crate::sandbox::scope::advance::Tally;

#[derive(Debug, InputObject)]
pub struct WebhookSubscriptionCreateInput {
    pub name: String,
    /// Topic key, e.g. scenario_session/completed.
    pub topic: String,
    /// Topic version; the newest when omitted.
    pub topic_version: Option<String>,
    /// JSON when omitted.
    pub content_type: Option<WebhookContentType>,
    pub callback_url: String,
    #[graphql(flatten)]
    pub settings: SubscriptionSettings,
    /// false when omitted.
    pub disabled: Option<bool>,
}

/// The optional fields create and update share, shown inline in both inputs (flattened).
#[derive(Debug, InputObject)]
pub struct SubscriptionSettings {
    pub integration_id: Option<ID>,
    pub shared_secret: Option<String>,
    pub query: Option<String>,
    pub data_validation_template: Option<String>,
    pub template: Option<String>,
    pub error_handling_template: Option<String>,
}

/// Omitted fields are left as they are; an empty string clears an optional text field.
#[derive(Debug, InputObject)]
pub struct WebhookSubscriptionUpdateInput {
    pub id: ID,
    pub name: Option<String>,
    pub topic: Option<String>,
    pub topic_version: Option<String>,
    pub content_type: Option<WebhookContentType>,
    pub callback_url: Option<String>,
    #[graphql(flatten)]
    pub settings: SubscriptionSettings,
    pub disabled: Option<bool>,
    /// The test toggle: deliver the last node created for the topic now (the validation template is not used).
    pub test: Option<bool>,
}

#[derive(Debug, InputObject)]
pub struct WebhookSubscriptionDeleteInput {
    pub id: ID,
}

#[derive(Debug, InputObject)]
pub struct WebhookErrorsDeleteInput {
    pub ids: Option<Vec<ID>>,
    /// Delete every error of this subscription.
    pub webhook_subscription_id: Option<ID>,
}

#[derive(Debug, InputObject)]
pub struct SandboxNodeCreateInput {
    /// One of the modelled types, e.g. ScenarioSession.
    #[graphql(name = "type")]
    pub ty: String,
    /// Attribute values, e.g. {"name": "Alain Bloch"}.
    pub attributes: Option<Json>,
}

#[derive(Debug, InputObject)]
pub struct SandboxNodeUpdateInput {
    pub id: ID,
    pub attributes: Json,
}

#[derive(Debug, InputObject)]
pub struct SandboxNodeDeleteInput {
    pub id: ID,
}

#[derive(Debug, InputObject)]
pub struct SandboxEmitInput {
    pub topic: String,
    pub node_id: ID,
}

#[derive(SimpleObject, Default)]
pub struct WebhookSubscriptionPayload {
    pub errors: Vec<UserError>,
    pub webhook_subscription: Option<WebhookSubscription>,
    /// The delivery started by `test: true`.
    pub test_delivery: Option<WebhookDelivery>,
}

#[derive(SimpleObject, Default)]
pub struct WebhookSubscriptionDeletePayload {
    pub errors: Vec<UserError>,
    pub deleted_webhook_subscription_id: Option<ID>,
}

#[derive(SimpleObject, Default)]
pub struct WebhookErrorsDeletePayload {
    pub errors: Vec<UserError>,
    pub deleted_webhook_error_ids: Vec<ID>,
}

#[derive(SimpleObject, Default)]
pub struct SandboxNodePayload {
    pub errors: Vec<UserError>,
    pub node: Option<Node>,
    /// Notifications queued by this change.
    pub deliveries: Vec<WebhookDelivery>,
}

#[derive(SimpleObject, Default)]
pub struct SandboxEmitPayload {
    pub errors: Vec<UserError>,
    pub deliveries: Vec<WebhookDelivery>,
}

#[derive(SimpleObject)]
pub struct SandboxFirstGenerationWebhooksPayload {
    pub errors: Vec<UserError>,
    pub first_generation_webhooks: Option<first_generation::FirstGenerationWebhooks>,
}

/// An advance of the sandbox clock and what happened during it (in the caller's organization).
#[derive(SimpleObject)]
pub struct SandboxClockPayload {
    pub now: DateTime,
    /// Delivery attempts made.
    pub attempts: i32,
    /// Attempts that delivered their notification.
    pub succeeded: i32,
    /// Attempts that failed.
    pub failed: i32,
    /// Subscriptions disabled (automatically, after failures).
    pub subscriptions_disabled: i32,
    /// Notifications still to be tried.
    pub pending: i32,
    /// When the next pending notification falls due (any organization's), if any.
    pub next_attempt_at: Option<DateTime>,
}

impl SandboxClockPayload {
    /// The payload of an advance that ended at `now`, from the tallies before and after it.
    pub fn new(now: i64, before: Tally, after: Tally, next: Option<i64>) -> SandboxClockPayload {
        let count = |n: i64| i32::try_from(n.max(0)).unwrap_or(i32::MAX);
        let attempts = after.attempts - before.attempts;
        let succeeded = (after.succeeded - before.succeeded).clamp(0, attempts.max(0));
        SandboxClockPayload {
            now: DateTime(now),
            attempts: count(attempts),
            succeeded: count(succeeded),
            failed: count(attempts - succeeded),
            subscriptions_disabled: count(after.disabled - before.disabled),
            pending: count(after.pending),
            next_attempt_at: next.map(DateTime),
        }
    }
}
