//! The Sentera operations of `graphql/sentera/`, typed by graphql_client and run over the shared
//! transport ([`crate::api::Client`]: token, timeout, retries, error decoding). Every generated
//! response is converted into the plain domain types here, so nothing outside this module sees
//! a generated type. The generated types and the domain types share the schema's snake_case
//! field names, so the conversion is a serde round trip.

use graphql_client::GraphQLQuery;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::api::{ApiError, Client};
use crate::secret::Secret;

macro_rules! operation {
    ($name:ident, $file:literal) => {
        #[derive(GraphQLQuery)]
        #[graphql(
                                                            schema_path = "graphql/sentera/schema.graphql",
                                                            query_path = $file,
                                                            custom_scalars_module = "crate::api::sentera::scalars",
                                                            response_derives = "Debug, Serialize",
                                                            variables_derives = "Debug"
                                                        )]
        pub struct $name;
    };
}

mod scalars;

operation!(CreateWebhookSubscription, "graphql/sentera/create_webhook_subscription.graphql");
operation!(GetWebhookSubscription, "graphql/sentera/get_webhook_subscription.graphql");
operation!(ListWebhookSubscriptions, "graphql/sentera/list_webhook_subscriptions.graphql");
operation!(DeleteWebhookSubscription, "graphql/sentera/delete_webhook_subscription.graphql");
operation!(ListWebhookEvents, "graphql/sentera/list_webhook_events.graphql");
operation!(Organization, "graphql/sentera/organization.graphql");
operation!(Organizations, "graphql/sentera/organizations.graphql");
operation!(SandboxCreateOrganization, "graphql/sentera/sandbox_create_organization.graphql");
operation!(SandboxEmitEvent, "graphql/sentera/sandbox_emit_event.graphql");

/// The page size used when listing every page: the most the API allows.
pub const PAGE_SIZE: i64 = 250;

/// The event types the Sentera schema defines (checked against `graphql/sentera/schema.graphql`
/// by a test), so mistyped ones are caught before any request.
pub const EVENT_TYPES: &[&str] = &[
    "FEATURE_SET_CREATED",
    "FEATURE_SET_UPDATED",
    "FIELD_CREATED",
    "FIELD_UPDATED",
    "SURVEY_CREATED",
    "MOSAIC_CREATED",
    "FILE_CREATED",
];

/// The event statuses of the Sentera schema.
pub const EVENT_STATUSES: &[&str] = &["PENDING", "DELIVERED", "FAILED"];

/// Converts a generated value into a domain value with the same field names.
fn convert<F: Serialize, T: DeserializeOwned>(from: F) -> Result<T, ApiError> {
    serde_json::to_value(from)
        .and_then(serde_json::from_value)
        .map_err(|e| ApiError::Malformed { detail: format!("unexpected shape: {e}") })
}

/// A generated enum from its name (unknown names become the enum's `Other`, which the server rejects).
fn enum_of<T: DeserializeOwned>(name: &str) -> Result<T, ApiError> {
    serde_json::from_value(serde_json::Value::String(name.to_string()))
        .map_err(|e| ApiError::Malformed { detail: format!("cannot encode {name:?}: {e}") })
}

/// Sentera answers a missing object with a GraphQL error whose code is NOT_FOUND.
fn not_found(e: ApiError, what: &'static str, id: &str) -> ApiError {
    match &e {
        ApiError::GraphQl(messages) if messages.iter().any(|m| m.contains("not found")) => {
            ApiError::NotFound { what, id: id.to_string() }
        }
        _ => e,
    }
}

// ---------------------------------------------------------------------------------------------
// domain types

/// OAuth settings of a subscription's callback, without the write-only secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Authentication {
    pub token_url: String,
    pub client_id: String,
    pub scope: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscription {
    pub sentera_id: String,
    pub organization_sentera_id: String,
    pub callback_url: String,
    pub event_types: Vec<String>,
    pub authentication: Option<Authentication>,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub sentera_id: String,
    pub event_type: Option<String>,
    pub status: String,
    pub resource_sentera_id: String,
    pub attempts: i64,
    pub last_response_status: Option<i64>,
    pub last_error: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgRef {
    pub sentera_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Org {
    pub sentera_id: String,
    pub name: String,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub parent: Option<OrgRef>,
    #[serde(default)]
    pub child_organizations: Vec<OrgSummary>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgSummary {
    pub sentera_id: String,
    pub name: String,
}

/// One page of a listing.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Page<T> {
    pub results: Vec<T>,
    pub total_count: i64,
    pub page: i64,
    pub page_size: i64,
}

impl<T> Page<T> {
    /// How many pages the listing has.
    pub fn pages(&self) -> i64 {
        if self.page_size <= 0 { 0 } else { (self.total_count + self.page_size - 1) / self.page_size }
    }
}

/// What `create` sends.
#[derive(Debug, Clone)]
pub struct NewSubscription {
    pub organization_sentera_id: String,
    pub callback_url: String,
    pub event_types: Vec<String>,
    pub authentication: Option<NewAuthentication>,
}

#[derive(Debug, Clone)]
pub struct NewAuthentication {
    pub token_url: String,
    pub client_id: String,
    pub client_secret: Secret,
    pub scope: Option<String>,
}

/// The `events` filters.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    pub status: Option<String>,
    pub event_type: Option<String>,
    /// RFC 3339, inclusive.
    pub since: Option<String>,
    /// RFC 3339, exclusive.
    pub until: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// operations

pub async fn create(client: &Client, new: NewSubscription) -> Result<Subscription, ApiError> {
    use create_webhook_subscription as op;
    let event_types =
        new.event_types.iter().map(|t| enum_of(t)).collect::<Result<Vec<op::WebhookEventType>, _>>()?;
    let vars = op::Variables {
        organization_sentera_id: new.organization_sentera_id.clone(),
        callback_url: new.callback_url,
        event_types,
        authentication: new.authentication.map(|a| op::WebhookAuthenticationConfigurationInput {
            token_url: a.token_url,
            client_id: a.client_id,
            client_secret: a.client_secret.expose().to_string(),
            scope: a.scope,
        }),
    };
    let data = client
        .mutate::<CreateWebhookSubscription>(vars)
        .await
        .map_err(|e| not_found(e, "organization", &new.organization_sentera_id))?;
    convert(data.create_webhook_subscription)
}

pub async fn get(client: &Client, sentera_id: &str) -> Result<Subscription, ApiError> {
    let vars = get_webhook_subscription::Variables { sentera_id: sentera_id.to_string() };
    let data = client.query::<GetWebhookSubscription>(vars).await?;
    match data.webhook_subscription {
        Some(s) => convert(s),
        None => Err(ApiError::NotFound { what: "subscription", id: sentera_id.to_string() }),
    }
}

pub async fn list_page(
    client: &Client,
    organization_sentera_id: &str,
    page: i64,
    page_size: i64,
) -> Result<Page<Subscription>, ApiError> {
    use list_webhook_subscriptions as op;
    let vars = op::Variables {
        organization_sentera_id: organization_sentera_id.to_string(),
        pagination: op::Pagination { page, page_size },
    };
    let data = client
        .query::<ListWebhookSubscriptions>(vars)
        .await
        .map_err(|e| not_found(e, "organization", organization_sentera_id))?;
    convert(data.webhook_subscriptions)
}

pub async fn delete(client: &Client, sentera_id: &str) -> Result<String, ApiError> {
    let vars = delete_webhook_subscription::Variables { sentera_id: sentera_id.to_string() };
    let data = client
        .mutate::<DeleteWebhookSubscription>(vars)
        .await
        .map_err(|e| not_found(e, "subscription", sentera_id))?;
    Ok(data.delete_webhook_subscription)
}

pub async fn events_page(
    client: &Client,
    sentera_id: &str,
    filter: &EventFilter,
    page: i64,
    page_size: i64,
) -> Result<Page<Event>, ApiError> {
    use list_webhook_events as op;
    let vars = op::Variables {
        sentera_id: sentera_id.to_string(),
        pagination: op::Pagination { page, page_size },
        status: filter.status.as_deref().map(enum_of).transpose()?,
        event_type: filter.event_type.as_deref().map(enum_of).transpose()?,
        date_range: (filter.since.is_some() || filter.until.is_some())
            .then(|| op::DateRange { start: filter.since.clone(), end: filter.until.clone() }),
    };
    let data = client.query::<ListWebhookEvents>(vars).await?;
    match data.webhook_subscription {
        Some(s) => convert(s.events),
        None => Err(ApiError::NotFound { what: "subscription", id: sentera_id.to_string() }),
    }
}

pub async fn organization(client: &Client, sentera_id: &str) -> Result<Org, ApiError> {
    let vars = organization::Variables { sentera_id: sentera_id.to_string() };
    match client.query::<Organization>(vars).await?.organization {
        Some(o) => convert(o),
        None => Err(ApiError::NotFound { what: "organization", id: sentera_id.to_string() }),
    }
}

pub async fn organizations(client: &Client) -> Result<Vec<Org>, ApiError> {
    convert(client.query::<Organizations>(organizations::Variables).await?.organizations)
}

pub async fn create_organization(
    client: &Client,
    name: &str,
    parent: Option<&str>,
    sentera_id: Option<&str>,
) -> Result<Org, ApiError> {
    let vars = sandbox_create_organization::Variables {
        name: name.to_string(),
        parent_sentera_id: parent.map(str::to_string),
        sentera_id: sentera_id.map(str::to_string),
    };
    let data = client
        .mutate::<SandboxCreateOrganization>(vars)
        .await
        .map_err(|e| not_found(e, "organization", parent.unwrap_or_default()))?;
    convert(data.sandbox_create_organization)
}

pub async fn emit(
    client: &Client,
    organization_sentera_id: &str,
    event_type: &str,
    resource: Option<&str>,
) -> Result<Vec<Event>, ApiError> {
    let vars = sandbox_emit_event::Variables {
        organization_sentera_id: organization_sentera_id.to_string(),
        event_type: enum_of(event_type)?,
        resource_sentera_id: resource.map(str::to_string),
    };
    let data = client
        .mutate::<SandboxEmitEvent>(vars)
        .await
        .map_err(|e| not_found(e, "organization", organization_sentera_id))?;
    convert(data.sandbox_emit_event)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn responses_map_to_domain_types() {
        let json = serde_json::json!({
            "webhook_subscriptions": {
                "total_count": 501, "page": 1, "page_size": 250,
                "results": [{
                    "sentera_id": "b6i0chc_WS_w3njAcmeGrand_CV_deve_85c3a6365_220131_132709",
                    "event_types": ["FEATURE_SET_CREATED", "SOMETHING_NEW"],
                    "callback_url": "https://example.com/webhooks",
                    "organization_sentera_id": "6aeagny_OR_w3njAcmeGrand_CV_deve_ef64a0fce_220112_111024",
                    "authentication": {"token_url": "https://idp/token", "client_id": "app", "scope": null},
                    "created_at": "2022-01-31T13:27:09.000Z"
                }]
            }
        });
        let data: list_webhook_subscriptions::ResponseData = serde_json::from_value(json).unwrap();
        let page: Page<Subscription> = convert(data.webhook_subscriptions).unwrap();
        assert_eq!(page.pages(), 3);
        let s = &page.results[0];
        assert_eq!(s.event_types, ["FEATURE_SET_CREATED", "SOMETHING_NEW"]);
        assert_eq!(s.authentication.as_ref().unwrap().client_id, "app");
    }

    #[test]
    fn not_found_errors_are_recognized() {
        let e =
            not_found(ApiError::GraphQl(vec!["organization \"x\" not found".into()]), "organization", "x");
        assert!(matches!(e, ApiError::NotFound { what: "organization", .. }));
        let other = not_found(ApiError::GraphQl(vec!["boom".into()]), "organization", "x");
        assert!(matches!(other, ApiError::GraphQl(_)));
    }
}

#[cfg(test)]
mod schema_tests {
    use super::*;

    #[test]
    fn the_lists_match_the_schema() {
        let sdl = include_str!("../../../graphql/sentera/schema.graphql");
        let block = |name: &str| -> Vec<String> {
            let start = sdl.find(&format!("enum {name} {{")).expect("enum in schema");
            let body = &sdl[start..];
            let body = &body[body.find('{').unwrap() + 1..body.find('}').unwrap()];
            body.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_uppercase() || c == '_'))
                .map(str::to_string)
                .collect()
        };
        assert_eq!(block("WebhookEventType"), EVENT_TYPES);
        assert_eq!(block("WebhookEventStatus"), EVENT_STATUSES);
    }
}
