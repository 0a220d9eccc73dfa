//! The capture record: one delivery as the listener saw it, and as `--save` writes it (one JSON
//! line each). `verify --headers`, `render --kind error --capture` and `replay` read this shape,
//! so it is stable: change it only by adding optional fields.

use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use chrono::{DateTime, SecondsFormat, Utc};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

/// Headers a relay must not copy: they describe one connection, not the message.
pub const HOP_BY_HOP: &[&str] = &[
    "host",
    "content-length",
    "connection",
    "transfer-encoding",
    "keep-alive",
    "proxy-connection",
    "te",
    "trailer",
    "upgrade",
];

/// One captured request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Capture {
    /// When the request was received (RFC 3339, UTC, milliseconds).
    #[serde(with = "rfc3339_millis")]
    pub received_at: DateTime<Utc>,
    pub method: String,
    /// The request path, with its query string if any.
    pub path: String,
    /// Lower-case names; a repeated header's values joined with ", ".
    pub headers: Headers,
    /// The exact body when it is UTF-8 text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// The body in standard base64 when it is not UTF-8.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body_base64: Option<String>,
    /// Signature check: `null` when the listener had no secret.
    pub verified: Option<bool>,
    /// The status the listener answered.
    #[serde(default)]
    pub status: u16,
    #[serde(default)]
    pub kind: Kind,
    /// With `--forward-to`: what the local app answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forwarded: Option<Forwarded>,
}

/// The local app's answer to a forwarded delivery.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Forwarded {
    /// The app's status; `null` when it could not be reached (the sender got 502).
    pub status: Option<u16>,
    /// Milliseconds from sending to the app to having its whole answer.
    pub ms: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// What sort of delivery a capture is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A subscription delivery with `X-Scope-*` headers.
    Scope,
    /// A first-generation organization webhook: `{time, event, type: "resource", data: {…}}`
    /// (earlier versions wrote `legacy`, still read).
    #[serde(rename = "first-generation", alias = "legacy")]
    FirstGeneration,
    /// Anything else.
    #[default]
    Other,
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Kind::Scope => "scope",
            Kind::FirstGeneration => "first-generation",
            Kind::Other => "other",
        })
    }
}

/// The fields of a first-generation payload worth showing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirstGenerationEvent {
    pub time: Option<String>,
    pub event: String,
    pub resource_type: Option<String>,
    pub resource_id: Option<String>,
    pub resource_url: Option<String>,
}

impl Capture {
    /// Builds a record from a request's parts; the body goes in as text or base64.
    pub fn new(method: &str, path: &str, headers: Headers, body: &[u8]) -> Capture {
        let (text, b64) = match std::str::from_utf8(body) {
            Ok(s) => (Some(s.to_string()), None),
            Err(_) => (None, Some(STANDARD.encode(body))),
        };
        let mut c = Capture {
            received_at: Utc::now(),
            method: method.to_string(),
            path: path.to_string(),
            headers,
            body: text,
            body_base64: b64,
            verified: None,
            status: 0,
            kind: Kind::Other,
            forwarded: None,
        };
        c.kind = c.classify();
        c
    }

    /// The exact body bytes.
    pub fn body_bytes(&self) -> Result<Vec<u8>, base64::DecodeError> {
        match (&self.body, &self.body_base64) {
            (Some(s), _) => Ok(s.as_bytes().to_vec()),
            (None, Some(b)) => STANDARD.decode(b),
            (None, None) => Ok(Vec::new()),
        }
    }

    /// A header's value by (case-insensitive) name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name)
    }

    /// The headers a relay or replay sends on: all but the hop-by-hop ones.
    pub fn end_to_end_headers(&self) -> impl Iterator<Item = (&str, &str)> {
        self.headers.iter().filter(|(k, _)| !HOP_BY_HOP.contains(&k.to_ascii_lowercase().as_str()))
    }

    /// The first-generation payload fields, when the body is one.
    pub fn first_generation_event(&self) -> Option<FirstGenerationEvent> {
        let body = self.body.as_deref()?;
        if !body.contains("resource") {
            return None;
        }
        let v: serde_json::Value = serde_json::from_str(body).ok()?;
        let obj = v.as_object()?;
        if obj.get("type")?.as_str()? != "resource" {
            return None;
        }
        let event = obj.get("event")?.as_str()?.to_string();
        let data = obj.get("data")?.as_object()?;
        let field = |k: &str| data.get(k).and_then(|v| v.as_str()).map(str::to_string);
        if !data.contains_key("resource-id") && !data.contains_key("resource-type") {
            return None;
        }
        Some(FirstGenerationEvent {
            time: obj.get("time").and_then(|v| v.as_str()).map(str::to_string),
            event,
            resource_type: field("resource-type"),
            resource_id: field("resource-id"),
            resource_url: field("resource-url"),
        })
    }

    /// First-generation when the body has that shape, scope when `X-Scope-*` headers are
    /// present, other otherwise.
    pub fn classify(&self) -> Kind {
        if self.first_generation_event().is_some() {
            Kind::FirstGeneration
        } else if self.headers.iter().any(|(k, _)| k.starts_with("x-scope-")) {
            Kind::Scope
        } else {
            Kind::Other
        }
    }

    /// The record as one JSON line, newline included.
    pub fn to_json_line(&self) -> Vec<u8> {
        let mut v = serde_json::to_vec(self).expect("a capture always serializes");
        v.push(b'\n');
        v
    }
}

/// Request headers in arrival order, names lower-case, serialized as a JSON object.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Headers(Vec<(String, String)>);

impl Headers {
    pub fn new() -> Self {
        Headers(Vec::new())
    }

    /// Adds a header; a repeated name has its values joined with ", ".
    pub fn append(&mut self, name: &str, value: &str) {
        let name = name.to_ascii_lowercase();
        match self.0.iter_mut().find(|(k, _)| *k == name) {
            Some((_, v)) => {
                v.push_str(", ");
                v.push_str(value);
            }
            None => self.0.push((name, value.to_string())),
        }
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<&axum::http::HeaderMap> for Headers {
    fn from(map: &axum::http::HeaderMap) -> Self {
        let mut h = Headers::new();
        for (name, value) in map {
            h.append(name.as_str(), &String::from_utf8_lossy(value.as_bytes()));
        }
        h
    }
}

impl Serialize for Headers {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

impl<'de> Deserialize<'de> for Headers {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Headers;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of header names to string values")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Headers, A::Error> {
                let mut h = Headers::new();
                while let Some((k, v)) = map.next_entry::<String, serde_json::Value>()? {
                    match v {
                        serde_json::Value::String(s) => h.append(&k, &s),
                        serde_json::Value::Array(items) => {
                            for item in items {
                                let s = item.as_str().ok_or_else(|| {
                                    de::Error::custom(format!("header {k:?} has a non-string value"))
                                })?;
                                h.append(&k, s);
                            }
                        }
                        _ => return Err(de::Error::custom(format!("header {k:?} is not a string"))),
                    }
                }
                Ok(h)
            }
        }
        d.deserialize_map(V)
    }
}

mod rfc3339_millis {
    use chrono::{DateTime, SecondsFormat, Utc};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&t.to_rfc3339_opts(SecondsFormat::Millis, true))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        let s = String::deserialize(d)?;
        DateTime::parse_from_rfc3339(&s).map(|t| t.with_timezone(&Utc)).map_err(serde::de::Error::custom)
    }
}

/// `received_at` as it is written.
pub fn format_time(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_keeps_field_order() {
        let mut h = Headers::new();
        h.append("Content-Type", "application/json");
        h.append("X-Scope-Topic", "user/created");
        h.append("Accept", "a");
        h.append("accept", "b");
        let mut c = Capture::new("POST", "/hooks?x=1", h, br#"{"data":{"id":"1"}}"#);
        c.verified = Some(true);
        c.status = 200;
        let line = String::from_utf8(c.to_json_line()).unwrap();
        let keys: Vec<String> = serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(&line)
            .unwrap()
            .keys()
            .cloned()
            .collect();
        assert_eq!(keys, ["received_at", "method", "path", "headers", "body", "verified", "status", "kind"]);
        assert!(line.contains(r#""accept":"a, b""#));
        assert!(line.contains(r#""kind":"scope""#));
        let back: Capture = serde_json::from_str(&line).unwrap();
        assert_eq!(back.received_at.timestamp_millis(), c.received_at.timestamp_millis());
        assert_eq!(back.headers, c.headers);
    }

    #[test]
    fn binary_bodies_go_to_base64() {
        let c = Capture::new("POST", "/", Headers::new(), &[0xff, 0x00, 0x41]);
        assert_eq!(c.body, None);
        assert_eq!(c.body_base64.as_deref(), Some("/wBB"));
        assert_eq!(c.body_bytes().unwrap(), vec![0xff, 0x00, 0x41]);
        let line = String::from_utf8(c.to_json_line()).unwrap();
        assert!(line.contains(r#""verified":null"#) && !line.contains(r#""body":"#));
    }

    #[test]
    fn recognizes_first_generation_payloads() {
        let body = r#"{"time":"2020-10-20T18:06:02Z","event":"create","type":"resource","data":{"resource-id":"OiS=","resource-url":"https://x/y","resource-type":"scenario"}}"#;
        let c = Capture::new("POST", "/", Headers::new(), body.as_bytes());
        assert_eq!(c.kind, Kind::FirstGeneration);
        let e = c.first_generation_event().unwrap();
        assert_eq!((e.event.as_str(), e.resource_type.as_deref()), ("create", Some("scenario")));
        let other = Capture::new("POST", "/", Headers::new(), br#"{"type":"resource"}"#);
        assert_eq!(other.kind, Kind::Other);
    }

    #[test]
    fn hop_by_hop_headers_are_dropped() {
        let mut h = Headers::new();
        for (k, v) in
            [("Host", "a"), ("Content-Length", "3"), ("X-Scope-Topic", "t"), ("Connection", "close")]
        {
            h.append(k, v);
        }
        let c = Capture::new("POST", "/", h, b"abc");
        let kept: Vec<_> = c.end_to_end_headers().collect();
        assert_eq!(kept, [("x-scope-topic", "t")]);
    }
}
