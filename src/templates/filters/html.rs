//! HTML and URL encodings: `escape escape_once strip_html newline_to_br url_encode url_decode`
//! and the base64 filters.
use base64::Engine;

use super::{FResult, arity, s};
use crate::templates::value::Value;

fn html_escape(t: &str, out: &mut String, c: char) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '"' => out.push_str("&quot;"),
        '\'' => out.push_str("&#39;"),
        _ => {
            let _ = t;
            out.push(c);
        }
    }
}

pub(super) fn escape<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    if v.is_nil() {
        return Ok(Value::Nil);
    }
    let t = s(&v);
    let mut out = String::with_capacity(t.len());
    t.chars().for_each(|c| html_escape(&t, &mut out, c));
    Ok(Value::string(out))
}

pub(super) fn escape_once<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    let t = s(&v);
    let mut out = String::with_capacity(t.len());
    for (i, c) in t.char_indices() {
        if c == '&' {
            let rest = &t[i + 1..];
            let word = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
            let num = rest.strip_prefix('#').map_or(0, |r| r.bytes().take_while(u8::is_ascii_digit).count());
            let entity =
                (word > 0 && rest[word..].starts_with(';')) || (num > 0 && rest[1 + num..].starts_with(';'));
            if entity {
                out.push('&');
                continue;
            }
        }
        html_escape(&t, &mut out, c);
    }
    Ok(Value::string(out))
}

pub(super) fn url_encode<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    if v.is_nil() {
        return Ok(Value::Nil);
    }
    let mut out = String::new();
    for b in s(&v).bytes() {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | b'.' | b'-' | b'~' => out.push(b as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    Ok(Value::string(out))
}

pub(super) fn url_decode<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    if v.is_nil() {
        return Ok(Value::Nil);
    }
    let t = s(&v);
    let b = t.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len()
                && b[i + 1].is_ascii_hexdigit()
                && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit) =>
            {
                out.push(u8::from_str_radix(&t[i + 1..i + 3], 16).unwrap_or(b'?'));
                i += 2;
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8(out).map(Value::string).map_err(|_| "invalid byte sequence in UTF-8".to_string())
}

fn bytes_to_value<'a>(b: Vec<u8>) -> Value<'a> {
    Value::string(String::from_utf8_lossy(&b).into_owned())
}

pub(super) fn base64_encode<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    Ok(Value::string(base64::engine::general_purpose::STANDARD.encode(s(&v).as_bytes())))
}

pub(super) fn base64_decode<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    base64::engine::general_purpose::STANDARD
        .decode(s(&v).as_bytes())
        .map(bytes_to_value)
        .map_err(|_| "invalid base64 provided to base64_decode".to_string())
}

pub(super) fn base64_url_safe_encode<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    Ok(Value::string(base64::engine::general_purpose::URL_SAFE.encode(s(&v).as_bytes())))
}

pub(super) fn base64_url_safe_decode<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    let t = s(&v);
    let mut t = t.trim_end_matches('=').to_string();
    if t.len() % 4 == 1 {
        return Err("invalid base64 provided to base64_url_safe_decode".into());
    }
    while !t.len().is_multiple_of(4) {
        t.push('=');
    }
    base64::engine::general_purpose::URL_SAFE
        .decode(t.as_bytes())
        .map(bytes_to_value)
        .map_err(|_| "invalid base64 provided to base64_url_safe_decode".to_string())
}

/// Removes every `open … close` span (non-greedy, across lines).
fn remove_spans(t: &str, open: &str, close: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut rest = t;
    while let Some(p) = rest.find(open) {
        match rest[p + open.len()..].find(close) {
            Some(q) => {
                out.push_str(&rest[..p]);
                rest = &rest[p + open.len() + q + close.len()..];
            }
            None => {
                out.push_str(&rest[..p + 1]);
                rest = &rest[p + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

pub(super) fn strip_html<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    let t = s(&v);
    // Regexp.union(<script.*?</script>, <!--.*?-->, <style.*?</style>): leftmost match first.
    let mut out = String::with_capacity(t.len());
    let mut rest: &str = &t;
    loop {
        let cands = [("<script", "</script>"), ("<!--", "-->"), ("<style", "</style>")];
        let best = cands
            .iter()
            .filter_map(|(o, c)| {
                let p = rest.find(o)?;
                let q = rest[p + o.len()..].find(c)?;
                Some((p, p + o.len() + q + c.len()))
            })
            .min_by_key(|&(p, _)| p);
        match best {
            Some((p, e)) => {
                out.push_str(&rest[..p]);
                rest = &rest[e..];
            }
            None => {
                out.push_str(rest);
                break;
            }
        }
    }
    Ok(Value::string(remove_spans(&out, "<", ">")))
}

pub(super) fn newline_to_br<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    Ok(Value::string(s(&v).replace("\r\n", "\n").replace('\n', "<br />\n")))
}
