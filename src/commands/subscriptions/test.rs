//! `hookctl subscriptions test`: start a test delivery and wait for its outcome.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::api::scope::subscriptions as subs;
use crate::context::Context;
use crate::error::{Error, Exit, Result};
use crate::output::{Render, emit};

#[derive(Debug, clap::Args)]
pub struct TestArgs {
    /// The subscription's id.
    #[arg(add = crate::complete::subscriptions())]
    pub id: String,
    /// Start the test delivery and return; do not wait for its outcome.
    #[arg(long)]
    pub no_wait: bool,
    /// Seconds to wait for the outcome.
    #[arg(long, value_name = "SECONDS", default_value_t = 60.0)]
    pub timeout: f64,
}

pub async fn run(args: TestArgs, ctx: &Context) -> Result<Exit> {
    if !(args.timeout.is_finite() && args.timeout > 0.0) {
        return Err(Error::usage("--timeout must be a positive number of seconds"));
    }
    // This command's own --timeout is the wait for the outcome; requests keep HOOKCTL_TIMEOUT.
    let request_timeout = std::env::var("HOOKCTL_TIMEOUT").ok().and_then(|v| v.parse::<f64>().ok());
    let client = ctx.client(request_timeout)?;
    let mut delivery = subs::test(&client, &args.id).await?;
    ctx.info(format!(
        "Test delivery {} started (job {}, node {}).",
        delivery.id, delivery.job_id, delivery.node_id
    ));
    if !args.no_wait {
        let deadline = Instant::now() + Duration::from_secs_f64(args.timeout);
        let mut pause = Duration::from_millis(200);
        while delivery.is_pending() && !(delivery.attempts > 0 && delivery.last_error.is_some()) {
            if Instant::now() >= deadline {
                emit(ctx, &DeliveryView(delivery.clone()));
                return Err(Error::new(
                    Exit::Delivery,
                    format!("the test delivery is still pending after {} s", args.timeout),
                )
                .with_hint(format!(
                    "check later with `hookctl errors list {}`, or wait longer with --timeout",
                    args.id
                )));
            }
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(Duration::from_secs(2));
            delivery = crate::api::scope::deliveries::get(&client, &delivery.id).await?;
        }
    }
    emit(ctx, &DeliveryView(delivery.clone()));
    if args.no_wait {
        return Ok(Exit::Ok);
    }
    match delivery.status.as_str() {
        "SUCCEEDED" => Ok(Exit::Ok),
        "SKIPPED" => Ok(Exit::Negative),
        _ => Err(Error::new(
            Exit::Delivery,
            format!(
                "the test delivery failed: {}",
                delivery.last_error.as_ref().map(|e| e.message.as_str()).unwrap_or("no details")
            ),
        )
        .with_hint(match &delivery.last_error {
            Some(e) => format!("see the request and response with `hookctl errors show {}`", e.id),
            None => format!("see `hookctl errors list {}`", args.id),
        })),
    }
}

struct DeliveryView(crate::api::scope::deliveries::Delivery);

impl Render for DeliveryView {
    fn json(&self) -> Value {
        serde_json::to_value(&self.0).unwrap_or(Value::Null)
    }

    fn text(&self) -> String {
        let d = &self.0;
        let mut out = format!("{:<15} {}\n", "Delivery", d.id);
        out.push_str(&format!("{:<15} {}\n", "Status", d.status));
        out.push_str(&format!("{:<15} {}\n", "Attempts", d.attempts));
        if let Some(s) = d.last_response_status {
            out.push_str(&format!("{:<15} HTTP {s}\n", "Last response"));
        }
        if let Some(e) = &d.last_error {
            out.push_str(&format!("{:<15} {} (error {})\n", "Last error", e.message, e.id));
        }
        if d.is_pending()
            && let Some(at) = &d.next_attempt_at
        {
            out.push_str(&format!(
                "{:<15} {}\n",
                "Next attempt",
                at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
            ));
        }
        out
    }
}
