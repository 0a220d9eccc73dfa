//! `graphql/sandbox_first_generation_webhooks.graphql`: the sandbox's first-generation
//! (organization-wide) webhook settings, sandbox-only fields of the main schema.

use serde::{Deserialize, Serialize};

use super::{ApiError, Client};

operation!(
    SandboxFirstGenerationWebhooks,
    "graphql/sandbox_first_generation_webhooks.graphql",
    derives = "Debug, Serialize"
);
operation!(
    SandboxSetFirstGenerationWebhooks,
    "graphql/sandbox_first_generation_webhooks.graphql",
    derives = "Debug, Serialize"
);

/// The settings, as the API answers them.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    pub base_url: Option<String>,
    pub events: Vec<String>,
    pub deliveries: Vec<Delivery>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Delivery {
    /// E.g. `Call.create`.
    pub event: String,
    /// Where it was POSTed.
    pub url: String,
    pub resource_id: String,
    /// `PENDING`, `DELIVERED` or `FAILED`.
    pub status: String,
    pub response_status: Option<i64>,
    pub error: Option<String>,
    pub created_at: String,
}

fn convert<F: Serialize>(from: F) -> Result<Settings, ApiError> {
    serde_json::to_value(from)
        .and_then(serde_json::from_value)
        .map_err(|e| ApiError::Malformed { detail: format!("unexpected shape: {e}") })
}

/// The settings with the most recent notifications.
pub async fn get(client: &Client) -> Result<Settings, ApiError> {
    convert(
        client
            .query::<SandboxFirstGenerationWebhooks>(sandbox_first_generation_webhooks::Variables)
            .await?
            .sandbox_first_generation_webhooks,
    )
}

/// Sends the first-generation webhooks to `base_url`, or stops them (`None`).
pub async fn set(client: &Client, base_url: Option<String>) -> Result<Settings, ApiError> {
    let vars = sandbox_set_first_generation_webhooks::Variables { base_url };
    let p =
        client.mutate::<SandboxSetFirstGenerationWebhooks>(vars).await?.sandbox_set_first_generation_webhooks;
    ApiError::check_user_errors("the first-generation webhook settings", crate::field_errors!(p.errors))?;
    convert(p.first_generation_webhooks)
}
