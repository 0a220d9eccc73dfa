//! `hookctl errors`: a subscription's delivery errors: list, show in full, delete, replay.

mod replay;

use serde_json::Value;

use crate::api::scope::errors::{self as api_errors, Deletion, ErrorDetail, ErrorSummary, Header};
use crate::api::scope::subscriptions as subs;
use crate::commands::args::{ApiArgs, SinceArg, resolve};
use crate::context::Context;
use crate::error::{Error, Exit, Result};
use crate::output::{HasId, PageOf, Render, RowSink, emit};
use crate::prompt::confirm;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List a subscription's delivery errors (or every subscription's with --all), oldest first.
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show one error with the request and response in full.
    Show(ShowArgs),
    /// Delete errors by id, or every error of a subscription.
    #[command(visible_alias = "rm")]
    Delete(DeleteArgs),
    /// Send what failed deliveries recorded again, to a local URL (the listener's by default).
    Replay(Box<replay::Args>),
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// The subscription's id.
    #[arg(required_unless_present = "all", conflicts_with = "all", add = crate::complete::subscriptions())]
    pub subscription_id: Option<String>,
    /// Every subscription's errors (with a SUBSCRIPTION column, and `subscriptionId` in JSON).
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub since: SinceArg,
    #[command(flatten)]
    pub api: ApiArgs,
}

#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// The error's id.
    #[arg(add = crate::complete::errors())]
    pub id: String,
    #[command(flatten)]
    pub api: ApiArgs,
}

#[derive(Debug, clap::Args)]
pub struct DeleteArgs {
    /// Error ids.
    #[arg(required_unless_present = "all", conflicts_with = "all", add = crate::complete::errors())]
    pub ids: Vec<String>,
    /// Delete every error of this subscription.
    #[arg(long, value_name = "SUBSCRIPTION_ID", add = crate::complete::subscriptions())]
    pub all: Option<String>,
    /// Do not ask for confirmation (required when not interactive).
    #[arg(long, short = 'y')]
    pub yes: bool,
    #[command(flatten)]
    pub api: ApiArgs,
}

pub async fn run(cmd: Command, ctx: &Context) -> Result<Exit> {
    match cmd {
        Command::List(a) => list(a, ctx).await,
        Command::Show(a) => show(a, ctx).await,
        Command::Delete(a) => delete(a, ctx).await,
        Command::Replay(a) => replay::run(*a, ctx).await,
    }
}

/// The columns of `errors list`; `--all` puts SUBSCRIPTION first.
pub const LIST_HEADERS: [&str; 6] = ["TIME", "ATTEMPT", "STATUS", "MESSAGE", "JOB", "ID"];

/// One row of `errors list` (also what `demo` shows of it).
pub fn list_row(e: &ErrorSummary) -> Vec<String> {
    vec![
        e.created_at.format("%Y-%m-%d %H:%M:%S").to_string(),
        e.attempt.to_string(),
        e.response.as_ref().map(|r| r.status.to_string()).unwrap_or_else(|| "-".into()),
        e.message.clone(),
        e.job_id.clone(),
        e.id.clone(),
    ]
}

async fn list(args: ListArgs, ctx: &Context) -> Result<Exit> {
    let since = args.since.parse()?;
    let client = ctx.client(args.api.timeout)?;
    let since = resolve(since, "--since", &client).await?;
    let all = match &args.subscription_id {
        Some(id) => vec![id.clone()],
        None => every_subscription_id(&client).await?,
    };
    let headers: Vec<&str> = args.all.then_some("SUBSCRIPTION").into_iter().chain(LIST_HEADERS).collect();
    let mut sink = RowSink::new(ctx.output, &headers);
    let mut total = 0usize;
    for id in &all {
        let (client, owner) = (&client, if args.all { id.as_str() } else { "" });
        let fetch = move |after| async move {
            let page = api_errors::list_page(client, id, since, after).await?;
            let items =
                page.items.into_iter().map(|error| OwnedError { subscription_id: owner, error }).collect();
            Ok::<_, Error>(PageOf { items, next: page.next })
        };
        let row = |e: &OwnedError| {
            let owner = args.all.then(|| e.subscription_id.to_string());
            owner.into_iter().chain(list_row(&e.error)).collect()
        };
        let Some(n) = sink.push_pages(fetch, row).await? else { return Ok(Exit::Ok) };
        total += n;
    }
    sink.finish()?;
    if total == 0 {
        ctx.table_note(match &args.subscription_id {
            Some(id) => format!("No errors for {id}."),
            None => "No errors.".to_string(),
        });
    }
    Ok(Exit::Ok)
}

/// Every subscription's id, page by page (`--all` of `errors list` and `deliveries list`).
pub(crate) async fn every_subscription_id(client: &crate::api::Client) -> Result<Vec<String>> {
    let filter = subs::Filter::default();
    let all = crate::api::all_pages(|after| subs::list_page(client, &filter, after)).await?;
    Ok(all.into_iter().map(|s| s.id).collect())
}

/// An error as listed: which subscription it belongs to (`subscriptionId` in JSON with
/// `--all`), and the error.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct OwnedError<'a> {
    #[serde(skip_serializing_if = "str::is_empty")]
    subscription_id: &'a str,
    #[serde(flatten)]
    error: ErrorSummary,
}

impl HasId for OwnedError<'_> {
    fn listing_id(&self) -> &str {
        &self.error.id
    }
}

async fn show(args: ShowArgs, ctx: &Context) -> Result<Exit> {
    let client = ctx.client(args.api.timeout)?;
    let detail = api_errors::get(&client, &args.id).await?;
    emit(ctx, &View(detail));
    Ok(Exit::Ok)
}

struct View(ErrorDetail);

fn headers_text(headers: &[Header]) -> String {
    headers.iter().map(|h| format!("  {}: {}\n", h.name, h.value)).collect()
}

fn body_text(body: &str) -> String {
    if body.is_empty() {
        return "  (empty body)\n".to_string();
    }
    // Pretty-print JSON bodies; show anything else as it is.
    let shown = serde_json::from_str::<Value>(body)
        .ok()
        .and_then(|v| serde_json::to_string_pretty(&v).ok())
        .unwrap_or_else(|| body.to_string());
    shown.lines().map(|l| format!("  {l}\n")).collect()
}

impl Render for View {
    fn json(&self) -> Value {
        serde_json::to_value(&self.0).unwrap_or(Value::Null)
    }

    fn text(&self) -> String {
        let e = &self.0;
        let mut out = String::new();
        out.push_str(&format!("{:<14} {}\n", "Error", e.id));
        out.push_str(&format!(
            "{:<14} {} ({})\n",
            "Subscription", e.webhook_subscription.name, e.webhook_subscription.id
        ));
        out.push_str(&format!(
            "{:<14} {}\n",
            "Time",
            e.created_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        ));
        out.push_str(&format!("{:<14} {}\n", "Attempt", e.attempt));
        out.push_str(&format!("{:<14} {}\n", "Job id", e.job_id));
        out.push_str(&format!("{:<14} {} ms\n", "Duration", e.duration_ms));
        out.push_str(&format!("{:<14} {}\n", "Message", e.message));
        out.push_str(&format!("\nRequest: {} {}\n", e.request.method, e.request.url));
        out.push_str(&headers_text(&e.request.headers));
        out.push('\n');
        out.push_str(&body_text(&e.request.body));
        match &e.response {
            Some(r) => {
                out.push_str(&format!("\nResponse: HTTP {}\n", r.status));
                out.push_str(&headers_text(&r.headers));
                out.push('\n');
                out.push_str(&body_text(&r.body));
            }
            None => out.push_str("\nResponse: none (no answer arrived)\n"),
        }
        out
    }
}

async fn delete(args: DeleteArgs, ctx: &Context) -> Result<Exit> {
    let (what, question) = match &args.all {
        Some(sub) => (Deletion::AllOf(sub.clone()), format!("Delete every error of subscription {sub}?")),
        None => {
            let n = args.ids.len();
            (Deletion::Ids(args.ids.clone()), format!("Delete {n} error{}?", crate::output::plural(n)))
        }
    };
    if !confirm(ctx, args.yes, &question)? {
        ctx.info("Nothing deleted.");
        return Ok(Exit::Negative);
    }
    let client = ctx.client(args.api.timeout)?;
    let deleted = api_errors::delete(&client, what).await?;
    let missing: Vec<&String> = args.ids.iter().filter(|id| !deleted.contains(id)).collect();
    emit(ctx, &Deleted(deleted.clone()));
    ctx.info(format!("Deleted {} error{}.", deleted.len(), crate::output::plural(deleted.len())));
    if !missing.is_empty() {
        let list: Vec<&str> = missing.iter().map(|s| s.as_str()).collect();
        let e = Error::new(
            if deleted.is_empty() { Exit::NotFound } else { Exit::Partial },
            format!("not deleted (not found): {}", list.join(", ")),
        );
        return Err(e.with_hint("list a subscription's errors with `hookctl errors list SUBSCRIPTION_ID`"));
    }
    Ok(Exit::Ok)
}

/// The ids of the deleted errors (one per line, or `deletedWebhookErrorIds` in JSON).
struct Deleted(Vec<String>);

impl Render for Deleted {
    fn json(&self) -> Value {
        serde_json::json!({ "deletedWebhookErrorIds": self.0 })
    }
    fn text(&self) -> String {
        self.0.iter().map(|id| format!("{id}\n")).collect()
    }
}
