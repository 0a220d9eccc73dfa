//! hookctl: manage, test and debug webhook subscriptions on GraphQL webhook APIs.

pub mod api;
pub mod cli;
pub mod commands;
pub mod config;
pub mod delivery;
pub mod duration;
pub mod error;
pub mod global_id;
pub mod input;
pub mod listener;
pub mod output;
pub mod paths;
pub mod payload;
pub mod sandbox;
pub mod secret;
pub mod sentera;
pub mod signing;
pub mod templates;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::Parser;

use crate::error::{Error, Exit};
use crate::output::Ctx;

/// Parses arguments, runs the command and maps the outcome to an exit code.
pub fn run(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let cli = match cli::Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { Exit::Usage.code() } else { 0 });
        }
    };
    let g = &cli.global;
    let ctx = Ctx::new(g.output, g.no_input, g.color, g.quiet, g.verbose);
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => return report(&ctx, &Error::internal(format!("cannot start the async runtime: {e}"))),
    };
    match runtime.block_on(commands::dispatch(cli, &ctx)) {
        Ok(exit) => ExitCode::from(exit.code()),
        Err(e) => report(&ctx, &e),
    }
}

fn report(ctx: &Ctx, e: &Error) -> ExitCode {
    eprintln!("{} {}", ctx.paint("31;1", "error:"), e.message);
    if let Some(hint) = &e.hint {
        eprintln!("  {} {hint}", ctx.paint("36", "hint:"));
    }
    ExitCode::from(e.exit.code())
}
