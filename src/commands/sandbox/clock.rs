//! `hookctl sandbox clock show|advance`: the sandbox clock retries are scheduled on.

use clap::Args;
use serde_json::{Value, json};

use super::{SandboxArgs, local_client};
use crate::api::scope::sandbox as api_sandbox;
use crate::context::Context;
use crate::error::{Error, Exit, Result};
use crate::output::{Render, emit};
use crate::sandbox;

#[derive(Debug, Args)]
pub struct ClockShowArgs {
    #[command(flatten)]
    pub api: SandboxArgs,
}

#[derive(Debug, Args)]
pub struct ClockAdvanceArgs {
    /// How far: 90s, 15m, 2h, 21d, 3w (a bare number is seconds).
    pub duration: String,
    #[command(flatten)]
    pub api: SandboxArgs,
}

struct ClockNow(String);

impl Render for ClockNow {
    fn json(&self) -> Value {
        json!({ "now": self.0 })
    }
    fn text(&self) -> String {
        self.0.clone()
    }
}

pub async fn show(a: ClockShowArgs, ctx: &Context) -> Result<Exit> {
    let client = local_client(ctx, &a.api)?;
    emit(ctx, &ClockNow(api_sandbox::now(&client).await.map_err(|e| super::down_hint(e.into()))?));
    Ok(Exit::Ok)
}

pub async fn advance(a: ClockAdvanceArgs, ctx: &Context) -> Result<Exit> {
    let d = crate::duration::parse(&a.duration).map_err(Error::usage)?;
    let seconds = d.as_secs_f64().round();
    if seconds > f64::from(i32::MAX) {
        return Err(Error::usage(format!("{} is too far: at most {} seconds", a.duration, i32::MAX)));
    }
    let client = local_client(ctx, &a.api)?;
    // Say "advancing…" only once the sandbox has answered (a sandbox that is down fails first).
    api_sandbox::now(&client).await.map_err(|e| super::down_hint(e.into()))?;
    ctx.info(format!(
        "advancing the sandbox clock by {} s, running the retries that fall due…",
        seconds as i64
    ));
    let now = api_sandbox::advance_clock(&client, seconds as i64).await?;
    emit(ctx, &ClockNow(sandbox::clock::rfc3339(now.timestamp_millis())));
    Ok(Exit::Ok)
}
