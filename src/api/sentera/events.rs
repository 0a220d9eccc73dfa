//! A subscription's delivery events, and the sandbox-only mutation that makes one happen.

use graphql_client::GraphQLQuery;
use serde::{Deserialize, Serialize};

use super::{Page, convert, enum_of, not_found};
use crate::api::{ApiError, Client};

operation!(ListWebhookEvents, "graphql/sentera/list_webhook_events.graphql");
operation!(SandboxEmitEvent, "graphql/sentera/sandbox_emit_event.graphql");

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub sentera_id: String,
    pub event_type: Option<String>,
    pub status: String,
    pub resource_sentera_id: String,
    /// Fields the document does not list are absent where a server lacks them.
    #[serde(default)]
    pub attempts: Option<i64>,
    #[serde(default)]
    pub last_response_status: Option<i64>,
    #[serde(default)]
    pub last_error: Option<String>,
    pub created_at: String,
    #[serde(default)]
    pub updated_at: Option<String>,
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
