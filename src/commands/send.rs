//! `hookctl send`: one delivery exactly as the server makes it, or a small load test.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use base64::Engine as _;
use chrono::Utc;
use serde_json::{Value, json};

use crate::commands::args::SecretArgs;
use crate::delivery::{
    self, Attempt, Engine, Envelope, Notification, PrepareError, Prepared, Request, Templates, Validate,
};
use crate::error::{Error, Exit, Result};
use crate::input;
use crate::output::{self, Ctx, Render};
use crate::payload::{self, ContentType};
use crate::templates::{self, Template};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The current payload with `X-Scope-*` headers.
    Scope,
    /// The first-generation payload `{time, event, type, data: {resource-id, …}}` (`legacy`
    /// works too).
    #[value(alias = "legacy")]
    FirstGeneration,
}

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Exit status: 0 delivered, 5 not accepted (non-2xx, redirect, error template), 4 unreachable or timed out."
)]
pub struct Args {
    /// The callback URL to POST to.
    pub url: String,
    /// The payload: a JSON file (its keys become template variables), or - for standard input.
    #[arg(long, short = 'd', value_name = "FILE", conflicts_with_all = ["node_id", "node_url"])]
    pub data: Option<PathBuf>,
    /// Send the default payload `{"data": {"id": …, "url": …}}` for this node id (a random one otherwise).
    #[arg(long, value_name = "ID")]
    pub node_id: Option<String>,
    /// The node's REST URL in the default payload (derived from --domain otherwise).
    #[arg(long, value_name = "URL")]
    pub node_url: Option<String>,
    /// A Liquid body template rendered with the payload's variables.
    #[arg(long, short = 't', value_name = "FILE")]
    pub template: Option<PathBuf>,
    /// A Liquid error-handling template applied to the response (`body`, `headers`).
    #[arg(long, value_name = "FILE")]
    pub error_template: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = ContentType::Json)]
    pub content_type: ContentType,
    /// `X-Scope-Topic`.
    #[arg(long, default_value = "scenario_session/completed", add = crate::complete::topics())]
    pub topic: String,
    /// `X-Scope-Topic-Version`.
    #[arg(long, default_value = "1.1")]
    pub topic_version: String,
    /// `X-Scope-API-Version`.
    #[arg(long, default_value = delivery::API_VERSION)]
    pub api_version: String,
    /// `X-Scope-Domain`.
    #[arg(long, default_value = "scopear.com")]
    pub domain: String,
    /// `X-Scope-Webhook-Id` (a random UUID otherwise).
    #[arg(long, value_name = "ID")]
    pub webhook_id: Option<String>,
    /// `X-Scope-Webhook-Job-Id` (a random UUID per request otherwise).
    #[arg(long, value_name = "ID")]
    pub job_id: Option<String>,
    /// An extra request header, `Name: value` (repeatable).
    #[arg(long = "header", short = 'H', value_name = "HEADER")]
    pub headers: Vec<String>,
    /// Payload format.
    #[arg(long, value_enum, default_value_t = Format::Scope)]
    pub format: Format,
    /// First-generation format: the event (`create` or `update`).
    #[arg(long, default_value = "create", value_parser = ["create", "update"])]
    pub event: String,
    /// First-generation format: the resource type.
    #[arg(long, default_value = "scenario")]
    pub resource_type: String,
    /// Give up waiting for a response after this long (e.g. 5s, 500ms).
    #[arg(long, default_value = "5s", value_parser = crate::duration::parse)]
    pub timeout: Duration,
    /// Send this many requests (a small load test of your own endpoint).
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u64).range(1..))]
    pub repeat: u64,
    /// How many requests are in flight at once with --repeat.
    #[arg(long, short = 'c', default_value_t = 1, value_parser = clap::value_parser!(u64).range(1..=1000))]
    pub concurrency: u64,
    #[command(flatten)]
    pub secret: SecretArgs,
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<Exit> {
    url::Url::parse(&args.url)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .ok_or_else(|| Error::usage(format!("`{}` is not an http(s) URL", args.url)))?;
    let secret = args.secret.resolve(ctx, None)?;
    let error_template = args.error_template.as_deref().map(load_template).transpose()?;
    let body_template = args.template.as_deref().map(load_template).transpose()?;
    let templates = Templates { validation: None, body: body_template, error: None };
    let request = build_request(&args, &templates, secret.as_ref().map(|s| s.as_bytes()))?;
    let engine = Engine::new(args.timeout).map_err(Error::internal)?;
    if args.repeat == 1 {
        single(ctx, &engine, request, error_template.as_ref()).await
    } else {
        load_test(ctx, &args, engine, request, error_template).await
    }
}

fn load_template(path: &std::path::Path) -> Result<Template> {
    let src = input::read_text(path)?;
    templates::parse(&src).map_err(|e| {
        Error::input(format!("{}: {e}", input::display(path)))
            .with_hint("`hookctl render` shows where it fails")
    })
}

/// What a notification is made from: data for the templates, or a file sent as it is.
enum Payload {
    Data(Value),
    Raw(Vec<u8>),
}

/// The `--data` file: without a template a JSON body goes out byte for byte, as written (and a
/// file that is not JSON always does); with one, the file's JSON feeds it.
fn read_payload(path: &std::path::Path, templated: bool, content_type: ContentType) -> Result<Payload> {
    let raw = input::read_bytes(path)?;
    match (serde_json::from_slice::<Value>(&raw), templated, content_type) {
        (Ok(_), false, ContentType::Json) => Ok(Payload::Raw(raw)),
        (Ok(data), _, _) => Ok(Payload::Data(data)),
        (Err(_), false, _) => Ok(Payload::Raw(raw)),
        (Err(e), true, _) => Err(Error::input(format!(
            "{} is not valid JSON, so it cannot feed a template: {e}",
            input::display(path)
        ))),
    }
}

/// Builds the request the server would send: Scope's through [`delivery::prepare`] (body template,
/// envelope, signature), first-generation ones with [`Request::first_generation`].
fn build_request(args: &Args, templates: &Templates, secret: Option<&[u8]>) -> Result<Request> {
    let now = Utc::now();
    let node_id = args.node_id.clone().unwrap_or_else(sample_node_id);
    let node_url = args.node_url.clone().unwrap_or_else(|| payload::node_url(&args.domain, &node_id));
    let data = match (&args.data, args.format) {
        (Some(path), _) => read_payload(path, templates.body.is_some(), args.content_type)?,
        (None, Format::FirstGeneration) => Payload::Data(payload::first_generation_payload(
            now,
            &args.event,
            &args.resource_type,
            &node_id,
            &node_url,
        )),
        (None, Format::Scope) => Payload::Data(payload::default_payload(&node_id, &node_url)),
    };
    let mut request = match args.format {
        Format::Scope => {
            let envelope = Envelope {
                topic: args.topic.clone(),
                topic_version: args.topic_version.clone(),
                api_version: args.api_version.clone(),
                domain: args.domain.clone(),
                webhook_id: args.webhook_id.clone().unwrap_or_else(|| uuid::Uuid::new_v4().to_string()),
                job_id: args.job_id.clone().unwrap_or_else(|| uuid::Uuid::new_v4().to_string()),
                time: now,
            };
            let n =
                Notification { url: &args.url, content_type: args.content_type, templates, envelope, secret };
            match data {
                Payload::Raw(body) => n.request(body),
                // No data-validation template here, so it always comes back ready to send.
                Payload::Data(data) => match delivery::prepare(n, &data, Validate::Skip) {
                    Ok(Prepared::Send { request, .. }) => request,
                    Ok(Prepared::Skip(_)) => {
                        return Err(Error::internal("a notification without validation was skipped"));
                    }
                    Err(PrepareError::Body(e) | PrepareError::Validation(e)) => return Err(e.into()),
                    Err(e @ PrepareError::NotBoolean(_)) => return Err(Error::input(e.to_string())),
                },
            }
        }
        Format::FirstGeneration => {
            let body = match data {
                Payload::Raw(body) => body,
                Payload::Data(data) => payload::body(&data, templates.body.as_ref(), args.content_type)?,
            };
            Request::first_generation(&args.url, args.content_type, body, secret)
        }
    };
    for h in &args.headers {
        let (name, value) = h
            .split_once(':')
            .filter(|(n, _)| !n.trim().is_empty())
            .ok_or_else(|| Error::usage(format!("--header `{h}` is not `Name: value`")))?;
        request.set_header(name.trim(), value.trim().to_string());
    }
    Ok(request)
}

/// A random id shaped like the guide's (base64 of 32 bytes).
fn sample_node_id() -> String {
    let bytes: [u8; 32] = rand::random();
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// One attempt as a result: the response for people, everything for scripts.
pub struct AttemptView<'a>(pub &'a Attempt);

impl Render for AttemptView<'_> {
    fn json(&self) -> Value {
        let a = self.0;
        json!({
            "ok": a.succeeded(),
            "url": a.request.url,
            "latency_ms": a.duration.as_secs_f64() * 1000.0,
            "error": a.failure.as_ref().map(|f| f.to_string()),
            "request": {
                "headers": headers_json(&a.request.headers),
                "body": String::from_utf8_lossy(&a.request.body),
            },
            "response": a.response.as_ref().map(|r| json!({
                "status": r.status,
                "headers": headers_json(&r.headers),
                "body": String::from_utf8_lossy(&r.body),
                "truncated": r.truncated,
            })),
        })
    }

    fn text(&self) -> String {
        let Some(r) = &self.0.response else { return String::new() };
        let mut s = format!("HTTP {} {}\n", r.status, r.reason());
        for (k, v) in &r.headers {
            s.push_str(&format!("{k}: {v}\n"));
        }
        s.push('\n');
        s.push_str(&pretty_body(&r.body));
        s
    }
}

fn headers_json(headers: &[(String, String)]) -> Value {
    Value::Array(headers.iter().map(|(k, v)| json!({"name": k, "value": v})).collect())
}

/// A response body for humans: pretty JSON when it is JSON, the text otherwise.
fn pretty_body(body: &[u8]) -> String {
    match serde_json::from_slice::<Value>(body) {
        Ok(v) => serde_json::to_string_pretty(&v).unwrap_or_default(),
        Err(_) => String::from_utf8_lossy(body).into_owned(),
    }
}

async fn single(
    ctx: &Ctx,
    engine: &Engine,
    request: Request,
    error_template: Option<&Template>,
) -> Result<Exit> {
    ctx.info(format!("→ POST {} ({} bytes)", request.url, request.body.len()));
    for (k, v) in &request.headers {
        ctx.debug(format!("  {k}: {v}"));
    }
    let attempt = engine.deliver(request, error_template).await;
    let ms = attempt.duration.as_secs_f64() * 1000.0;
    match &attempt.response {
        Some(r) => ctx.info(format!("← {} {} in {ms:.1} ms", r.status, r.reason())),
        None => ctx.info(format!("← no response after {ms:.1} ms")),
    }
    output::emit(ctx, &AttemptView(&attempt));
    match &attempt.failure {
        None => {
            ctx.info(ctx.paint("32", "delivered"));
            Ok(Exit::Ok)
        }
        Some(f) => {
            eprintln!("{} {f}", ctx.paint("31;1", "not delivered:"));
            Ok(Exit::from(f))
        }
    }
}

/// What a load test measured.
struct Summary {
    requests: u64,
    failed: u64,
    network_failures: u64,
    elapsed: Duration,
    latencies_ms: Vec<f64>,
    statuses: BTreeMap<String, u64>,
    failures: BTreeMap<String, u64>,
}

impl Summary {
    fn percentile(&self, p: f64) -> f64 {
        if self.latencies_ms.is_empty() {
            return 0.0;
        }
        let idx = ((p / 100.0) * (self.latencies_ms.len() - 1) as f64).round() as usize;
        self.latencies_ms[idx.min(self.latencies_ms.len() - 1)]
    }
    fn rate(&self) -> f64 {
        self.requests as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

impl Render for Summary {
    fn json(&self) -> Value {
        json!({
            "requests": self.requests,
            "succeeded": self.requests - self.failed,
            "failed": self.failed,
            "duration_ms": self.elapsed.as_secs_f64() * 1000.0,
            "rate_per_sec": self.rate(),
            "latency_ms": {
                "p50": self.percentile(50.0),
                "p90": self.percentile(90.0),
                "p99": self.percentile(99.0),
                "max": self.latencies_ms.last().copied().unwrap_or(0.0),
            },
            "statuses": self.statuses,
            "failures": self.failures,
        })
    }

    fn text(&self) -> String {
        let mut t = output::table(&["metric", "value"]);
        let statuses = self.statuses.iter().map(|(k, v)| format!("{k}×{v}")).collect::<Vec<_>>().join("  ");
        t.add_row(vec!["requests".to_string(), self.requests.to_string()]);
        t.add_row(vec!["succeeded".to_string(), (self.requests - self.failed).to_string()]);
        t.add_row(vec!["failed".to_string(), self.failed.to_string()]);
        t.add_row(vec!["rate".to_string(), format!("{:.1}/s", self.rate())]);
        t.add_row(vec![
            "latency".to_string(),
            format!(
                "p50 {:.2} ms  p90 {:.2} ms  p99 {:.2} ms  max {:.2} ms",
                self.percentile(50.0),
                self.percentile(90.0),
                self.percentile(99.0),
                self.latencies_ms.last().copied().unwrap_or(0.0)
            ),
        ]);
        t.add_row(vec!["statuses".to_string(), statuses]);
        for (msg, n) in &self.failures {
            t.add_row(vec![format!("failure ×{n}"), msg.clone()]);
        }
        t.to_string()
    }
}

async fn load_test(
    ctx: &Ctx,
    args: &Args,
    engine: Engine,
    request: Request,
    error_template: Option<Template>,
) -> Result<Exit> {
    let total = args.repeat;
    ctx.info(format!("→ {total} POSTs to {} with {} in flight", request.url, args.concurrency));
    let progress = progress_bar(ctx, total);
    let next = Arc::new(std::sync::atomic::AtomicU64::new(0));
    let request = Arc::new(request);
    let error_template = Arc::new(error_template);
    let fixed_job_id = args.job_id.is_some();
    let start = Instant::now();
    let mut workers = tokio::task::JoinSet::new();
    for _ in 0..args.concurrency.min(total) {
        let (engine, next, request, error_template, progress) =
            (engine.clone(), next.clone(), request.clone(), error_template.clone(), progress.clone());
        workers.spawn(async move {
            let mut results = Vec::new();
            while next.fetch_add(1, std::sync::atomic::Ordering::Relaxed) < total {
                let mut req = (*request).clone();
                if !fixed_job_id {
                    req.set_header("X-Scope-Webhook-Job-Id", uuid::Uuid::new_v4().to_string());
                }
                let attempt = engine.deliver(req, error_template.as_ref().as_ref()).await;
                results.push((attempt.duration, attempt.response.map(|r| r.status), attempt.failure));
                if let Some(p) = &progress {
                    p.inc(1);
                }
            }
            results
        });
    }
    let mut summary = Summary {
        requests: 0,
        failed: 0,
        network_failures: 0,
        elapsed: Duration::ZERO,
        latencies_ms: Vec::with_capacity(total as usize),
        statuses: BTreeMap::new(),
        failures: BTreeMap::new(),
    };
    while let Some(joined) = workers.join_next().await {
        let results = joined.map_err(|e| Error::internal(format!("a load-test worker failed: {e}")))?;
        for (duration, status, failure) in results {
            summary.requests += 1;
            summary.latencies_ms.push(duration.as_secs_f64() * 1000.0);
            let key = status.map(|s| s.to_string()).unwrap_or_else(|| "none".into());
            *summary.statuses.entry(key).or_default() += 1;
            if let Some(f) = failure {
                summary.failed += 1;
                summary.network_failures += u64::from(f.is_network());
                *summary.failures.entry(f.to_string()).or_default() += 1;
            }
        }
    }
    summary.elapsed = start.elapsed();
    if let Some(p) = progress {
        p.finish_and_clear();
    }
    summary.latencies_ms.sort_by(|a, b| a.total_cmp(b));
    output::emit(ctx, &summary);
    Ok(match summary.failed {
        0 => Exit::Ok,
        n if n == summary.network_failures => Exit::Network,
        _ => Exit::Delivery,
    })
}

/// A progress bar on stderr, only when a person is watching.
fn progress_bar(ctx: &Ctx, total: u64) -> Option<indicatif::ProgressBar> {
    use std::io::IsTerminal;
    if ctx.quiet || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(total);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {per_sec} eta {eta}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    Some(bar)
}
