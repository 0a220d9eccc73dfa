//! The request of a notification: the `X-Scope-*` envelope in the guide's order, the signature
//! over the exact body bytes, and the first-generation and Sentera requests beside it.

use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;

use crate::payload::ContentType;
use crate::signing::{self, SIGNATURE_HEADER};

/// `X-Scope-API-Version`.
pub const API_VERSION: &str = "3";
/// `X-Scope-Webhook-Type`: every notification is about a node, for now.
pub const WEBHOOK_TYPE: &str = "node";

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
    /// An envelope with the current API version.
    pub fn new(
        topic: &str,
        topic_version: &str,
        domain: &str,
        webhook_id: &str,
        job_id: &str,
        time: DateTime<Utc>,
    ) -> Envelope {
        Envelope {
            topic: topic.to_string(),
            topic_version: topic_version.to_string(),
            api_version: API_VERSION.to_string(),
            domain: domain.to_string(),
            webhook_id: webhook_id.to_string(),
            job_id: job_id.to_string(),
            time,
        }
    }

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

    /// A first-generation notification (shared/seeds' first API): no `X-Scope-*` envelope, just
    /// the content type, and a signature only when a secret is given.
    pub fn first_generation(
        url: &str,
        content_type: ContentType,
        body: Vec<u8>,
        secret: Option<&[u8]>,
    ) -> Request {
        let mut headers = vec![("Content-Type".to_string(), content_type.mime().to_string())];
        if let Some(s) = secret {
            headers.push((SIGNATURE_HEADER.to_string(), signing::sign(s, &body)));
        }
        Request { url: url.to_string(), headers, body }
    }

    /// A Sentera event notification: JSON, with the OAuth bearer token when the subscription
    /// has authentication.
    pub fn sentera(url: &str, body: Vec<u8>, bearer: Option<&str>) -> Request {
        let mut headers = vec![("Content-Type".to_string(), ContentType::Json.mime().to_string())];
        if let Some(t) = bearer {
            headers.push(("Authorization".to_string(), format!("Bearer {t}")));
        }
        Request { url: url.to_string(), headers, body }
    }

    /// Replaces the job id and time headers (each attempt of a load test is its own job).
    pub fn set_header(&mut self, name: &str, value: String) {
        match self.headers.iter_mut().find(|(k, _)| k.eq_ignore_ascii_case(name)) {
            Some((_, v)) => *v = value,
            None => self.headers.push((name.to_string(), value)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::delivery::{API_VERSION, header};

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

    #[test]
    fn first_generation_and_sentera_requests() {
        let r = Request::first_generation("http://x", ContentType::Json, b"{}".to_vec(), None);
        assert_eq!(r.headers, [("Content-Type".to_string(), "application/json".to_string())]);
        let signed = Request::first_generation("http://x", ContentType::Xml, b"<a/>".to_vec(), Some(b"k"));
        assert_eq!(header(&signed.headers, SIGNATURE_HEADER), Some(signing::sign(b"k", b"<a/>").as_str()));
        let s = Request::sentera("http://x", vec![], Some("tok"));
        assert_eq!(header(&s.headers, "authorization"), Some("Bearer tok"));
    }
}
