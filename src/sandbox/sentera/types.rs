//! The scalars, enums and input objects of Sentera's schema (its object types are in `schema.rs`).

use async_graphql::{
    Enum, InputObject, InputValueError, InputValueResult, Scalar, ScalarType, SimpleObject, Value,
};

use super::schema::{MAX_PAGE_SIZE, invalid};
use super::store;
use crate::sandbox::clock::{parse_rfc3339, rfc3339};

/// An absolute URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Url(pub String);

/// An absolute URL, e.g. https://example.com/webhooks.
#[Scalar(name = "Url")]
impl ScalarType for Url {
    fn parse(value: Value) -> InputValueResult<Self> {
        match &value {
            Value::String(s) => match url::Url::parse(s.trim()) {
                Ok(u) if u.has_host() => Ok(Url(s.trim().to_string())),
                _ => Err(InputValueError::custom(format!("not an absolute URL: {s:?}"))),
            },
            _ => Err(InputValueError::expected_type(value)),
        }
    }
    fn to_value(&self) -> Value {
        Value::String(self.0.clone())
    }
}

/// An ISO 8601 timestamp in UTC, e.g. 2022-01-31T13:27:09.000Z.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Iso8601DateTime(pub i64);

/// An ISO 8601 timestamp in UTC, e.g. 2022-01-31T13:27:09.000Z.
#[Scalar(name = "ISO8601DateTime")]
impl ScalarType for Iso8601DateTime {
    fn parse(value: Value) -> InputValueResult<Self> {
        match &value {
            Value::String(s) => parse_rfc3339(s)
                .map(Iso8601DateTime)
                .ok_or_else(|| InputValueError::custom(format!("not an ISO 8601 timestamp: {s:?}"))),
            _ => Err(InputValueError::expected_type(value)),
        }
    }
    fn to_value(&self) -> Value {
        Value::String(rfc3339(self.0))
    }
}

/// What happened. Only FEATURE_SET_CREATED is named by the reference; the rest are the sandbox's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
pub enum WebhookEventType {
    FeatureSetCreated,
    FeatureSetUpdated,
    FieldCreated,
    FieldUpdated,
    SurveyCreated,
    MosaicCreated,
    FileCreated,
}

impl WebhookEventType {
    pub const ALL: &[WebhookEventType] = &[
        WebhookEventType::FeatureSetCreated,
        WebhookEventType::FeatureSetUpdated,
        WebhookEventType::FieldCreated,
        WebhookEventType::FieldUpdated,
        WebhookEventType::SurveyCreated,
        WebhookEventType::MosaicCreated,
        WebhookEventType::FileCreated,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            WebhookEventType::FeatureSetCreated => "FEATURE_SET_CREATED",
            WebhookEventType::FeatureSetUpdated => "FEATURE_SET_UPDATED",
            WebhookEventType::FieldCreated => "FIELD_CREATED",
            WebhookEventType::FieldUpdated => "FIELD_UPDATED",
            WebhookEventType::SurveyCreated => "SURVEY_CREATED",
            WebhookEventType::MosaicCreated => "MOSAIC_CREATED",
            WebhookEventType::FileCreated => "FILE_CREATED",
        }
    }

    pub fn parse(s: &str) -> Option<WebhookEventType> {
        Self::ALL.iter().copied().find(|t| t.as_str() == s)
    }
}

/// Where a delivery event stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
pub enum WebhookEventStatus {
    /// Not yet delivered: waiting for its first attempt or for a retry.
    Pending,
    /// The callback answered 2xx.
    Delivered,
    /// Every attempt failed; no more are made.
    Failed,
}

impl WebhookEventStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            WebhookEventStatus::Pending => store::PENDING,
            WebhookEventStatus::Delivered => store::DELIVERED,
            WebhookEventStatus::Failed => store::FAILED,
        }
    }
    pub(super) fn from_db(s: &str) -> Self {
        match s {
            store::DELIVERED => WebhookEventStatus::Delivered,
            store::FAILED => WebhookEventStatus::Failed,
            _ => WebhookEventStatus::Pending,
        }
    }
}

/// Optional configuration settings to authenticate with OAuth (client credentials) when sending a
/// request to the callback_url: a token is obtained from `token_url` before each delivery and sent
/// as `Authorization: Bearer`.
#[derive(Debug, InputObject)]
#[graphql(rename_fields = "snake_case")]
pub struct WebhookAuthenticationConfigurationInput {
    /// The OAuth2 token endpoint.
    pub token_url: Url,
    pub client_id: String,
    /// Write-only: never answered.
    pub client_secret: String,
    /// Sent as the token request's `scope` when given.
    pub scope: Option<String>,
}

/// The OAuth settings of a subscription, without the client secret.
#[derive(Debug, SimpleObject)]
#[graphql(rename_fields = "snake_case")]
pub struct WebhookAuthenticationConfiguration {
    pub token_url: Url,
    pub client_id: String,
    pub scope: Option<String>,
}

/// Events created within a range: `start` inclusive, `end` exclusive; either may be omitted.
#[derive(Debug, InputObject)]
#[graphql(rename_fields = "snake_case")]
pub struct DateRange {
    pub start: Option<Iso8601DateTime>,
    pub end: Option<Iso8601DateTime>,
}

/// Which page: `page` counts from 1; `page_size` is 1..250.
#[derive(Debug, Clone, Copy, InputObject)]
#[graphql(rename_fields = "snake_case")]
pub struct Pagination {
    pub page: i32,
    pub page_size: i32,
}

impl Pagination {
    pub(super) fn check(self) -> async_graphql::Result<(i64, i64)> {
        if self.page < 1 {
            return Err(invalid("pagination.page", format!("must be 1 or more, got {}", self.page)));
        }
        if !(1..=MAX_PAGE_SIZE).contains(&self.page_size) {
            return Err(invalid(
                "pagination.page_size",
                format!("must be between 1 and {MAX_PAGE_SIZE}, got {}", self.page_size),
            ));
        }
        Ok((i64::from(self.page), i64::from(self.page_size)))
    }
}
