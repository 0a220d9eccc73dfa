//! The standard Liquid 5.4 filters with Ruby's semantics, plus the `json` extension.

use std::collections::HashMap;
use std::sync::OnceLock;

use base64::Engine;

use super::date;
use super::parse::{is_space, ruby_to_i};
use super::value::{Dec, Value, float_to_s};

pub(crate) type FResult<'a> = Result<Value<'a>, String>;
pub(crate) type FilterFn = for<'a> fn(Value<'a>, &[Value<'a>]) -> FResult<'a>;

static REGISTRY: OnceLock<HashMap<&'static str, FilterFn>> = OnceLock::new();

/// The filter named `name`; unknown filters pass their input through, as Ruby's lax mode does.
pub(crate) fn lookup(name: &str) -> Option<FilterFn> {
    REGISTRY.get_or_init(registry).get(name).copied()
}

/// Names of every filter (for the README and tests).
pub fn names() -> Vec<&'static str> {
    let mut v: Vec<_> = REGISTRY.get_or_init(registry).keys().copied().collect();
    v.sort_unstable();
    v
}

fn registry() -> HashMap<&'static str, FilterFn> {
    let list: &[(&'static str, FilterFn)] = &[
        ("size", size),
        ("downcase", downcase),
        ("upcase", upcase),
        ("capitalize", capitalize),
        ("escape", escape),
        ("h", escape),
        ("escape_once", escape_once),
        ("url_encode", url_encode),
        ("url_decode", url_decode),
        ("base64_encode", base64_encode),
        ("base64_decode", base64_decode),
        ("base64_url_safe_encode", base64_url_safe_encode),
        ("base64_url_safe_decode", base64_url_safe_decode),
        ("slice", slice),
        ("truncate", truncate),
        ("truncatewords", truncatewords),
        ("split", split),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("strip_html", strip_html),
        ("strip_newlines", strip_newlines),
        ("join", join),
        ("sort", sort),
        ("sort_natural", sort_natural),
        ("where", where_),
        ("uniq", uniq),
        ("reverse", reverse),
        ("map", map),
        ("compact", compact),
        ("replace", replace),
        ("replace_first", replace_first),
        ("replace_last", replace_last),
        ("remove", remove),
        ("remove_first", remove_first),
        ("remove_last", remove_last),
        ("append", append),
        ("concat", concat),
        ("prepend", prepend),
        ("newline_to_br", newline_to_br),
        ("date", date_filter),
        ("first", first),
        ("last", last),
        ("abs", abs),
        ("plus", plus),
        ("minus", minus),
        ("times", times),
        ("divided_by", divided_by),
        ("modulo", modulo),
        ("round", round),
        ("ceil", ceil),
        ("floor", floor),
        ("at_least", at_least),
        ("at_most", at_most),
        ("default", default),
        ("json", json),
    ];
    list.iter().copied().collect()
}

fn arity(args: &[Value<'_>], min: usize, max: usize) -> Result<(), String> {
    if args.len() < min || args.len() > max {
        let expected = if min == max { format!("{}", min + 1) } else { format!("{}..{}", min + 1, max + 1) };
        return Err(format!("wrong number of arguments (given {}, expected {expected})", args.len() + 1));
    }
    Ok(())
}

fn s<'v>(v: &'v Value<'_>) -> std::borrow::Cow<'v, str> {
    v.to_s()
}

// ---------------------------------------------------------------------------------------------
// Numbers.

#[derive(Clone, Copy)]
enum Num {
    Int(i64),
    Dec(Dec),
    F(f64),
}

/// `Utils.to_number`.
fn to_number(v: &Value<'_>) -> Num {
    match v {
        Value::Int(i) => Num::Int(*i),
        Value::Float(f) => Dec::from_f64(*f).map_or(Num::F(*f), Num::Dec),
        Value::Str(_) | Value::OStr(_) => {
            let t = v
                .as_str()
                .unwrap_or("")
                .trim_matches(|c: char| c.is_ascii() && (is_space(c as u8) || c == '\0'));
            if is_decimal(t) {
                Dec::parse(t).map_or_else(|| Num::F(t.parse().unwrap_or(0.0)), Num::Dec)
            } else {
                Num::Int(ruby_to_i(v.as_str().unwrap_or("")))
            }
        }
        _ => Num::Int(0),
    }
}

fn is_decimal(t: &str) -> bool {
    let d = t.strip_prefix('-').unwrap_or(t);
    match d.split_once('.') {
        Some((a, b)) => {
            !a.is_empty()
                && !b.is_empty()
                && a.bytes().all(|c| c.is_ascii_digit())
                && b.bytes().all(|c| c.is_ascii_digit())
        }
        None => false,
    }
}

impl Num {
    fn to_dec(self) -> Option<Dec> {
        match self {
            Num::Int(i) => Some(Dec::from_i64(i)),
            Num::Dec(d) => Some(d),
            Num::F(_) => None,
        }
    }
    fn to_f64(self) -> f64 {
        match self {
            Num::Int(i) => i as f64,
            Num::Dec(d) => d.to_f64(),
            Num::F(f) => f,
        }
    }
    /// BigDecimal results become floats; integers stay integers.
    fn value<'a>(self) -> Value<'a> {
        match self {
            Num::Int(i) => Value::Int(i),
            n => Value::Float(n.to_f64()),
        }
    }
}

#[derive(Clone, Copy)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
}

fn apply<'a>(input: &Value<'a>, operand: &Value<'a>, op: Op) -> FResult<'a> {
    let (a, b) = (to_number(input), to_number(operand));
    if let (Num::Int(x), Num::Int(y)) = (a, b) {
        let r = match op {
            Op::Add => x.checked_add(y),
            Op::Sub => x.checked_sub(y),
            Op::Mul => x.checked_mul(y),
            Op::Div | Op::Mod if y == 0 => return Err("divided by 0".into()),
            Op::Div => x.checked_div(y).map(|_| floor_div(x, y)),
            Op::Mod => x.checked_rem(y).map(|r| if r != 0 && ((r < 0) != (y < 0)) { r + y } else { r }),
        };
        if let Some(r) = r {
            return Ok(Value::Int(r));
        }
        return Ok(Value::Float(float_op(x as f64, y as f64, op)));
    }
    if let (Some(x), Some(y)) = (a.to_dec(), b.to_dec()) {
        let r = match op {
            Op::Add => Dec::add(x, y),
            Op::Sub => Dec::sub(x, y),
            Op::Mul => Dec::mul(x, y),
            Op::Div if y.is_zero() => return Ok(Value::Float(x.to_f64() / 0.0)),
            Op::Div => Dec::div(x, y),
            Op::Mod if y.is_zero() => return Err("divided by 0".into()),
            Op::Mod => Dec::modulo(x, y),
        };
        if let Some(r) = r {
            return Ok(Value::Float(r.to_f64()));
        }
    }
    Ok(Value::Float(float_op(a.to_f64(), b.to_f64(), op)))
}

fn floor_div(x: i64, y: i64) -> i64 {
    let q = x / y;
    if (x % y != 0) && ((x < 0) != (y < 0)) { q - 1 } else { q }
}

fn float_op(x: f64, y: f64, op: Op) -> f64 {
    match op {
        Op::Add => x + y,
        Op::Sub => x - y,
        Op::Mul => x * y,
        Op::Div => x / y,
        Op::Mod => x - y * (x / y).floor(),
    }
}

fn plus<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    apply(&v, &a[0], Op::Add)
}
fn minus<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    apply(&v, &a[0], Op::Sub)
}
fn times<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    apply(&v, &a[0], Op::Mul)
}
fn divided_by<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    apply(&v, &a[0], Op::Div)
}
fn modulo<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    apply(&v, &a[0], Op::Mod)
}

fn abs<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    Ok(match to_number(&v) {
        Num::Int(i) => Value::Int(i.wrapping_abs()),
        Num::Dec(d) => Value::Float(d.abs().to_f64()),
        Num::F(f) => Value::Float(f.abs()),
    })
}

fn round<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 1)?;
    let n = match a.first().map(to_number) {
        None => 0,
        Some(Num::Int(i)) => i,
        Some(n) => n.to_f64() as i64,
    };
    let n = n.clamp(-30, 30) as i32;
    match to_number(&v) {
        Num::Int(i) => {
            if n >= 0 {
                return Ok(Value::Int(i));
            }
            let r = Dec::from_i64(i).round(n).and_then(|d| d.floor_ceil(false)).unwrap_or(i as i128);
            Ok(Value::Int(r as i64))
        }
        Num::Dec(d) => {
            let r = d.round(n).ok_or("round: number too large")?;
            if n == 0 {
                Ok(Value::Int(r.floor_ceil(false).unwrap_or(0) as i64))
            } else {
                Ok(Value::Float(r.to_f64()))
            }
        }
        Num::F(f) if !f.is_finite() => Err(float_to_s(f)),
        Num::F(f) => Ok(Value::Float(f)),
    }
}

fn ceil_floor<'a>(v: &Value<'a>, ceil: bool) -> FResult<'a> {
    match to_number(v) {
        Num::Int(i) => Ok(Value::Int(i)),
        Num::Dec(d) => Ok(Value::Int(d.floor_ceil(ceil).unwrap_or(0) as i64)),
        Num::F(f) => Err(float_to_s(f)),
    }
}
fn ceil<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    ceil_floor(&v, true)
}
fn floor<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    ceil_floor(&v, false)
}

fn num_cmp(a: Num, b: Num) -> std::cmp::Ordering {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => x.cmp(&y),
        _ => match (a.to_dec(), b.to_dec()) {
            (Some(x), Some(y)) => Dec::cmp(x, y),
            _ => a.to_f64().partial_cmp(&b.to_f64()).unwrap_or(std::cmp::Ordering::Equal),
        },
    }
}

fn at_least<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    let (x, m) = (to_number(&v), to_number(&a[0]));
    Ok(if num_cmp(m, x).is_gt() { m.value() } else { x.value() })
}

fn at_most<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    let (x, m) = (to_number(&v), to_number(&a[0]));
    Ok(if num_cmp(m, x).is_lt() { m.value() } else { x.value() })
}

/// `Utils.to_integer`: integers as they are, everything else through `Integer(to_s)`.
pub(crate) fn to_integer(v: &Value<'_>) -> Result<i64, String> {
    if let Value::Int(i) = v {
        return Ok(*i);
    }
    let text = v.to_s();
    let t = text.trim_matches(|c: char| c.is_ascii() && is_space(c as u8));
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let (radix, digits) = if let Some(d) = lower.strip_prefix("0x") {
        (16, d.to_string())
    } else if let Some(d) = lower.strip_prefix("0b") {
        (2, d.to_string())
    } else if let Some(d) = lower.strip_prefix("0o") {
        (8, d.to_string())
    } else if lower.len() > 1 && lower.starts_with('0') {
        (8, lower[1..].to_string())
    } else {
        (10, lower.clone())
    };
    let ok = !digits.is_empty()
        && !digits.starts_with('_')
        && !digits.ends_with('_')
        && !digits.contains("__")
        && digits.chars().all(|c| c == '_' || c.is_digit(radix));
    if !ok {
        return Err("invalid integer".into());
    }
    let n =
        i64::from_str_radix(&digits.replace('_', ""), radix).map_err(|_| "invalid integer".to_string())?;
    Ok(if neg { -n } else { n })
}

// ---------------------------------------------------------------------------------------------
// Strings.

fn size<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    Ok(Value::Int(size_of(&v).unwrap_or(0)))
}

/// `respond_to?(:size) ? size : nil`.
pub(crate) fn size_of(v: &Value<'_>) -> Option<i64> {
    match v {
        Value::Str(_) | Value::OStr(_) => Some(v.as_str().unwrap_or("").chars().count() as i64),
        Value::Int(_) => Some(8),
        Value::Range(a, b) => Some((b - a + 1).max(0)),
        _ => v.array_len().or_else(|| v.hash_len()).map(|n| n as i64),
    }
}

fn downcase<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    Ok(Value::string(s(&v).to_lowercase()))
}

fn upcase<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    Ok(Value::string(s(&v).to_uppercase()))
}

fn capitalize<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    let t = s(&v);
    let mut c = t.chars();
    Ok(Value::string(match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase(),
        None => String::new(),
    }))
}

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

fn escape<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    if v.is_nil() {
        return Ok(Value::Nil);
    }
    let t = s(&v);
    let mut out = String::with_capacity(t.len());
    t.chars().for_each(|c| html_escape(&t, &mut out, c));
    Ok(Value::string(out))
}

fn escape_once<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
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

fn url_encode<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
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

fn url_decode<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
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

fn base64_encode<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    Ok(Value::string(base64::engine::general_purpose::STANDARD.encode(s(&v).as_bytes())))
}

fn base64_decode<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    base64::engine::general_purpose::STANDARD
        .decode(s(&v).as_bytes())
        .map(bytes_to_value)
        .map_err(|_| "invalid base64 provided to base64_decode".to_string())
}

fn base64_url_safe_encode<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    Ok(Value::string(base64::engine::general_purpose::URL_SAFE.encode(s(&v).as_bytes())))
}

fn base64_url_safe_decode<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
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

/// Ruby's `slice(offset, length)` on an indexable of `len` items: the index range, or None.
fn ruby_slice_range(len: i64, offset: i64, length: i64) -> Option<(usize, usize)> {
    let start = if offset < 0 { len + offset } else { offset };
    if start < 0 || start > len || length < 0 {
        return None;
    }
    let end = (start.saturating_add(length)).min(len);
    Some((start as usize, end as usize))
}

fn slice<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 2)?;
    let offset = to_integer(&a[0])?;
    let length = match a.get(1) {
        Some(l) if l.truthy() => to_integer(l)?,
        _ => 1,
    };
    if let Some(items) = v.array_items() {
        return Ok(match ruby_slice_range(items.len() as i64, offset, length) {
            Some((x, y)) => Value::array(items[x..y].to_vec()),
            None => Value::array(Vec::new()),
        });
    }
    let t = s(&v);
    let chars: Vec<char> = t.chars().collect();
    Ok(Value::string(match ruby_slice_range(chars.len() as i64, offset, length) {
        Some((x, y)) => chars[x..y].iter().collect::<String>(),
        None => String::new(),
    }))
}

fn truncate<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 2)?;
    if v.is_nil() {
        return Ok(Value::Nil);
    }
    let t = s(&v);
    let length = match a.first() {
        Some(l) => to_integer(l)?,
        None => 50,
    };
    let ellipsis = a.get(1).map_or_else(|| "...".to_string(), |e| s(e).into_owned());
    let n = t.chars().count() as i64;
    if n <= length {
        return Ok(Value::string(t.into_owned()));
    }
    let keep = (length - ellipsis.chars().count() as i64).max(0) as usize;
    Ok(Value::string(t.chars().take(keep).collect::<String>() + &ellipsis))
}

fn truncatewords<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 2)?;
    if v.is_nil() {
        return Ok(Value::Nil);
    }
    let t = s(&v);
    let words = match a.first() {
        Some(w) => to_integer(w)?,
        None => 15,
    }
    .max(1) as usize;
    let ellipsis = a.get(1).map_or_else(|| "...".to_string(), |e| s(e).into_owned());
    // `split(" ", words + 1)`: truncated when the words-th word is followed by white space.
    let b = t.as_bytes();
    let mut i = 0;
    let mut found = Vec::new();
    while found.len() < words {
        while i < b.len() && is_space(b[i]) {
            i += 1;
        }
        if i >= b.len() {
            break;
        }
        let st = i;
        while i < b.len() && !is_space(b[i]) {
            i += 1;
        }
        found.push(&t[st..i]);
    }
    if found.len() < words || i >= b.len() {
        return Ok(Value::string(t.into_owned()));
    }
    Ok(Value::string(found.join(" ") + &ellipsis))
}

/// Ruby's `String#split(pattern)` without a limit.
pub(crate) fn ruby_split(t: &str, pat: &str) -> Vec<String> {
    let mut parts: Vec<String> = if pat == " " {
        t.split(|c: char| c.is_ascii() && is_space(c as u8))
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect()
    } else if pat.is_empty() {
        t.chars().map(String::from).collect()
    } else {
        t.split(pat).map(str::to_string).collect()
    };
    while parts.last().is_some_and(String::is_empty) {
        parts.pop();
    }
    parts
}

fn split<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    let parts = ruby_split(&s(&v), &s(&a[0]));
    Ok(Value::array(parts.into_iter().map(Value::string).collect()))
}

fn ruby_ws(c: char) -> bool {
    c.is_ascii() && (is_space(c as u8) || c == '\0')
}

fn strip<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    Ok(Value::string(s(&v).trim_matches(ruby_ws)))
}
fn lstrip<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    Ok(Value::string(s(&v).trim_start_matches(ruby_ws)))
}
fn rstrip<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    Ok(Value::string(s(&v).trim_end_matches(ruby_ws)))
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

fn strip_html<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
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

fn strip_newlines<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    Ok(Value::string(s(&v).replace("\r\n", "").replace('\n', "")))
}

fn newline_to_br<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    Ok(Value::string(s(&v).replace("\r\n", "\n").replace('\n', "<br />\n")))
}

fn replace<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 2)?;
    let (t, pat) = (s(&v), s(&a[0]));
    let rep = a.get(1).map(|r| s(r).into_owned()).unwrap_or_default();
    if pat.is_empty() {
        // gsub("") inserts between every character.
        let mut out = rep.clone();
        for c in t.chars() {
            out.push(c);
            out.push_str(&rep);
        }
        return Ok(Value::string(out));
    }
    Ok(Value::string(t.replace(pat.as_ref(), &rep)))
}

fn replace_first<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 2)?;
    let (t, pat) = (s(&v), s(&a[0]));
    let rep = a.get(1).map(|r| s(r).into_owned()).unwrap_or_default();
    Ok(Value::string(t.replacen(pat.as_ref(), &rep, 1)))
}

fn replace_last<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 2, 2)?;
    let (t, pat, rep) = (s(&v), s(&a[0]), s(&a[1]));
    Ok(Value::string(match t.rfind(pat.as_ref()) {
        Some(p) => format!("{}{}{}", &t[..p], rep, &t[p + pat.len()..]),
        None => t.into_owned(),
    }))
}

fn remove<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    replace(v, &[a[0].clone(), Value::Str("")])
}
fn remove_first<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    replace_first(v, &[a[0].clone(), Value::Str("")])
}
fn remove_last<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    replace_last(v, &[a[0].clone(), Value::Str("")])
}

fn append<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    Ok(Value::string(format!("{}{}", s(&v), s(&a[0]))))
}
fn prepend<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    Ok(Value::string(format!("{}{}", s(&a[0]), s(&v))))
}

// ---------------------------------------------------------------------------------------------
// Arrays.

/// `InputIterator`: arrays flattened, a hash as one item, nil as nothing, a range expanded.
fn iter_items<'a>(v: &Value<'a>) -> Vec<Value<'a>> {
    fn flatten<'a>(v: &Value<'a>, out: &mut Vec<Value<'a>>) {
        for x in v.array_items().unwrap_or_default() {
            if x.is_array() { flatten(&x, out) } else { out.push(x) }
        }
    }
    match v {
        Value::Nil => Vec::new(),
        Value::Range(a, b) => (*a..=*b).take(1_000_000).map(Value::Int).collect(),
        _ if v.is_array() => {
            let mut out = Vec::new();
            flatten(v, &mut out);
            out
        }
        _ => vec![v.clone()],
    }
}

fn join<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 1)?;
    let glue = a.first().map_or_else(|| " ".into(), |g| s(g).into_owned());
    let mut out = String::new();
    Value::array(iter_items(&v)).join_into(&mut out, &glue);
    Ok(Value::string(out))
}

/// `item[property]` as the array filters do it.
fn property<'a>(item: &Value<'a>, prop: &Value<'a>) -> Result<Option<Value<'a>>, String> {
    if item.is_hash() {
        return Ok(Some(item.hash_get(prop).unwrap_or(Value::Nil)));
    }
    match item {
        Value::Str(_) | Value::OStr(_) => {
            let t = item.as_str().unwrap_or("");
            match prop.as_str() {
                Some(p) => Ok(Some(if t.contains(p) { Value::string(p) } else { Value::Nil })),
                None => Err(format!("cannot select the property '{}'", s(prop))),
            }
        }
        Value::Nil | Value::Bool(_) | Value::Float(_) => Ok(None),
        _ => Err(format!("cannot select the property '{}'", s(prop))),
    }
}

fn sort_by<'a>(
    items: &mut [Value<'a>],
    mut cmp: impl FnMut(&Value<'a>, &Value<'a>) -> Result<std::cmp::Ordering, String>,
) -> Result<(), String> {
    let mut error = None;
    items.sort_by(|x, y| match cmp(x, y) {
        Ok(o) => o,
        Err(e) => {
            error.get_or_insert(e);
            std::cmp::Ordering::Equal
        }
    });
    error.map_or(Ok(()), Err)
}

fn nil_safe_compare(x: &Value<'_>, y: &Value<'_>) -> Result<std::cmp::Ordering, String> {
    use std::cmp::Ordering;
    match x.ruby_cmp(y) {
        Some(o) => Ok(o),
        None if x.is_nil() => Ok(Ordering::Greater),
        None if y.is_nil() => Ok(Ordering::Less),
        None => Err("cannot sort values of incompatible types".into()),
    }
}

fn nil_safe_casecmp(x: &Value<'_>, y: &Value<'_>) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    match (x.is_nil(), y.is_nil()) {
        (false, false) => {
            let (a, b) = (s(x).to_ascii_lowercase(), s(y).to_ascii_lowercase());
            a.as_bytes().cmp(b.as_bytes())
        }
        (true, _) => Ordering::Greater,
        _ => Ordering::Less,
    }
}

fn sort<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 1)?;
    let mut items = iter_items(&v);
    if items.is_empty() {
        return Ok(Value::array(items));
    }
    match a.first() {
        None | Some(Value::Nil) => sort_by(&mut items, nil_safe_compare)?,
        Some(p) => {
            if items.iter().any(|i| i.is_nil() || matches!(i, Value::Bool(_) | Value::Float(_))) {
                return Ok(Value::Nil);
            }
            sort_by(&mut items, |x, y| {
                let px = property(x, p)?.unwrap_or(Value::Nil);
                let py = property(y, p)?.unwrap_or(Value::Nil);
                nil_safe_compare(&px, &py)
            })?;
        }
    }
    Ok(Value::array(items))
}

fn sort_natural<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 1)?;
    let mut items = iter_items(&v);
    if items.is_empty() {
        return Ok(Value::array(items));
    }
    match a.first() {
        None | Some(Value::Nil) => items.sort_by(nil_safe_casecmp),
        Some(p) => {
            if items.iter().any(|i| i.is_nil() || matches!(i, Value::Bool(_) | Value::Float(_))) {
                return Ok(Value::Nil);
            }
            sort_by(&mut items, |x, y| {
                let px = property(x, p)?.unwrap_or(Value::Nil);
                let py = property(y, p)?.unwrap_or(Value::Nil);
                Ok(nil_safe_casecmp(&px, &py))
            })?;
        }
    }
    Ok(Value::array(items))
}

fn where_<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 2)?;
    let items = iter_items(&v);
    let target = a.get(1).filter(|t| !t.is_nil());
    let mut out = Vec::new();
    for item in items {
        let Some(val) = property(&item, &a[0])? else {
            return Ok(Value::Nil);
        };
        let keep = match target {
            None => val.truthy(),
            Some(t) => val.ruby_eq(t),
        };
        if keep {
            out.push(item);
        }
    }
    Ok(Value::array(out))
}

fn uniq<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 1)?;
    let items = iter_items(&v);
    let mut out: Vec<Value<'a>> = Vec::new();
    let mut keys: Vec<Value<'a>> = Vec::new();
    for item in items {
        let key = match a.first() {
            None | Some(Value::Nil) => item.clone(),
            Some(p) => match property(&item, p)? {
                Some(k) => k,
                None => return Ok(Value::Nil),
            },
        };
        if !keys.iter().any(|k| k.ruby_eql(&key)) {
            keys.push(key);
            out.push(item);
        }
    }
    Ok(Value::array(out))
}

fn reverse<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    let mut items = iter_items(&v);
    items.reverse();
    Ok(Value::array(items))
}

fn map<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    let out = iter_items(&v)
        .iter()
        .map(|item| Ok(property(item, &a[0])?.unwrap_or(Value::Nil)))
        .collect::<Result<Vec<_>, String>>()?;
    Ok(Value::array(out))
}

fn compact<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 1)?;
    let items = iter_items(&v);
    let mut out = Vec::new();
    for item in items {
        let keep = match a.first() {
            None | Some(Value::Nil) => !item.is_nil(),
            Some(p) => match property(&item, p)? {
                Some(x) => !x.is_nil(),
                None => return Ok(Value::Nil),
            },
        };
        if keep {
            out.push(item);
        }
    }
    Ok(Value::array(out))
}

fn concat<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    let Some(extra) = a[0].array_items() else {
        return Err("concat filter requires an array argument".into());
    };
    let mut items = iter_items(&v);
    items.extend(extra);
    Ok(Value::array(items))
}

fn first<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    Ok(first_of(&v).unwrap_or(Value::Nil))
}
fn last<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    Ok(last_of(&v).unwrap_or(Value::Nil))
}

/// `first` as a method: arrays, hashes (the first pair) and ranges.
pub(crate) fn first_of<'a>(v: &Value<'a>) -> Option<Value<'a>> {
    match v {
        Value::Range(a, _) => Some(Value::Int(*a)),
        _ if v.is_array() => Some(v.array_get(0).unwrap_or(Value::Nil)),
        _ if v.is_hash() => Some(v.hash_pairs().and_then(|p| p.into_iter().next()).unwrap_or(Value::Nil)),
        _ => None,
    }
}

pub(crate) fn last_of<'a>(v: &Value<'a>) -> Option<Value<'a>> {
    match v {
        Value::Range(_, b) => Some(Value::Int(*b)),
        _ if v.is_array() => {
            let n = v.array_len().unwrap_or(0);
            Some(if n == 0 { Value::Nil } else { v.array_get(n - 1).unwrap_or(Value::Nil) })
        }
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Other.

fn date_filter<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    let fmt = s(&a[0]);
    if fmt.is_empty() {
        return Ok(v);
    }
    match date::to_date(&v) {
        Some(t) => Ok(Value::string(date::strftime(&t, &fmt))),
        None => Ok(v),
    }
}

fn default<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 2)?;
    let allow_false =
        a.get(1).and_then(|o| o.hash_get(&Value::Str("allow_false"))).is_some_and(|x| x.truthy());
    let falsy = if allow_false { v.is_nil() } else { !v.truthy() };
    let empty = match &v {
        Value::Str(_) | Value::OStr(_) => v.as_str().unwrap_or("").is_empty(),
        _ => v.array_len().or_else(|| v.hash_len()).is_some_and(|n| n == 0),
    };
    if falsy || empty { Ok(a.first().cloned().unwrap_or(Value::Str(""))) } else { Ok(v) }
}

/// `json`: not in standard Liquid; Shopify's platform filter, here as a documented extension.
fn json<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    let mut out = String::new();
    write_json(&v, &mut out);
    Ok(Value::string(out))
}

fn write_json(v: &Value<'_>, out: &mut String) {
    match v {
        Value::Float(f) if f.is_finite() => out.push_str(&float_to_s(*f)),
        Value::Array(_) | Value::Json(serde_json::Value::Array(_)) => {
            out.push('[');
            for (i, x) in v.array_items().unwrap_or_default().iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json(x, out);
            }
            out.push(']');
        }
        Value::Json(j) => out.push_str(&serde_json::to_string(j).unwrap_or_default()),
        _ => out.push_str(&serde_json::to_string(&v.to_json()).unwrap_or_default()),
    }
}

pub(crate) fn kwargs_object<'a>(pairs: Vec<(&'a str, Value<'a>)>) -> Value<'a> {
    Value::Object(std::rc::Rc::new(pairs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn to_integer_is_rubys_integer() {
        assert_eq!(to_integer(&Value::Str(" 12 ")), Ok(12));
        assert_eq!(to_integer(&Value::Str("0x1f")), Ok(31));
        assert_eq!(to_integer(&Value::Str("1_000")), Ok(1000));
        assert!(to_integer(&Value::Float(5.0)).is_err());
        assert!(to_integer(&Value::Nil).is_err());
    }

    #[test]
    fn truncatewords_needs_white_space_after_the_last_word() {
        let tw = |s: &'static str, n: i64| {
            truncatewords(Value::Str(s), &[Value::Int(n)]).unwrap().to_s().into_owned()
        };
        assert_eq!(tw("a b", 2), "a b");
        assert_eq!(tw("a b ", 2), "a b...");
        assert_eq!(tw("  a   b c", 1), "a...");
    }

    #[test]
    fn unknown_filters_are_absent_from_the_registry() {
        assert!(lookup("upcase").is_some());
        assert!(lookup("json").is_some());
        assert!(lookup("no_such_filter").is_none());
        assert!(names().len() >= 55);
    }

    #[test]
    fn integer_division_floors_and_float_division_does_not() {
        let d = |a: Value<'static>, b: Value<'static>| divided_by(a, &[b]).unwrap().to_s().into_owned();
        assert_eq!(d(Value::Int(-7), Value::Int(2)), "-4");
        assert_eq!(d(Value::Float(10.0), Value::Int(4)), "2.5");
        assert!(divided_by(Value::Int(1), &[Value::Int(0)]).is_err());
    }
}
