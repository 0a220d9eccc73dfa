//! Arrays: `join sort sort_natural where uniq reverse map compact concat first last`.
use super::{FResult, LIMIT_MESSAGE, MAX_ITEMS, arity, s};
use crate::templates::value::Value;

/// `InputIterator`: arrays flattened, a hash as one item, nil as nothing, a range expanded (one
/// of more than [`MAX_ITEMS`] fails as a resource limit: Ruby would build it whole).
fn iter_items<'a>(v: &Value<'a>) -> Result<Vec<Value<'a>>, String> {
    fn flatten<'a>(v: &Value<'a>, out: &mut Vec<Value<'a>>) {
        for x in v.array_items().unwrap_or_default() {
            if x.is_array() { flatten(&x, out) } else { out.push(x) }
        }
    }
    Ok(match v {
        Value::Nil => Vec::new(),
        Value::Range(a, b) if b.saturating_sub(*a) >= MAX_ITEMS as i64 => return Err(LIMIT_MESSAGE.into()),
        Value::Range(a, b) => (*a..=*b).map(Value::Int).collect(),
        _ if v.is_array() => {
            let mut out = Vec::new();
            flatten(v, &mut out);
            out
        }
        _ => vec![v.clone()],
    })
}

pub(super) fn join<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 1)?;
    let glue = a.first().map_or_else(|| " ".into(), |g| s(g).into_owned());
    let mut out = String::new();
    Value::array(iter_items(&v)?).join_into(&mut out, &glue);
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

pub(super) fn sort<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    sort_with(v, a, nil_safe_compare)
}

pub(super) fn sort_natural<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    sort_with(v, a, |x, y| Ok(nil_safe_casecmp(x, y)))
}

/// `sort` and `sort_natural` differ only in how two items (or their properties) compare.
fn sort_with<'a>(
    v: Value<'a>,
    a: &[Value<'a>],
    cmp: impl Fn(&Value<'a>, &Value<'a>) -> Result<std::cmp::Ordering, String>,
) -> FResult<'a> {
    arity(a, 0, 1)?;
    let mut items = iter_items(&v)?;
    if items.is_empty() {
        return Ok(Value::array(items));
    }
    match a.first() {
        None | Some(Value::Nil) => sort_by(&mut items, &cmp)?,
        Some(p) => {
            if items.iter().any(|i| i.is_nil() || matches!(i, Value::Bool(_) | Value::Float(_))) {
                return Ok(Value::Nil);
            }
            sort_by(&mut items, |x, y| {
                let px = property(x, p)?.unwrap_or(Value::Nil);
                let py = property(y, p)?.unwrap_or(Value::Nil);
                cmp(&px, &py)
            })?;
        }
    }
    Ok(Value::array(items))
}

pub(super) fn where_<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 2)?;
    let items = iter_items(&v)?;
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

pub(super) fn uniq<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 1)?;
    let items = iter_items(&v)?;
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

pub(super) fn reverse<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    let mut items = iter_items(&v)?;
    items.reverse();
    Ok(Value::array(items))
}

pub(super) fn map<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    let out = iter_items(&v)?
        .iter()
        .map(|item| Ok(property(item, &a[0])?.unwrap_or(Value::Nil)))
        .collect::<Result<Vec<_>, String>>()?;
    Ok(Value::array(out))
}

pub(super) fn compact<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 1)?;
    let items = iter_items(&v)?;
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

pub(super) fn concat<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    let Some(extra) = a[0].array_items() else {
        return Err("concat filter requires an array argument".into());
    };
    let mut items = iter_items(&v)?;
    items.extend(extra);
    Ok(Value::array(items))
}

pub(super) fn first<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    Ok(first_of(&v).unwrap_or(Value::Nil))
}
pub(super) fn last<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
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
