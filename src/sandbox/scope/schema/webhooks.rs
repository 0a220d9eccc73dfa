//! Topics, subscriptions, deliveries and delivery errors.

use async_graphql::{Context, Enum, ID, Object, SimpleObject};

use super::{Connection, DateTime, Integration, WebhookContentType, app, page_req};
use crate::global_id::{self as ids, Kind};
use crate::sandbox::scope::store::{self, DeliveryRow, ErrorRow, Header, SubscriptionRow};
use crate::sandbox::scope::topics::{self, Topic};

#[derive(Debug, Clone)]
pub struct WebhookTopic(pub &'static Topic);

#[Object]
impl WebhookTopic {
    pub async fn id(&self) -> ID {
        ID(ids::encode(Kind::WebhookTopic, self.0.index))
    }
    /// e.g. scenario_session/completed
    async fn key(&self) -> &str {
        &self.0.key
    }
    /// e.g. 1.1
    async fn version(&self) -> &str {
        self.0.version
    }
    async fn description(&self) -> &str {
        &self.0.description
    }
    /// The GraphQL type of the nodes this topic is about, e.g. ScenarioSession.
    async fn node_type(&self) -> &str {
        self.0.kind.type_name()
    }
}

fn topic_of(key: &str, version: &str) -> async_graphql::Result<WebhookTopic> {
    topics::find(key, Some(version))
        .or_else(|| topics::find(key, None))
        .map(WebhookTopic)
        .ok_or_else(|| format!("unknown topic {key} {version}").into())
}

#[derive(Debug, Clone)]
pub struct WebhookSubscription(pub SubscriptionRow);

#[Object]
impl WebhookSubscription {
    pub async fn id(&self) -> ID {
        ID(ids::encode(Kind::WebhookSubscription, self.0.id))
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// The X-Scope-Webhook-Id header of its notifications (the record's UUID). Nullable: not in
    /// the vendor documents, so hookctl shows it as absent where a server lacks it.
    async fn webhook_id(&self) -> Option<&str> {
        Some(&self.0.uuid)
    }
    async fn topic(&self) -> async_graphql::Result<WebhookTopic> {
        topic_of(&self.0.topic_key, &self.0.topic_version)
    }
    async fn content_type(&self) -> WebhookContentType {
        WebhookContentType::from_db(&self.0.content_type)
    }
    async fn callback_url(&self) -> &str {
        &self.0.callback_url
    }
    async fn integration(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Integration>> {
        let Some(id) = self.0.integration_id else { return Ok(None) };
        let org = self.0.org_id;
        Ok(app(ctx).db.read(move |c| store::find_node(c, org, Kind::Integration, id)).await?.map(Integration))
    }
    /// Whether a shared secret is set. The secret itself is write-only. Nullable: not in the
    /// vendor documents, so hookctl shows it as absent where a server lacks it.
    async fn has_shared_secret(&self) -> Option<bool> {
        Some(self.0.shared_secret.is_some())
    }
    /// GraphQL query run at delivery with $nodeId and $nodeType; its result replaces the default payload.
    async fn query(&self) -> Option<&str> {
        self.0.query.as_deref()
    }
    /// Liquid; must render true or false: send or not.
    async fn data_validation_template(&self) -> Option<&str> {
        self.0.data_validation_template.as_deref()
    }
    /// Liquid; renders the request body.
    async fn template(&self) -> Option<&str> {
        self.0.template.as_deref()
    }
    /// Liquid; sees the response's body and headers; whatever it renders is an error.
    async fn error_handling_template(&self) -> Option<&str> {
        self.0.error_handling_template.as_deref()
    }
    async fn disabled(&self) -> bool {
        self.0.disabled
    }
    /// Why it was disabled (by a user, or automatically after failures).
    async fn disabled_reason(&self) -> Option<&str> {
        self.0.disabled_reason.as_deref()
    }
    async fn disabled_at(&self) -> Option<DateTime> {
        self.0.disabled_at.map(DateTime)
    }
    async fn created_at(&self) -> DateTime {
        DateTime(self.0.created_at)
    }
    async fn updated_at(&self) -> DateTime {
        DateTime(self.0.updated_at)
    }
    async fn errors(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        created_at_min: Option<DateTime>,
    ) -> async_graphql::Result<Connection<WebhookError>> {
        let page = page_req(first, after.as_deref())?;
        let (id, min) = (self.0.id, created_at_min.map(|t| t.0));
        let rows = app(ctx).db.read(move |c| store::list_errors(c, id, min, page)).await?;
        Ok(Connection::from_page(rows, WebhookError))
    }
    async fn deliveries(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<WebhookDelivery>> {
        let page = page_req(first, after.as_deref())?;
        let id = self.0.id;
        let rows = app(ctx).db.read(move |c| store::list_deliveries(c, id, page)).await?;
        Ok(Connection::from_page(rows, WebhookDelivery))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
pub enum WebhookDeliveryStatus {
    /// Waiting for its first attempt or a retry.
    Pending,
    /// A 2xx response that the error-handling template accepted.
    Succeeded,
    /// Gave up: retries exhausted, or the subscription was disabled or deleted.
    Failed,
    /// The data-validation template rendered false.
    Skipped,
}

/// One notification of one subscription, with its attempts.
#[derive(Debug, Clone)]
pub struct WebhookDelivery(pub DeliveryRow);

/// One notification of one subscription, with its attempts.
#[Object]
impl WebhookDelivery {
    pub async fn id(&self) -> ID {
        ID(ids::encode(Kind::WebhookDelivery, self.0.id))
    }
    /// The X-Scope-Webhook-Job-Id of every attempt.
    async fn job_id(&self) -> &str {
        &self.0.job_id
    }
    async fn topic(&self) -> async_graphql::Result<WebhookTopic> {
        topic_of(&self.0.topic_key, &self.0.topic_version)
    }
    /// The global ID of the node the notification is about.
    async fn node_id(&self) -> ID {
        let kind = Kind::from_name(&self.0.node_type).unwrap_or(Kind::Scenario);
        ID(ids::encode(kind, self.0.node_id))
    }
    async fn status(&self) -> WebhookDeliveryStatus {
        match self.0.status.as_str() {
            store::SUCCEEDED => WebhookDeliveryStatus::Succeeded,
            store::FAILED => WebhookDeliveryStatus::Failed,
            store::SKIPPED => WebhookDeliveryStatus::Skipped,
            _ => WebhookDeliveryStatus::Pending,
        }
    }
    /// Attempts made so far (the first counts).
    async fn attempts(&self) -> i32 {
        self.0.attempts as i32
    }
    async fn next_attempt_at(&self) -> Option<DateTime> {
        if self.0.status == store::PENDING { self.0.next_attempt_at.map(DateTime) } else { None }
    }
    /// Consecutive failures of this notification.
    async fn consecutive_failures(&self) -> i32 {
        self.0.consecutive_failures as i32
    }
    async fn last_error(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<WebhookError>> {
        let Some(id) = self.0.last_error_id else { return Ok(None) };
        Ok(app(ctx).db.read(move |c| store::get_error(c, id)).await?.map(WebhookError))
    }
    /// Status of the last response, if any.
    async fn last_response_status(&self) -> Option<i32> {
        self.0.last_response_status.map(|s| s as i32)
    }
    async fn test(&self) -> bool {
        self.0.test
    }
    /// What happened last, in a line: delivered, skipped (and why), why it failed, or when it is retried.
    async fn outcome(&self) -> Option<&str> {
        self.0.outcome.as_deref()
    }
    async fn created_at(&self) -> DateTime {
        DateTime(self.0.created_at)
    }
    async fn updated_at(&self) -> DateTime {
        DateTime(self.0.updated_at)
    }
}

#[derive(Debug, Clone, SimpleObject)]
pub struct HttpHeader {
    pub name: String,
    pub value: String,
}

fn headers(h: &[Header]) -> Vec<HttpHeader> {
    h.iter().map(|h| HttpHeader { name: h.name.clone(), value: h.value.clone() }).collect()
}

#[derive(Debug, Clone, SimpleObject)]
pub struct WebhookRequestSnapshot {
    pub url: String,
    pub method: String,
    pub headers: Vec<HttpHeader>,
    pub body: String,
}

#[derive(Debug, Clone, SimpleObject)]
pub struct WebhookResponseSnapshot {
    pub status: i32,
    pub headers: Vec<HttpHeader>,
    pub body: String,
}

#[derive(Debug, Clone)]
pub struct WebhookError(pub ErrorRow);

#[Object]
impl WebhookError {
    pub async fn id(&self) -> ID {
        ID(ids::encode(Kind::WebhookError, self.0.id))
    }
    async fn webhook_subscription(&self, ctx: &Context<'_>) -> async_graphql::Result<WebhookSubscription> {
        let id = self.0.subscription_id;
        let row = app(ctx).db.read(move |c| store::get_subscription(c, id)).await?;
        row.map(WebhookSubscription).ok_or_else(|| "the error's subscription was deleted".into())
    }
    /// When the failed attempt happened.
    async fn created_at(&self) -> DateTime {
        DateTime(self.0.created_at)
    }
    /// 1 for the first attempt, 2 for the first retry, …
    async fn attempt(&self) -> i32 {
        self.0.attempt as i32
    }
    async fn message(&self) -> &str {
        &self.0.message
    }
    async fn job_id(&self) -> &str {
        &self.0.job_id
    }
    async fn request(&self) -> WebhookRequestSnapshot {
        let r = &self.0.request;
        WebhookRequestSnapshot {
            url: r.url.clone(),
            method: r.method.clone(),
            headers: headers(&r.headers),
            body: r.body.clone(),
        }
    }
    /// Null when no response arrived (timeout, connection refused).
    async fn response(&self) -> Option<WebhookResponseSnapshot> {
        self.0.response.as_ref().map(|r| WebhookResponseSnapshot {
            status: r.status as i32,
            headers: headers(&r.headers),
            body: r.body.clone(),
        })
    }
    /// Milliseconds until the response, or until giving up.
    async fn duration_ms(&self) -> i32 {
        i32::try_from(self.0.duration_ms).unwrap_or(i32::MAX)
    }
}
