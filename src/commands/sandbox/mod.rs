//! `hookctl sandbox`: run the local sandbox API, manage its tokens and fixtures, and drive it:
//! nodes, events and the clock (those talk to the sandbox over its GraphQL API, see
//! [`local_client`]), its first-generation webhooks and its emulation of Sentera's API.

mod clock;
mod first_generation;
mod node;
mod sentera;
mod serve;

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::api::Client;
use crate::commands::args::ApiArgs;
use crate::context::{Connection, Context};
use crate::error::{Error, Exit, Result};
use crate::input::read_secret_file;
use crate::sandbox;
use crate::secret::Secret;

pub use clock::{Advanced, ClockAdvanceArgs, ClockShowArgs, advance_by};
pub use node::{EmitArgs, NodeCreateArgs, NodeDeleteArgs, NodeUpdateArgs, parse_sets};
pub use serve::{FixturesCommand, FixturesLoadArgs, ServeArgs, TokenCommand, TokenCreateArgs};

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the sandbox GraphQL API (state kept in SQLite, so it survives restarts).
    Serve(ServeArgs),
    /// Manage API tokens of the sandbox.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Load subscriptions and delivery-error records from a fixture file.
    #[command(subcommand)]
    Fixtures(FixturesCommand),
    /// Create, update and delete nodes; each change emits <type>/created|updated|deleted.
    #[command(subcommand)]
    Node(NodeCommand),
    /// Emit a topic for a node (e.g. scenario_session/completed); prints the queued deliveries.
    Emit(EmitArgs),
    /// Show or move the sandbox clock (retries are scheduled on it).
    #[command(subcommand)]
    Clock(ClockCommand),
    /// Print the GraphQL schema (SDL) the sandbox serves.
    #[command(hide = true)]
    Schema,
    /// Drive the sandbox's emulation of Sentera's API (organizations, events).
    #[command(subcommand)]
    Sentera(sentera::Command),
    /// Enable, disable and inspect the first-generation (organization-wide) webhooks.
    // `legacy` was its published name: kept as a hidden alias so existing scripts still work.
    #[command(subcommand, alias = "legacy")]
    FirstGeneration(first_generation::Command),
}

/// How the driving commands reach the sandbox: `--endpoint` / `HOOKCTL_ENDPOINT` (default
/// http://127.0.0.1:8787/graphql) and a token.
#[derive(Debug, Clone, Args)]
pub struct SandboxArgs {
    /// Read the API token from a file (`-` for standard input). Default: HOOKCTL_TOKEN, else the
    /// local sandbox's own token file.
    #[arg(long, value_name = "PATH")]
    pub token_file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum NodeCommand {
    /// Create a node (emits <type>/created); prints its id.
    #[command(after_help = "--set key=value sets a string; --set key:=JSON sets any JSON value.")]
    Create(NodeCreateArgs),
    /// Change a node's attributes (emits <type>/updated); `--set key:=null` removes one.
    Update(NodeUpdateArgs),
    /// Delete a node (emits <type>/deleted).
    Delete(NodeDeleteArgs),
}

#[derive(Debug, Subcommand)]
pub enum ClockCommand {
    /// Print the sandbox's current time.
    Show(ClockShowArgs),
    /// Move the clock forward, running every retry that falls due on the way (in order); returns
    /// when they are done.
    Advance(ClockAdvanceArgs),
}

pub async fn run(cmd: Command, ctx: &Context) -> Result<Exit> {
    match cmd {
        Command::Sentera(c) => sentera::run(c, ctx).await,
        Command::FirstGeneration(c) => first_generation::run(c, ctx).await,
        Command::Serve(a) => serve::serve(a, ctx).await,
        Command::Node(NodeCommand::Create(a)) => node::create(a, ctx).await,
        Command::Node(NodeCommand::Update(a)) => node::update(a, ctx).await,
        Command::Node(NodeCommand::Delete(a)) => node::delete(a, ctx).await,
        Command::Emit(a) => node::emit_topic(a, ctx).await,
        Command::Clock(ClockCommand::Show(a)) => clock::show(a, ctx).await,
        Command::Clock(ClockCommand::Advance(a)) => clock::advance(a, ctx).await,
        Command::Token(TokenCommand::Create(a)) => serve::token_create(a, ctx).await,
        Command::Fixtures(FixturesCommand::Load(a)) => serve::fixtures_load(a, ctx).await,
        Command::Schema => {
            crate::output::write_stdout(sandbox::scope::schema::sdl().as_bytes());
            Ok(Exit::Ok)
        }
    }
}

/// Where `hookctl sandbox serve` listens by default.
pub const DEFAULT_ENDPOINT: &str = "http://127.0.0.1:8787/graphql";

/// The driving commands' token: `--token-file`, else `HOOKCTL_TOKEN`, else the local sandbox's
/// own token file.
fn api_token(api: &SandboxArgs) -> Result<Secret> {
    if let Some(path) = &api.token_file {
        return read_secret_file(path);
    }
    if let Some(t) = crate::config::env_token() {
        return Ok(t);
    }
    let file = sandbox::auth::token_file_for(&sandbox::db_path(None)?);
    match sandbox::auth::read_token_file(&file) {
        Ok(Some(t)) => Ok(Secret::new(t)),
        // No token file where the default sandbox keeps it: most likely none was started.
        _ => Err(Error::config("no API token: HOOKCTL_TOKEN is not set and --token-file was not given")
            .with_hint(format!(
                "start a sandbox with `hookctl sandbox serve` (it writes its token to {}), or pass \
                 --token-file PATH, or set HOOKCTL_TOKEN",
                file.display()
            ))),
    }
}

/// A client for the running sandbox: `--endpoint` / `HOOKCTL_ENDPOINT` (else
/// [`DEFAULT_ENDPOINT`]) and [`api_token`]. No overall timeout: `sandboxAdvanceClock` answers
/// when every retry it runs is done.
/// A sandbox that cannot be reached is most likely not started: say how to start it.
fn down_hint(e: Error) -> Error {
    if e.exit == Exit::Network {
        e.with_hint("is the sandbox running? start it with `hookctl sandbox serve` (or pass --endpoint)")
    } else {
        e
    }
}

fn local_client(ctx: &Context, api: &SandboxArgs) -> Result<Client> {
    let endpoint = ctx.endpoint_flag().unwrap_or(DEFAULT_ENDPOINT);
    let conn = Connection {
        profile: String::new(),
        endpoint: crate::config::parse_endpoint(endpoint)?,
        token: api_token(api)?,
        login_hint: "pass --token-file PATH".into(),
    };
    ctx.client_for(conn, None)
}

/// Which of the sandbox's two endpoints a profile-based command needs.
#[derive(Debug, Clone, Copy)]
enum Endpoint {
    /// The main (Scope) endpoint: a profile pointing at `/sentera/graphql` works too.
    Scope,
    /// The Sentera endpoint: a profile pointing at `/graphql` works too.
    Sentera,
}

/// A client for one of the sandbox's endpoints, derived from the profile's (or `--endpoint`'s).
fn sandbox_client(ctx: &Context, endpoint: Endpoint, api: &ApiArgs) -> Result<Client> {
    let mut conn = ctx.connection()?;
    let path = conn.endpoint.path().to_string();
    let sentera_path = sandbox::sentera::PATH;
    match endpoint {
        Endpoint::Scope => {
            if let Some(base) = path.strip_suffix(sentera_path) {
                conn.endpoint.set_path(&format!("{base}/graphql"));
            }
        }
        Endpoint::Sentera => {
            if !path.ends_with(sentera_path)
                && let Some(base) = path.strip_suffix("/graphql")
            {
                conn.endpoint.set_path(&format!("{base}{sentera_path}"));
            }
            ctx.debug(format!("Sentera sandbox endpoint {}", conn.endpoint));
        }
    }
    ctx.client_for(conn, Some(crate::context::request_timeout(api.timeout)?))
}
