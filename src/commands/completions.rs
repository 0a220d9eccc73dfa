//! `hookctl completions SHELL`: completions generated from the same clap definition.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;
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

/// The completion script for one shell, as committed in `completions/`.
pub fn generate(shell: Shell) -> Vec<u8> {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "hookctl", &mut buf);
    buf
}

pub async fn run(args: Args, _ctx: &Ctx) -> Result<Exit> {
    output::write_stdout(&generate(args.shell));
    Ok(Exit::Ok)
}
