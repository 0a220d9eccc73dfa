//! `hookctl sandbox`: run the local sandbox API, manage its tokens and fixtures, and drive it:
//! nodes, events and the clock (those talk to the sandbox over its GraphQL API, see [`connect`]).

use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde_json::{Map, Value, json};

use crate::api::{ApiError, Client, ClientOptions, sandbox as api_sandbox};
use crate::cli::GlobalArgs;
use crate::error::{Error, Exit, Result};
use crate::output::{Ctx, Render, emit, json_line};
use crate::sandbox::{self, SandboxConfig};
use crate::secret::{Secret, mask, read_secret_file};

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
    #[command(after_help = "Example:\n  hookctl sandbox emit scenario_session/completed --node NODE_ID")]
    Emit(EmitArgs),
    /// Show or move the sandbox clock (retries are scheduled on it).
    #[command(subcommand)]
    Clock(ClockCommand),
    /// Print the GraphQL schema (SDL) the sandbox serves.
    #[command(hide = true)]
    Schema,
    /// Drive the sandbox's emulation of Sentera's API (organizations, events).
    #[command(subcommand)]
    Sentera(crate::sentera::sandbox::Command),
    /// Enable, disable and inspect the first-generation (organization-wide) webhooks.
    #[command(subcommand)]
    Legacy(super::legacy::Command),
}

/// How the driving commands reach the sandbox: `--endpoint` / `HOOKCTL_ENDPOINT` (default
/// http://127.0.0.1:8787/graphql) and a token.
#[derive(Debug, Clone, Args)]
pub struct ApiArgs {
    /// Read the API token from a file (`-` for standard input). Default: HOOKCTL_TOKEN, else the
    /// local sandbox's own token file.
    #[arg(long, value_name = "PATH")]
    pub token_file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum NodeCommand {
    /// Create a node (emits <type>/created); prints its id.
    #[command(after_help = "--set key=value sets a string; --set key:=JSON sets any JSON value.\n\n\
        Examples:\n  \
        hookctl sandbox node create User --set name='Alain Bloch' --set email=alain@example.com\n  \
        hookctl sandbox node create ScenarioSession --set scenarioId=SCENARIO_ID --set status=in_progress\n  \
        hookctl sandbox node create Scenario --set name=Pump --set 'tags:=[\"a\",\"b\"]' -o json")]
    Create(NodeCreateArgs),
    /// Change a node's attributes (emits <type>/updated); `--set key:=null` removes one.
    Update(NodeUpdateArgs),
    /// Delete a node (emits <type>/deleted).
    Delete(NodeDeleteArgs),
}

#[derive(Debug, Args)]
pub struct NodeCreateArgs {
    /// The node type, e.g. User, Scenario, ScenarioSession, Call.
    #[arg(value_name = "TYPE")]
    pub ty: String,
    /// An attribute: `key=value` (a string) or `key:=JSON` (repeatable).
    #[arg(long = "set", value_name = "KEY=VALUE")]
    pub set: Vec<String>,
    #[command(flatten)]
    pub api: ApiArgs,
}

#[derive(Debug, Args)]
pub struct NodeUpdateArgs {
    /// The node's global id.
    pub id: String,
    /// An attribute: `key=value` (a string) or `key:=JSON` (repeatable; `key:=null` removes it).
    #[arg(long = "set", value_name = "KEY=VALUE", required = true)]
    pub set: Vec<String>,
    #[command(flatten)]
    pub api: ApiArgs,
}

#[derive(Debug, Args)]
pub struct NodeDeleteArgs {
    /// The node's global id.
    pub id: String,
    #[command(flatten)]
    pub api: ApiArgs,
}

#[derive(Debug, Args)]
pub struct EmitArgs {
    /// The topic key, e.g. scenario_session/completed or call/completed.
    pub topic: String,
    /// The global id of the node the event is about.
    #[arg(long, value_name = "ID")]
    pub node: String,
    #[command(flatten)]
    pub api: ApiArgs,
}

#[derive(Debug, Subcommand)]
pub enum ClockCommand {
    /// Print the sandbox's current time.
    Show(ClockShowArgs),
    /// Move the clock forward, running every retry that falls due on the way (in order); returns
    /// when they are done.
    #[command(
        after_help = "Examples:\n  hookctl sandbox clock advance 90s\n  hookctl sandbox clock advance 21d   # every retry of a failing notification"
    )]
    Advance(ClockAdvanceArgs),
}

#[derive(Debug, Args)]
pub struct ClockShowArgs {
    #[command(flatten)]
    pub api: ApiArgs,
}

#[derive(Debug, Args)]
pub struct ClockAdvanceArgs {
    /// How far: 90s, 15m, 2h, 21d (a bare number is seconds).
    pub duration: String,
    #[command(flatten)]
    pub api: ApiArgs,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    pub host: String,
    /// Port to listen on (0: any free port).
    #[arg(long, short = 'p', default_value_t = 8787)]
    pub port: u16,
    /// Database file (default: sandbox.db in the data directory).
    #[arg(long, value_name = "FILE")]
    pub db: Option<PathBuf>,
    /// Fix the default user's token (visible to other processes: prefer --token-file or HOOKCTL_SANDBOX_TOKEN).
    #[arg(long, value_name = "TOKEN", conflicts_with = "token_file")]
    pub token: Option<String>,
    /// Read the default user's token from a file (`-` for standard input).
    #[arg(long, value_name = "PATH")]
    pub token_file: Option<PathBuf>,
    /// The X-Scope-Domain deliveries carry.
    #[arg(long, value_name = "D", default_value = sandbox::DEFAULT_DOMAIN)]
    pub domain: String,
    /// Run the sandbox clock this many times faster than wall time (retries come sooner).
    #[arg(long, value_name = "X", default_value_t = 1.0)]
    pub time_scale: f64,
    /// Load subscriptions and error records from this fixture file on start.
    #[arg(long, value_name = "FILE")]
    pub fixtures: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Add a token for a user of an organization (both created if new); prints the token.
    Create(TokenCreateArgs),
}

#[derive(Debug, Args)]
pub struct TokenCreateArgs {
    /// Organization name.
    #[arg(long)]
    pub org: String,
    /// User name.
    #[arg(long)]
    pub user: String,
    /// Database file (default: sandbox.db in the data directory).
    #[arg(long, value_name = "FILE")]
    pub db: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum FixturesCommand {
    /// Load a fixture file into the database (safe while the sandbox runs; loading twice changes nothing).
    Load(FixturesLoadArgs),
}

#[derive(Debug, Args)]
pub struct FixturesLoadArgs {
    /// The fixture file (JSON).
    pub file: PathBuf,
    /// Database file (default: sandbox.db in the data directory).
    #[arg(long, value_name = "FILE")]
    pub db: Option<PathBuf>,
}

pub async fn run(cmd: Command, global: &GlobalArgs, ctx: &Ctx) -> Result<Exit> {
    match cmd {
        Command::Sentera(c) => crate::sentera::sandbox::run(c, global, ctx).await,
        Command::Legacy(c) => super::legacy::run(c, global, ctx).await,
        Command::Serve(a) => serve(a, ctx).await,
        Command::Node(NodeCommand::Create(a)) => node_create(a, global, ctx).await,
        Command::Node(NodeCommand::Update(a)) => node_update(a, global, ctx).await,
        Command::Node(NodeCommand::Delete(a)) => node_delete(a, global, ctx).await,
        Command::Emit(a) => emit_topic(a, global, ctx).await,
        Command::Clock(ClockCommand::Show(a)) => clock_show(a, global, ctx).await,
        Command::Clock(ClockCommand::Advance(a)) => clock_advance(a, global, ctx).await,
        Command::Token(TokenCommand::Create(a)) => token_create(a, ctx).await,
        Command::Fixtures(FixturesCommand::Load(a)) => fixtures_load(a, ctx).await,
        Command::Schema => {
            crate::output::write_stdout(sandbox::schema::sdl().as_bytes());
            Ok(Exit::Ok)
        }
    }
}

fn resolve_token(a: &ServeArgs, ctx: &Ctx) -> Result<Option<Secret>> {
    if let Some(path) = &a.token_file {
        return read_secret_file(path).map(Some);
    }
    if let Some(t) = &a.token {
        ctx.warn("--token puts the token where other processes can see it; prefer --token-file or HOOKCTL_SANDBOX_TOKEN");
        if t.trim().is_empty() {
            return Err(Error::usage("--token is empty"));
        }
        return Ok(Some(Secret::new(t.trim())));
    }
    match std::env::var("HOOKCTL_SANDBOX_TOKEN") {
        Ok(t) if !t.trim().is_empty() => Ok(Some(Secret::new(t.trim()))),
        _ => Ok(None),
    }
}

async fn serve(a: ServeArgs, ctx: &Ctx) -> Result<Exit> {
    if !(a.time_scale.is_finite() && a.time_scale > 0.0) {
        return Err(Error::usage(format!("--time-scale must be a positive number, got {}", a.time_scale)));
    }
    let token = resolve_token(&a, ctx)?;
    let config = SandboxConfig {
        host: a.host.clone(),
        port: a.port,
        db: a.db.clone(),
        token,
        domain: a.domain.clone(),
        time_scale: a.time_scale,
        fixtures: a.fixtures.clone(),
        worker: Default::default(),
    };
    let handle = sandbox::start(config).await?;
    eprintln!("sandbox listening on {}", handle.url);
    ctx.info(format!(
        "  sentera:      {}{} (Sentera's API; hookctl --provider sentera)",
        handle.url.trim_end_matches("/graphql"),
        sandbox::sentera::PATH
    ));
    ctx.info(format!("  database:     {}", handle.db_path.display()));
    ctx.info(format!("  organization: {}", handle.org_name));
    ctx.info(format!("  user:         {}", handle.user_name));
    match &handle.token_file {
        Some(path) => {
            ctx.info(format!(
                "  token:        {} (full value in {}, mode 0600)",
                mask(handle.token.expose()),
                path.display()
            ));
            ctx.info(format!(
                "  try:          HOOKCTL_ENDPOINT={} HOOKCTL_TOKEN=\"$(cat '{}')\" hookctl topics list",
                handle.url,
                path.display()
            ));
        }
        None => ctx.info(format!("  token:        {} (as given)", mask(handle.token.expose()))),
    }
    if a.time_scale != 1.0 {
        ctx.info(format!("  clock:        {}x wall time", a.time_scale));
    }
    if a.fixtures.is_some() {
        ctx.info("  fixtures:     loaded");
    }
    ctx.info("Press Ctrl-C to stop.");
    if ctx.is_json() {
        json_line(&json!({
            "url": handle.url,
            "database": handle.db_path,
            "organization": handle.org_name,
            "user": handle.user_name,
            "tokenFile": handle.token_file,
        }));
    }
    wait_for_signal().await;
    ctx.info("stopping the sandbox…");
    handle.shutdown().await?;
    ctx.info("sandbox stopped");
    Ok(Exit::Ok)
}

async fn wait_for_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

struct CreatedToken {
    token: String,
    org: String,
    user: String,
}

impl Render for CreatedToken {
    fn json(&self) -> serde_json::Value {
        json!({ "token": self.token, "organization": self.org, "user": self.user })
    }
    fn text(&self) -> String {
        self.token.clone()
    }
}

async fn token_create(a: TokenCreateArgs, ctx: &Ctx) -> Result<Exit> {
    let (org, user, db) = (a.org.clone(), a.user.clone(), a.db.clone());
    let (token, path) = tokio::task::spawn_blocking(move || sandbox::create_token(db, &org, &user))
        .await
        .map_err(|e| Error::internal(format!("token task failed: {e}")))??;
    ctx.info(format!(
        "created a token for user {:?} of organization {:?} in {}; it is shown only now, so store it (e.g. `hookctl login --token-stdin`)",
        a.user.trim(),
        a.org.trim(),
        path.display()
    ));
    emit(ctx, &CreatedToken { token, org: a.org.trim().into(), user: a.user.trim().into() });
    Ok(Exit::Ok)
}

struct Loaded(sandbox::fixtures::Summary, PathBuf);

impl Render for Loaded {
    fn json(&self) -> serde_json::Value {
        json!({
            "subscriptions": self.0.subscriptions,
            "subscriptionsCreated": self.0.subscriptions_created,
            "errors": self.0.errors,
            "database": self.1,
        })
    }
    fn text(&self) -> String {
        format!(
            "loaded {} subscriptions ({} new) and {} error records into {}",
            self.0.subscriptions,
            self.0.subscriptions_created,
            self.0.errors,
            self.1.display()
        )
    }
}

async fn fixtures_load(a: FixturesLoadArgs, ctx: &Ctx) -> Result<Exit> {
    let path = sandbox::db_path(a.db)?;
    let file = a.file;
    let p = path.clone();
    let summary = tokio::task::spawn_blocking(move || -> Result<sandbox::fixtures::Summary> {
        let db = sandbox::db::Db::open(&p).map_err(|e| Error::config(format!("{e:#}")))?;
        let offset = db
            .read_blocking(|c| sandbox::store::meta_get(c, sandbox::store::CLOCK_OFFSET_KEY))
            .ok()
            .flatten()
            .and_then(|s| s.parse::<i64>().ok())
            .unwrap_or(0);
        let now = sandbox::clock::wall_ms() + offset;
        sandbox::fixtures::load(&db, &file, sandbox::DEFAULT_ORG, sandbox::DEFAULT_USER, now)
            .map_err(|e| Error::input(format!("{e:#}")))
    })
    .await
    .map_err(|e| Error::internal(format!("fixture task failed: {e}")))??;
    emit(ctx, &Loaded(summary, path));
    Ok(Exit::Ok)
}

// ---------------------------------------------------------------------------------------------
// Driving a running sandbox over its API: nodes, events, the clock.

/// Where `hookctl sandbox serve` listens by default.
pub const DEFAULT_ENDPOINT: &str = "http://127.0.0.1:8787/graphql";

/// The driving commands' token: `--token-file`, else `HOOKCTL_TOKEN`, else the local sandbox's
/// own token file.
fn api_token(api: &ApiArgs) -> Result<Secret> {
    if let Some(path) = &api.token_file {
        return read_secret_file(path);
    }
    if let Some(t) = crate::config::env_token() {
        return Ok(t);
    }
    let file = sandbox::auth::token_file_for(&sandbox::db_path(None)?);
    match sandbox::auth::read_token_file(&file) {
        Ok(Some(t)) => Ok(Secret::new(t)),
        _ => Err(Error::config("no API token: HOOKCTL_TOKEN is not set and --token-file was not given")
            .with_hint(format!(
                "pass --token-file PATH, or set HOOKCTL_TOKEN (a local sandbox keeps its token in {})",
                file.display()
            ))),
    }
}

/// A client for the running sandbox: `--endpoint` / `HOOKCTL_ENDPOINT` (else
/// [`DEFAULT_ENDPOINT`]) and [`api_token`]. No overall timeout: `sandboxAdvanceClock` answers
/// when every retry it runs is done.
fn connect(global: &GlobalArgs, api: &ApiArgs, ctx: &Ctx) -> Result<Client> {
    let endpoint = global.endpoint.as_deref().filter(|e| !e.is_empty()).unwrap_or(DEFAULT_ENDPOINT);
    let opts = ClientOptions {
        endpoint: crate::config::parse_endpoint(endpoint)?,
        token: api_token(api)?,
        timeout: None,
        max_retries: crate::api::client::MAX_RETRIES,
        login_hint: "pass --token-file PATH".into(),
    };
    Ok(Client::new(opts, ctx)?)
}

/// The error of a node or emit command, with a hint that fits a node that is not there.
fn node_error(e: ApiError) -> Error {
    let not_found = e.is_not_found();
    let err = Error::from(e);
    if not_found { err.with_hint("node ids are printed by `hookctl sandbox node create`") } else { err }
}

/// `--set key=value` (a string) and `--set key:=JSON` into an attributes object.
pub fn parse_sets(sets: &[String]) -> Result<Map<String, Value>> {
    let mut out = Map::new();
    for s in sets {
        let Some(eq) = s.find('=') else {
            return Err(Error::usage(format!("--set {s:?}: expected key=value or key:=JSON")));
        };
        let (key, value) = if eq > 0 && s.as_bytes()[eq - 1] == b':' {
            let raw = &s[eq + 1..];
            let v = serde_json::from_str(raw).map_err(|e| {
                Error::usage(format!("--set {s:?}: not JSON after := ({e})"))
                    .with_hint("use key=value for a plain string")
            })?;
            (&s[..eq - 1], v)
        } else {
            (&s[..eq], Value::String(s[eq + 1..].to_string()))
        };
        if key.trim().is_empty() {
            return Err(Error::usage(format!("--set {s:?}: the key is empty")));
        }
        out.insert(key.trim().to_string(), value);
    }
    Ok(out)
}

/// A node change: the node and the deliveries it queued.
struct ChangedNode {
    payload: Value,
}

impl Render for ChangedNode {
    fn json(&self) -> Value {
        json!({ "node": self.payload["node"], "deliveries": self.payload["deliveries"] })
    }
    fn text(&self) -> String {
        self.payload["node"]["id"].as_str().unwrap_or("").to_string()
    }
}

fn queued_note(ctx: &Ctx, payload: &Value) {
    let n = payload["deliveries"].as_array().map_or(0, Vec::len);
    let topic = payload["deliveries"][0]["topic"]["key"].as_str().unwrap_or("");
    match n {
        0 => ctx.info("no enabled subscription is listening: nothing queued"),
        1 => ctx.info(format!("queued 1 notification ({topic})")),
        n => ctx.info(format!("queued {n} notifications ({topic})")),
    }
}

async fn node_mutation(
    global: &GlobalArgs,
    ctx: &Ctx,
    api: &ApiArgs,
    change: api_sandbox::NodeChange,
    input: Value,
) -> Result<Exit> {
    let client = connect(global, api, ctx)?;
    let payload = api_sandbox::change_node(&client, change, input).await.map_err(node_error)?;
    queued_note(ctx, &payload);
    emit(ctx, &ChangedNode { payload });
    Ok(Exit::Ok)
}

async fn node_create(a: NodeCreateArgs, global: &GlobalArgs, ctx: &Ctx) -> Result<Exit> {
    let attributes = parse_sets(&a.set)?;
    let input = json!({ "type": a.ty, "attributes": attributes });
    node_mutation(global, ctx, &a.api, api_sandbox::NodeChange::Create, input).await
}

async fn node_update(a: NodeUpdateArgs, global: &GlobalArgs, ctx: &Ctx) -> Result<Exit> {
    let attributes = parse_sets(&a.set)?;
    let input = json!({ "id": a.id, "attributes": attributes });
    node_mutation(global, ctx, &a.api, api_sandbox::NodeChange::Update, input).await
}

async fn node_delete(a: NodeDeleteArgs, global: &GlobalArgs, ctx: &Ctx) -> Result<Exit> {
    let input = json!({ "id": a.id });
    node_mutation(global, ctx, &a.api, api_sandbox::NodeChange::Delete, input).await
}

struct Emitted(Value);

impl Render for Emitted {
    fn json(&self) -> Value {
        json!({ "deliveries": self.0 })
    }
    fn text(&self) -> String {
        self.0
            .as_array()
            .map(|a| a.iter().filter_map(|d| d["id"].as_str()).collect::<Vec<_>>().join("\n"))
            .unwrap_or_default()
    }
}

async fn emit_topic(a: EmitArgs, global: &GlobalArgs, ctx: &Ctx) -> Result<Exit> {
    let client = connect(global, &a.api, ctx)?;
    let payload = api_sandbox::emit(&client, &a.topic, &a.node).await.map_err(node_error)?;
    queued_note(ctx, &payload);
    emit(ctx, &Emitted(payload["deliveries"].clone()));
    Ok(Exit::Ok)
}

struct ClockNow(String);

impl Render for ClockNow {
    fn json(&self) -> Value {
        json!({ "now": self.0 })
    }
    fn text(&self) -> String {
        self.0.clone()
    }
}

async fn clock_show(a: ClockShowArgs, global: &GlobalArgs, ctx: &Ctx) -> Result<Exit> {
    let client = connect(global, &a.api, ctx)?;
    emit(ctx, &ClockNow(api_sandbox::now(&client).await?));
    Ok(Exit::Ok)
}

async fn clock_advance(a: ClockAdvanceArgs, global: &GlobalArgs, ctx: &Ctx) -> Result<Exit> {
    let d = crate::duration::parse(&a.duration).map_err(Error::usage)?;
    let seconds = d.as_secs_f64().round();
    if seconds > f64::from(i32::MAX) {
        return Err(Error::usage(format!("{} is too far: at most {} seconds", a.duration, i32::MAX)));
    }
    ctx.info(format!(
        "advancing the sandbox clock by {} s, running the retries that fall due…",
        seconds as i64
    ));
    let client = connect(global, &a.api, ctx)?;
    let now = api_sandbox::advance_clock(&client, seconds as i64).await?;
    emit(ctx, &ClockNow(sandbox::clock::rfc3339(now.timestamp_millis())));
    Ok(Exit::Ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_are_strings_or_json() {
        let m = parse_sets(&[
            "name=Alain Bloch".into(),
            "n:=3".into(),
            "tags:=[\"a\"]".into(),
            "eq=a=b".into(),
            "gone:=null".into(),
            "url=http://x/?a:=1".into(),
        ])
        .unwrap();
        assert_eq!(
            Value::Object(m),
            json!({ "name": "Alain Bloch", "n": 3, "tags": ["a"], "eq": "a=b", "gone": null, "url": "http://x/?a:=1" })
        );
        assert!(parse_sets(&["novalue".into()]).is_err());
        assert!(parse_sets(&["=x".into()]).is_err());
        assert!(parse_sets(&["x:={".into()]).is_err());
    }
}
