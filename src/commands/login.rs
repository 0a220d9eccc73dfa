//! `hookctl login` and `hookctl logout` (not built yet).

use crate::cli::GlobalArgs;
use crate::error::{Error, Exit, Result};
use crate::output::Ctx;

#[derive(Debug, clap::Args)]
pub struct LoginArgs {}

#[derive(Debug, clap::Args)]
pub struct LogoutArgs {}

pub async fn login(_args: LoginArgs, _global: &GlobalArgs, _ctx: &Ctx) -> Result<Exit> {
    Err(Error::internal("`hookctl login` is not built yet"))
}

pub async fn logout(_args: LogoutArgs, _global: &GlobalArgs, _ctx: &Ctx) -> Result<Exit> {
    Err(Error::internal("`hookctl logout` is not built yet"))
}
