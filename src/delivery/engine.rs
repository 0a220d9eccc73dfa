//! The HTTP side of a delivery: one pooled client, a 5 s timeout, no redirects; and whether an
//! answer counts as received ([`classify`]): only 2xx, redirects fail, and a 2xx fails when the
//! error-handling template renders anything.

use std::time::{Duration, Instant};

use serde::Serialize;

use super::envelope::Request;
use crate::templates::{self, Template};

/// How much of a response body is kept for display and error records.
pub const MAX_RESPONSE_BODY: usize = 1 << 20;

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

/// Only 2xx succeeds; redirects fail; a 2xx fails when the error template renders anything.
pub fn classify(response: &Response, error_template: Option<&Template>) -> Option<Failure> {
    let status = response.status;
    if (300..400).contains(&status) {
        let location = header(&response.headers, "location").map(str::to_string);
        return Some(Failure::Redirect { status, location });
    }
    if !(200..300).contains(&status) {
        return Some(Failure::Status(status));
    }
    let template = error_template?;
    let globals = templates::error_globals(&response.body, &response.headers);
    match template.render(&globals) {
        Ok(text) if text.trim().is_empty() => None,
        Ok(text) => Some(Failure::ErrorTemplate(text.trim().to_string())),
        Err(e) => Some(Failure::ErrorTemplateBroken(e.to_string())),
    }
}

/// A header's value by case-insensitive name.
pub fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(status: u16, body: &str) -> Response {
        Response {
            status,
            headers: vec![("Location".into(), "https://elsewhere".into())],
            body: body.as_bytes().to_vec(),
            truncated: false,
        }
    }

    #[test]
    fn classification() {
        assert_eq!(classify(&response(200, ""), None), None);
        assert_eq!(classify(&response(204, ""), None), None);
        assert_eq!(
            classify(&response(302, ""), None),
            Some(Failure::Redirect { status: 302, location: Some("https://elsewhere".into()) })
        );
        assert_eq!(classify(&response(500, ""), None), Some(Failure::Status(500)));
        let t = templates::parse("{% if body.error %}{{ body.error }}{% endif %}").unwrap();
        assert_eq!(classify(&response(200, r#"{"ok":true}"#), Some(&t)), None);
        assert_eq!(
            classify(&response(200, r#"{"error":"User already exists"}"#), Some(&t)),
            Some(Failure::ErrorTemplate("User already exists".into()))
        );
        // The template is not consulted when the status already failed.
        assert_eq!(classify(&response(404, r#"{"error":"x"}"#), Some(&t)), Some(Failure::Status(404)));
    }
}
