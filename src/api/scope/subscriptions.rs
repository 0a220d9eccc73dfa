//! The subscription operations: `graphql/{list,get,create,update,enable,disable,delete,test}_subscription(s).graphql`.
//!
//! Each generated module has its own copy of the `SubscriptionFields` fragment type; the
//! `subscription_from!` macro converts every copy into the one domain [`Subscription`].

use serde::Serialize;

use super::deliveries::Delivery;
use super::readback::settle;
use super::scalars::DateTime;
use super::{ApiError, Client, PAGE_SIZE, Page, next_cursor};
use crate::payload::ContentType;
use crate::secret::Secret;

operation!(ListSubscriptions, "graphql/list_subscriptions.graphql", skip_serializing_none);
operation!(GetSubscription, "graphql/get_subscription.graphql");
operation!(CreateSubscription, "graphql/create_subscription.graphql", skip_serializing_none);
operation!(UpdateSubscription, "graphql/update_subscription.graphql", skip_serializing_none);
operation!(pub(crate) EnableSubscription, "graphql/enable_subscription.graphql");
operation!(DisableSubscription, "graphql/disable_subscription.graphql");
operation!(DeleteSubscription, "graphql/delete_subscription.graphql");
operation!(TestSubscription, "graphql/test_subscription.graphql");

/// A topic as a subscription refers to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TopicRef {
    pub key: String,
    pub version: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IntegrationRef {
    pub id: String,
    pub name: String,
}

/// A webhook subscription with every field the API exposes (the shared secret is write-only).
/// Serialized with the API's field names: this is `--output json`'s stable shape.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Subscription {
    pub id: String,
    pub name: String,
    /// The `X-Scope-Webhook-Id` of its notifications; absent where the server does not say (not
    /// in the vendor documents).
    pub webhook_id: Option<String>,
    pub topic: TopicRef,
    /// `JSON` or `XML`.
    pub content_type: String,
    pub callback_url: String,
    pub integration: Option<IntegrationRef>,
    /// Absent where the server does not say (not in the vendor documents).
    pub has_shared_secret: Option<bool>,
    /// The GraphQL query whose answer the templates see as `data`.
    pub query: Option<String>,
    /// Liquid: a node is delivered only when this renders `true`.
    pub data_validation_template: Option<String>,
    /// Liquid: the request body (the default body without it).
    pub template: Option<String>,
    /// Liquid: a 2xx response is a failure when this renders something.
    pub error_handling_template: Option<String>,
    pub disabled: bool,
    pub disabled_reason: Option<String>,
    pub disabled_at: Option<DateTime>,
    pub created_at: DateTime,
    pub updated_at: DateTime,
}

/// Which subscriptions to list.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub topic: Option<String>,
    /// `Some(true)`: only disabled ones; `Some(false)`: only enabled ones.
    pub disabled: Option<bool>,
    pub created_since: Option<DateTime>,
    pub updated_since: Option<DateTime>,
}

impl Filter {
    /// Whether `s` passes the filter: applied to every page as well, since a server whose schema
    /// lacks a filter argument gets the operation with that argument dropped (issue 10).
    pub fn matches(&self, s: &Subscription) -> bool {
        self.topic.as_ref().is_none_or(|t| *t == s.topic.key)
            && self.disabled.is_none_or(|d| d == s.disabled)
            && self.created_since.is_none_or(|t| s.created_at >= t)
            && self.updated_since.is_none_or(|t| s.updated_at >= t)
    }
}

/// A subscription to create.
#[derive(Debug, Clone, Default)]
pub struct NewSubscription {
    pub name: String,
    pub topic: String,
    pub topic_version: Option<String>,
    pub content_type: Option<ContentType>,
    pub callback_url: String,
    pub integration_id: Option<String>,
    pub shared_secret: Option<Secret>,
    pub query: Option<String>,
    pub data_validation_template: Option<String>,
    pub template: Option<String>,
    pub error_handling_template: Option<String>,
    pub disabled: bool,
}

/// Changes to a subscription: `None` leaves a field as it is, `Some("")` clears an optional text
/// field (the API's convention).
#[derive(Debug, Clone, Default)]
pub struct Changes {
    pub name: Option<String>,
    pub topic: Option<String>,
    pub topic_version: Option<String>,
    pub content_type: Option<ContentType>,
    pub callback_url: Option<String>,
    pub integration_id: Option<String>,
    pub shared_secret: Option<Secret>,
    pub query: Option<String>,
    pub data_validation_template: Option<String>,
    pub template: Option<String>,
    pub error_handling_template: Option<String>,
    pub disabled: Option<bool>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.topic.is_none()
            && self.topic_version.is_none()
            && self.content_type.is_none()
            && self.callback_url.is_none()
            && self.integration_id.is_none()
            && self.shared_secret.is_none()
            && self.query.is_none()
            && self.data_validation_template.is_none()
            && self.template.is_none()
            && self.error_handling_template.is_none()
            && self.disabled.is_none()
    }
}

macro_rules! subscription_from {
    ($m:ident) => {
        impl From<$m::SubscriptionFields> for Subscription {
            fn from(s: $m::SubscriptionFields) -> Self {
                Subscription {
                    id: s.id,
                    name: s.name,
                    webhook_id: s.webhook_id,
                    topic: TopicRef { key: s.topic.key, version: s.topic.version },
                    content_type: match s.content_type {
                        $m::WebhookContentType::JSON => "JSON".to_string(),
                        $m::WebhookContentType::XML => "XML".to_string(),
                        $m::WebhookContentType::Other(other) => other,
                    },
                    callback_url: s.callback_url,
                    integration: s.integration.map(|i| IntegrationRef { id: i.id, name: i.name }),
                    has_shared_secret: s.has_shared_secret,
                    query: s.query,
                    data_validation_template: s.data_validation_template,
                    template: s.template,
                    error_handling_template: s.error_handling_template,
                    disabled: s.disabled,
                    disabled_reason: s.disabled_reason,
                    disabled_at: s.disabled_at,
                    created_at: s.created_at,
                    updated_at: s.updated_at,
                }
            }
        }
    };
}

subscription_from!(list_subscriptions);
subscription_from!(get_subscription);
subscription_from!(create_subscription);
subscription_from!(update_subscription);

macro_rules! content_type_to {
    ($m:ident, $c:expr) => {
        $c.map(|c| match c {
            ContentType::Json => $m::WebhookContentType::JSON,
            ContentType::Xml => $m::WebhookContentType::XML,
        })
    };
}

/// One page of subscriptions matching `filter`, after the cursor `after`.
pub async fn list_page(
    client: &Client,
    filter: &Filter,
    after: Option<String>,
) -> Result<Page<Subscription>, ApiError> {
    let vars = list_variables(filter, after);
    let mut page = list_from_response(client.query::<ListSubscriptions>(vars).await?);
    page.items.retain(|s| filter.matches(s));
    Ok(page)
}

fn list_variables(filter: &Filter, after: Option<String>) -> list_subscriptions::Variables {
    list_subscriptions::Variables {
        first: Some(PAGE_SIZE),
        after,
        topic_key: filter.topic.clone(),
        disabled: filter.disabled,
        created_at_min: filter.created_since,
        updated_at_min: filter.updated_since,
    }
}

fn list_from_response(data: list_subscriptions::ResponseData) -> Page<Subscription> {
    let c = data.webhook_subscriptions;
    Page {
        items: c.nodes.into_iter().map(Subscription::from).collect(),
        total_count: c.total_count,
        next: next_cursor(c.page_info.has_next_page, c.page_info.end_cursor),
    }
}

/// One subscription by id; not found (or not visible to this user) is an error.
pub async fn get(client: &Client, id: &str) -> Result<Subscription, ApiError> {
    let data = client.query::<GetSubscription>(get_subscription::Variables { id: id.to_string() }).await?;
    found(id, data.webhook_subscription).map(Subscription::from)
}

pub async fn create(client: &Client, new: NewSubscription) -> Result<Subscription, ApiError> {
    let input = create_subscription::WebhookSubscriptionCreateInput {
        name: new.name,
        topic: new.topic,
        topic_version: new.topic_version,
        content_type: content_type_to!(create_subscription, new.content_type),
        callback_url: new.callback_url,
        integration_id: new.integration_id,
        shared_secret: new.shared_secret.map(|s| s.expose().to_string()),
        query: new.query,
        data_validation_template: new.data_validation_template,
        template: new.template,
        error_handling_template: new.error_handling_template,
        disabled: Some(new.disabled),
    };
    let data = client.mutate::<CreateSubscription>(create_subscription::Variables { input }).await?;
    let payload = data.create_webhook_subscription;
    ApiError::check_user_errors("the subscription", crate::field_errors!(payload.errors))?;
    payload
        .webhook_subscription
        .map(Subscription::from)
        .ok_or_else(|| ApiError::Malformed { detail: "the created subscription is missing".into() })
}

pub async fn update(client: &Client, id: &str, changes: Changes) -> Result<Subscription, ApiError> {
    let check = changes.clone();
    let sent = update_once(client, id, changes).await;
    settle(sent, client, id, "the changes to", get(client, id), |s| s.filter(|s| shows(&check, s)).cloned())
        .await
}

/// Whether `s` shows every change in `c` that can be read back (the secret cannot).
fn shows(c: &Changes, s: &Subscription) -> bool {
    fn same<T: PartialEq + ?Sized>(want: Option<&T>, have: &T) -> bool {
        want.is_none_or(|w| w == have)
    }
    same(c.name.as_deref(), s.name.as_str())
        && same(c.topic.as_deref(), s.topic.key.as_str())
        && same(c.callback_url.as_deref(), s.callback_url.as_str())
        && same(c.disabled.as_ref(), &s.disabled)
        && c.query.as_ref().is_none_or(|q| s.query.as_ref() == Some(q))
        && c.template.as_ref().is_none_or(|t| s.template.as_ref() == Some(t))
}

async fn update_once(client: &Client, id: &str, changes: Changes) -> Result<Subscription, ApiError> {
    let input = update_variables(id, changes);
    let data = client.mutate::<UpdateSubscription>(update_subscription::Variables { input }).await?;
    let payload = data.update_webhook_subscription;
    ApiError::check_user_errors(format!("the changes to {id}"), crate::field_errors!(payload.errors))?;
    found(id, payload.webhook_subscription).map(Subscription::from)
}

fn update_variables(id: &str, c: Changes) -> update_subscription::WebhookSubscriptionUpdateInput {
    update_subscription::WebhookSubscriptionUpdateInput {
        id: id.to_string(),
        name: c.name,
        topic: c.topic,
        topic_version: c.topic_version,
        content_type: content_type_to!(update_subscription, c.content_type),
        callback_url: c.callback_url,
        integration_id: c.integration_id,
        shared_secret: c.shared_secret.map(|s| s.expose().to_string()),
        query: c.query,
        data_validation_template: c.data_validation_template,
        template: c.template,
        error_handling_template: c.error_handling_template,
        disabled: c.disabled,
        test: None,
    }
}

/// The subscription an operation answered, or not-found when it answered null for `id`.
fn found<T>(id: &str, answer: Option<T>) -> Result<T, ApiError> {
    answer.ok_or_else(|| ApiError::NotFound { what: "subscription", id: id.to_string() })
}

/// Re-enables a subscription with the vendor guide's mutation.
pub async fn enable(client: &Client, id: &str) -> Result<(), ApiError> {
    switch(client, id, false).await
}

pub async fn disable(client: &Client, id: &str) -> Result<(), ApiError> {
    switch(client, id, true).await
}

/// Sets `disabled`; a lost answer is read back.
async fn switch(client: &Client, id: &str, disabled: bool) -> Result<(), ApiError> {
    let (doing, sent) = if disabled {
        ("disabling", disable_once(client, id).await)
    } else {
        ("enabling", enable_once(client, id).await)
    };
    let settled = |s: Option<&Subscription>| s.is_some_and(|s| s.disabled == disabled).then_some(());
    settle(sent, client, id, doing, get(client, id), settled).await
}

// Two operation files, as the enable one is the guide's verbatim (`disabled: false`).
async fn enable_once(client: &Client, id: &str) -> Result<(), ApiError> {
    let vars = enable_subscription::Variables { id: id.to_string() };
    let p = client.mutate::<EnableSubscription>(vars).await?.update_webhook_subscription;
    answered(id, "enabling", crate::field_errors!(p.errors), p.webhook_subscription)
}

async fn disable_once(client: &Client, id: &str) -> Result<(), ApiError> {
    let vars = disable_subscription::Variables { id: id.to_string() };
    let p = client.mutate::<DisableSubscription>(vars).await?.update_webhook_subscription;
    answered(id, "disabling", crate::field_errors!(p.errors), p.webhook_subscription)
}

/// A mutation's payload: its user errors, else the subscription it answered (or not-found).
fn answered<T>(
    id: &str,
    doing: &str,
    errors: Vec<crate::api::FieldError>,
    answer: Option<T>,
) -> Result<(), ApiError> {
    ApiError::check_user_errors(format!("{doing} {id}"), errors)?;
    found(id, answer).map(drop)
}

pub async fn delete(client: &Client, id: &str) -> Result<(), ApiError> {
    let sent = delete_once(client, id).await;
    settle(sent, client, id, "deleting", get(client, id), |s| s.is_none().then_some(())).await
}

async fn delete_once(client: &Client, id: &str) -> Result<(), ApiError> {
    let vars = delete_subscription::Variables { id: id.to_string() };
    let p = client.mutate::<DeleteSubscription>(vars).await?.delete_webhook_subscription;
    answered(id, "deleting", crate::field_errors!(p.errors), p.deleted_webhook_subscription_id)
}

/// Turns on the test toggle: the server delivers the topic's last node. Returns that delivery.
pub async fn test(client: &Client, id: &str) -> Result<Delivery, ApiError> {
    let data = client.mutate::<TestSubscription>(test_subscription::Variables { id: id.to_string() }).await?;
    let payload = data.update_webhook_subscription;
    ApiError::check_user_errors(format!("testing {id}"), crate::field_errors!(payload.errors))?;
    found(id, payload.webhook_subscription)?;
    payload.test_delivery.map(Delivery::from).ok_or_else(|| ApiError::Malformed {
        detail: "the server started no test delivery (is there a node for this topic yet?)".into(),
    })
}

crate::delivery_from!(test_subscription);

#[cfg(test)]
mod tests {
    use super::*;

    const SUB: &str = r#"{"id":"wMtvO+6DUTQZomQK8MP0Ppsip6hiuTe1TIihz7iadkk=","name":"Users",
        "topic":{"key":"user/created","version":"1.1"},"contentType":"XML",
        "callbackUrl":"https://example.com/hook","integration":null,"hasSharedSecret":true,
        "query":"query { viewer { id } }","dataValidationTemplate":null,"template":"{{ data }}",
        "errorHandlingTemplate":null,"disabled":true,"disabledReason":"25 consecutive failures",
        "disabledAt":"2024-05-01T10:00:00Z","createdAt":"2024-04-01T10:00:00Z","updatedAt":"2024-05-01T10:00:00+00:00"}"#;

    #[test]
    fn maps_a_list_page() {
        let json = format!(
            r#"{{"webhookSubscriptions":{{"totalCount":1,"pageInfo":{{"hasNextPage":false,"endCursor":"x"}},"nodes":[{SUB}]}}}}"#
        );
        let page = list_from_response(serde_json::from_str(&json).unwrap());
        assert_eq!(page.next, None);
        let s = &page.items[0];
        assert_eq!(s.id, "wMtvO+6DUTQZomQK8MP0Ppsip6hiuTe1TIihz7iadkk=");
        assert_eq!(s.content_type, "XML");
        assert_eq!(s.topic.key, "user/created");
        assert!(s.disabled);
        let v = serde_json::to_value(s).unwrap();
        assert_eq!(v["callbackUrl"], "https://example.com/hook");
        assert_eq!(v["disabledAt"], "2024-05-01T10:00:00Z");
        assert_eq!(v["updatedAt"], "2024-05-01T10:00:00Z");
        assert_eq!(v["topic"]["version"], "1.1");
        assert!(v.get("sharedSecret").is_none());
    }

    #[test]
    fn unknown_content_types_survive() {
        let json = SUB.replace("\"XML\"", "\"YAML\"");
        let data: get_subscription::ResponseData =
            serde_json::from_str(&format!(r#"{{"webhookSubscription":{json}}}"#)).unwrap();
        assert_eq!(Subscription::from(data.webhook_subscription.unwrap()).content_type, "YAML");
    }

    #[test]
    fn list_variables_map_the_filter() {
        let f = Filter {
            topic: Some("user/created".into()),
            disabled: Some(true),
            created_since: Some("2024-01-02T03:04:05Z".parse().unwrap()),
            updated_since: None,
        };
        let v = serde_json::to_value(list_variables(&f, Some("c".into()))).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"first": 250, "after": "c", "topicKey": "user/created", "disabled": true,
                "createdAtMin": "2024-01-02T03:04:05Z", "updatedAtMin": null})
        );
    }

    #[test]
    fn update_sends_only_changes() {
        let c = Changes { template: Some(String::new()), disabled: Some(false), ..Changes::default() };
        let v = serde_json::to_value(update_variables("a/b+c=", c)).unwrap();
        assert_eq!(v, serde_json::json!({"id": "a/b+c=", "template": "", "disabled": false}));
    }

    #[test]
    fn the_enable_mutation_is_the_guides() {
        use graphql_client::GraphQLQuery;
        let body = EnableSubscription::build_query(enable_subscription::Variables { id: "x".into() });
        let squashed: String = body.query.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(squashed.contains(
            "mutation EnableSubscription($id: ID!) { updateWebhookSubscription(webhookSubscription: { id: $id, disabled: false }) { errors { field message } webhookSubscription { id } } }"
        ), "{squashed}");
    }

    #[test]
    fn mutation_errors_are_field_errors() {
        let data: update_subscription::ResponseData = serde_json::from_str(
            r#"{"updateWebhookSubscription":{"errors":[{"field":"callbackUrl","message":"must be https"}],
                "webhookSubscription":null}}"#,
        )
        .unwrap();
        let errors = crate::field_errors!(data.update_webhook_subscription.errors);
        assert_eq!(errors[0].to_string(), "callbackUrl: must be https");
    }
}
