//! `hookctl export`, `plan` and `apply`: subscriptions as code (the model and the work are in
//! `crate::manifest`; these read the flags, talk to the API and print).

mod apply;
mod export;
mod plan;

pub use apply::{ApplyArgs, run as apply};
pub use export::{ExportArgs, run as export};
pub use plan::{PlanArgs, run as plan};

use std::path::Path;

use crate::api::Client;
use crate::context::{Context, Provider, request_timeout};
use crate::error::{Exit, Result};
use crate::manifest::plan::Plan;
use crate::manifest::remote;
use crate::manifest::state::State;
use crate::manifest::{self as m, Manifest};

/// `plan`'s exit code when changes are pending, as `terraform plan -detailed-exitcode`. It is the
/// code of usage errors too: a usage error prints nothing on stdout, a plan always prints itself.
pub const PENDING: Exit = Exit::Usage;

/// The client, its endpoint (the key of Sentera's local state) and the provider.
fn connect(ctx: &Context, timeout: Option<f64>) -> Result<(Client, String, Provider)> {
    let provider = ctx.provider()?;
    let conn = ctx.connection()?;
    let endpoint = conn.endpoint.to_string();
    ctx.debug(format!("profile {:?}, endpoint {endpoint}", conn.profile));
    let client = ctx.client_for(conn, Some(request_timeout(timeout)?))?;
    Ok((client, endpoint, provider))
}

/// Reads the manifest (every local check first, no request), then the server, and plans.
async fn make_plan(ctx: &Context, file: &Path, prune: bool, timeout: Option<f64>) -> Result<Planned> {
    let provider = ctx.provider()?;
    let manifest = m::read(file, provider)?;
    let (client, endpoint, _) = connect(ctx, timeout)?;
    let mut snapshot = remote::fetch(&client, provider).await?;
    let state = state_of(&manifest.path, provider)?;
    remote::with_recorded_oauth(&mut snapshot, &state, &endpoint);
    let plan = m::plan::compute(&manifest, &snapshot, &state, &endpoint, prune)?;
    Ok(Planned { manifest, plan, client, endpoint, state })
}

/// Sentera keeps a local state beside the manifest; Scope needs none.
fn state_of(manifest: &Path, provider: Provider) -> Result<State> {
    match provider {
        Provider::Sentera => State::load(manifest),
        Provider::Scope => Ok(State::default()),
    }
}

struct Planned {
    manifest: Manifest,
    plan: Plan,
    client: Client,
    endpoint: String,
    state: State,
}
