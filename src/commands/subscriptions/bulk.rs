//! `hookctl subscriptions enable|disable|delete` on Scope's API: bulk operations with bounded
//! concurrency, one result line per subscription, and exit 9 when some failed.

use std::sync::Arc;
use std::time::Instant;

use serde_json::{Value, json};

use crate::api::scope::subscriptions::{self as subs, Filter};
use crate::api::{ApiError, Client};
use crate::commands::args::ApiArgs;
use crate::context::Context;
use crate::error::{Error, Exit, Result};
use crate::output::{Ctx, Render, emit, progress_line};
use crate::prompt::confirm;

use crate::output::plural;

/// `--concurrency`, shared by the commands that send many changes.
#[derive(Debug, Clone, Copy, clap::Args)]
pub struct Concurrency {
    /// Requests in flight at once.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,
}

/// `--yes` and `--concurrency`: the flags of commands that make many changes after asking.
#[derive(Debug, Clone, Copy, clap::Args)]
pub struct Batch {
    /// Do not ask for confirmation (required when not interactive).
    #[arg(long, short = 'y')]
    pub yes: bool,
    #[command(flatten)]
    pub parallel: Concurrency,
}

#[derive(Debug, clap::Args)]
pub struct EnableArgs {
    /// Subscription ids.
    #[arg(required_unless_present = "all_disabled", conflicts_with = "all_disabled", add = crate::complete::subscriptions())]
    pub ids: Vec<String>,
    /// Re-enable every disabled subscription (the CI recovery case).
    #[arg(long)]
    pub all_disabled: bool,
    /// With --all-disabled: only those on this topic.
    #[arg(long, value_name = "KEY", requires = "all_disabled", add = crate::complete::topics())]
    pub topic: Option<String>,
    /// Show what would be enabled, change nothing.
    #[arg(long)]
    pub dry_run: bool,
    #[command(flatten)]
    pub parallel: Concurrency,
    #[command(flatten)]
    pub api: ApiArgs,
}

#[derive(Debug, clap::Args)]
pub struct DisableArgs {
    /// Subscription ids.
    #[arg(required = true, add = crate::complete::subscriptions())]
    pub ids: Vec<String>,
    #[command(flatten)]
    pub parallel: Concurrency,
    #[command(flatten)]
    pub api: ApiArgs,
}

#[derive(Debug, clap::Args)]
pub struct DeleteArgs {
    /// Subscription ids.
    #[arg(required = true, add = crate::complete::subscriptions())]
    pub ids: Vec<String>,
    #[command(flatten)]
    pub batch: Batch,
    #[command(flatten)]
    pub api: ApiArgs,
}

/// One subscription a bulk operation acts on.
#[derive(Debug, Clone)]
pub(crate) struct Target {
    pub id: String,
    pub name: Option<String>,
}

/// The outcome for one target.
pub(crate) struct Outcome {
    pub target: Target,
    pub error: Option<Error>,
}

#[derive(Clone, Copy)]
enum Op {
    Enable,
    Disable,
    Delete,
}

impl Op {
    fn past(self) -> &'static str {
        match self {
            Op::Enable => "enabled",
            Op::Disable => "disabled",
            Op::Delete => "deleted",
        }
    }
    fn verb(self) -> &'static str {
        match self {
            Op::Enable => "enable",
            Op::Disable => "disable",
            Op::Delete => "delete",
        }
    }
    async fn call(self, client: &Client, id: &str) -> std::result::Result<(), ApiError> {
        match self {
            Op::Enable => subs::enable(client, id).await,
            Op::Disable => subs::disable(client, id).await,
            Op::Delete => subs::delete(client, id).await,
        }
    }
}

pub async fn enable(args: EnableArgs, ctx: &Context) -> Result<Exit> {
    let client = ctx.client(args.api.timeout)?;
    let explicit = !args.all_disabled;
    let targets = if args.all_disabled {
        let filter = Filter { topic: args.topic.clone(), disabled: Some(true), ..Filter::default() };
        let (client, filter) = (&client, &filter);
        let disabled = crate::api::all_pages(move |after| subs::list_page(client, filter, after)).await?;
        disabled.into_iter().map(|s| Target { id: s.id, name: Some(s.name) }).collect()
    } else {
        targets_of(args.ids)
    };
    if args.dry_run {
        return dry_run(ctx, Op::Enable, &targets);
    }
    if targets.is_empty() {
        ctx.info("No disabled subscriptions: nothing to enable.");
        emit(ctx, &Results(Vec::new()));
        return Ok(Exit::Ok);
    }
    bulk(ctx, client, Op::Enable, targets, args.parallel.concurrency, explicit).await
}

pub async fn disable(args: DisableArgs, ctx: &Context) -> Result<Exit> {
    let client = ctx.client(args.api.timeout)?;
    bulk(ctx, client, Op::Disable, targets_of(args.ids), args.parallel.concurrency, true).await
}

pub async fn delete(args: DeleteArgs, ctx: &Context) -> Result<Exit> {
    let what = if args.ids.len() == 1 {
        format!("subscription {}", args.ids[0])
    } else {
        format!("{} subscriptions", args.ids.len())
    };
    if !confirm(ctx, args.batch.yes, &format!("Delete {what}? This cannot be undone"))? {
        ctx.info("Nothing deleted.");
        return Ok(Exit::Negative);
    }
    let client = ctx.client(args.api.timeout)?;
    bulk(ctx, client, Op::Delete, targets_of(args.ids), args.batch.parallel.concurrency, true).await
}

fn targets_of(ids: Vec<String>) -> Vec<Target> {
    let mut seen = std::collections::HashSet::new();
    ids.into_iter().filter(|id| seen.insert(id.clone())).map(|id| Target { id, name: None }).collect()
}

fn dry_run(ctx: &Ctx, op: Op, targets: &[Target]) -> Result<Exit> {
    emit(ctx, &DryRun { op, targets });
    ctx.info(format!(
        "Dry run: {} subscription{} would be {}.",
        targets.len(),
        plural(targets.len()),
        op.past()
    ));
    Ok(Exit::Ok)
}

fn name_suffix(name: &Option<String>) -> String {
    name.as_ref().map(|n| format!(" ({n})")).unwrap_or_default()
}

/// What a dry run would do.
struct DryRun<'a> {
    op: Op,
    targets: &'a [Target],
}

impl Render for DryRun<'_> {
    fn json(&self) -> Value {
        self.targets.iter().map(|t| json!({"id": t.id, "name": t.name})).collect()
    }
    fn text(&self) -> String {
        let verb = self.op.verb();
        self.targets.iter().map(|t| format!("would {verb} {}{}\n", t.id, name_suffix(&t.name))).collect()
    }
    fn ids(&self) -> String {
        self.targets.iter().map(|t| format!("{}\n", t.id)).collect()
    }
}

/// One target's result line, printed as it comes.
struct Line<'a> {
    op: Op,
    outcome: &'a Outcome,
}

impl Render for Line<'_> {
    fn json(&self) -> Value {
        Value::Null
    }
    fn text(&self) -> String {
        let t = &self.outcome.target;
        match &self.outcome.error {
            None => format!("{} {}{}\n", self.op.past(), t.id, name_suffix(&t.name)),
            Some(e) if e.exit == Exit::Unknown => {
                format!("unknown {}{}: {}\n", t.id, name_suffix(&t.name), crate::escape_controls(&e.message))
            }
            Some(e) => {
                format!("failed {}{}: {}\n", t.id, name_suffix(&t.name), crate::escape_controls(&e.message))
            }
        }
    }
    fn ids(&self) -> String {
        match &self.outcome.error {
            None => format!("{}\n", self.outcome.target.id),
            Some(_) => String::new(),
        }
    }
}

/// `ok`, `failed`, or `unknown` (the answer was lost and the read-back failed too).
fn status(o: &Outcome) -> &'static str {
    match &o.error {
        None => "ok",
        Some(e) if e.exit == Exit::Unknown => "unknown",
        Some(_) => "failed",
    }
}

/// Every target's result, as JSON (the text lines were printed as they came).
struct Results(Vec<Outcome>);

impl Render for Results {
    fn json(&self) -> Value {
        self.0
            .iter()
            .map(|o| {
                json!({
                    "id": o.target.id,
                    "name": o.target.name,
                    "ok": o.error.is_none(),
                    "status": status(o),
                    "error": o.error.as_ref().map(|e| e.message.clone()),
                })
            })
            .collect()
    }
    fn text(&self) -> String {
        String::new()
    }
}

/// Runs `op` over `targets` with bounded concurrency, a progress bar on a terminal's stderr and
/// one result line per target. Exit 0 when all succeeded, 9 (partial) when some failed, 12 when
/// none failed but some outcomes stay unknown after reading them back; a single
/// explicit id that failed exits with that failure's own code.
async fn bulk(
    ctx: &Ctx,
    client: Client,
    op: Op,
    targets: Vec<Target>,
    concurrency: u16,
    explicit: bool,
) -> Result<Exit> {
    let n = targets.len();
    let pb = progress_bar(ctx, n, &(capitalize(op.verb()) + "ing"));
    let sem = Arc::new(tokio::sync::Semaphore::new(concurrency as usize));
    let mut set = tokio::task::JoinSet::new();
    for (i, target) in targets.into_iter().enumerate() {
        let sem = sem.clone();
        let client = client.clone();
        set.spawn(async move {
            let _permit = sem.acquire_owned().await;
            let res = op.call(&client, &target.id).await;
            (i, Outcome { target, error: res.err().map(Error::from) })
        });
    }
    let mut outcomes: Vec<Option<Outcome>> = (0..n).map(|_| None).collect();
    let started = Instant::now();
    while let Some(joined) = set.join_next().await {
        let (i, outcome) = joined.map_err(|e| Error::internal(format!("a request task failed: {e}")))?;
        pb.inc(1);
        // A single explicit id that failed is reported as the error itself.
        if !(explicit && n == 1 && outcome.error.is_some()) {
            pb.suspend(|| progress_line(ctx, &Line { op, outcome: &outcome }));
        }
        outcomes[i] = Some(outcome);
    }
    pb.finish_and_clear();
    let outcomes: Vec<Outcome> = outcomes.into_iter().flatten().collect();
    let failed = outcomes.iter().filter(|o| status(o) == "failed").count();
    let unknown = outcomes.iter().filter(|o| status(o) == "unknown").count();
    if explicit && n == 1 && failed + unknown == 1 {
        return Err(outcomes
            .into_iter()
            .next()
            .and_then(|o| o.error)
            .unwrap_or_else(|| Error::internal("lost")));
    }
    let results = Results(outcomes);
    emit(ctx, &results);
    let secs = started.elapsed().as_secs_f64();
    let done = n - failed - unknown;
    let past = capitalize(op.past());
    match (failed, unknown) {
        (0, 0) => {
            ctx.info(format!("{past} {n} subscription{} in {secs:.1} s.", plural(n)));
            Ok(Exit::Ok)
        }
        (0, _) => {
            ctx.warn(format!(
                "{past} {done} of {n}; {unknown} unknown (see above: check them before retrying)."
            ));
            Ok(Exit::Unknown)
        }
        (_, 0) => {
            ctx.warn(format!("{past} {done} of {n}; {failed} failed (see above)."));
            Ok(Exit::Partial)
        }
        _ => {
            ctx.warn(format!("{past} {done} of {n}; {failed} failed, {unknown} unknown (see above)."));
            Ok(Exit::Partial)
        }
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}

/// A progress bar on a terminal's stderr for `n` changes (hidden otherwise, or when quiet).
pub(crate) fn progress_bar(ctx: &Ctx, n: usize, label: &str) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if ctx.quiet || n < 2 || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let pb =
        indicatif::ProgressBar::with_draw_target(Some(n as u64), indicatif::ProgressDrawTarget::stderr());
    if let Ok(style) = indicatif::ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} ({eta})") {
        pb.set_style(style.progress_chars("=> "));
    }
    pb.set_message(label.to_string());
    pb
}
