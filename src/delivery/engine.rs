//! The HTTP side of a delivery: one pooled client, a 5 s timeout, no redirects; every attempt is
//! classified by [`super::classify`].

use std::time::{Duration, Instant};

use serde::Serialize;

use super::classify::classify;
use super::{MAX_RESPONSE_BODY, Request};
use crate::templates::Template;

/// What came back.
#[derive(Debug, Clone, Serialize)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    #[serde(skip)]
    pub body: Vec<u8>,
    /// True when the body was longer than [`MAX_RESPONSE_BODY`] and was cut.
    pub truncated: bool,
}

impl Response {
    /// The status's reason phrase ("OK", "Not Found"), empty when it has none.
    pub fn reason(&self) -> &'static str {
        reqwest::StatusCode::from_u16(self.status).ok().and_then(|s| s.canonical_reason()).unwrap_or("")
    }
}

/// Why a delivery did not count as received.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Failure {
    #[error("timed out after {0} ms without a response")]
    Timeout(u128),
    #[error("could not connect: {0}")]
    Connect(String),
    #[error("the request failed: {0}")]
    Transport(String),
    #[error("answered {status} redirect{}; redirects are not followed and count as failures", location.as_ref().map(|l| format!(" to {l}")).unwrap_or_default())]
    Redirect { status: u16, location: Option<String> },
    #[error("answered HTTP {0}; only 2xx counts as received")]
    Status(u16),
    #[error("the error-handling template reported: {0}")]
    ErrorTemplate(String),
    #[error("the error-handling template failed: {0}")]
    ErrorTemplateBroken(String),
}

impl Failure {
    /// Failures where nothing answered (the exit code says "network", not "rejected").
    pub fn is_network(&self) -> bool {
        matches!(self, Failure::Timeout(_) | Failure::Connect(_) | Failure::Transport(_))
    }
}

/// One attempt: the request, the response if any, how long it took, and the verdict.
#[derive(Debug, Clone)]
pub struct Attempt {
    pub request: Request,
    pub response: Option<Response>,
    pub duration: Duration,
    pub failure: Option<Failure>,
}

impl Attempt {
    pub fn succeeded(&self) -> bool {
        self.failure.is_none()
    }
}

/// The HTTP side: one pooled client, no redirects, a fixed timeout.
#[derive(Clone)]
pub struct Engine {
    client: reqwest::Client,
    timeout: Duration,
}

impl Engine {
    pub fn new(timeout: Duration) -> Result<Engine, String> {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(timeout)
            .user_agent(concat!("hookctl/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| format!("cannot build the HTTP client: {e}"))?;
        Ok(Engine { client, timeout })
    }

    /// POSTs the request and classifies the outcome.
    pub async fn deliver(&self, request: Request, error_template: Option<&Template>) -> Attempt {
        self.attempt(reqwest::Method::POST, request, error_template).await
    }

    /// Sends a recorded request again with its own method (`replay` of a capture), classified
    /// as a delivery. `None` when `method` is not an HTTP method.
    pub async fn send_as(&self, method: &str, request: Request) -> Option<Attempt> {
        let method = reqwest::Method::from_bytes(method.as_bytes()).ok()?;
        Some(self.attempt(method, request, None).await)
    }

    async fn attempt(
        &self,
        method: reqwest::Method,
        request: Request,
        error_template: Option<&Template>,
    ) -> Attempt {
        let start = Instant::now();
        let result = self.send(method, &request).await;
        let duration = start.elapsed();
        match result {
            Ok(response) => {
                let failure = classify(&response, error_template);
                Attempt { request, response: Some(response), duration, failure }
            }
            Err(failure) => Attempt { request, response: None, duration, failure: Some(failure) },
        }
    }

    async fn send(&self, method: reqwest::Method, request: &Request) -> Result<Response, Failure> {
        let mut builder = self.client.request(method, &request.url).body(request.body.clone());
        for (k, v) in &request.headers {
            builder = builder.header(k, v);
        }
        let mut resp = builder.send().await.map_err(|e| self.failure(e))?;
        let status = resp.status().as_u16();
        let headers = resp
            .headers()
            .iter()
            .map(|(k, v)| (k.as_str().to_string(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
            .collect();
        let mut body = Vec::new();
        let mut truncated = false;
        while let Some(chunk) = resp.chunk().await.map_err(|e| self.failure(e))? {
            let room = MAX_RESPONSE_BODY.saturating_sub(body.len());
            if chunk.len() > room {
                body.extend_from_slice(&chunk[..room]);
                truncated = true;
                break;
            }
            body.extend_from_slice(&chunk);
        }
        Ok(Response { status, headers, body, truncated })
    }

    fn failure(&self, e: reqwest::Error) -> Failure {
        if e.is_timeout() {
            Failure::Timeout(self.timeout.as_millis())
        } else if e.is_connect() {
            Failure::Connect(root_cause(&e))
        } else {
            Failure::Transport(root_cause(&e))
        }
    }
}

/// The innermost error message (reqwest's own is "error sending request for url …").
fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cur = e;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}
