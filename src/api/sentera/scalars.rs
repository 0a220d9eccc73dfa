//! Rust types for the Sentera schema's custom scalars (graphql_client's `custom_scalars_module`).

#![allow(clippy::upper_case_acronyms)]

/// `Url`: an absolute URL.
pub type Url = String;
/// `ISO8601DateTime`: an ISO 8601 timestamp in UTC.
pub type ISO8601DateTime = String;
