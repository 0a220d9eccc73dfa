//! Rust types for the schema's custom scalars (graphql_client's `custom_scalars_module`).

#![allow(clippy::upper_case_acronyms)]

/// `DateTime`: an RFC 3339 timestamp in UTC.
pub type DateTime = chrono::DateTime<chrono::Utc>;
/// `JSON`: arbitrary JSON.
pub type JSON = serde_json::Value;
