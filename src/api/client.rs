//! HTTP transport for GraphQL operations: the bearer token, a timeout, retries for queries, and
//! turning every way a response can go wrong into an [`ApiError`].

use std::time::{Duration, Instant};

use graphql_client::GraphQLQuery;
use rand::Rng;
use serde::Deserialize;

use crate::output::Ctx;
use crate::secret::Secret;

/// How many times a query is retried after the first attempt (mutations never are).
pub const MAX_RETRIES: u32 = 3;
/// The request timeout when none is given.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// The largest request body hookctl sends (README, "Limits"); larger ones are refused unsent.
pub const MAX_REQUEST_BYTES: usize = 4 << 20;
/// The longest `Retry-After` hookctl waits for; beyond it the error is reported.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(30);

/// A field-level problem reported by a mutation (`errors { field message }`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FieldError {
    pub field: Option<String>,
    pub message: String,
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.field {
            Some(field) if !field.is_empty() => write!(f, "{field}: {}", self.message),
            _ => f.write_str(&self.message),
        }
    }
}

/// A generated payload's `errors { field message }` as [`FieldError`]s (each operation file has
/// its own generated type, hence a macro).
#[macro_export]
#[doc(hidden)]
macro_rules! field_errors {
    ($errors:expr) => {
        $errors
            .into_iter()
            .map(|e| $crate::api::FieldError { field: e.field, message: e.message })
            .collect::<Vec<_>>()
    };
}

/// Everything that can go wrong talking to the API. `crate::error` maps each to a message, a
/// hint and an exit code.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("no answer from {endpoint} within {secs} s")]
    Timeout { endpoint: String, secs: f64 },
    #[error("cannot reach {endpoint}: {detail}")]
    Connect { endpoint: String, detail: String },
    #[error("the API refused the credentials (HTTP {status}){}", detail_suffix(.detail))]
    Auth { status: u16, detail: Option<String>, login_hint: String },
    #[error("the API answered HTTP {status}{}", detail_suffix(.detail))]
    Http { status: u16, detail: Option<String>, retry_after: Option<u64> },
    #[error("the API's answer is not usable: {detail}")]
    Malformed { detail: String },
    #[error("the API answered with {}", graphql_summary(.0))]
    GraphQl(Vec<String>),
    #[error("the API rejected {what}: {}", join_field_errors(.errors))]
    Rejected { what: String, errors: Vec<FieldError> },
    #[error("{what} {id} not found")]
    NotFound { what: &'static str, id: String },
    /// The operation cannot work on this server's schema (found before sending anything).
    #[error("{operation} cannot work on this server: {detail}")]
    Unworkable { operation: String, detail: String },
    /// A mutation was sent but its answer was lost (cut off, unparseable, timed out): the
    /// server may or may not have applied it.
    #[error("the outcome of {operation} is unknown: {detail}")]
    OutcomeUnknown { operation: String, detail: String },
    /// A change whose answer was lost, read back: the server shows it did not take effect.
    #[error("{what} was not applied (its answer was lost; the server shows no change)")]
    NotApplied { what: String },
    /// Refused before sending: the request body is over [`MAX_REQUEST_BYTES`].
    #[error("the request body is {bytes} bytes, over the {MAX_REQUEST_BYTES}-byte limit: not sent")]
    TooLarge { bytes: usize },
}

fn detail_suffix(detail: &Option<String>) -> String {
    detail.as_ref().map(|d| format!(": {d}")).unwrap_or_default()
}

fn graphql_summary(messages: &[String]) -> String {
    match messages {
        [one] => format!("an error: {one}"),
        many => format!("{} errors: {}", many.len(), many.join("; ")),
    }
}

fn join_field_errors(errors: &[FieldError]) -> String {
    errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")
}

impl ApiError {
    /// A mutation's `errors { field message }`, if any, as an error about `what`.
    pub fn check_user_errors(what: impl Into<String>, errors: Vec<FieldError>) -> Result<(), ApiError> {
        if errors.is_empty() { Ok(()) } else { Err(ApiError::Rejected { what: what.into(), errors }) }
    }

    /// Whether this is a not-found, either from a null lookup or an `id` (or the sandbox's
    /// `nodeId`) field error.
    pub fn is_not_found(&self) -> bool {
        match self {
            ApiError::NotFound { .. } => true,
            ApiError::Rejected { errors, .. } => errors.iter().any(|e| {
                matches!(e.field.as_deref(), Some("id" | "nodeId"))
                    && e.message.to_ascii_lowercase().contains("not found")
            }),
            _ => false,
        }
    }
}

/// What a client needs to know besides the operation.
#[derive(Debug, Clone)]
pub struct ClientOptions {
    pub endpoint: url::Url,
    pub token: Secret,
    /// The budget for one request; `None` waits as long as the server takes (the sandbox's
    /// `sandboxAdvanceClock` answers when every retry it runs is done).
    pub timeout: Option<Duration>,
    /// Retries for queries on 429, 5xx and connection errors.
    pub max_retries: u32,
    /// The command that fixes a rejected token, e.g. `hookctl login --profile work`.
    pub login_hint: String,
}

/// A GraphQL client for one endpoint and token.
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    opts: ClientOptions,
    ctx: Ctx,
}

/// A GraphQL response before its `data` is typed.
#[derive(Deserialize)]
struct RawResponse<T> {
    data: Option<T>,
    #[serde(default)]
    errors: Option<Vec<RawGraphQlError>>,
}

#[derive(Deserialize)]
struct RawGraphQlError {
    #[serde(default)]
    message: String,
    #[serde(default)]
    path: Option<Vec<serde_json::Value>>,
    #[serde(default)]
    extensions: Option<serde_json::Value>,
}

impl RawGraphQlError {
    fn describe(&self) -> String {
        match &self.path {
            Some(path) if !path.is_empty() => {
                let p: Vec<String> = path
                    .iter()
                    .map(|v| match v {
                        serde_json::Value::String(s) => s.clone(),
                        other => other.to_string(),
                    })
                    .collect();
                format!("{} (at {})", self.message, p.join("."))
            }
            _ => self.message.clone(),
        }
    }

    fn is_auth(&self) -> bool {
        let code = self
            .extensions
            .as_ref()
            .and_then(|e| e.get("code"))
            .and_then(|c| c.as_str())
            .unwrap_or_default()
            .to_ascii_uppercase();
        code == "UNAUTHENTICATED" || code == "FORBIDDEN" || code == "UNAUTHORIZED"
    }
}

/// One attempt's outcome: done, or worth retrying after a pause, or a transport failure after
/// the request may have arrived (retried for a query; unknown outcome for a mutation).
enum Attempt<T> {
    Done(Result<T, ApiError>),
    Retry(ApiError, Option<Duration>),
    Lost(ApiError),
}

impl Client {
    pub fn new(opts: ClientOptions, ctx: &Ctx) -> Result<Client, ApiError> {
        let connect_timeout = opts.timeout.unwrap_or(Duration::MAX).min(Duration::from_secs(10));
        let mut builder = reqwest::Client::builder()
            .connect_timeout(connect_timeout)
            .user_agent(concat!("hookctl/", env!("CARGO_PKG_VERSION")));
        if let Some(timeout) = opts.timeout {
            builder = builder.timeout(timeout);
        }
        let http = builder
            .build()
            .map_err(|e| ApiError::Connect { endpoint: opts.endpoint.to_string(), detail: e.to_string() })?;
        Ok(Client { http, opts, ctx: ctx.clone() })
    }

    pub fn endpoint(&self) -> &url::Url {
        &self.opts.endpoint
    }

    pub(crate) fn ctx(&self) -> &Ctx {
        &self.ctx
    }

    /// Runs a query, retrying on 429, 5xx and connection errors with backoff and jitter.
    pub async fn query<Q: GraphQLQuery>(&self, variables: Q::Variables) -> Result<Q::ResponseData, ApiError> {
        self.execute::<Q>(variables, Some(self.opts.max_retries)).await
    }

    /// Runs a mutation once: a mutation is never retried, since it may have taken effect.
    pub async fn mutate<Q: GraphQLQuery>(
        &self,
        variables: Q::Variables,
    ) -> Result<Q::ResponseData, ApiError> {
        self.execute::<Q>(variables, None).await
    }

    /// Runs a query document that is only known at run time (a subscription's own query),
    /// returning its `data`. Retried like any query.
    pub async fn query_document(
        &self,
        document: &str,
        variables: serde_json::Value,
    ) -> Result<serde_json::Value, ApiError> {
        self.execute_document("query", document, variables, Some(self.opts.max_retries)).await
    }

    /// Runs a mutation document that is only known at run time, returning its `data`. Never
    /// retried, like [`Client::mutate`].
    pub async fn mutate_document(
        &self,
        document: &str,
        variables: serde_json::Value,
    ) -> Result<serde_json::Value, ApiError> {
        self.execute_document("mutation", document, variables, None).await
    }

    async fn execute_document(
        &self,
        operation: &str,
        document: &str,
        variables: serde_json::Value,
        retries: Option<u32>,
    ) -> Result<serde_json::Value, ApiError> {
        let body = serde_json::json!({ "query": document, "variables": variables });
        let bytes = serde_json::to_vec(&body)
            .map_err(|e| ApiError::Malformed { detail: format!("cannot encode the request: {e}") })?;
        self.send_with_retries::<serde_json::Value>(operation, &bytes, retries).await
    }

    async fn execute<Q: GraphQLQuery>(
        &self,
        variables: Q::Variables,
        retries: Option<u32>,
    ) -> Result<Q::ResponseData, ApiError> {
        let body = Q::build_query(variables);
        let operation = body.operation_name;
        // --- schema adaptation hook (issue 10): off unless `api::adapt::enabled()` ---
        if crate::api::adapt::enabled() {
            let variables = serde_json::to_value(&body.variables)
                .map_err(|e| ApiError::Malformed { detail: format!("cannot encode the request: {e}") })?;
            return crate::api::adapt::hook::execute(self, body.query, operation, variables, retries).await;
        }
        // --- end of the hook ---
        let bytes = serde_json::to_vec(&body)
            .map_err(|e| ApiError::Malformed { detail: format!("cannot encode the request: {e}") })?;
        self.send_with_retries::<Q::ResponseData>(operation, &bytes, retries).await
    }

    /// Sends `bytes`; `retries` is `Some(n)` for a query (retried up to n times) and `None` for
    /// a mutation (sent once; an answer lost after sending is [`ApiError::OutcomeUnknown`]).
    pub(crate) async fn send_with_retries<T: for<'de> Deserialize<'de>>(
        &self,
        operation: &str,
        bytes: &[u8],
        retries: Option<u32>,
    ) -> Result<T, ApiError> {
        if bytes.len() > MAX_REQUEST_BYTES {
            return Err(ApiError::TooLarge { bytes: bytes.len() });
        }
        let mutation = retries.is_none();
        let retries = retries.unwrap_or(0);
        let mut attempt = 0u32;
        loop {
            let outcome = self.attempt::<T>(operation, bytes).await;
            let outcome = if mutation { lost_answer(operation, outcome) } else { outcome };
            match outcome {
                Attempt::Done(result) => return result,
                Attempt::Lost(err) if attempt >= retries => return Err(err),
                Attempt::Lost(err) => {
                    let pause = backoff(attempt);
                    self.ctx.debug(format!("{operation}: {err}; retry {} of {retries}", attempt + 1));
                    tokio::time::sleep(pause).await;
                    attempt += 1;
                }
                Attempt::Retry(err, _) if attempt >= retries => return Err(err),
                Attempt::Retry(err, wait) => {
                    let pause = wait.unwrap_or_else(|| backoff(attempt));
                    self.ctx.debug(format!(
                        "{operation}: {err}; retry {} of {retries} in {} ms",
                        attempt + 1,
                        pause.as_millis()
                    ));
                    tokio::time::sleep(pause).await;
                    attempt += 1;
                }
            }
        }
    }

    async fn attempt<T: for<'de> Deserialize<'de>>(&self, operation: &str, body: &[u8]) -> Attempt<T> {
        let endpoint = self.opts.endpoint.as_str();
        let started = Instant::now();
        self.ctx.debug(format!("-> POST {endpoint} {operation} ({} bytes)", body.len()));
        let sent = self
            .http
            .post(self.opts.endpoint.clone())
            .bearer_auth(self.opts.token.expose())
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header(reqwest::header::ACCEPT, "application/json")
            .body(body.to_vec())
            .send()
            .await;
        let response = match sent {
            Ok(r) => r,
            Err(e) => return self.transport_error(e),
        };
        let status = response.status();
        let retry_after = retry_after(response.headers());
        let bytes = match response.bytes().await {
            Ok(b) => b,
            Err(e) => return self.transport_error(e),
        };
        self.ctx.debug(format!(
            "<- HTTP {} {operation} in {} ms ({} bytes)",
            status.as_u16(),
            started.elapsed().as_millis(),
            bytes.len()
        ));
        if status == reqwest::StatusCode::UNAUTHORIZED || status == reqwest::StatusCode::FORBIDDEN {
            let detail = first_graphql_message(&bytes).or_else(|| excerpt(&bytes));
            return Attempt::Done(Err(ApiError::Auth {
                status: status.as_u16(),
                detail,
                login_hint: self.opts.login_hint.clone(),
            }));
        }
        if status == reqwest::StatusCode::TOO_MANY_REQUESTS || status.is_server_error() {
            let err = ApiError::Http {
                status: status.as_u16(),
                detail: first_graphql_message(&bytes).or_else(|| excerpt(&bytes)),
                retry_after: retry_after.map(|d| d.as_secs()),
            };
            return match retry_after {
                Some(wait) if wait > MAX_RETRY_AFTER => Attempt::Done(Err(err)),
                wait => Attempt::Retry(err, wait),
            };
        }
        Attempt::Done(decode::<T>(status.as_u16(), &bytes, &self.opts.login_hint))
    }

    fn transport_error<T>(&self, e: reqwest::Error) -> Attempt<T> {
        let endpoint = self.opts.endpoint.to_string();
        if e.is_timeout() {
            // The timeout is the user's budget for one request: not retried.
            return Attempt::Done(Err(ApiError::Timeout {
                endpoint,
                secs: self.opts.timeout.unwrap_or_default().as_secs_f64(),
            }));
        }
        let detail = error_chain(&e);
        let err = ApiError::Connect { endpoint, detail };
        // Without a connection nothing was sent; otherwise the request may have arrived.
        if e.is_connect() { Attempt::Retry(err, None) } else { Attempt::Lost(err) }
    }
}

/// A mutation's answer that was lost after the request went out (timed out, cut off,
/// unparseable) leaves its outcome unknown; a refused connection sent nothing.
fn lost_answer<T>(operation: &str, outcome: Attempt<T>) -> Attempt<T> {
    let unknown = |detail: String| {
        Attempt::Done(Err(ApiError::OutcomeUnknown { operation: operation.to_string(), detail }))
    };
    match outcome {
        Attempt::Done(Err(e @ (ApiError::Timeout { .. } | ApiError::Malformed { .. }))) => {
            unknown(e.to_string())
        }
        Attempt::Lost(ApiError::Connect { detail, .. }) => {
            unknown(format!("the connection broke before the answer was complete ({detail})"))
        }
        other => other,
    }
}

/// Decodes a response body: typed `data`, or the GraphQL errors, or why it is unusable.
pub fn decode<T: for<'de> Deserialize<'de>>(
    status: u16,
    bytes: &[u8],
    login_hint: &str,
) -> Result<T, ApiError> {
    match serde_json::from_slice::<RawResponse<T>>(bytes) {
        Ok(raw) => {
            if let Some(errors) = raw.errors.filter(|e| !e.is_empty()) {
                if errors.iter().any(RawGraphQlError::is_auth) {
                    return Err(ApiError::Auth {
                        status,
                        detail: errors.first().map(|e| e.message.clone()),
                        login_hint: login_hint.to_string(),
                    });
                }
                return Err(ApiError::GraphQl(errors.iter().map(RawGraphQlError::describe).collect()));
            }
            if !(200..300).contains(&status) {
                return Err(ApiError::Http { status, detail: excerpt(bytes), retry_after: None });
            }
            raw.data.ok_or_else(|| ApiError::Malformed {
                detail: "the response has neither `data` nor `errors`".into(),
            })
        }
        Err(typed_err) => {
            // Not the expected shape: say whether it is JSON at all, and show GraphQL errors if
            // the server sent some alongside partial data.
            match serde_json::from_slice::<RawResponse<serde_json::Value>>(bytes) {
                Ok(RawResponse { errors: Some(errors), .. }) if !errors.is_empty() => {
                    Err(ApiError::GraphQl(errors.iter().map(RawGraphQlError::describe).collect()))
                }
                Ok(_) if !(200..300).contains(&status) => {
                    Err(ApiError::Http { status, detail: excerpt(bytes), retry_after: None })
                }
                Ok(_) => {
                    Err(ApiError::Malformed { detail: format!("unexpected response shape ({typed_err})") })
                }
                Err(_) if !(200..300).contains(&status) => {
                    Err(ApiError::Http { status, detail: excerpt(bytes), retry_after: None })
                }
                Err(e) => Err(ApiError::Malformed {
                    detail: match excerpt(bytes) {
                        Some(text) => format!("not JSON ({e}): {text}"),
                        None => "an empty body instead of JSON".to_string(),
                    },
                }),
            }
        }
    }
}

fn first_graphql_message(bytes: &[u8]) -> Option<String> {
    let raw: RawResponse<serde_json::Value> = serde_json::from_slice(bytes).ok()?;
    raw.errors?.into_iter().next().map(|e| e.message)
}

/// The start of a body, on one line, for error messages.
fn excerpt(bytes: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(bytes);
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.is_empty() {
        return None;
    }
    let mut cut: String = one_line.chars().take(200).collect();
    if cut.len() < one_line.len() {
        cut.push('…');
    }
    Some(cut)
}

fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let v = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = chrono::DateTime::parse_from_rfc2822(v).ok()?;
    let delta = when.with_timezone(&chrono::Utc) - chrono::Utc::now();
    Some(delta.to_std().unwrap_or(Duration::ZERO))
}

/// Exponential backoff with full jitter: 200 ms, 400 ms, 800 ms … (capped at 5 s), plus up to
/// as much again at random.
fn backoff(attempt: u32) -> Duration {
    let base = 200u64.saturating_mul(1 << attempt.min(5)).min(5_000);
    let jitter = rand::rng().random_range(0..=base);
    Duration::from_millis(base + jitter)
}

/// The most specific cause of a transport error (e.g. "Connection refused (os error 111)").
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut last = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        last = s.to_string();
        source = s.source();
    }
    last
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Data {
        x: i64,
    }

    #[test]
    fn decodes_data() {
        let d: Data = decode(200, br#"{"data":{"x":1}}"#, "hookctl login").unwrap();
        assert_eq!(d, Data { x: 1 });
    }

    #[test]
    fn graphql_errors_name_the_path() {
        let e = decode::<Data>(200, br#"{"data":null,"errors":[{"message":"boom","path":["a",0]}]}"#, "")
            .unwrap_err();
        assert_eq!(e.to_string(), "the API answered with an error: boom (at a.0)");
    }

    #[test]
    fn auth_extension_is_auth() {
        let e = decode::<Data>(
            200,
            br#"{"errors":[{"message":"bad token","extensions":{"code":"UNAUTHENTICATED"}}]}"#,
            "hookctl login",
        )
        .unwrap_err();
        assert!(matches!(e, ApiError::Auth { .. }));
    }

    #[test]
    fn broken_json_and_wrong_shape_are_errors() {
        let e = decode::<Data>(200, b"<html>oops</html>", "").unwrap_err();
        assert!(matches!(e, ApiError::Malformed { .. }), "{e}");
        assert!(e.to_string().contains("not JSON"), "{e}");
        let e = decode::<Data>(200, br#"{"data":{"x":"one"}}"#, "").unwrap_err();
        assert!(e.to_string().contains("unexpected response shape"), "{e}");
        let e = decode::<Data>(200, br#"{}"#, "").unwrap_err();
        assert!(e.to_string().contains("neither"), "{e}");
        let e = decode::<Data>(200, b"", "").unwrap_err();
        assert!(e.to_string().contains("empty body"), "{e}");
    }

    #[test]
    fn field_errors_read_well() {
        let e = ApiError::check_user_errors(
            "the subscription",
            vec![
                FieldError { field: Some("callbackUrl".into()), message: "must be https".into() },
                FieldError { field: None, message: "try again".into() },
            ],
        )
        .unwrap_err();
        assert_eq!(e.to_string(), "the API rejected the subscription: callbackUrl: must be https; try again");
    }

    #[test]
    fn backoff_grows_and_is_bounded() {
        for attempt in 0..10 {
            let d = backoff(attempt);
            assert!(d <= Duration::from_secs(10));
            assert!(d >= Duration::from_millis(200));
        }
    }
}
