//! One module per command or noun; each turns its arguments into a call and renders the result.

pub mod api;
pub mod completions;
pub mod config;
pub mod deliver;
pub mod demo;
pub mod errors;
pub mod events;
pub mod legacy;
pub mod listen;
pub mod login;
pub mod render;
pub mod replay;
pub mod sandbox;
pub mod send;
pub mod sign;
pub mod subscriptions;
pub mod topics;
pub mod verify;

use crate::cli::{Cli, Command};
use crate::error::{Exit, Result};
use crate::output::Ctx;

pub async fn dispatch(cli: Cli, ctx: &Ctx) -> Result<Exit> {
    let global = cli.global;
    match cli.command {
        Command::Sign(a) => sign::run(a, ctx).await,
        Command::Verify(a) => verify::run(a, ctx).await,
        Command::Render(a) => render::run(a, ctx).await,
        Command::Send(a) => send::run(*a, ctx).await,
        Command::Listen(a) => listen::run(a, ctx).await,
        Command::Replay(a) => replay::run(a, ctx).await,
        Command::Subscriptions(c) => subscriptions::run(c, &global, ctx).await,
        Command::Topics(c) => topics::run(c, &global, ctx).await,
        Command::Errors(c) => errors::run(c, &global, ctx).await,
        Command::Events(c) => events::run(c, &global, ctx).await,
        Command::Login(a) => login::login(a, &global, ctx).await,
        Command::Logout(a) => login::logout(a, &global, ctx).await,
        Command::Config(c) => config::run(c, &global, ctx).await,
        Command::Api(c) => api::run(c, &global, ctx).await,
        Command::Sandbox(c) => sandbox::run(c, &global, ctx).await,
        Command::Demo(a) => demo::run(a, ctx).await,
        Command::Completions(a) => completions::run(a, ctx).await,
    }
}
