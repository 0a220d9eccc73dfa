//! hookctl: manage, test and debug webhook subscriptions on GraphQL webhook APIs.

pub mod api;
pub mod cli;
pub mod commands;
pub mod complete;
pub mod config;
pub mod context;
pub mod delivery;
pub mod duration;
pub mod error;
pub mod global_id;
pub mod input;
pub mod listener;
pub mod manifest;
pub mod output;
pub mod paths;
pub mod payload;
pub mod prompt;
pub mod provider;
pub mod sandbox;
pub mod secret;
pub mod signing;
pub mod templates;
pub mod web;

use std::ffi::OsString;
use std::process::ExitCode;

use crate::cli::Command;
use crate::context::{Context, Globals};
use crate::error::{Error, Exit};
use crate::output::Ctx;

/// Parses arguments, runs the command and maps the outcome to an exit code.
pub fn run(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let args: Vec<OsString> = args.into_iter().collect();
    if let Some(code) = complete::answer(&args, cli::command) {
        return code;
    }
    let cli = match cli::parse(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { Exit::Usage.code() } else { 0 });
        }
    };
    let g = &cli.global;
    output::configure_tables(g.wide, g.columns.clone());
    let term = Ctx::new(g.output, g.no_input, g.color, g.quiet, g.verbose);
    api::adapt::configure(api::adapt::Settings { off: g.no_adapt, refresh: g.refresh_schema });
    let globals = Globals { profile: g.profile.clone(), endpoint: g.endpoint.clone(), provider: g.provider };
    let ctx = Context::new(term, globals);
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => return report(&ctx, &Error::internal(format!("cannot start the async runtime: {e}"))),
    };
    match runtime.block_on(dispatch(cli.command, &ctx)) {
        Ok(exit) => ExitCode::from(exit.code()),
        Err(e) => {
            let provider = ctx.provider().map_or("the provider's API", |p| p.label());
            report(&ctx, &e.naming_provider(provider))
        }
    }
}

/// Runs one command with the resolved context.
async fn dispatch(command: Command, ctx: &Context) -> Result<Exit, Error> {
    use commands::*;
    match command {
        Command::Sign(a) => sign::run(a, ctx).await,
        Command::Verify(a) => verify::run(a, ctx).await,
        Command::Render(a) => render::run(a, ctx).await,
        Command::Send(a) => send::run(*a, ctx).await,
        Command::Listen(a) => listen::run(*a, ctx).await,
        Command::Replay(a) => replay::run(a, ctx).await,
        Command::Subscriptions(c) => subscriptions::run(c, ctx).await,
        Command::Topics(c) => topics::run(c, ctx).await,
        Command::Errors(c) => errors::run(c, ctx).await,
        Command::Events(c) => events::run(c, ctx).await,
        Command::Deliveries(c) => deliveries::run(c, ctx).await,
        Command::Login(a) => login::login(a, ctx).await,
        Command::Logout(a) => login::logout(a, ctx).await,
        Command::Config(c) => config::run(c, ctx).await,
        Command::Api(c) => api::run(c, ctx).await,
        Command::Sandbox(c) => sandbox::run(c, ctx).await,
        Command::Demo(a) => demo::run(a, ctx).await,
        Command::Completions(a) => {
            completions::run(&cli::completion_script(a.shell, a.static_script), ctx).await
        }
        Command::Export(a) => manifest::export(a, ctx).await,
        Command::Plan(a) => manifest::plan(a, ctx).await,
        Command::Apply(a) => manifest::apply(a, ctx).await,
    }
}

fn report(ctx: &Ctx, e: &Error) -> ExitCode {
    eprintln!("{} {}", ctx.paint("31;1", "error:"), escape_controls(&e.message));
    if let Some(hint) = &e.hint {
        eprintln!("  {} {}", ctx.paint("36", "hint:"), escape_controls(hint));
    }
    ExitCode::from(e.exit.code())
}

/// A message with its control characters escaped (`\n`, `\u{0}`): text from a server or an
/// argument (a NUL from a cut-off answer, a newline in an id) must not reach the terminal raw.
pub fn escape_controls(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}
