//! What the API answers: a short summary per delivery (for lists and the event stream) and one
//! delivery in full. Verdicts, pretty bodies and curl commands are derived here, on request.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Value, json};

use super::store::{Entry, Forwarded};
use crate::listener::Capture;
use crate::listener::capture::format_time;
use crate::signing::{self, SIGNATURE_HEADER};

/// How much of a body a list row carries; the whole body is in the detail.
pub const PREVIEW: usize = 240;

/// The signature verdict and, when it failed, why.
pub fn verdict(c: &Capture) -> (&'static str, String) {
    match c.verified {
        None => ("unchecked", "no secret: signatures are not checked".into()),
        Some(true) => ("verified", String::new()),
        Some(false) => match c.header(SIGNATURE_HEADER) {
            None => ("missing", format!("no {SIGNATURE_HEADER} header")),
            Some(sig) => match signing::decode_signature(sig) {
                Err(e) => ("unusable", e.to_string()),
                Ok(_) => ("wrong", "the signature does not match the body and secret".into()),
            },
        },
    }
}

fn body_len(c: &Capture) -> usize {
    match (&c.body, &c.body_base64) {
        (Some(b), _) => b.len(),
        (None, Some(b)) => b.len() / 4 * 3 - b.bytes().rev().take_while(|&x| x == b'=').count(),
        _ => 0,
    }
}

fn cut(s: &str, max: usize) -> (&str, bool) {
    if s.len() <= max {
        return (s, false);
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    (&s[..end], true)
}

/// One list row.
pub fn summary(e: &Entry) -> Value {
    let c = &e.capture;
    let (verdict, why) = verdict(c);
    let (preview, truncated) = match &c.body {
        Some(b) => cut(b, PREVIEW),
        None => ("(binary body)", false),
    };
    json!({
        "id": e.id,
        "received_at": format_time(&c.received_at),
        "method": c.method,
        "path": c.path,
        "status": c.status,
        "verdict": verdict,
        "why": why,
        "kind": c.kind.to_string(),
        "topic": c.header("x-scope-topic"),
        "webhook_id": c.header("x-scope-webhook-id"),
        "job_id": c.header("x-scope-webhook-job-id"),
        "content_type": c.header("content-type"),
        "size": body_len(c),
        "duplicate": e.duplicate,
        "preview": preview,
        "preview_truncated": truncated,
        "forwarded_status": e.forwarded.as_ref().and_then(|f| f.status),
    })
}

/// One delivery in full; `base` is the listener's `http://HOST:PORT` (for the curl command).
pub fn detail(e: &Entry, base: &str) -> Value {
    let c = &e.capture;
    let mut v = summary(e);
    let (pretty, pretty_kind) = pretty(c);
    let record = String::from_utf8_lossy(&c.to_json_line()).trim_end().to_string();
    let extra = json!({
        "headers": c.headers.iter().map(|(k, v)| [k, v]).collect::<Vec<_>>(),
        "body": c.body,
        "body_base64": c.body_base64,
        "pretty": pretty,
        "pretty_kind": pretty_kind,
        "forwarded": e.forwarded.as_ref().map(forwarded),
        "record": record,
        "curl": curl(c, base),
    });
    if let (Some(m), Value::Object(x)) = (v.as_object_mut(), extra) {
        m.extend(x);
    }
    v
}

fn forwarded(f: &Forwarded) -> Value {
    let (text, b64) = match std::str::from_utf8(&f.body) {
        Ok(s) => (Some(s.to_string()), None),
        Err(_) => (None, Some(STANDARD.encode(&f.body))),
    };
    json!({
        "url": f.url,
        "status": f.status,
        "headers": f.headers.iter().map(|(k, v)| [k, v]).collect::<Vec<_>>(),
        "body": text,
        "body_base64": b64,
        "duration_ms": f.duration.as_secs_f64() * 1000.0,
        "error": f.error,
    })
}

/// The body pretty-printed when it is JSON or XML.
fn pretty(c: &Capture) -> (Option<String>, Option<&'static str>) {
    let Some(text) = c.body.as_deref() else { return (None, None) };
    let trimmed = text.trim_start();
    if trimmed.starts_with(['{', '[']) {
        if let Some(p) =
            serde_json::from_str::<Value>(text).ok().and_then(|v| serde_json::to_string_pretty(&v).ok())
        {
            return (Some(p), Some("json"));
        }
    } else if trimmed.starts_with('<')
        && let Some(p) = pretty_xml(text)
    {
        return (Some(p), Some("xml"));
    }
    (None, None)
}

fn pretty_xml(text: &str) -> Option<String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(text);
    reader.config_mut().trim_text(true);
    let mut writer = quick_xml::Writer::new_with_indent(Vec::new(), b' ', 2);
    loop {
        match reader.read_event().ok()? {
            Event::Eof => break,
            ev => writer.write_event(ev).ok()?,
        }
    }
    String::from_utf8(writer.into_inner()).ok()
}

fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// A shell command that sends the same request again, byte for byte.
pub fn curl(c: &Capture, base: &str) -> String {
    let mut cmd = format!("curl -X {} {}", c.method, quote(&format!("{base}{}", c.path)));
    for (k, v) in c.end_to_end_headers() {
        cmd.push_str(&format!(" \\\n  -H {}", quote(&format!("{k}: {v}"))));
    }
    match (&c.body, &c.body_base64) {
        (Some(b), _) => format!("{cmd} \\\n  --data-binary {}", quote(b)),
        (None, Some(b)) => format!("printf %s {} | base64 -d | {cmd} \\\n  --data-binary @-", quote(b)),
        _ => cmd,
    }
}

/// The list filters of `GET /api/captures`.
#[derive(Debug, Default, serde::Deserialize)]
pub struct Filter {
    pub topic: Option<String>,
    pub verdict: Option<String>,
    /// `200`, or a class: `2xx`, `4xx`, `5xx`.
    pub status: Option<String>,
    /// Case-insensitive text anywhere in the path, headers or body.
    pub q: Option<String>,
}

impl Filter {
    pub fn matches(&self, e: &Entry) -> bool {
        let c = &e.capture;
        let given =
            |o: &Option<String>| o.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string);
        if let Some(t) = given(&self.topic)
            && c.header("x-scope-topic") != Some(t.as_str())
        {
            return false;
        }
        if let Some(v) = given(&self.verdict)
            && verdict(c).0 != v
        {
            return false;
        }
        if let Some(s) = given(&self.status) {
            let code = c.status.to_string();
            let ok = match s.strip_suffix("xx") {
                Some(class) => code.starts_with(class),
                None => code == s,
            };
            if !ok {
                return false;
            }
        }
        if let Some(q) = given(&self.q) {
            let q = q.to_lowercase();
            let has = |s: &str| s.to_lowercase().contains(&q);
            return has(&c.path)
                || c.headers.iter().any(|(k, v)| has(k) || has(v))
                || c.body.as_deref().is_some_and(has);
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::listener::Headers;

    #[test]
    fn verdicts_say_why() {
        let mut h = Headers::new();
        h.append(SIGNATURE_HEADER, "%%%");
        let mut c = Capture::new("POST", "/", h, b"x");
        c.verified = Some(false);
        assert_eq!(verdict(&c).0, "unusable");
        c.headers = Headers::new();
        assert_eq!(verdict(&c).0, "missing");
        c.verified = None;
        assert_eq!(verdict(&c).0, "unchecked");
    }

    #[test]
    fn pretty_prints_xml_and_quotes_curl() {
        let c = Capture::new("POST", "/h", Headers::new(), b"<a><b>it's</b></a>");
        assert_eq!(pretty(&c), (Some("<a>\n  <b>it's</b>\n</a>".into()), Some("xml")));
        assert_eq!(
            curl(&c, "http://x"),
            "curl -X POST 'http://x/h' \\\n  --data-binary '<a><b>it'\\''s</b></a>'"
        );
        let bin = Capture::new("POST", "/", Headers::new(), &[0xff, 0, 1]);
        assert_eq!(body_len(&bin), 3);
    }
}
