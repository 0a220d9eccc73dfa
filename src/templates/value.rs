//! Runtime values with Ruby semantics: `to_s`, `inspect`, equality and ordering.

use std::cmp::Ordering;
use std::rc::Rc;

use serde_json::Value as Json;

/// A value during rendering. `'a` is the lifetime of the template and the globals: strings,
/// arrays and objects from either are borrowed, never copied.
#[derive(Debug, Clone)]
pub(crate) enum Value<'a> {
    Nil,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(&'a str),
    OStr(Rc<str>),
    Array(Rc<Vec<Value<'a>>>),
    /// An array or object borrowed from the globals.
    Json(&'a Json),
    Range(i64, i64),
    /// `forloop` / `tablerowloop`: an object built from owned pairs.
    Object(Rc<Vec<(&'a str, Value<'a>)>>),
    /// `forloop`: one per loop, its index advanced in place (as Ruby's `ForloopDrop`).
    Forloop(Rc<Forloop<'a>>),
    /// The `empty` and `blank` literals in conditions.
    Empty,
    Blank,
}

#[derive(Debug)]
pub(crate) struct Forloop<'a> {
    pub name: &'a str,
    pub length: i64,
    pub index0: std::cell::Cell<i64>,
    pub parent: Value<'a>,
}

impl<'a> Forloop<'a> {
    pub(crate) fn get(&self, key: &str) -> Value<'a> {
        let (i, n) = (self.index0.get(), self.length);
        match key {
            "name" => Value::Str(self.name),
            "length" => Value::Int(n),
            "index" => Value::Int(i + 1),
            "index0" => Value::Int(i),
            "rindex" => Value::Int(n - i),
            "rindex0" => Value::Int(n - i - 1),
            "first" => Value::Bool(i == 0),
            "last" => Value::Bool(i == n - 1),
            "parentloop" => self.parent.clone(),
            _ => Value::Nil,
        }
    }
}

impl<'a> Value<'a> {
    pub(crate) fn string(s: impl Into<Rc<str>>) -> Self {
        Value::OStr(s.into())
    }

    pub(crate) fn array(v: Vec<Value<'a>>) -> Self {
        Value::Array(Rc::new(v))
    }

    /// Converts a JSON value: scalars become native, arrays and objects stay borrowed.
    pub(crate) fn from_json(j: &'a Json) -> Self {
        match j {
            Json::Null => Value::Nil,
            Json::Bool(b) => Value::Bool(*b),
            Json::Number(n) => match n.as_i64() {
                Some(i) => Value::Int(i),
                None => Value::Float(n.as_f64().unwrap_or(f64::NAN)),
            },
            Json::String(s) => Value::Str(s),
            Json::Array(_) | Json::Object(_) => Value::Json(j),
        }
    }

    pub(crate) fn truthy(&self) -> bool {
        !matches!(self, Value::Nil | Value::Bool(false))
    }

    pub(crate) fn is_nil(&self) -> bool {
        matches!(self, Value::Nil)
    }

    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            Value::OStr(s) => Some(s),
            _ => None,
        }
    }

    pub(crate) fn is_array(&self) -> bool {
        matches!(self, Value::Array(_) | Value::Json(Json::Array(_)))
    }

    pub(crate) fn is_hash(&self) -> bool {
        matches!(self, Value::Object(_) | Value::Json(Json::Object(_)))
    }

    pub(crate) fn is_number(&self) -> bool {
        matches!(self, Value::Int(_) | Value::Float(_))
    }

    /// Array elements (arrays only).
    pub(crate) fn array_items(&self) -> Option<Vec<Value<'a>>> {
        match self {
            Value::Array(v) => Some(v.as_ref().clone()),
            Value::Json(Json::Array(v)) => Some(v.iter().map(Value::from_json).collect()),
            _ => None,
        }
    }

    pub(crate) fn array_len(&self) -> Option<usize> {
        match self {
            Value::Array(v) => Some(v.len()),
            Value::Json(Json::Array(v)) => Some(v.len()),
            _ => None,
        }
    }

    pub(crate) fn array_get(&self, i: usize) -> Option<Value<'a>> {
        match self {
            Value::Array(v) => v.get(i).cloned(),
            Value::Json(Json::Array(v)) => v.get(i).map(Value::from_json),
            _ => None,
        }
    }

    /// Hash entries as `[key, value]` pairs (what Ruby's `Hash#each` yields).
    pub(crate) fn hash_pairs(&self) -> Option<Vec<Value<'a>>> {
        match self {
            Value::Json(Json::Object(m)) => {
                Some(m.iter().map(|(k, v)| Value::array(vec![Value::Str(k), Value::from_json(v)])).collect())
            }
            Value::Object(m) => {
                Some(m.iter().map(|(k, v)| Value::array(vec![Value::Str(k), v.clone()])).collect())
            }
            _ => None,
        }
    }

    pub(crate) fn hash_len(&self) -> Option<usize> {
        match self {
            Value::Json(Json::Object(m)) => Some(m.len()),
            Value::Object(m) => Some(m.len()),
            _ => None,
        }
    }

    /// `hash[key]` when the key exists.
    pub(crate) fn hash_get(&self, key: &Value<'_>) -> Option<Value<'a>> {
        let key = key.as_str()?;
        match self {
            Value::Json(Json::Object(m)) => m.get(key).map(Value::from_json),
            Value::Object(m) => m.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone()),
            Value::Forloop(f) => Some(f.get(key)),
            _ => None,
        }
    }

    /// Ruby's `to_s` as Liquid prints it (arrays are joined, nil is empty).
    pub(crate) fn to_s(&self) -> std::borrow::Cow<'_, str> {
        use std::borrow::Cow;
        match self {
            Value::Nil | Value::Empty | Value::Blank => Cow::Borrowed(""),
            Value::Bool(b) => Cow::Borrowed(if *b { "true" } else { "false" }),
            Value::Int(i) => Cow::Owned(i.to_string()),
            Value::Float(f) => Cow::Owned(float_to_s(*f)),
            Value::Str(s) => Cow::Borrowed(s),
            Value::OStr(s) => Cow::Borrowed(s),
            Value::Range(a, b) => Cow::Owned(format!("{a}..{b}")),
            Value::Array(_) | Value::Json(Json::Array(_)) => {
                let mut out = String::new();
                self.join_into(&mut out, "");
                Cow::Owned(out)
            }
            Value::Forloop(_) => Cow::Borrowed("ForloopDrop"),
            Value::Json(_) | Value::Object(_) => {
                let mut out = String::new();
                self.inspect_into(&mut out);
                Cow::Owned(out)
            }
        }
    }

    /// Writes the value as `{{ value }}` renders it.
    pub(crate) fn write_to(&self, out: &mut String) {
        match self {
            Value::Nil | Value::Empty | Value::Blank => {}
            Value::Str(s) => out.push_str(s),
            Value::OStr(s) => out.push_str(s),
            Value::Int(i) => {
                use std::fmt::Write;
                let _ = write!(out, "{i}");
            }
            Value::Array(_) | Value::Json(Json::Array(_)) => self.join_into(out, ""),
            _ => out.push_str(&self.to_s()),
        }
    }

    /// `Array#join`: flattens nested arrays, `to_s` for the rest.
    pub(crate) fn join_into(&self, out: &mut String, glue: &str) {
        let mut first = true;
        self.join_rec(out, glue, &mut first);
    }

    fn join_rec(&self, out: &mut String, glue: &str, first: &mut bool) {
        match self {
            Value::Array(v) => v.iter().for_each(|x| x.join_item(out, glue, first)),
            Value::Json(Json::Array(v)) => {
                v.iter().for_each(|x| Value::from_json(x).join_item(out, glue, first))
            }
            _ => self.join_item(out, glue, first),
        }
    }

    fn join_item(&self, out: &mut String, glue: &str, first: &mut bool) {
        if self.is_array() {
            return self.join_rec(out, glue, first);
        }
        if !*first {
            out.push_str(glue);
        }
        *first = false;
        self.write_to(out);
    }

    /// Ruby's `inspect` (used when a hash is printed).
    pub(crate) fn inspect_into(&self, out: &mut String) {
        match self {
            Value::Nil => out.push_str("nil"),
            Value::Str(_) | Value::OStr(_) => inspect_str(self.as_str().unwrap_or(""), out),
            Value::Array(_) | Value::Json(Json::Array(_)) => {
                out.push('[');
                for (i, x) in self.array_items().unwrap_or_default().iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    x.inspect_into(out);
                }
                out.push(']');
            }
            Value::Json(Json::Object(m)) => {
                let pairs = m.iter().map(|(k, v)| (k.as_str(), Value::from_json(v)));
                inspect_hash(pairs, out);
            }
            Value::Object(m) => inspect_hash(m.iter().map(|(k, v)| (*k, v.clone())), out),
            _ => out.push_str(&self.to_s()),
        }
    }

    /// Ruby's `==`.
    pub(crate) fn ruby_eq(&self, other: &Value<'_>) -> bool {
        match (self, other) {
            (Value::Nil, Value::Nil) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Int(a), Value::Float(b)) | (Value::Float(b), Value::Int(a)) => (*a as f64) == *b,
            (Value::Float(a), Value::Float(b)) => a == b,
            (Value::Range(a, b), Value::Range(c, d)) => a == c && b == d,
            _ => {
                if let (Some(a), Some(b)) = (self.as_str(), other.as_str()) {
                    return a == b;
                }
                if self.is_array() && other.is_array() {
                    let (a, b) =
                        (self.array_items().unwrap_or_default(), other.array_items().unwrap_or_default());
                    return a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.ruby_eq(y));
                }
                if self.is_hash() && other.is_hash() {
                    let a = self.hash_pairs().unwrap_or_default();
                    let b_len = other.hash_len().unwrap_or(0);
                    return a.len() == b_len
                        && a.iter().all(|pair| {
                            let k = pair.array_get(0).unwrap_or(Value::Nil);
                            let v = pair.array_get(1).unwrap_or(Value::Nil);
                            other.hash_get(&k).is_some_and(|w| v.ruby_eq(&w))
                        });
                }
                false
            }
        }
    }

    /// Ruby's `eql?` (used by `uniq`): like `==` but 1 and 1.0 differ.
    pub(crate) fn ruby_eql(&self, other: &Value<'_>) -> bool {
        match (self, other) {
            (Value::Int(_), Value::Float(_)) | (Value::Float(_), Value::Int(_)) => false,
            _ => self.ruby_eq(other),
        }
    }

    /// Ruby's `<=>`: `None` when the two cannot be compared.
    pub(crate) fn ruby_cmp(&self, other: &Value<'_>) -> Option<Ordering> {
        match (self, other) {
            (Value::Int(a), Value::Int(b)) => Some(a.cmp(b)),
            (Value::Int(a), Value::Float(b)) => (*a as f64).partial_cmp(b),
            (Value::Float(a), Value::Int(b)) => a.partial_cmp(&(*b as f64)),
            (Value::Float(a), Value::Float(b)) => a.partial_cmp(b),
            (Value::Nil, Value::Nil) => Some(Ordering::Equal),
            (Value::Bool(a), Value::Bool(b)) if a == b => Some(Ordering::Equal),
            _ => {
                if let (Some(a), Some(b)) = (self.as_str(), other.as_str()) {
                    return Some(a.as_bytes().cmp(b.as_bytes()));
                }
                if self.is_array() && other.is_array() {
                    let (a, b) =
                        (self.array_items().unwrap_or_default(), other.array_items().unwrap_or_default());
                    for (x, y) in a.iter().zip(b.iter()) {
                        match x.ruby_cmp(y)? {
                            Ordering::Equal => {}
                            o => return Some(o),
                        }
                    }
                    return Some(a.len().cmp(&b.len()));
                }
                None
            }
        }
    }

    /// The Ruby class name, for error messages.
    pub(crate) fn class_name(&self) -> &'static str {
        match self {
            Value::Nil => "NilClass",
            Value::Bool(true) => "TrueClass",
            Value::Bool(false) => "FalseClass",
            Value::Int(_) => "Integer",
            Value::Float(_) => "Float",
            Value::Str(_) | Value::OStr(_) => "String",
            Value::Array(_) | Value::Json(Json::Array(_)) => "Array",
            Value::Range(..) => "Range",
            _ => "Hash",
        }
    }

    /// Converts back to JSON (for the `json` filter and `--output json`).
    pub(crate) fn to_json(&self) -> Json {
        match self {
            Value::Nil | Value::Empty | Value::Blank => Json::Null,
            Value::Bool(b) => Json::Bool(*b),
            Value::Int(i) => Json::from(*i),
            Value::Float(f) => serde_json::Number::from_f64(*f).map_or(Json::Null, Json::Number),
            Value::Str(s) => Json::String((*s).to_string()),
            Value::OStr(s) => Json::String(s.to_string()),
            Value::Json(j) => (*j).clone(),
            Value::Forloop(_) => Json::String("ForloopDrop".into()),
            Value::Array(v) => Json::Array(v.iter().map(Value::to_json).collect()),
            Value::Range(a, b) => Json::String(format!("{a}..{b}")),
            Value::Object(m) => {
                Json::Object(m.iter().map(|(k, v)| ((*k).to_string(), v.to_json())).collect())
            }
        }
    }
}

/// A hash as Ruby's `inspect` prints it: `{"k"=>v, …}`.
fn inspect_hash<'v>(pairs: impl Iterator<Item = (&'v str, Value<'v>)>, out: &mut String) {
    out.push('{');
    for (i, (k, v)) in pairs.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        inspect_str(k, out);
        out.push_str("=>");
        v.inspect_into(out);
    }
    out.push('}');
}

fn inspect_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{1b}' => out.push_str("\\e"),
            '#' => out.push('#'),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Ruby's `Float#to_s`: shortest round-trip digits, `1.0` not `1`, exponent form outside
/// 1e-4 ..< 1e15 (except 16-digit numbers with a fraction).
pub(crate) fn float_to_s(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "Infinity".into() } else { "-Infinity".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0".into() } else { "0.0".into() };
    }
    let e = format!("{:e}", f.abs());
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let decpt = exp + 1;
    let sign = if f < 0.0 { "-" } else { "" };
    let n = digits.len() as i32;
    // Fixed below 1e15, and up to 16 integer digits when there is a fraction to show
    // (`1234567890123456.8`), as Ruby's `flo_to_s` does.
    if decpt > 0 && (decpt < 16 || decpt < n) {
        if decpt >= n {
            format!("{sign}{digits}{}.0", "0".repeat((decpt - n) as usize))
        } else {
            format!("{sign}{}.{}", &digits[..decpt as usize], &digits[decpt as usize..])
        }
    } else if decpt <= 0 && decpt > -4 {
        format!("{sign}0.{}{digits}", "0".repeat((-decpt) as usize))
    } else {
        let rest = if n > 1 { &digits[1..] } else { "0" };
        let x = decpt - 1;
        format!("{sign}{}.{rest}e{}{:02}", &digits[..1], if x < 0 { '-' } else { '+' }, x.abs())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_like_ruby() {
        assert_eq!(float_to_s(1.0), "1.0");
        assert_eq!(float_to_s(2.5), "2.5");
        assert_eq!(float_to_s(-0.1), "-0.1");
        assert_eq!(float_to_s(1e14), "100000000000000.0");
        assert_eq!(float_to_s(1e15), "1.0e+15");
        assert_eq!(float_to_s(1e16), "1.0e+16");
        assert_eq!(float_to_s(1234567890123456.8), "1234567890123456.8");
        assert_eq!(float_to_s(1.000000000000002e15), "1.000000000000002e+15");
        assert_eq!(float_to_s(1.5e20), "1.5e+20");
        assert_eq!(float_to_s(0.0001), "0.0001");
        assert_eq!(float_to_s(0.00001), "1.0e-05");
        assert_eq!(float_to_s(f64::INFINITY), "Infinity");
    }
}
