//! `hookctl plan -f hooks.toml [--prune] [--out plan.json]`: what `apply` would change.

use std::path::PathBuf;

use crate::commands::args::ApiArgs;
use crate::context::Context;
use crate::error::{Exit, Result};
use crate::manifest::plan::{self, Plan};
use crate::output::{Render, emit};

#[derive(Debug, clap::Args)]
pub struct PlanArgs {
    /// The manifest.
    #[arg(long, short = 'f', value_name = "PATH", default_value = "hooks.toml")]
    pub file: PathBuf,
    /// Plan deletes of subscriptions the manifest does not name (otherwise listed as unmanaged).
    #[arg(long)]
    pub prune: bool,
    /// Also save the plan as JSON, for `hookctl apply PLAN.json`.
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub api: ApiArgs,
}

/// Exit 0 when there is nothing to do, 2 when changes are pending.
pub async fn run(a: PlanArgs, ctx: &Context) -> Result<Exit> {
    let planned = super::make_plan(ctx, &a.file, a.prune, a.api.timeout).await?;
    let plan = planned.plan;
    if let Some(out) = &a.out {
        let text = serde_json::to_string_pretty(&plan)? + "\n";
        std::fs::write(out, text).map_err(|e| super::export::cannot_write(out, e))?;
        ctx.info(format!(
            "Saved the plan to {}; apply it with `hookctl apply {}`.",
            out.display(),
            out.display()
        ));
    }
    emit(ctx, &View(&plan));
    Ok(if plan.changes.is_empty() { Exit::Ok } else { super::PENDING })
}

pub struct View<'a>(pub &'a Plan);

impl Render for View<'_> {
    fn json(&self) -> serde_json::Value {
        use crate::manifest::plan::Action;
        let mut v = serde_json::to_value(self.0).unwrap_or_default();
        v["summary"] = serde_json::json!({
            "create": self.0.count(Action::Create),
            "update": self.0.count(Action::Update),
            "enable": self.0.count(Action::Enable),
            "delete": self.0.count(Action::Delete),
            "unchanged": self.0.unchanged.len(),
            "unmanaged": self.0.unmanaged.len(),
        });
        v
    }
    fn text(&self) -> String {
        plan::text(self.0)
    }
}
