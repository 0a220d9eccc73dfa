//! `hookctl deliveries list|show`: the notifications of a subscription (or of all), with their
//! attempts, next attempt, last error and outcome (the sandbox, and any server exposing them).

use serde_json::Value;

use crate::api::ApiError;
use crate::api::scope::delivery_list as api;
use crate::commands::args::{ApiArgs, SinceArg, resolve};
use crate::commands::errors::every_subscription_id;
use crate::context::Context;
use crate::error::{Error, Exit, Result};
use crate::output::{HasId, PageOf, Render, RowSink, emit};

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
    pub since: SinceArg,
    #[command(flatten)]
    pub api: ApiArgs,
}

#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// The delivery's id or its job id (the ID or JOB column of `deliveries list`; the
    /// X-Scope-Webhook-Job-Id of its requests).
    #[arg(add = crate::complete::deliveries())]
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

const HEADERS: [&str; 7] = ["ID", "JOB", "STATUS", "ATTEMPTS", "NEXT ATTEMPT", "CREATED", "OUTCOME"];

async fn list(args: ListArgs, ctx: &Context) -> Result<Exit> {
    let since = args.since.parse()?;
    let client = ctx.client(args.api.timeout)?;
    let since = resolve(since, "--since", &client).await?;
    let ids = match &args.subscription_id {
        Some(id) => vec![id.clone()],
        None => every_subscription_id(&client).await?,
    };
    let want = args.status.map(|s| format!("{s:?}").to_uppercase());
    let keep = |d: &Value| {
        want.as_deref().is_none_or(|w| d["status"] == w)
            && since.is_none_or(|t| created_at(d).is_some_and(|c| c >= t))
    };
    let mut sink = RowSink::new(ctx.output, &HEADERS);
    let mut total = 0usize;
    for id in &ids {
        let (client, keep) = (&client, &keep);
        let fetch = move |after| async move {
            let Some((nodes, next)) = api::list_page(client, id, after).await? else {
                return Err(Error::new(Exit::NotFound, format!("no subscription {id} is visible to you")));
            };
            Ok(PageOf { items: nodes.into_iter().filter(|d| keep(d)).map(Item).collect(), next })
        };
        let row = |d: &Item| {
            ["id", "jobId", "status", "attempts", "nextAttemptAt", "createdAt", "outcome"]
                .map(|k| field(&d.0, k))
                .to_vec()
        };
        let Some(n) = sink.push_pages(fetch, row).await? else { return Ok(Exit::Ok) };
        total += n;
    }
    sink.finish()?;
    if total == 0 {
        ctx.table_note("No deliveries match.");
    }
    Ok(Exit::Ok)
}

fn created_at(d: &Value) -> Option<chrono::DateTime<chrono::Utc>> {
    let t = chrono::DateTime::parse_from_rfc3339(d["createdAt"].as_str()?).ok()?;
    Some(t.with_timezone(&chrono::Utc))
}

async fn show(args: ShowArgs, ctx: &Context) -> Result<Exit> {
    let client = ctx.client(args.api.timeout)?;
    let found = match api::show(&client, &args.id).await {
        Ok(Some(d)) => Some(d),
        // Not a delivery id (or not an id at all): a job id, then.
        Ok(None) | Err(ApiError::NotFound { .. }) | Err(ApiError::GraphQl(_)) => {
            match find_job(&client, &args.id).await? {
                Some(id) => api::show(&client, &id).await?,
                None => None,
            }
        }
        Err(e) => return Err(e.into()),
    };
    let d = found.ok_or_else(|| {
        Error::new(Exit::NotFound, format!("no delivery or job {} is visible to you", args.id))
            .with_hint("`hookctl deliveries list` shows the ids and job ids")
    })?;
    emit(ctx, &View(d));
    Ok(Exit::Ok)
}

/// The id of the delivery whose job id is `job`, looking through every subscription's.
async fn find_job(client: &crate::api::Client, job: &str) -> Result<Option<String>> {
    for sub in every_subscription_id(client).await? {
        let mut after = None;
        while let Some((nodes, next)) = api::list_page(client, &sub, after).await? {
            if let Some(d) = nodes.iter().find(|d| d["jobId"] == job) {
                return Ok(d["id"].as_str().map(str::to_string));
            }
            match next {
                Some(n) => after = Some(n),
                None => break,
            }
        }
    }
    Ok(None)
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
            ("Created", field(d, "createdAt")),
            ("Updated", field(d, "updatedAt")),
        ]
        .iter()
        .map(|(k, v)| format!("{k:<15} {v}\n"))
        .collect()
    }
    fn ids(&self) -> String {
        field(&self.0, "id")
    }
}
