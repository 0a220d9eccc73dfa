//! One delivery, exactly as the vendor's server makes it: build the headers, sign the body,
//! POST with a 5 s timeout and no redirects, and classify the outcome (only 2xx succeeds, and an
//! error-handling template may still turn a 2xx into a failure).
//!
//! `hookctl send`, the sandbox's worker and `subscriptions deliver` all go through here.

use std::time::{Duration, Instant};

use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;

use crate::payload::ContentType;
use crate::signing::{self, SIGNATURE_HEADER};
use crate::templates::{self, Template};

/// The guide's delivery timeout.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(5);
/// `X-Scope-API-Version`.
pub const API_VERSION: &str = "3";
/// `X-Scope-Webhook-Type`: every notification is about a node, for now.
pub const WEBHOOK_TYPE: &str = "node";
/// How much of a response body is kept for display and error records.
pub const MAX_RESPONSE_BODY: usize = 1 << 20;

/// What the `X-Scope-*` headers say about one notification.
#[derive(Debug, Clone)]
pub struct Envelope {
    pub topic: String,
    pub topic_version: String,
    pub api_version: String,
    pub domain: String,
    /// `X-Scope-Webhook-Id`: the subscription's record id.
    pub webhook_id: String,
    /// `X-Scope-Webhook-Job-Id`: one per notification (the same on every retry).
    pub job_id: String,
    pub time: DateTime<Utc>,
}

impl Envelope {
    /// The request headers in the order the guide lists them.
    pub fn headers(&self, content_type: ContentType, signature: Option<&str>) -> Vec<(String, String)> {
        let mut h = vec![
            ("X-Scope-Topic".to_string(), self.topic.clone()),
            ("X-Scope-Topic-Version".to_string(), self.topic_version.clone()),
            ("X-Scope-API-Version".to_string(), self.api_version.clone()),
            ("X-Scope-Domain".to_string(), self.domain.clone()),
        ];
        if let Some(sig) = signature {
            h.push((SIGNATURE_HEADER.to_string(), sig.to_string()));
        }
        h.extend([
            ("X-Scope-Webhook-Id".to_string(), self.webhook_id.clone()),
            ("X-Scope-Webhook-Type".to_string(), WEBHOOK_TYPE.to_string()),
            ("X-Scope-Webhook-Job-Id".to_string(), self.job_id.clone()),
            ("X-Scope-Time".to_string(), self.time.to_rfc3339_opts(SecondsFormat::Secs, true)),
            ("Content-Type".to_string(), content_type.mime().to_string()),
        ]);
        h
    }
}

/// A request ready to send.
#[derive(Debug, Clone, Serialize)]
pub struct Request {
    pub url: String,
    pub headers: Vec<(String, String)>,
    #[serde(skip)]
    pub body: Vec<u8>,
}

impl Request {
    /// A signed notification: the signature covers the exact body bytes.
    pub fn notification(
        url: &str,
        envelope: &Envelope,
        content_type: ContentType,
        body: Vec<u8>,
        secret: Option<&[u8]>,
    ) -> Request {
        let signature = secret.map(|s| signing::sign(s, &body));
        Request { url: url.to_string(), headers: envelope.headers(content_type, signature.as_deref()), body }
    }

    /// Replaces the job id and time headers (each attempt of a load test is its own job).
    pub fn set_header(&mut self, name: &str, value: String) {
        match self.headers.iter_mut().find(|(k, _)| k.eq_ignore_ascii_case(name)) {
            Some((_, v)) => *v = value,
            None => self.headers.push((name.to_string(), value)),
        }
    }
}

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
        let start = Instant::now();
        let result = self.send(&request).await;
        let duration = start.elapsed();
        match result {
            Ok(response) => {
                let failure = classify(&response, error_template);
                Attempt { request, response: Some(response), duration, failure }
            }
            Err(failure) => Attempt { request, response: None, duration, failure: Some(failure) },
        }
    }

    async fn send(&self, request: &Request) -> Result<Response, Failure> {
        let mut builder = self.client.post(&request.url).body(request.body.clone());
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

    fn envelope() -> Envelope {
        Envelope {
            topic: "scenario_session/created".into(),
            topic_version: "1.1".into(),
            api_version: API_VERSION.into(),
            domain: "scopear.com".into(),
            webhook_id: "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043".into(),
            job_id: "job".into(),
            time: DateTime::parse_from_rfc3339("2020-10-20T18:06:02Z").unwrap().with_timezone(&Utc),
        }
    }

    #[test]
    fn headers_follow_the_guide() {
        let r = Request::notification("http://x", &envelope(), ContentType::Json, b"{}".to_vec(), Some(b"s"));
        let names: Vec<&str> = r.headers.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            names,
            [
                "X-Scope-Topic",
                "X-Scope-Topic-Version",
                "X-Scope-API-Version",
                "X-Scope-Domain",
                "X-Scope-Hmac-Sha256",
                "X-Scope-Webhook-Id",
                "X-Scope-Webhook-Type",
                "X-Scope-Webhook-Job-Id",
                "X-Scope-Time",
                "Content-Type"
            ]
        );
        assert_eq!(header(&r.headers, "x-scope-hmac-sha256"), Some(signing::sign(b"s", b"{}").as_str()));
        assert_eq!(header(&r.headers, "X-Scope-Time"), Some("2020-10-20T18:06:02Z"));
        let unsigned = Request::notification("http://x", &envelope(), ContentType::Xml, vec![], None);
        assert_eq!(header(&unsigned.headers, SIGNATURE_HEADER), None);
        assert_eq!(header(&unsigned.headers, "content-type"), Some("application/xml"));
    }

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
