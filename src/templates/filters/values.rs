//! `date`, `default`, and the `json` extension.
use super::{FResult, arity, s};
use crate::templates::date;
use crate::templates::value::{Value, float_to_s};

pub(super) fn date_filter<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    let fmt = s(&a[0]);
    if fmt.is_empty() {
        return Ok(v);
    }
    match date::to_date(&v) {
        Some(t) => Ok(Value::string(date::strftime(&t, &fmt)?)),
        None => Ok(v),
    }
}

pub(super) fn default<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
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
pub(super) fn json<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
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
