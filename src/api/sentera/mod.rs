//! Sentera's webhook API: the operations of `graphql/sentera/`, typed by graphql_client and run
//! over the shared transport ([`crate::api::Client`]: token, timeout, retries, error decoding).
//! Each module converts its generated responses into plain domain types, so nothing outside
//! this directory sees a generated type. The generated types and the domain types share the
//! schema's snake_case field names, so the conversion is a serde round trip.

/// One `#[derive(GraphQLQuery)]` per operation file, against Sentera's schema.
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
        pub(super) struct $name;
    };
}

mod events;
mod orgs;
mod scalars;
mod subscriptions;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::api::ApiError;

pub use events::{Event, EventFilter, emit, events_page};
pub use orgs::{Org, OrgRef, OrgSummary, create_organization, organization, organizations};
pub use subscriptions::{
    Authentication, NewAuthentication, NewSubscription, Subscription, create, delete, get, list_page,
};

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
pub(super) fn convert<F: Serialize, T: DeserializeOwned>(from: F) -> Result<T, ApiError> {
    serde_json::to_value(from)
        .and_then(serde_json::from_value)
        .map_err(|e| ApiError::Malformed { detail: format!("unexpected shape: {e}") })
}

/// A generated enum from its name (unknown names become the enum's `Other`, which the server rejects).
pub(super) fn enum_of<T: DeserializeOwned>(name: &str) -> Result<T, ApiError> {
    serde_json::from_value(serde_json::Value::String(name.to_string()))
        .map_err(|e| ApiError::Malformed { detail: format!("cannot encode {name:?}: {e}") })
}

/// Sentera answers a missing object with a GraphQL error whose code is NOT_FOUND.
pub(super) fn not_found(e: ApiError, what: &'static str, id: &str) -> ApiError {
    match &e {
        ApiError::GraphQl(messages) if messages.iter().any(|m| m.contains("not found")) => {
            ApiError::NotFound { what, id: id.to_string() }
        }
        _ => e,
    }
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
