//! `hookctl listen` (not built yet).

use crate::error::{Error, Exit, Result};
use crate::output::Ctx;

#[derive(Debug, clap::Args)]
pub struct Args {}

pub async fn run(_args: Args, _ctx: &Ctx) -> Result<Exit> {
    Err(Error::internal("`hookctl listen` is not built yet"))
}
