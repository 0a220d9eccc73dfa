//! `hookctl sandbox first-generation` (hidden alias `legacy`): the sandbox's first-generation
//! (organization-wide) webhooks — enable them to one base URL, disable them, show them with
//! their recent notifications.

use serde_json::Value;

use crate::api::scope::first_generation::{self as api, Settings};
use crate::commands::args::ApiArgs;
use crate::context::Context;
use crate::error::{Exit, Result};
use crate::output::{Render, emit, table};

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

pub async fn run(cmd: Command, ctx: &Context) -> Result<Exit> {
    let (api_args, url) = match &cmd {
        Command::Enable(a) => (&a.api, Some(a.url.clone())),
        Command::Disable(a) | Command::Show(a) => (&a.api, None),
    };
    let client = super::sandbox_client(ctx, super::Endpoint::Scope, api_args)?;
    let settings = match cmd {
        Command::Show(_) => api::get(&client).await?,
        Command::Enable(_) | Command::Disable(_) => {
            let s = api::set(&client, url).await?;
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
