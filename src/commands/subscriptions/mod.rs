//! `hookctl subscriptions` (alias `subs`): list, show, create, update, enable, disable, delete,
//! test, deliver. The verbs both APIs have (list, show, create, delete) are decided by the
//! selected [`Provider`]: Scope's in `list`, `show`, `edit`, `bulk`; Sentera's in `sentera`.

mod bulk;
mod deliver;
mod edit;
mod list;
mod sentera;
mod show;
pub mod temporary;
mod test;

use crate::api::ApiError;
use crate::context::{Context, Provider};
use crate::error::{Error, Exit, Result};

pub(crate) use bulk::progress_bar;
pub use bulk::{Batch, DeleteArgs, DisableArgs, EnableArgs};
pub use edit::{CreateArgs, UpdateArgs, check_callback};
pub use list::ListArgs;
pub use sentera::{CreateFlags, OrgFlag};
pub use show::{ShowArgs, View};
pub use temporary::PruneArgs;
pub use test::TestArgs;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List subscriptions (every page, streamed).
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show one subscription with every field, templates and query in full.
    Show(ShowArgs),
    /// Create a subscription (asks for missing fields when a terminal is attached).
    Create(Box<CreateArgs>),
    /// Change any field of a subscription.
    Update(Box<UpdateArgs>),
    /// Enable (re-enable) subscriptions, by id or every disabled one.
    Enable(EnableArgs),
    /// Disable subscriptions.
    Disable(DisableArgs),
    /// Delete subscriptions.
    #[command(visible_alias = "rm")]
    Delete(DeleteArgs),
    /// Deliver the topic's last node now (the test toggle) and wait for the outcome.
    Test(TestArgs),
    /// Do what the server would for this subscription and a node, here: query, templates, sign, POST.
    Deliver(Box<deliver::Args>),
    /// Remove session subscriptions left behind by `hookctl listen --subscribe`.
    PruneTemporary(PruneArgs),
}

pub async fn run(cmd: Command, ctx: &Context) -> Result<Exit> {
    let provider = ctx.provider()?;
    if provider == Provider::Scope {
        sentera::reject_on_scope(&cmd)?;
    }
    match (cmd, provider) {
        (Command::List(a), _) if a.temporary => temporary::list(a.sentera.org, &a.api, ctx).await,
        (Command::PruneTemporary(a), _) => temporary::prune_command(a, ctx).await,
        (Command::List(a), Provider::Scope) => list::run(a, ctx).await,
        (Command::List(a), Provider::Sentera) => sentera::list(a, ctx).await,
        (Command::Show(a), Provider::Scope) => show::run(a, ctx).await,
        (Command::Show(a), Provider::Sentera) => sentera::show(a, ctx).await,
        (Command::Create(a), Provider::Scope) => edit::create(*a, ctx).await,
        (Command::Create(a), Provider::Sentera) => sentera::create(*a, ctx).await,
        (Command::Delete(a), Provider::Scope) => bulk::delete(a, ctx).await,
        (Command::Delete(a), Provider::Sentera) => sentera::delete(a, ctx).await,
        (Command::Update(a), Provider::Scope) => edit::update(*a, ctx).await,
        (Command::Enable(a), Provider::Scope) => bulk::enable(a, ctx).await,
        (Command::Disable(a), Provider::Scope) => bulk::disable(a, ctx).await,
        (Command::Test(a), Provider::Scope) => test::run(a, ctx).await,
        (Command::Deliver(a), Provider::Scope) => deliver::run(*a, ctx).await,
        (cmd, Provider::Sentera) => Err(sentera::unavailable(&cmd)),
    }
}

/// Waits for a spawned request.
async fn join<T>(h: tokio::task::JoinHandle<std::result::Result<T, ApiError>>) -> Result<T> {
    match h.await {
        Ok(r) => Ok(r?),
        Err(e) => Err(Error::internal(format!("a request task failed: {e}"))),
    }
}
