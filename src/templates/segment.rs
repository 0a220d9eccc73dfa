//! What `for` and `tablerow` iterate over: Ruby's `Utils.slice_collection`.

use super::value::Value;

/// The items a loop visits. A range stays lazy, so `(1..1000000000000)` with an early
/// `break` costs what it renders rather than a vector of every number.
pub(crate) enum Segment<'a> {
    Range { first: i64, len: usize, reversed: bool },
    Items(Vec<Value<'a>>),
}

impl<'a> Segment<'a> {
    pub(crate) fn len(&self) -> usize {
        match self {
            Segment::Range { len, .. } => *len,
            Segment::Items(v) => v.len(),
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub(crate) fn reverse(&mut self) {
        match self {
            Segment::Range { reversed, .. } => *reversed = !*reversed,
            Segment::Items(v) => v.reverse(),
        }
    }

    pub(crate) fn into_iter(self) -> Box<dyn Iterator<Item = Value<'a>> + 'a> {
        match self {
            Segment::Range { first, len, reversed: false } => {
                Box::new((0..len).map(move |k| Value::Int(first + k as i64)))
            }
            Segment::Range { first, len, reversed: true } => {
                Box::new((0..len).rev().map(move |k| Value::Int(first + k as i64)))
            }
            Segment::Items(v) => Box::new(v.into_iter()),
        }
    }
}

/// `Utils.slice_collection`: the items from `from` up to (not including) `to`.
pub(crate) fn slice_collection<'a>(c: &Value<'a>, from: i64, to: Option<i64>) -> Segment<'a> {
    let take = |n: i64| -> (usize, usize) {
        let start = from.clamp(0, n) as usize;
        let end = to.map_or(n, |t| t.clamp(0, n)) as usize;
        (start, end.max(start))
    };
    Segment::Items(match c {
        Value::Range(a, b) => {
            let n = b.saturating_sub(*a).saturating_add(1).max(0);
            let (s, e) = take(n);
            return Segment::Range { first: a.saturating_add(s as i64), len: e - s, reversed: false };
        }
        Value::Str(_) | Value::OStr(_) => {
            if c.as_str().is_some_and(str::is_empty) {
                Vec::new()
            } else {
                vec![c.clone()]
            }
        }
        _ if c.is_array() => {
            let items = c.array_items().unwrap_or_default();
            let (s, e) = take(items.len() as i64);
            items[s..e].to_vec()
        }
        _ if c.is_hash() => {
            let items = c.hash_pairs().unwrap_or_default();
            let (s, e) = take(items.len() as i64);
            items[s..e].to_vec()
        }
        _ => Vec::new(),
    })
}
