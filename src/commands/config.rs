//! `hookctl config` (not built yet).

use crate::cli::GlobalArgs;
use crate::error::{Error, Exit, Result};
use crate::output::Ctx;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Not built yet.
    List,
}

pub async fn run(_cmd: Command, _global: &GlobalArgs, _ctx: &Ctx) -> Result<Exit> {
    Err(Error::internal("`hookctl config` is not built yet"))
}
