//! `hookctl completions SHELL`: the shell's completion script, from the same clap definition.

use clap_complete::Shell;

use crate::error::{Exit, Result};
use crate::output::{self, Ctx};

#[derive(Debug, clap::Args)]
#[command(after_help = "The script registers hookctl as its own completer: on TAB the shell runs \
    `COMPLETE=SHELL hookctl -- WORDS…`, which answers subcommands, flags and values — topic keys, \
    subscription and error ids, profile names — from the API of the profile in use (cached for \
    60 s; a slow or failing API gives no values, never an error). Source it at shell start so it \
    always matches the installed binary. --static prints a script that never calls hookctl (no \
    API values), as committed in the repository's completions/.")]
pub struct Args {
    /// The shell to generate completions for.
    #[arg(value_enum)]
    pub shell: Shell,
    /// Print a self-contained script (no values from the API) instead of the dynamic one.
    #[arg(long = "static")]
    pub static_script: bool,
}

pub async fn run(script: &[u8], _ctx: &Ctx) -> Result<Exit> {
    output::write_stdout(script);
    Ok(Exit::Ok)
}
