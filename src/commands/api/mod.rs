//! `hookctl api`: what an endpoint's schema allows. `schema` prints its SDL, `check` says for
//! each hookctl command whether it works there, `graphql` sends any query (like `gh api graphql`).

mod graphql;

use crate::api::Client;
use crate::api::adapt::{self, check::Status};
use crate::commands::args::ApiArgs;
use crate::context::{Context, Provider};
use crate::error::{Exit, Result};
use crate::output::{self, Render};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Print the endpoint's schema as SDL (introspected; cached for 24 h).
    Schema(SchemaArgs),
    /// Say, for each hookctl command, whether it works on the endpoint's schema as is, works with
    /// fields dropped, or cannot work (exit 11 when one cannot).
    Check(SchemaArgs),
    /// Send a GraphQL query or mutation with the profile's endpoint and token; print the answer.
    Graphql(Box<graphql::Args>),
}

/// `--refresh-schema` is global: it introspects again instead of using the cached schema.
#[derive(Debug, clap::Args)]
pub struct SchemaArgs {
    #[command(flatten)]
    pub api: ApiArgs,
}

pub async fn run(cmd: Command, ctx: &Context) -> Result<Exit> {
    match cmd {
        Command::Schema(a) => {
            let (client, _) = connect(&a.api, ctx)?;
            let entry = adapt::load(&client, adapt::refresh_requested()).await?;
            let schema =
                output::Shown { json: serde_json::to_value(&entry.schema)?, text: entry.schema.to_sdl() };
            output::emit_line(ctx, &schema);
            Ok(Exit::Ok)
        }
        Command::Check(a) => {
            let (client, provider) = connect(&a.api, ctx)?;
            let entry = adapt::load(&client, adapt::refresh_requested()).await?;
            let verdicts = adapt::check::check(&entry.schema, provider);
            let unworkable = verdicts.iter().filter(|v| v.status == Status::Unworkable).count();
            output::emit(ctx, &Report { provider, verdicts });
            if unworkable > 0 {
                ctx.info(format!("{unworkable} command(s) cannot work on this server"));
                return Ok(Exit::Incompatible);
            }
            Ok(Exit::Ok)
        }
        Command::Graphql(a) => graphql::run(*a, ctx).await,
    }
}

/// The client for the resolved endpoint, and which API it speaks.
fn connect(api: &ApiArgs, ctx: &Context) -> Result<(Client, Provider)> {
    Ok((ctx.client(api.timeout)?, ctx.provider()?))
}

struct Report {
    provider: Provider,
    verdicts: Vec<adapt::check::Verdict>,
}

impl Render for Report {
    fn json(&self) -> serde_json::Value {
        serde_json::json!({
            "provider": format!("{:?}", self.provider).to_lowercase(),
            "commands": self.verdicts,
        })
    }

    fn text(&self) -> String {
        let mut t = output::table(&["COMMAND", "VERDICT", "DETAILS"]);
        for v in &self.verdicts {
            let verdict = match v.status {
                Status::Works => "works",
                Status::Adapted => "works, adapted",
                Status::Unworkable => "cannot work",
            };
            t.add_row(vec![v.command.to_string(), verdict.to_string(), v.details.join("\n")]);
        }
        t.to_string()
    }
}
