//! `hookctl completions SHELL`: completions generated from the same clap definition.

use clap_complete::Shell;

use crate::error::{Exit, Result};
use crate::output::{self, Ctx};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  hookctl completions bash > ~/.local/share/bash-completion/completions/hookctl"
)]
pub struct Args {
    /// The shell to generate completions for.
    #[arg(value_enum)]
    pub shell: Shell,
}

pub async fn run(script: &[u8], _ctx: &Ctx) -> Result<Exit> {
    output::write_stdout(script);
    Ok(Exit::Ok)
}
