//! `hookctl events`: the delivery events of a subscription. Only Sentera's API has them; with
//! Scope's API the command says so (failed deliveries are `hookctl errors list`).

use crate::cli::GlobalArgs;
use crate::error::{Exit, Result};
use crate::output::Ctx;
use crate::sentera::commands::{EventsListArgs, events_list};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List a subscription's events with their delivery status (Sentera's API), a page at a time.
    #[command(visible_alias = "ls")]
    List(EventsListArgs),
}

pub async fn run(cmd: Command, global: &GlobalArgs, ctx: &Ctx) -> Result<Exit> {
    match cmd {
        Command::List(a) => events_list(a, global, ctx).await,
    }
}
