//! `hookctl deliveries list|show`: the notifications of a subscription (or of all), with their
//! attempts, next attempt, last error and outcome (the sandbox, and any server exposing them).

use serde_json::Value;

use crate::api::scope::{delivery_list as api, subscriptions as subs};
use crate::commands::args::ApiArgs;
use crate::context::Context;
use crate::error::{Error, Exit, Result};
use crate::output::{HasId, Render, RowSink, emit};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List notifications: one subscription's, or every subscription's.
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show one notification: attempts, next attempt, last error, outcome.
    Show(ShowArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Status {
    Pending,
    Failed,
    Succeeded,
    Skipped,
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// The subscription's id (default: every subscription).
    #[arg(add = crate::complete::subscriptions())]
    pub subscription_id: Option<String>,
    /// Only notifications in this state.
    #[arg(long, value_enum)]
    pub status: Option<Status>,
    #[command(flatten)]
    pub api: ApiArgs,
}

#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// The delivery's id (the ID column of `deliveries list`).
    pub id: String,
    #[command(flatten)]
    pub api: ApiArgs,
}

pub async fn run(cmd: Command, ctx: &Context) -> Result<Exit> {
    match cmd {
        Command::List(a) => list(a, ctx).await,
        Command::Show(a) => show(a, ctx).await,
    }
}

struct Item(Value);

impl serde::Serialize for Item {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl HasId for Item {
    fn listing_id(&self) -> &str {
        self.0["id"].as_str().unwrap_or("")
    }
}

fn field(v: &Value, key: &str) -> String {
    match &v[key] {
        Value::Null => "-".into(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

async fn list(args: ListArgs, ctx: &Context) -> Result<Exit> {
    let client = ctx.client(args.api.timeout)?;
    let ids = match &args.subscription_id {
        Some(id) => vec![id.clone()],
        None => {
            let mut ids = Vec::new();
            let mut after = None;
            loop {
                let page = subs::list_page(&client, &subs::Filter::default(), after).await?;
                ids.extend(page.items.into_iter().map(|s| s.id));
                match page.next {
                    Some(n) => after = Some(n),
                    None => break,
                }
            }
            ids
        }
    };
    let want = args.status.map(|s| format!("{s:?}").to_uppercase());
    let mut sink = RowSink::new(ctx.output, &["ID", "JOB", "STATUS", "ATTEMPTS", "NEXT ATTEMPT", "OUTCOME"]);
    let mut total = 0usize;
    for id in &ids {
        let mut after = None;
        loop {
            let Some((nodes, next)) = api::list_page(&client, id, after).await? else {
                return Err(Error::new(Exit::NotFound, format!("no subscription {id} is visible to you")));
            };
            for d in nodes.into_iter().filter(|d| want.as_deref().is_none_or(|w| d["status"] == w)) {
                total += 1;
                let row = || {
                    ["id", "jobId", "status", "attempts", "nextAttemptAt", "outcome"]
                        .map(|k| field(&d, k))
                        .to_vec()
                };
                if !sink.push(&Item(d.clone()), row)? {
                    return Ok(Exit::Ok);
                }
            }
            match next {
                Some(n) => after = Some(n),
                None => break,
            }
        }
    }
    sink.finish()?;
    if total == 0 {
        ctx.table_note("No deliveries match.");
    }
    Ok(Exit::Ok)
}

async fn show(args: ShowArgs, ctx: &Context) -> Result<Exit> {
    let client = ctx.client(args.api.timeout)?;
    let d = api::show(&client, &args.id).await?.ok_or_else(|| {
        Error::new(Exit::NotFound, format!("no delivery {} is visible to you", args.id))
            .with_hint("`hookctl deliveries list` shows the ids")
    })?;
    emit(ctx, &View(d));
    Ok(Exit::Ok)
}

struct View(Value);

impl Render for View {
    fn json(&self) -> Value {
        self.0.clone()
    }
    fn text(&self) -> String {
        let d = &self.0;
        let topic = format!("{} ({})", field(&d["topic"], "key"), field(&d["topic"], "version"));
        let last_error = match &d["lastError"] {
            Value::Null => "-".to_string(),
            e => format!("{} ({})", field(e, "message"), field(e, "id")),
        };
        [
            ("ID", field(d, "id")),
            ("Job", field(d, "jobId")),
            ("Topic", topic),
            ("Node", field(d, "nodeId")),
            ("Status", field(d, "status")),
            ("Attempts", field(d, "attempts")),
            ("Next attempt", field(d, "nextAttemptAt")),
            ("Last response", field(d, "lastResponseStatus")),
            ("Last error", last_error),
            ("Outcome", field(d, "outcome")),
        ]
        .iter()
        .map(|(k, v)| format!("{k:<15} {v}\n"))
        .collect()
    }
    fn ids(&self) -> String {
        field(&self.0, "id")
    }
}
