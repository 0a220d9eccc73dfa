//! Replay and edit-and-replay: a kept delivery (or an edited copy) sent again through the
//! project's one delivery engine (`delivery::Engine`), optionally re-signed with `signing`.

use std::time::Duration;

use serde::Deserialize;
use serde_json::{Value, json};

use crate::delivery::{Engine, Request};
use crate::listener::Capture;
use crate::secret::Secret;
use crate::signing::{self, SIGNATURE_HEADER};

/// A replay can wait for a slow app longer than the vendor's 5 s: a person is watching.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// `POST /api/captures/{id}/replay`.
#[derive(Debug, Default, Deserialize)]
pub struct ReplayRequest {
    /// Where to send; the `--forward-to` target when absent.
    pub to: Option<String>,
    /// An edited body (text) replacing the captured one.
    pub body: Option<String>,
    /// Edited headers replacing the captured ones: `{"name": "value"}` or `[["name", "value"]]`.
    pub headers: Option<Value>,
    /// `true`: sign the body with the listener's secret; `false`: send without a signature;
    /// absent: send the headers as they are.
    pub sign: Option<bool>,
}

/// Why a replay could not be sent at all (answered 400).
pub type Refusal = String;

/// Builds the request: the capture's end-to-end headers (or the edited ones) and body.
pub fn build(
    c: &Capture,
    r: &ReplayRequest,
    fallback: Option<&str>,
    secret: Option<&Secret>,
) -> Result<Request, Refusal> {
    let to = r.to.as_deref().filter(|s| !s.trim().is_empty()).or(fallback).ok_or_else(|| {
        "say where to replay: {\"to\": URL} (the listener has no --forward-to target)".to_string()
    })?;
    let url = url::Url::parse(to.trim()).map_err(|e| format!("not a URL: {to}: {e}"))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!("replays go to http(s) URLs, not {url}"));
    }
    let body = match &r.body {
        Some(b) => b.clone().into_bytes(),
        None => c.body_bytes().map_err(|e| format!("the captured body is not valid base64: {e}"))?,
    };
    let mut headers: Vec<(String, String)> = match &r.headers {
        None => c.end_to_end_headers().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        Some(v) => parse_headers(v)?,
    };
    headers.retain(|(k, _)| {
        let k = k.to_ascii_lowercase();
        !crate::listener::capture::HOP_BY_HOP.contains(&k.as_str())
    });
    match r.sign {
        None => {}
        Some(false) => headers.retain(|(k, _)| !k.eq_ignore_ascii_case(SIGNATURE_HEADER)),
        Some(true) => {
            let secret = secret.ok_or("the listener has no secret to sign with (--secret-file)")?;
            let sig = signing::sign(secret.as_bytes(), &body);
            let mut req = Request { url: String::new(), headers, body: Vec::new() };
            req.set_header(SIGNATURE_HEADER, sig);
            headers = req.headers;
        }
    }
    Ok(Request { url: url.to_string(), headers, body })
}

fn parse_headers(v: &Value) -> Result<Vec<(String, String)>, Refusal> {
    let bad = || "headers must be {\"name\": \"value\"} or [[\"name\", \"value\"]]".to_string();
    let pair = |k: &str, v: &Value| -> Result<(String, String), Refusal> {
        let v = v.as_str().ok_or_else(bad)?;
        if k.is_empty() || axum::http::HeaderName::from_bytes(k.as_bytes()).is_err() {
            return Err(format!("not a header name: {k:?}"));
        }
        if axum::http::HeaderValue::from_str(v).is_err() {
            return Err(format!("header {k} has a value that cannot be sent"));
        }
        Ok((k.to_string(), v.to_string()))
    };
    match v {
        Value::Object(m) => m.iter().map(|(k, v)| pair(k, v)).collect(),
        Value::Array(items) => items
            .iter()
            .map(|item| match item.as_array().map(Vec::as_slice) {
                Some([Value::String(k), v]) => pair(k, v),
                _ => Err(bad()),
            })
            .collect(),
        _ => Err(bad()),
    }
}

/// Sends and describes the outcome as the API answers it.
pub async fn send(engine: &Engine, request: Request) -> Value {
    let a = engine.deliver(request, None).await;
    let response = a.response.as_ref().map(|r| {
        json!({
            "status": r.status,
            "headers": r.headers.iter().map(|(k, v)| [k, v]).collect::<Vec<_>>(),
            "body": String::from_utf8_lossy(&r.body),
            "truncated": r.truncated,
        })
    });
    json!({
        "url": a.request.url,
        "request_headers": a.request.headers.iter().map(|(k, v)| [k, v]).collect::<Vec<_>>(),
        "ok": a.succeeded(),
        "error": a.failure.as_ref().map(|f| f.to_string()),
        "duration_ms": a.duration.as_secs_f64() * 1000.0,
        "response": response,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::listener::Headers;

    fn cap() -> Capture {
        let mut h = Headers::new();
        h.append("Host", "x");
        h.append("X-Scope-Topic", "user/created");
        h.append(SIGNATURE_HEADER, "old");
        Capture::new("POST", "/", h, b"{}")
    }

    #[test]
    fn resigns_or_strips_the_signature() {
        let secret = Secret::new("s");
        let r = ReplayRequest {
            to: Some("http://127.0.0.1:1/h".into()),
            body: Some("{\"a\":1}".into()),
            sign: Some(true),
            ..Default::default()
        };
        let req = build(&cap(), &r, None, Some(&secret)).unwrap();
        let sig = crate::delivery::header(&req.headers, SIGNATURE_HEADER).unwrap();
        assert_eq!(sig, signing::sign(b"s", b"{\"a\":1}"));
        assert!(crate::delivery::header(&req.headers, "host").is_none());
        let r = ReplayRequest {
            sign: Some(false),
            headers: Some(json!([["X-A", "1"], [SIGNATURE_HEADER, "z"]])),
            ..Default::default()
        };
        let req = build(&cap(), &r, Some("http://h/"), None).unwrap();
        assert_eq!(req.headers, [("X-A".to_string(), "1".to_string())]);
        assert!(build(&cap(), &ReplayRequest::default(), None, None).is_err());
        let r = ReplayRequest { sign: Some(true), ..Default::default() };
        assert!(build(&cap(), &r, Some("http://h/"), None).is_err());
    }
}
