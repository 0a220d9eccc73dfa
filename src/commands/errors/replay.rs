//! `hookctl errors replay`: a failed delivery brought home. What an error recorded (method,
//! exact body, original headers) is sent again to a local URL with a fresh `X-Scope-Time`,
//! re-signed with the shared secret or with the recorded signature kept, through the one
//! delivery path (`delivery::Engine`).

use std::collections::HashSet;

use chrono::{SecondsFormat, Utc};
use serde_json::{Value, json};

use crate::api::all_pages;
use crate::api::scope::errors::{self as api_errors, ErrorDetail};
use crate::commands::args::resolve;
use crate::commands::args::{ApiArgs, SecretArgs};
use crate::context::Context;
use crate::delivery::{self, Attempt, Engine, Request};
use crate::duration::parse_when;
use crate::error::{Error, Exit, Result};
use crate::output::{Render, emit, table};
use crate::secret::Secret;
use crate::signing::{self, SIGNATURE_HEADER};

/// Where replays go by default: `hookctl listen`'s default address.
pub const DEFAULT_TO: &str = "http://127.0.0.1:9000/";

/// Headers the transport sets itself, never copied from the record.
const HOP_BY_HOP: &[&str] =
    &["host", "content-length", "connection", "transfer-encoding", "keep-alive", "te", "trailer", "upgrade"];

#[derive(Debug, clap::Args)]
#[command(after_help = "Each replay sends the recorded body byte for byte with the recorded headers \
    (but Host, Content-Length and hop-by-hop ones) and a fresh X-Scope-Time. The signature is \
    computed again with the shared secret (--secret-file/--secret-env, or asked on a terminal), \
    or the recorded one is kept (--keep-signature); with neither, the replay is unsigned. An error \
    whose request was never sent (its template failed first) has nothing to replay: it is reported \
    and skipped.\n\n\
    Exit status (as for `send`): 0 every replay answered 2xx, 5 some did not, 4 none could connect.")]
pub struct Args {
    /// The errors to replay.
    #[arg(required_unless_present = "all", conflicts_with = "all", add = crate::complete::errors())]
    pub ids: Vec<String>,
    /// Replay every error of this subscription, oldest first, once per job id.
    #[arg(long, value_name = "SUBSCRIPTION_ID", add = crate::complete::subscriptions())]
    pub all: Option<String>,
    /// With --all: only errors since: RFC 3339, a date (UTC) or an age (30m, 2h, 7d).
    #[arg(long, value_name = "WHEN", requires = "all")]
    pub since: Option<String>,
    /// Where to send them.
    #[arg(long, value_name = "URL", default_value = DEFAULT_TO)]
    pub to: url::Url,
    #[command(flatten)]
    pub secret: SecretArgs,
    /// Send the recorded signature instead of computing one (it matches: the body is the same).
    #[arg(long, conflicts_with_all = ["secret_file", "secret_env", "secret"])]
    pub keep_signature: bool,
    #[command(flatten)]
    pub api: ApiArgs,
}

/// How a replay is signed.
enum Signing {
    Secret(Secret),
    Keep,
    Unsigned,
}

/// One error's replay.
struct Replayed {
    error_id: String,
    job_id: String,
    outcome: Outcome,
}

enum Outcome {
    Sent(Attempt),
    /// Nothing was recorded to send (or not something the delivery path sends).
    Skipped(String),
}

pub async fn run(args: Args, ctx: &Context) -> Result<Exit> {
    if !matches!(args.to.scheme(), "http" | "https") {
        return Err(Error::usage(format!("--to needs an http(s) URL, not {}", args.to)));
    }
    let signing = if args.keep_signature {
        Signing::Keep
    } else {
        match args.secret.resolve(ctx, Some("Shared secret to sign the replays with"))? {
            Some(s) => Signing::Secret(s),
            None => {
                ctx.warn(
                    "replaying unsigned: pass --secret-file/--secret-env to re-sign, or --keep-signature",
                );
                Signing::Unsigned
            }
        }
    };
    let since = parse_when("--since", args.since.as_deref())?;
    let client = ctx.client(args.api.timeout)?;
    let since = resolve(since, "--since", &client).await?;
    let ids = match &args.all {
        Some(sub) => once_per_job(&client, sub, since).await?,
        None => args.ids.clone(),
    };
    if ids.is_empty() {
        ctx.info("No errors to replay.");
        emit(ctx, &Results(Vec::new()));
        return Ok(Exit::Ok);
    }
    // Every error first: an unknown id stops the command before anything is sent.
    let mut details = Vec::with_capacity(ids.len());
    for id in &ids {
        details.push(api_errors::get(&client, id).await?);
    }
    let engine = Engine::new(delivery::DEFAULT_TIMEOUT).map_err(Error::internal)?;
    let mut results = Vec::new();
    for (id, detail) in ids.into_iter().zip(details) {
        let job_id = detail.job_id.clone();
        let outcome = match request(&detail, args.to.as_str(), &signing) {
            Ok(req) => {
                ctx.info(format!("→ {id}: POST {} ({} bytes)", req.url, req.body.len()));
                Outcome::Sent(engine.deliver(req, None).await)
            }
            Err(why) => {
                ctx.warn(format!("skipped {id}: {why}"));
                Outcome::Skipped(why)
            }
        };
        results.push(Replayed { error_id: id, job_id, outcome });
    }
    let exit = exit_of(&results);
    emit(ctx, &Results(results));
    Ok(exit)
}

/// A subscription's errors, oldest first, the first of each job id (a notification's retries
/// all carry its job id).
async fn once_per_job(
    client: &crate::api::Client,
    sub: &str,
    since: Option<crate::api::scope::scalars::DateTime>,
) -> Result<Vec<String>> {
    let mut errors = all_pages(|after| api_errors::list_page(client, sub, since, after)).await?;
    errors.sort_by_key(|e| e.created_at);
    let mut seen = HashSet::new();
    Ok(errors.into_iter().filter(|e| seen.insert(e.job_id.clone())).map(|e| e.id).collect())
}

/// The request to send again, or why there is none.
fn request(e: &ErrorDetail, to: &str, signing: &Signing) -> std::result::Result<Request, String> {
    let r = &e.request;
    if r.headers.is_empty() {
        return Err(format!("its request was not sent, so nothing was recorded ({})", e.message));
    }
    if !r.method.eq_ignore_ascii_case("POST") {
        return Err(format!("the recorded method is {}; deliveries are POSTs", r.method));
    }
    let body = r.body.as_bytes().to_vec();
    let headers = r
        .headers
        .iter()
        .filter(|h| !HOP_BY_HOP.iter().any(|n| h.name.eq_ignore_ascii_case(n)))
        .filter(|h| !matches!(signing, Signing::Secret(_) | Signing::Unsigned) || !is_signature(&h.name))
        .map(|h| (h.name.clone(), h.value.clone()))
        .collect();
    let mut req = Request { url: to.to_string(), headers, body };
    req.set_header("X-Scope-Time", Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true));
    if let Signing::Secret(s) = signing {
        req.set_header(SIGNATURE_HEADER, signing::sign(s.as_bytes(), &req.body));
    }
    Ok(req)
}

fn is_signature(name: &str) -> bool {
    name.eq_ignore_ascii_case(SIGNATURE_HEADER)
}

/// As for `send`: 0 all delivered, 4 every failure a network one, 5 otherwise. Skipped errors
/// (nothing to replay) do not count.
fn exit_of(results: &[Replayed]) -> Exit {
    let failures: Vec<&delivery::Failure> = results
        .iter()
        .filter_map(|r| match &r.outcome {
            Outcome::Sent(a) => a.failure.as_ref(),
            Outcome::Skipped(_) => None,
        })
        .collect();
    match failures.len() {
        0 => Exit::Ok,
        _ if failures.iter().all(|f| f.is_network()) => Exit::Network,
        _ => Exit::Delivery,
    }
}

struct Results(Vec<Replayed>);

impl Render for Results {
    fn json(&self) -> Value {
        Value::Array(
            self.0
                .iter()
                .map(|r| {
                    let mut v = json!({"errorId": r.error_id, "jobId": r.job_id});
                    match &r.outcome {
                        Outcome::Sent(a) => {
                            v["url"] = json!(a.request.url);
                            v["ok"] = json!(a.succeeded());
                            v["status"] = json!(a.response.as_ref().map(|r| r.status));
                            v["latencyMs"] = json!((a.duration.as_secs_f64() * 10_000.0).round() / 10.0);
                            v["error"] = json!(a.failure.as_ref().map(|f| f.to_string()));
                        }
                        Outcome::Skipped(why) => {
                            v["ok"] = json!(false);
                            v["skipped"] = json!(why);
                        }
                    }
                    v
                })
                .collect(),
        )
    }

    fn text(&self) -> String {
        if self.0.is_empty() {
            return String::new();
        }
        let mut t = table(&["ERROR", "JOB", "RESULT", "MS"]);
        for r in &self.0 {
            let (result, ms) = match &r.outcome {
                Outcome::Sent(a) => (
                    match (&a.failure, &a.response) {
                        (None, Some(resp)) => format!("delivered: HTTP {}", resp.status),
                        (Some(f), _) => f.to_string(),
                        (None, None) => "delivered".to_string(),
                    },
                    format!("{:.1}", a.duration.as_secs_f64() * 1000.0),
                ),
                Outcome::Skipped(why) => (format!("skipped: {why}"), "-".to_string()),
            };
            t.add_row(vec![r.error_id.clone(), r.job_id.clone(), result, ms]);
        }
        format!("{t}\n")
    }

    fn ids(&self) -> String {
        self.0.iter().map(|r| format!("{}\n", r.error_id)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::scope::errors::{Header, RequestSnapshot, SubscriptionRef};

    fn detail(headers: Vec<(&str, &str)>) -> ErrorDetail {
        ErrorDetail {
            id: "e1".into(),
            webhook_subscription: SubscriptionRef { id: "s".into(), name: "S".into() },
            created_at: "2024-01-01T00:00:00Z".parse().unwrap(),
            attempt: 1,
            message: "HTTP 500".into(),
            job_id: "j".into(),
            duration_ms: 3,
            request: RequestSnapshot {
                url: "https://x/hooks".into(),
                method: "POST".into(),
                headers: headers
                    .into_iter()
                    .map(|(n, v)| Header { name: n.into(), value: v.into() })
                    .collect(),
                body: "{\"a\": 1}".into(),
            },
            response: None,
        }
    }

    #[test]
    fn replays_keep_the_bytes_and_headers_with_a_fresh_time() {
        let d = detail(vec![
            ("X-Scope-Topic", "user/created"),
            ("X-Scope-Hmac-Sha256", "recorded"),
            ("X-Scope-Time", "2024-01-01T00:00:00Z"),
            ("Host", "x"),
            ("Content-Length", "8"),
        ]);
        let kept = request(&d, "http://127.0.0.1:9/", &Signing::Keep).unwrap();
        assert_eq!(kept.body, b"{\"a\": 1}");
        assert_eq!(delivery::header(&kept.headers, "x-scope-hmac-sha256"), Some("recorded"));
        assert_ne!(delivery::header(&kept.headers, "X-Scope-Time"), Some("2024-01-01T00:00:00Z"));
        assert_eq!(delivery::header(&kept.headers, "host"), None);
        assert_eq!(delivery::header(&kept.headers, "content-length"), None);
        let signed = request(&d, "http://127.0.0.1:9/", &Signing::Secret(Secret::new("k"))).unwrap();
        let sig = signing::sign(b"k", b"{\"a\": 1}");
        assert_eq!(delivery::header(&signed.headers, SIGNATURE_HEADER), Some(sig.as_str()));
        assert_eq!(signed.headers.iter().filter(|(k, _)| is_signature(k)).count(), 1);
        let unsigned = request(&d, "http://127.0.0.1:9/", &Signing::Unsigned).unwrap();
        assert_eq!(delivery::header(&unsigned.headers, SIGNATURE_HEADER), None);
    }

    #[test]
    fn unsent_requests_are_skipped() {
        let why = request(&detail(vec![]), "http://127.0.0.1:9/", &Signing::Keep).unwrap_err();
        assert!(why.contains("not sent"), "{why}");
    }
}
