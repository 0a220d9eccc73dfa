//! `replace` and `remove` with their `_first` / `_last` variants.
use super::{FResult, arity, s};
use crate::templates::value::Value;

pub(super) fn replace<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
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

pub(super) fn replace_first<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 2)?;
    let (t, pat) = (s(&v), s(&a[0]));
    let rep = a.get(1).map(|r| s(r).into_owned()).unwrap_or_default();
    Ok(Value::string(t.replacen(pat.as_ref(), &rep, 1)))
}

pub(super) fn replace_last<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 2, 2)?;
    let (t, pat, rep) = (s(&v), s(&a[0]), s(&a[1]));
    Ok(Value::string(match t.rfind(pat.as_ref()) {
        Some(p) => format!("{}{}{}", &t[..p], rep, &t[p + pat.len()..]),
        None => t.into_owned(),
    }))
}

pub(super) fn remove<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    replace(v, &[a[0].clone(), Value::Str("")])
}
pub(super) fn remove_first<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    replace_first(v, &[a[0].clone(), Value::Str("")])
}
pub(super) fn remove_last<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    replace_last(v, &[a[0].clone(), Value::Str("")])
}
