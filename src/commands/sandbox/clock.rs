//! `hookctl sandbox clock show|advance`: the sandbox clock retries are scheduled on.
//!
//! `advance` moves the clock in steps, each ending at or after the next retry's due time (the
//! sandbox runs every retry window inside a step at its own time, as in one long advance), so
//! Ctrl-C stops it between two steps, at a time it reports; it sums what each step did. Steps grow
//! while they answer quickly and shrink when they are slow, so a long advance over a large
//! backlog makes few requests yet still stops within about a second of Ctrl-C.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use clap::Args;
use serde_json::{Value, json};

use super::{SandboxArgs, local_client};
use crate::api::scope::sandbox::{self as api_sandbox, ClockStep};
use crate::api::{ApiError, Client};
use crate::context::Context;
use crate::error::{Error, Exit, Result};
use crate::output::{Render, emit, plural};
use crate::sandbox;

#[derive(Debug, Args)]
pub struct ClockShowArgs {
    #[command(flatten)]
    pub api: SandboxArgs,
}

#[derive(Debug, Args)]
pub struct ClockAdvanceArgs {
    /// How far: 90s, 15m, 2h, 21d, 3w (a bare number is seconds; the units of every duration
    /// and age hookctl reads).
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
    let seconds = seconds as i64;
    let client = local_client(ctx, &a.api)?;
    // A zero step: connects first (a sandbox that is down fails before "advancing…" is said),
    // and tells when the first retry falls due.
    let first = api_sandbox::advance_clock(&client, 0).await.map_err(|e| super::down_hint(e.into()))?;
    ctx.info(format!("advancing the sandbox clock by {}, running the retries that fall due…", span(seconds)));
    let stop = stop_on_ctrl_c(ctx);
    let done = advance_from(&client, first, seconds, &stop).await?;
    emit(ctx, &done);
    if done.interrupted {
        ctx.warn(format!(
            "interrupted: the sandbox clock stopped at {}, {} of {} forward; every retry due by then has run",
            done.now,
            span(done.advanced_seconds),
            span(seconds)
        ));
        return Ok(Exit::Interrupted);
    }
    Ok(Exit::Ok)
}

/// A flag Ctrl-C sets (the advance then ends after its current step); a second Ctrl-C exits at
/// once.
fn stop_on_ctrl_c(ctx: &Context) -> Arc<AtomicBool> {
    let stop = Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    let quiet = ctx.quiet;
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            flag.store(true, Ordering::SeqCst);
            if !quiet {
                eprintln!("stopping after the current step (Ctrl-C again to quit at once)…");
            }
            if tokio::signal::ctrl_c().await.is_ok() {
                std::process::exit(i32::from(Exit::Interrupted.code()));
            }
        }
    });
    stop
}

/// What an advance did, summed over its steps.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Advanced {
    /// The sandbox clock at the end (RFC 3339).
    pub now: String,
    pub requested_seconds: i64,
    pub advanced_seconds: i64,
    pub attempts: i64,
    pub succeeded: i64,
    pub failed: i64,
    pub subscriptions_disabled: i64,
    pub pending: i64,
    pub interrupted: bool,
}

impl Advanced {
    fn add(&mut self, step: &ClockStep) {
        self.now = sandbox::clock::rfc3339(step.now.timestamp_millis());
        self.attempts += step.attempts;
        self.succeeded += step.succeeded;
        self.failed += step.failed;
        self.subscriptions_disabled += step.subscriptions_disabled;
        self.pending = step.pending;
    }
}

/// Moves the sandbox clock `seconds` forward in steps, running every retry that falls due;
/// stops between two steps once `stop` is set.
pub async fn advance_by(
    client: &Client,
    seconds: i64,
    stop: &AtomicBool,
) -> std::result::Result<Advanced, ApiError> {
    let first = api_sandbox::advance_clock(client, 0).await?;
    advance_from(client, first, seconds, stop).await
}

/// [`advance_by`] after its zero step `first`.
async fn advance_from(
    client: &Client,
    first: ClockStep,
    seconds: i64,
    stop: &AtomicBool,
) -> std::result::Result<Advanced, ApiError> {
    let mut done = Advanced { requested_seconds: seconds, ..Advanced::default() };
    done.add(&first);
    let mut last = first;
    // The smallest step in seconds; quadrupled after a quick step, halved after a slow one.
    let mut chunk: i64 = 60;
    while done.advanced_seconds < seconds {
        if stop.load(Ordering::SeqCst) {
            done.interrupted = true;
            break;
        }
        let left = seconds - done.advanced_seconds;
        let to_next = last.next_attempt_at.map(|t| ((t - last.now).num_milliseconds() + 999) / 1000);
        let step = to_next.unwrap_or(left).max(chunk).clamp(1, left);
        let started = Instant::now();
        last = api_sandbox::advance_clock(client, step).await?;
        let took = started.elapsed();
        if took < Duration::from_millis(250) {
            chunk = chunk.saturating_mul(4);
        } else if took > Duration::from_secs(1) {
            chunk = (chunk / 2).max(1);
        }
        done.advanced_seconds += step;
        done.add(&last);
    }
    Ok(done)
}

/// `1814400` → `21d`, `5400` → `1h 30m`.
fn span(seconds: i64) -> String {
    let parts = [(86_400, "d"), (3600, "h"), (60, "m"), (1, "s")];
    let mut left = seconds;
    let mut out = Vec::new();
    for (size, unit) in parts {
        if left >= size {
            out.push(format!("{}{unit}", left / size));
            left %= size;
        }
    }
    if out.is_empty() { "0s".into() } else { out.join(" ") }
}

impl Render for Advanced {
    fn json(&self) -> Value {
        json!({
            "now": self.now,
            "requestedSeconds": self.requested_seconds,
            "advancedSeconds": self.advanced_seconds,
            "attempts": self.attempts,
            "succeeded": self.succeeded,
            "failed": self.failed,
            "subscriptionsDisabled": self.subscriptions_disabled,
            "pending": self.pending,
            "interrupted": self.interrupted,
        })
    }
    fn text(&self) -> String {
        let advanced = if self.interrupted {
            format!("{} of {} (interrupted)", span(self.advanced_seconds), span(self.requested_seconds))
        } else {
            span(self.advanced_seconds)
        };
        [
            ("Now", self.now.clone()),
            ("Advanced", advanced),
            ("Attempts", format!("{}: {} succeeded, {} failed", self.attempts, self.succeeded, self.failed)),
            (
                "Disabled",
                format!(
                    "{} subscription{}",
                    self.subscriptions_disabled,
                    plural(self.subscriptions_disabled)
                ),
            ),
            ("Pending", format!("{} notification{}", self.pending, plural(self.pending))),
        ]
        .iter()
        .map(|(k, v)| format!("{k:<10} {v}\n"))
        .collect()
    }
    fn ids(&self) -> String {
        self.now.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans() {
        assert_eq!(span(1_814_400), "21d");
        assert_eq!(span(5400), "1h 30m");
        assert_eq!(span(0), "0s");
        assert_eq!(span(90_061), "1d 1h 1m 1s");
    }
}
