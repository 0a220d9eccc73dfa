//! How captures and the summary look to a person.

use std::fmt::Write as _;

use super::Summary;
use super::capture::{Capture, Kind};
use crate::signing::SIGNATURE_HEADER;

/// Bodies longer than this are cut in the text display (`--save` keeps everything).
const SHOWN_BODY: usize = 4096;

fn paint(color: bool, sgr: &str, text: &str) -> String {
    if color { format!("\x1b[{sgr}m{text}\x1b[0m") } else { text.to_string() }
}

/// One delivery as a block of text: a headline, the interesting headers, then the body.
pub fn capture_text(c: &Capture, n: u64, color: bool) -> String {
    let mut out = String::new();
    let status_sgr = if (200..300).contains(&c.status) { "32;1" } else { "31;1" };
    let verdict = match c.verified {
        Some(true) => paint(color, "32", "✓ verified"),
        Some(false) if c.header(SIGNATURE_HEADER).is_none() => paint(color, "31", "✗ unsigned"),
        Some(false) => paint(color, "31", "✗ invalid signature"),
        None => paint(color, "2", "signature not checked (no secret)"),
    };
    let _ = writeln!(
        out,
        "{} {}  {} {}  → {}  {}",
        paint(color, "1", &format!("#{n}")),
        c.received_at.format("%H:%M:%S%.3f"),
        c.method,
        c.path,
        paint(color, status_sgr, &c.status.to_string()),
        verdict
    );
    let label = |k: &str| paint(color, "36", &format!("{k:<9}"));
    match c.kind {
        Kind::FirstGeneration => {
            if let Some(e) = c.first_generation_event() {
                let _ = writeln!(out, "   {} first-generation payload", label("kind"));
                let _ = writeln!(out, "   {} {}", label("event"), e.event);
                if let Some(t) = &e.resource_type {
                    let _ = writeln!(out, "   {} {t}", label("resource"));
                }
                if let Some(id) = &e.resource_id {
                    let _ = writeln!(out, "   {} {id}", label("id"));
                }
                if let Some(t) = &e.time {
                    let _ = writeln!(out, "   {} {t}", label("time"));
                }
            }
        }
        _ => {
            if let Some(topic) = c.header("x-scope-topic") {
                let mut extra = Vec::new();
                if let Some(v) = c.header("x-scope-topic-version") {
                    extra.push(format!("v{v}"));
                }
                if let Some(v) = c.header("x-scope-api-version") {
                    extra.push(format!("api {v}"));
                }
                if let Some(v) = c.header("x-scope-domain") {
                    extra.push(v.to_string());
                }
                let extra = if extra.is_empty() { String::new() } else { format!(" ({})", extra.join(", ")) };
                let _ = writeln!(out, "   {} {}{extra}", label("topic"), paint(color, "1", topic));
            }
            let webhook = c.header("x-scope-webhook-id");
            let job = c.header("x-scope-webhook-job-id");
            if webhook.is_some() || job.is_some() {
                let _ = writeln!(
                    out,
                    "   {} {}   {} {}",
                    label("webhook"),
                    webhook.unwrap_or("-"),
                    paint(color, "36", "job"),
                    job.unwrap_or("-")
                );
            }
        }
    }
    if let Some(f) = &c.forwarded {
        let answer = match (f.status, &f.error) {
            (Some(st), _) => {
                paint(color, if (200..300).contains(&st) { "32" } else { "31" }, &st.to_string())
            }
            (None, Some(e)) => paint(color, "31", e),
            (None, None) => paint(color, "31", "no answer"),
        };
        let _ = writeln!(out, "   {} {answer} in {} ms", label("app"), f.ms);
    }
    let size = c.body_bytes().map(|b| b.len()).unwrap_or(0);
    let ctype = c.header("content-type").unwrap_or("(no content type)");
    let _ = writeln!(out, "   {} {ctype} · {}", label("body"), human_size(size));
    if let Some(body) = pretty_body(c) {
        for line in body.lines() {
            let _ = writeln!(out, "   {line}");
        }
    }
    out
}

fn human_size(n: usize) -> String {
    match n {
        0..1024 => format!("{n} B"),
        1024..1_048_576 => format!("{:.1} KiB", n as f64 / 1024.0),
        _ => format!("{:.1} MiB", n as f64 / 1_048_576.0),
    }
}

/// JSON pretty-printed, other text as is, binary summarized; long bodies cut.
fn pretty_body(c: &Capture) -> Option<String> {
    let Some(text) = c.body.as_deref() else {
        return Some("(binary body; --save keeps it as body_base64)".into());
    };
    if text.is_empty() {
        return None;
    }
    let shown = serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .and_then(|v| serde_json::to_string_pretty(&v).ok())
        .unwrap_or_else(|| text.to_string());
    if shown.len() <= SHOWN_BODY {
        return Some(shown);
    }
    let mut cut = SHOWN_BODY;
    while !shown.is_char_boundary(cut) {
        cut -= 1;
    }
    Some(format!("{}\n… ({} more bytes; --save keeps the whole body)", &shown[..cut], shown.len() - cut))
}

/// The Ctrl-C summary.
pub fn summary_text(s: &Summary) -> String {
    let plural = if s.total == 1 { "y" } else { "ies" };
    let mut out = format!("received {} deliver{plural}", s.total);
    let mut parts = Vec::new();
    for (n, what) in [
        (s.verified, "verified"),
        (s.invalid, "invalid"),
        (s.unsigned, "unsigned"),
        (s.unchecked, "not checked"),
    ] {
        if n > 0 {
            parts.push(format!("{n} {what}"));
        }
    }
    if !parts.is_empty() {
        let _ = write!(out, ": {}", parts.join(", "));
    }
    if !s.statuses.is_empty() {
        let st: Vec<String> = s.statuses.iter().map(|(code, n)| format!("{code}×{n}")).collect();
        let _ = write!(out, "; answered {}", st.join(", "));
    }
    if s.refused > 0 {
        let _ = write!(out, "; {} other request(s) refused", s.refused);
    }
    if s.tokens_issued > 0 {
        let _ = write!(out, "; {} OAuth token(s) issued", s.tokens_issued);
    }
    out
}
