//! `hookctl apply -f hooks.toml [--prune] [--yes]` or `apply PLAN.json`: shows the plan, asks,
//! applies it in order with one result line per change, and goes on past failures.

use std::path::PathBuf;

use serde_json::{Value, json};

use crate::commands::args::ApiArgs;
use crate::commands::subscriptions::{Batch, progress_bar};
use crate::context::{Context, Provider};
use crate::error::{Error, Exit, Result};
use crate::manifest::apply::{self, Outcome};
use crate::manifest::plan::{self, Action, Plan};
use crate::manifest::state::Record;
use crate::output::{Render, emit, plural, progress_line};
use crate::prompt::prompt_error;

#[derive(Debug, clap::Args)]
pub struct ApplyArgs {
    /// A plan saved with `hookctl plan --out`: applied only if the server still matches it.
    #[arg(value_name = "PLAN.json", conflicts_with_all = ["file", "prune"])]
    pub saved: Option<PathBuf>,
    /// The manifest.
    #[arg(long, short = 'f', value_name = "PATH", default_value = "hooks.toml")]
    pub file: PathBuf,
    /// Delete subscriptions the manifest does not name.
    #[arg(long)]
    pub prune: bool,
    #[command(flatten)]
    pub batch: Batch,
    #[command(flatten)]
    pub api: ApiArgs,
}

pub async fn run(a: ApplyArgs, ctx: &Context) -> Result<Exit> {
    let saved = a.saved.as_ref().map(|p| load_saved(p)).transpose()?;
    let (file, prune) = match &saved {
        Some(s) => (s.manifest.clone(), s.prune),
        None => (a.file.clone(), a.prune),
    };
    let mut planned = super::make_plan(ctx, &file, prune, a.api.timeout).await?;
    if let Some(saved) = &saved {
        still_matches(saved, &planned.plan)?;
    }
    let plan = &planned.plan;
    if plan.changes.is_empty() {
        ctx.info(plan.summary());
        ctx.info("Nothing to do.");
        emit(ctx, &Applied(&[]));
        record_state(&mut planned, &[])?;
        return Ok(Exit::Ok);
    }
    if !ctx.quiet {
        eprint!("{}", plan::text(plan));
    }
    if !confirmed(ctx, a.batch.yes, plan)? {
        ctx.info("Nothing changed.");
        return Ok(Exit::Negative);
    }
    let secrets = apply::secrets(&planned.manifest, plan)?;
    let pb = progress_bar(ctx, plan.changes.len(), "Applying");
    let outcomes = apply::run(
        &planned.client,
        &planned.manifest,
        plan,
        &secrets,
        a.batch.parallel.concurrency as usize,
        |o| {
            pb.inc(1);
            pb.suspend(|| progress_line(ctx, &AppliedLine(o)));
        },
    )
    .await?;
    pb.finish_and_clear();
    record_state(&mut planned, &outcomes)?;
    // The lines were printed as they came; JSON gets the whole list now.
    emit(ctx, &Applied(&outcomes));
    let failed: Vec<&Outcome> = outcomes.iter().filter(|o| o.error.is_some()).collect();
    if failed.is_empty() {
        ctx.info(format!("Applied {} change{}.", outcomes.len(), plural(outcomes.len())));
        return Ok(Exit::Ok);
    }
    let names: Vec<String> =
        failed.iter().map(|o| format!("{} {}", o.change.action.verb(), o.change.key)).collect();
    ctx.warn(format!("{} of {} changes failed: {}", failed.len(), outcomes.len(), names.join(", ")));
    Ok(Exit::Partial)
}

/// One applied change as it finishes: `created KEY [ID]`, `failed to update KEY [ID]: …`.
struct AppliedLine<'a>(&'a Outcome);

impl Render for AppliedLine<'_> {
    fn json(&self) -> Value {
        let o = self.0;
        json!({"action": o.change.action, "key": o.change.key, "id": o.id, "ok": o.error.is_none(),
               "error": o.error.as_ref().map(|e| e.message.clone())})
    }

    fn text(&self) -> String {
        let (o, c) = (self.0, &self.0.change);
        let id = o.id.as_deref().map(|i| format!(" [{i}]")).unwrap_or_default();
        match &o.error {
            None if c.replace => format!("replaced {}{id} (was {})\n", c.key, c.id.as_deref().unwrap_or("?")),
            None => format!("{} {}{id}\n", c.action.past(), c.key),
            Some(e) => format!("failed to {} {}{id}: {}\n", c.action.verb(), c.key, e.message),
        }
    }

    /// The id of a change that applied (a failed one is on stderr).
    fn ids(&self) -> String {
        let applied = self.0.id.as_deref().filter(|_| self.0.error.is_none());
        applied.map(|i| format!("{i}\n")).unwrap_or_default()
    }
}

/// Every applied change: a JSON array; the text and ids forms were printed line by line.
struct Applied<'a>(&'a [Outcome]);

impl Render for Applied<'_> {
    fn json(&self) -> Value {
        Value::Array(self.0.iter().map(|o| AppliedLine(o).json()).collect())
    }

    fn text(&self) -> String {
        String::new()
    }
}

fn confirmed(ctx: &Context, yes: bool, plan: &Plan) -> Result<bool> {
    if yes {
        return Ok(true);
    }
    if !ctx.interactive {
        return Err(Error::usage(
            "apply changes the server: refusing without confirmation when not interactive",
        )
        .with_hint("add --yes to confirm (review the changes with `hookctl plan` first)"));
    }
    let question = format!("Apply {} change{}?", plan.changes.len(), plural(plan.changes.len()));
    dialoguer::Confirm::new().with_prompt(question).default(false).interact().map_err(prompt_error)
}

fn load_saved(path: &std::path::Path) -> Result<Plan> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::file(path, e))?;
    let plan: Plan = serde_json::from_str(&text).map_err(|e| {
        let err = Error::input(format!("{} is not a saved plan: {e}", path.display()));
        // The likeliest slip: a manifest given where a saved plan goes.
        if text.parse::<toml::Table>().is_ok() {
            err.with_hint(format!(
                "it reads as a manifest: apply it with `hookctl apply -f {}`",
                path.display()
            ))
        } else {
            err.with_hint("save a plan with `hookctl plan --out PLAN.json`, or give a manifest with -f")
        }
    })?;
    if plan.format != plan::FORMAT {
        return Err(Error::input(format!(
            "{} is a {:?} plan, not {}",
            path.display(),
            plan.format,
            plan::FORMAT
        )));
    }
    Ok(plan)
}

/// A saved plan applies only to the server state it was made against: the same changes, and
/// each subscription's fingerprint unchanged.
fn still_matches(saved: &Plan, now: &Plan) -> Result<()> {
    if saved.endpoint != now.endpoint || saved.provider != now.provider {
        return Err(stale(format!(
            "the plan was made for {} ({}), not {}",
            saved.endpoint, saved.provider, now.endpoint
        )));
    }
    // As documents: the manifest entry index is not part of a saved plan.
    let doc = |c: &plan::Change| serde_json::to_value(c).unwrap_or_default();
    let now_docs: Vec<Value> = now.changes.iter().map(doc).collect();
    let mut differ: Vec<String> = Vec::new();
    for c in &saved.changes {
        if !now_docs.contains(&doc(c)) {
            differ.push(c.key.clone());
        }
    }
    for n in &now.changes {
        if !saved.changes.iter().any(|c| c.key == n.key) {
            differ.push(n.key.clone());
        }
    }
    if differ.is_empty() {
        return Ok(());
    }
    differ.dedup();
    Err(stale(format!("the server or the manifest changed since the plan was made: {}", differ.join(", "))))
}

fn stale(msg: String) -> Error {
    Error::new(Exit::Negative, msg)
        .with_hint("nothing was changed; run `hookctl plan --out` again and review it")
}

/// Sentera's ids, applied secret versions and OAuth settings, recorded beside the manifest.
fn record_state(p: &mut super::Planned, outcomes: &[Outcome]) -> Result<()> {
    if p.manifest.provider != Provider::Sentera {
        return Ok(());
    }
    let endpoint = p.endpoint.clone();
    for item in &p.plan.unchanged {
        if p.state.get(&endpoint, &item.key).is_none_or(|r| r.id != item.id)
            && let Some(e) = p.manifest.entries.iter().find(|e| e.key == item.key)
        {
            // Unchanged: the server matches the entry, so the entry is what it holds.
            p.state.set(&endpoint, &item.key, Record::applied(e, item.id.clone()));
        }
    }
    for o in outcomes.iter().filter(|o| o.error.is_none()) {
        match (o.change.action, o.change.entry) {
            (Action::Delete, _) => {
                let keys: Vec<String> = p
                    .state
                    .endpoints
                    .get(&endpoint)
                    .map(|m| {
                        m.iter()
                            .filter(|(_, r)| Some(&r.id) == o.change.id.as_ref())
                            .map(|(k, _)| k.clone())
                            .collect()
                    })
                    .unwrap_or_default();
                for k in keys {
                    p.state.remove(&endpoint, &k);
                }
            }
            (_, Some(n)) => {
                let e = &p.manifest.entries[n];
                p.state.set(&endpoint, &e.key, Record::applied(e, o.id.clone().unwrap_or_default()));
            }
            _ => {}
        }
    }
    p.state.save()
}
