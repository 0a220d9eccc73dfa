//! `hookctl sandbox sentera`: drive the sandbox's emulation of Sentera's API — organizations
//! (a tree) and events. These use the sandbox-only `sandbox_*` mutations, so they work against a
//! hookctl sandbox only. The profile's endpoint may be either of the sandbox's: `/graphql` is
//! turned into `/sentera/graphql`.

use serde_json::{Value, json};

use super::{Endpoint, sandbox_client};
use crate::api::sentera::{self as api, EVENT_TYPES, Org};
use crate::commands::args::ApiArgs;
use crate::context::Context;
use crate::error::{Exit, Result};
use crate::input::enum_value;
use crate::output::{Render, emit, table};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List the organizations this token sees, with their sentera_ids and parents.
    Orgs(OrgsArgs),
    /// Create an organization, at the top of the tree or below --parent.
    CreateOrg(CreateOrgArgs),
    /// Make an event happen in an organization: one delivery event per subscription of exactly
    /// that organization to the type (parents are not notified).
    Emit(EmitArgs),
    /// Print the Sentera GraphQL schema (SDL) the sandbox serves.
    #[command(hide = true)]
    Schema,
}

#[derive(Debug, clap::Args)]
pub struct OrgsArgs {
    #[command(flatten)]
    pub api: ApiArgs,
}

#[derive(Debug, clap::Args)]
pub struct CreateOrgArgs {
    /// The organization's name.
    pub name: String,
    /// The parent organization's sentera_id.
    #[arg(long, value_name = "SENTERA_ID")]
    pub parent: Option<String>,
    /// Give it this sentera_id (e.g. one from Sentera's documentation) [default: a new one].
    #[arg(long, value_name = "SENTERA_ID")]
    pub id: Option<String>,
    #[command(flatten)]
    pub api: ApiArgs,
}

#[derive(Debug, clap::Args)]
pub struct EmitArgs {
    /// The event type, e.g. FEATURE_SET_CREATED.
    #[arg(add = crate::complete::event_types())]
    pub event_type: String,
    /// The organization where it happens.
    #[arg(long, value_name = "SENTERA_ID")]
    pub org: String,
    /// The sentera_id of the object it is about [default: a new one].
    #[arg(long, value_name = "SENTERA_ID")]
    pub resource: Option<String>,
    /// Emit this many events.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub count: u32,
    #[command(flatten)]
    pub api: ApiArgs,
}

pub async fn run(cmd: Command, ctx: &Context) -> Result<Exit> {
    match cmd {
        Command::Schema => {
            crate::output::write_stdout(crate::sandbox::sentera::schema::sdl().as_bytes());
            Ok(Exit::Ok)
        }
        Command::Orgs(a) => {
            let client = sandbox_client(ctx, Endpoint::Sentera, &a.api)?;
            emit(ctx, &Orgs(api::organizations(&client).await?));
            Ok(Exit::Ok)
        }
        Command::CreateOrg(a) => {
            let client = sandbox_client(ctx, Endpoint::Sentera, &a.api)?;
            let org =
                api::create_organization(&client, &a.name, a.parent.as_deref(), a.id.as_deref()).await?;
            ctx.info(format!("Created organization {} ({}).", org.sentera_id, org.name));
            emit(ctx, &CreatedOrg(Orgs(vec![org])));
            Ok(Exit::Ok)
        }
        Command::Emit(a) => {
            let event_type = enum_value("event type", &a.event_type, EVENT_TYPES)?;
            let client = sandbox_client(ctx, Endpoint::Sentera, &a.api)?;
            let mut events = Vec::new();
            for _ in 0..a.count {
                events.extend(api::emit(&client, &a.org, &event_type, a.resource.as_deref()).await?);
            }
            ctx.info(match events.len() {
                0 => format!(
                    "No subscription of organization {} receives {event_type}; nothing will be delivered (events do not bubble up to parent organizations).",
                    a.org
                ),
                n => format!("Queued {n} delivery event{}.", crate::output::plural(n)),
            });
            let ids = events.iter().map(|e| format!("{}\n", e.sentera_id)).collect();
            emit(ctx, &Emitted { json: json!(events), ids });
            Ok(Exit::Ok)
        }
    }
}

struct Orgs(Vec<Org>);

impl Render for Orgs {
    fn json(&self) -> Value {
        json!(self.0)
    }
    fn text(&self) -> String {
        let mut t = table(&["SENTERA ID", "NAME", "PARENT"]);
        for o in &self.0 {
            t.add_row(vec![
                o.sentera_id.clone(),
                o.name.clone(),
                o.parent.as_ref().map(|p| p.sentera_id.clone()).unwrap_or_else(|| "-".into()),
            ]);
        }
        t.to_string()
    }
}

/// The queued delivery events: JSON, else their ids.
struct Emitted {
    json: Value,
    ids: String,
}

impl Render for Emitted {
    fn json(&self) -> Value {
        self.json.clone()
    }
    fn text(&self) -> String {
        self.ids.clone()
    }
}

/// A created organization: as a table row, or its sentera_id with `--output ids`.
struct CreatedOrg(Orgs);

impl Render for CreatedOrg {
    fn json(&self) -> Value {
        self.0.json()
    }
    fn text(&self) -> String {
        self.0.text()
    }
    fn ids(&self) -> String {
        self.0.0.iter().map(|o| o.sentera_id.clone()).collect()
    }
}
