//! `hookctl sandbox serve`, `sandbox token create` and `sandbox fixtures load`: the sandbox
//! server itself and its database.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde_json::json;

use crate::error::{Error, Exit, Result};
use crate::input::read_secret_file;
use crate::output::{Ctx, Render, emit, emit_line};
use crate::sandbox::{self, SandboxConfig};
use crate::secret::{Secret, mask};

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

pub async fn serve(a: ServeArgs, ctx: &Ctx) -> Result<Exit> {
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
    eprintln!("  dashboard:    http://{}/ui (log in with the API token)", handle.addr);
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
    if in_terminal_foreground() {
        ctx.info("Press Ctrl-C to stop.");
    }
    // One JSON line for scripts that wait for the sandbox; the text is on stderr above.
    emit_line(
        ctx,
        &Started(json!({
            "url": handle.url,
            "database": handle.db_path,
            "organization": handle.org_name,
            "user": handle.user_name,
            "tokenFile": handle.token_file,
        })),
    );
    wait_for_signal().await;
    ctx.info("stopping the sandbox…");
    handle.shutdown().await?;
    ctx.info("sandbox stopped");
    Ok(Exit::Ok)
}

/// Whether Ctrl-C reaches us: stderr is a terminal whose foreground process group is ours
/// (not `sandbox serve &`, not a service or a pipe).
fn in_terminal_foreground() -> bool {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() {
        return false;
    }
    #[cfg(unix)]
    {
        // SAFETY: plain queries on fd 2 and our own process group; no memory is passed.
        unsafe { libc::tcgetpgrp(2) == libc::getpgrp() }
    }
    #[cfg(not(unix))]
    {
        true
    }
}

struct Started(serde_json::Value);

impl Render for Started {
    fn json(&self) -> serde_json::Value {
        self.0.clone()
    }
    fn text(&self) -> String {
        String::new()
    }
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

pub async fn token_create(a: TokenCreateArgs, ctx: &Ctx) -> Result<Exit> {
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

struct Loaded(sandbox::scope::fixtures::Summary, PathBuf);

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

pub async fn fixtures_load(a: FixturesLoadArgs, ctx: &Ctx) -> Result<Exit> {
    let path = sandbox::db_path(a.db)?;
    let file = a.file;
    let p = path.clone();
    let summary = tokio::task::spawn_blocking(move || -> Result<sandbox::scope::fixtures::Summary> {
        let db = sandbox::db::Db::open(&p).map_err(|e| Error::config(format!("{e:#}")))?;
        let offset = db
            .read_blocking(|c| sandbox::store::meta_get(c, sandbox::store::CLOCK_OFFSET_KEY))
            .ok()
            .flatten()
            .and_then(|s| s.parse::<i64>().ok())
            .unwrap_or(0);
        let now = sandbox::clock::wall_ms() + offset;
        sandbox::scope::fixtures::load(&db, &file, sandbox::DEFAULT_ORG, sandbox::DEFAULT_USER, now)
            .map_err(|e| Error::input(format!("{e:#}")))
    })
    .await
    .map_err(|e| Error::internal(format!("fixture task failed: {e}")))??;
    emit(ctx, &Loaded(summary, path));
    Ok(Exit::Ok)
}
