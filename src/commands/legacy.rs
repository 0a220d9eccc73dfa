//! `hookctl sandbox legacy`: the sandbox's first-generation (organization-wide) webhooks —
//! enable them to one base URL, disable them, show them with their recent notifications.
//! Runs `graphql/sandbox_{set_,}legacy_webhooks.graphql` (sandbox-only fields of the main schema).

use graphql_client::GraphQLQuery;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::api::{ApiError, Client};
use crate::cli::GlobalArgs;
use crate::config::{ApiArgs, Connection};
use crate::error::{Exit, Result};
use crate::output::{Ctx, Render, emit, table};

#[derive(GraphQLQuery)]
#[graphql(
    schema_path = "graphql/schema.graphql",
    query_path = "graphql/sandbox_legacy_webhooks.graphql",
    custom_scalars_module = "crate::api::scalars",
    response_derives = "Debug, Serialize"
)]
struct SandboxLegacyWebhooks;

#[derive(GraphQLQuery)]
#[graphql(
    schema_path = "graphql/schema.graphql",
    query_path = "graphql/sandbox_set_legacy_webhooks.graphql",
    custom_scalars_module = "crate::api::scalars",
    response_derives = "Debug, Serialize"
)]
struct SandboxSetLegacyWebhooks;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Send Call.create, Call.update, ScenarioSession.create and ScenarioSession.update of the
    /// token's organization to URL (one base URL per organization; replaces the previous one).
    Enable(EnableArgs),
    /// Stop sending first-generation webhooks.
    Disable(ApiOnly),
    /// Show the base URL and the 50 most recent notifications.
    Show(ApiOnly),
}

#[derive(Debug, clap::Args)]
pub struct EnableArgs {
    /// The base URL notifications are POSTed to (https, or http on loopback).
    pub url: String,
    #[command(flatten)]
    pub api: ApiArgs,
}

#[derive(Debug, clap::Args)]
pub struct ApiOnly {
    #[command(flatten)]
    pub api: ApiArgs,
}

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
    pub event: String,
    pub url: String,
    pub resource_id: String,
    pub status: String,
    pub response_status: Option<i64>,
    pub error: Option<String>,
    pub created_at: String,
}

fn convert<F: Serialize>(from: F) -> std::result::Result<Settings, ApiError> {
    serde_json::to_value(from)
        .and_then(serde_json::from_value)
        .map_err(|e| ApiError::Malformed { detail: format!("unexpected shape: {e}") })
}

pub async fn run(cmd: Command, global: &GlobalArgs, ctx: &Ctx) -> Result<Exit> {
    let (api, url) = match &cmd {
        Command::Enable(a) => (&a.api, Some(a.url.clone())),
        Command::Disable(a) | Command::Show(a) => (&a.api, None),
    };
    let client = connect(api, global, ctx)?;
    let settings = match cmd {
        Command::Show(_) => convert(
            client
                .query::<SandboxLegacyWebhooks>(sandbox_legacy_webhooks::Variables)
                .await?
                .sandbox_legacy_webhooks,
        )?,
        Command::Enable(_) | Command::Disable(_) => {
            let vars = sandbox_set_legacy_webhooks::Variables { base_url: url.clone() };
            let p = client.mutate::<SandboxSetLegacyWebhooks>(vars).await?.sandbox_set_legacy_webhooks;
            ApiError::check_user_errors(
                "the first-generation webhook settings",
                crate::field_errors!(p.errors),
            )?;
            let s = convert(p.legacy_webhooks)?;
            ctx.info(match &s.base_url {
                Some(u) => format!("First-generation webhooks enabled: {} → {u}", s.events.join(", ")),
                None => "First-generation webhooks disabled.".to_string(),
            });
            s
        }
    };
    emit(ctx, &View(settings));
    Ok(Exit::Ok)
}

/// A client for the sandbox's main endpoint (a profile pointing at `/sentera/graphql` works too).
fn connect(api: &ApiArgs, global: &GlobalArgs, ctx: &Ctx) -> Result<Client> {
    let mut conn = Connection::resolve(global)?;
    if let Some(base) = conn.endpoint.path().strip_suffix(crate::sandbox::sentera::PATH).map(str::to_string) {
        conn.endpoint.set_path(&format!("{base}/graphql"));
    }
    conn.client(ctx, crate::config::timeout(api.timeout)?)
}

struct View(Settings);

impl Render for View {
    fn json(&self) -> Value {
        serde_json::to_value(&self.0).unwrap_or(Value::Null)
    }
    fn text(&self) -> String {
        let s = &self.0;
        let mut out = format!(
            "Base URL  {}\nEvents    {}\n",
            s.base_url.as_deref().unwrap_or("none (disabled)"),
            s.events.join(", ")
        );
        if !s.deliveries.is_empty() {
            let mut t = table(&["EVENT", "RESOURCE", "STATUS", "HTTP", "CREATED", "ERROR"]);
            for d in &s.deliveries {
                t.add_row(vec![
                    d.event.clone(),
                    d.resource_id.clone(),
                    d.status.clone(),
                    d.response_status.map(|s| s.to_string()).unwrap_or_else(|| "-".into()),
                    d.created_at.clone(),
                    d.error.clone().unwrap_or_default(),
                ]);
            }
            out.push_str(&format!("{t}\n"));
        }
        out
    }
}
