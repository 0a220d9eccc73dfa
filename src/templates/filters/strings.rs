//! Strings: case, strip, split, slice, truncate, append / prepend, newlines, `size`.
use super::{FResult, LIMIT_MESSAGE, MAX_ITEMS, arity, s, to_integer};
use crate::templates::ruby::{is_space, ruby_ws};
use crate::templates::value::Value;

pub(super) fn size<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    Ok(Value::Int(size_of(&v).unwrap_or(0)))
}

/// `respond_to?(:size) ? size : nil`.
pub(crate) fn size_of(v: &Value<'_>) -> Option<i64> {
    match v {
        Value::Str(_) | Value::OStr(_) => Some(v.as_str().unwrap_or("").chars().count() as i64),
        Value::Int(_) => Some(8),
        Value::Range(a, b) => Some(b.saturating_sub(*a).saturating_add(1).max(0)),
        _ => v.array_len().or_else(|| v.hash_len()).map(|n| n as i64),
    }
}

pub(super) fn downcase<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    Ok(Value::string(s(&v).to_lowercase()))
}

pub(super) fn upcase<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    Ok(Value::string(s(&v).to_uppercase()))
}

pub(super) fn capitalize<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    let t = s(&v);
    let mut c = t.chars();
    Ok(Value::string(match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase(),
        None => String::new(),
    }))
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

pub(super) fn slice<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
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

pub(super) fn truncate<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
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

pub(super) fn truncatewords<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
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
/// Ruby's `String#split`; `None` past [`MAX_ITEMS`] pieces.
pub(super) fn ruby_split(t: &str, pat: &str) -> Option<Vec<String>> {
    let pieces: Box<dyn Iterator<Item = &str>> = if pat == " " {
        Box::new(t.split(|c: char| c.is_ascii() && is_space(c as u8)).filter(|p| !p.is_empty()))
    } else if pat.is_empty() {
        Box::new(t.char_indices().map(|(i, c)| &t[i..i + c.len_utf8()]))
    } else {
        Box::new(t.split(pat))
    };
    let mut parts: Vec<String> = pieces.take(MAX_ITEMS + 1).map(str::to_string).collect();
    if parts.len() > MAX_ITEMS {
        return None;
    }
    while parts.last().is_some_and(String::is_empty) {
        parts.pop();
    }
    Some(parts)
}

pub(super) fn split<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    let parts = ruby_split(&s(&v), &s(&a[0])).ok_or(LIMIT_MESSAGE)?;
    Ok(Value::array(parts.into_iter().map(Value::string).collect()))
}

pub(super) fn strip<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    Ok(Value::string(s(&v).trim_matches(ruby_ws)))
}
pub(super) fn lstrip<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    Ok(Value::string(s(&v).trim_start_matches(ruby_ws)))
}
pub(super) fn rstrip<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    Ok(Value::string(s(&v).trim_end_matches(ruby_ws)))
}

pub(super) fn strip_newlines<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    Ok(Value::string(s(&v).replace("\r\n", "").replace('\n', "")))
}

pub(super) fn append<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    Ok(Value::string(format!("{}{}", s(&v), s(&a[0]))))
}
pub(super) fn prepend<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    Ok(Value::string(format!("{}{}", s(&a[0]), s(&v))))
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn split_stops_past_the_item_limit_before_building_the_array() {
        let text = "ab".repeat(MAX_ITEMS / 2 + 1);
        let err = split(Value::Str(&text), &[Value::Str("")]).unwrap_err();
        assert_eq!(err, LIMIT_MESSAGE);
        assert_eq!(ruby_split("a,b,,", ","), Some(vec!["a".to_string(), "b".to_string()]));
        assert_eq!(ruby_split(" x  é ", " "), Some(vec!["x".to_string(), "é".to_string()]));
        assert_eq!(ruby_split("é!", ""), Some(vec!["é".to_string(), "!".to_string()]));
    }
}
