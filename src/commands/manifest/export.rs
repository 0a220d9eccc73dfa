//! `hookctl export [--file hooks.toml] [--inline]`: every subscription the profile can see, as a
//! manifest (stdout without `--file`, then with everything inline).

use std::collections::HashMap;
use std::path::PathBuf;

use crate::commands::args::ApiArgs;
use crate::context::{Context, Provider};
use crate::error::{Error, Exit, Result};
use crate::manifest::export::{self, Export};
use crate::manifest::remote::{self, Snapshot};
use crate::manifest::state::{Record, State};

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Write the manifest here, templates and queries beside it in hooks/ (stdout otherwise).
    #[arg(long, short = 'f', value_name = "PATH")]
    pub file: Option<PathBuf>,
    /// Keep templates and queries in the TOML instead of files.
    #[arg(long)]
    pub inline: bool,
    #[command(flatten)]
    pub api: ApiArgs,
}

pub async fn run(a: ExportArgs, ctx: &Context) -> Result<Exit> {
    let (client, endpoint, provider) = super::connect(ctx, a.api.timeout)?;
    let mut snapshot = remote::fetch(&client, provider).await?;
    let mut state = match &a.file {
        Some(f) => super::state_of(f, provider)?,
        None => State::default(),
    };
    remote::with_recorded_oauth(&mut snapshot, &state, &endpoint);
    let inline = a.inline || a.file.is_none();
    let (ex, n) = match &snapshot {
        Snapshot::Scope { subscriptions, .. } => (export::scope(subscriptions, inline), subscriptions.len()),
        Snapshot::Sentera { subscriptions } => {
            let known: HashMap<String, (String, Option<u32>)> = state
                .endpoints
                .get(&endpoint)
                .map(|m| m.iter().map(|(k, r)| (r.id.clone(), (k.clone(), r.secret_version))).collect())
                .unwrap_or_default();
            (export::sentera(subscriptions, &known), subscriptions.len())
        }
    };
    for w in &ex.warnings {
        ctx.warn(w);
    }
    let Some(file) = &a.file else {
        crate::output::write_stdout(ex.toml.as_bytes());
        return Ok(Exit::Ok);
    };
    write(file, &ex)?;
    if provider == Provider::Sentera {
        for (id, key) in &ex.keys {
            // What was recorded for this id (its secret version, OAuth settings) stays.
            let known = state.get(&endpoint, key).filter(|r| &r.id == id).cloned();
            state.set(
                &endpoint,
                key,
                known.unwrap_or_else(|| Record { id: id.clone(), ..Record::default() }),
            );
        }
        state.save()?;
    }
    ctx.info(format!(
        "Exported {n} subscription{} to {} ({} file{} beside it).",
        crate::output::plural(n),
        file.display(),
        ex.files.len(),
        crate::output::plural(ex.files.len())
    ));
    Ok(Exit::Ok)
}

/// The manifest and its files, each written whole.
fn write(file: &std::path::Path, ex: &Export) -> Result<()> {
    let base = crate::manifest::read::base_dir(file);
    for (rel, text) in &ex.files {
        let path = base.join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| cannot_write(dir, e))?;
        }
        std::fs::write(&path, text).map_err(|e| cannot_write(&path, e))?;
    }
    std::fs::write(file, &ex.toml).map_err(|e| cannot_write(file, e))
}

pub(super) fn cannot_write(path: &std::path::Path, e: std::io::Error) -> Error {
    Error::input(format!("cannot write {}: {e}", path.display()))
}
