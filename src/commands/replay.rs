//! `hookctl replay`: re-send deliveries captured with `listen --save`, through the one delivery
//! engine (`delivery::Engine`, with the captured method).

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::{Value, json};

use crate::delivery::{self, Engine, Request};
use crate::error::{Error, Exit, Result};
use crate::input;
use crate::listener::Capture;
use crate::output::{self, Ctx, Render};

#[derive(Debug, clap::Args)]
#[command(after_help = "Each replay sends the saved method, exact body and original headers (but \
    host, content-length, connection, transfer-encoding and other hop-by-hop headers), so the \
    signature still matches. Without --index or --all, the last capture is replayed.\n\n\
    Exit status: 0 all answered 2xx, 5 some answered otherwise, 4 a connection failed, 3 the file \
    is unusable.")]
pub struct Args {
    /// A file written by `hookctl listen --save` (`-` for standard input).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Replay the N-th capture (1 is the first line).
    #[arg(long, short = 'n', value_name = "N", conflicts_with = "all",
          value_parser = clap::value_parser!(u64).range(1..))]
    pub index: Option<u64>,
    /// Replay every capture, in order.
    #[arg(long)]
    pub all: bool,
    /// Where to send them.
    #[arg(long, value_name = "URL")]
    pub to: url::Url,
    /// Seconds to wait for each answer.
    #[arg(long, value_name = "SECS", default_value_t = 5.0)]
    pub timeout: f64,
}

/// Reads every capture, naming the line of the first that is not one. Blank lines are skipped.
pub fn read_captures(path: &Path) -> Result<Vec<Capture>> {
    parse_captures(&input::read_text(path)?, path)
}

/// [`read_captures`] on the file's text (`path` names it in errors); public for the fuzzer.
pub fn parse_captures(text: &str, path: &Path) -> Result<Vec<Capture>> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let c: Capture = serde_json::from_str(line).map_err(|e| {
            Error::input(format!("{} line {}: not a capture: {e}", input::display(path), i + 1))
                .with_hint("each line must be a JSON object as `hookctl listen --save` writes it")
        })?;
        if c.body.is_none() && c.body_base64.is_none() {
            return Err(Error::input(format!(
                "{} line {}: the capture has neither body nor body_base64",
                input::display(path),
                i + 1
            )));
        }
        out.push(c);
    }
    Ok(out)
}

enum Outcome {
    Answered { status: u16, reason: String },
    Failed(String),
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<Exit> {
    if !matches!(args.to.scheme(), "http" | "https") {
        return Err(Error::usage(format!("--to needs an http(s) URL, not {}", args.to)));
    }
    if !(args.timeout.is_finite() && args.timeout > 0.0) {
        return Err(Error::usage("--timeout must be a positive number of seconds"));
    }
    let captures = read_captures(&args.file)?;
    if captures.is_empty() {
        return Err(Error::input(format!("{} holds no captures", input::display(&args.file))));
    }
    let chosen: Vec<(usize, &Capture)> = match (args.index, args.all) {
        (_, true) => captures.iter().enumerate().map(|(i, c)| (i + 1, c)).collect(),
        (Some(n), false) => {
            let n = n as usize;
            let c = captures.get(n - 1).ok_or_else(|| {
                Error::input(format!(
                    "there is no capture {n}: {} holds {}",
                    input::display(&args.file),
                    captures.len()
                ))
            })?;
            vec![(n, c)]
        }
        (None, false) => vec![(captures.len(), captures.last().expect("not empty"))],
    };
    let engine = Engine::new(Duration::from_secs_f64(args.timeout)).map_err(Error::internal)?;

    let (mut refused, mut unreachable) = (0usize, 0usize);
    for (n, cap) in &chosen {
        let body = cap
            .body_bytes()
            .map_err(|e| Error::input(format!("capture {n}: body_base64 is not base64: {e}")))?;
        let headers = cap.end_to_end_headers().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        let request = Request { url: args.to.to_string(), headers, body };
        let attempt = engine
            .send_as(&cap.method, request)
            .await
            .ok_or_else(|| Error::input(format!("capture {n}: {:?} is not an HTTP method", cap.method)))?;
        let outcome = match (&attempt.response, &attempt.failure) {
            (Some(r), _) => Outcome::Answered { status: r.status, reason: r.reason().to_string() },
            (None, Some(f)) => Outcome::Failed(describe(f)),
            (None, None) => Outcome::Failed("no response".into()),
        };
        let ms = attempt.duration.as_secs_f64() * 1000.0;
        match &outcome {
            Outcome::Answered { status, .. } if (200..300).contains(status) => {}
            Outcome::Answered { .. } => refused += 1,
            Outcome::Failed(_) => unreachable += 1,
        }
        output::emit_line(ctx, &Replayed { n: *n, cap, to: &args.to, outcome, ms });
    }
    if unreachable > 0 {
        return Err(Error::network(format!(
            "{unreachable} of {} replays could not reach {}",
            chosen.len(),
            args.to
        ))
        .with_hint("is the receiver running? check the URL and port"));
    }
    if refused > 0 {
        ctx.info(format!("{refused} of {} replays were not accepted (non-2xx)", chosen.len()));
        return Ok(Exit::Delivery);
    }
    Ok(Exit::Ok)
}

/// One replay's result: a JSON line, or `#N topic → URL status  ms`.
struct Replayed<'a> {
    n: usize,
    cap: &'a Capture,
    to: &'a url::Url,
    outcome: Outcome,
    ms: f64,
}

impl Render for Replayed<'_> {
    fn json(&self) -> Value {
        let mut v = json!({
            "index": self.n,
            "received_at": crate::listener::capture::format_time(&self.cap.received_at),
            "method": self.cap.method,
            "to": self.to.as_str(),
            "latency_ms": (self.ms * 10.0).round() / 10.0,
        });
        match &self.outcome {
            Outcome::Answered { status, .. } => {
                v["status"] = json!(status);
                v["ok"] = json!((200..300).contains(status));
            }
            Outcome::Failed(e) => {
                v["status"] = json!(null);
                v["ok"] = json!(false);
                v["error"] = json!(e);
            }
        }
        v
    }

    fn text(&self) -> String {
        let (n, to, ms) = (self.n, self.to, self.ms);
        let topic = self.cap.header("x-scope-topic").map(|t| format!(" {t}")).unwrap_or_default();
        match &self.outcome {
            Outcome::Answered { status, reason } => {
                format!("#{n}{topic} → {to} {status} {reason}  {ms:.1} ms\n")
            }
            Outcome::Failed(e) => format!("#{n}{topic} → {to} failed: {e}  {ms:.1} ms\n"),
        }
    }
}

/// A failure where nothing answered, in replay's words.
fn describe(f: &delivery::Failure) -> String {
    match f {
        delivery::Failure::Timeout(_) => "timed out".into(),
        delivery::Failure::Connect(cause) => format!("cannot connect: {cause}"),
        other => other.to_string(),
    }
}
