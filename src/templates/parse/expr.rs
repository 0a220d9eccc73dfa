//! Expressions, variable lookups, filter chains and conditions: `Expression.parse`,
//! `Variable#lax_parse` and the `if` markup, as the gem's regular expressions match them.

use super::ast::{Cond, Condition, Expr, Filter, Key, Lit, Name, Output, VarLookup};
use super::lexer::{qf_at, qf_plus_at, qf_search, skip_space};
use crate::templates::filters;
use crate::templates::ruby::{is_space, is_word, ruby_strip, ruby_to_i};

/// `Expression.parse`.
pub(crate) fn parse_expression(markup: &str) -> Expr {
    let m = ruby_strip(markup);
    let b = m.as_bytes();
    if !b.is_empty()
        && ((b[0] == b'"' && b[b.len() - 1] == b'"') || (b[0] == b'\'' && b[b.len() - 1] == b'\''))
    {
        return Expr::Lit(Lit::Str(if m.len() >= 2 { m[1..m.len() - 1].to_string() } else { String::new() }));
    }
    if is_integer(m) {
        return Expr::Lit(match m.parse::<i64>() {
            Ok(i) => Lit::Int(i),
            Err(_) => Lit::Float(m.parse().unwrap_or(0.0)),
        });
    }
    if let Some((l, r)) = range_parts(m) {
        let (a, z) = (range_end(l), range_end(r));
        return match (&a, &z) {
            (Expr::Lit(x), Expr::Lit(y)) if literal_to_i(x).is_some() && literal_to_i(y).is_some() => {
                Expr::Lit(Lit::Range(literal_to_i(x).unwrap_or(0), literal_to_i(y).unwrap_or(0)))
            }
            // Evaluated when rendered: variables, and the endpoints that fail there as in Ruby.
            _ => Expr::Range(Box::new(a), Box::new(z)),
        };
    }
    if is_float(m) {
        return Expr::Lit(Lit::Float(ruby_to_f(m)));
    }
    match m {
        "" | "nil" | "null" => Expr::Lit(Lit::Nil),
        "true" => Expr::Lit(Lit::Bool(true)),
        "false" => Expr::Lit(Lit::Bool(false)),
        "blank" | "empty" => Expr::Lit(Lit::Str(String::new())),
        _ => Expr::Var(Box::new(parse_lookup(m))),
    }
}

/// A range endpoint. One that is itself a range can never become an integer (Ruby fails on
/// it when parsing or rendering), so it is not parsed further: that keeps nesting like
/// `((((1..2)..3)..4)..5)` from recursing without bound.
fn range_end(markup: &str) -> Expr {
    if range_parts(ruby_strip(markup)).is_some() {
        return Expr::Lit(Lit::Range(0, 0));
    }
    parse_expression(markup)
}

/// `to_i` on a literal endpoint; `None` where Ruby has no `to_i` (true, false, a range).
fn literal_to_i(l: &Lit) -> Option<i64> {
    match l {
        Lit::Nil => Some(0),
        Lit::Int(i) => Some(*i),
        Lit::Float(f) => Some(*f as i64),
        Lit::Str(s) => Some(ruby_to_i(s)),
        Lit::Bool(_) | Lit::Range(..) => None,
    }
}

fn is_integer(m: &str) -> bool {
    let d = m.strip_prefix('-').unwrap_or(m);
    !d.is_empty() && d.bytes().all(|c| c.is_ascii_digit())
}

fn is_float(m: &str) -> bool {
    let d = m.strip_prefix('-').unwrap_or(m).as_bytes();
    d.len() >= 2 && d[0].is_ascii_digit() && d[1..].iter().all(|c| c.is_ascii_digit() || *c == b'.')
}

/// `String#to_f` on a string of digits and dots: the longest valid prefix.
fn ruby_to_f(m: &str) -> f64 {
    let mut end = 0;
    let mut dot = false;
    let b = m.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c.is_ascii_digit() || (c == b'-' && i == 0) {
            end = i + 1;
        } else if c == b'.' && !dot && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            dot = true;
        } else {
            break;
        }
    }
    m[..end].parse().unwrap_or(0.0)
}

/// `\A\(\s*(?>(\S+)\s*\.\.)\s*(\S+)\s*\)\z`
fn range_parts(m: &str) -> Option<(&str, &str)> {
    let inner = m.strip_prefix('(')?.strip_suffix(')')?;
    let inner = inner.trim_start_matches(|c: char| c.is_ascii() && is_space(c as u8));
    let no_space = |s: &str| !s.is_empty() && !s.bytes().any(is_space);
    let mut search_end = inner.len();
    while let Some(i) = inner[..search_end].rfind("..") {
        let left = inner[..i].trim_end_matches(|c: char| c.is_ascii() && is_space(c as u8));
        if no_space(left) {
            let right = inner[i + 2..].trim_matches(|c: char| c.is_ascii() && is_space(c as u8));
            return no_space(right).then_some((left, right));
        }
        search_end = i + 1;
    }
    None
}

/// `VariableLookup.new`: scan `\[[^\]]+\]|[\w\-]+\??`.
fn parse_lookup(m: &str) -> VarLookup {
    let b = m.as_bytes();
    let mut parts: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'[' {
            if let Some(p) = b[i + 1..].iter().position(|&c| c == b']')
                && p > 0
            {
                parts.push(&m[i..i + 1 + p + 1]);
                i += p + 2;
                continue;
            }
            i += 1;
        } else if is_word(b[i]) || b[i] == b'-' {
            let s = i;
            while i < b.len() && (is_word(b[i]) || b[i] == b'-') {
                i += 1;
            }
            if i < b.len() && b[i] == b'?' {
                i += 1;
            }
            parts.push(&m[s..i]);
        } else {
            i += 1;
        }
    }
    let mut it = parts.into_iter();
    let name = it.next().map(|n| {
        if n.starts_with('[') && n.ends_with(']') {
            Name::Expr(parse_expression(&n[1..n.len() - 1]))
        } else {
            Name::Str(n.to_string())
        }
    });
    let lookups = it
        .map(|p| {
            if p.starts_with('[') && p.ends_with(']') {
                Key::Expr(parse_expression(&p[1..p.len() - 1]))
            } else {
                Key::Name(p.to_string(), matches!(p, "size" | "first" | "last"))
            }
        })
        .collect();
    VarLookup { name, lookups }
}

/// `Variable#lax_parse`: a name, then `| filter: arg, key: value` chunks.
pub(crate) fn parse_output(markup: &str, start: usize, end: usize) -> Output {
    let b = markup.as_bytes();
    let Some((ns, ne)) = qf_search(b, 0) else {
        return Output { expr: None, filters: Vec::new(), start, end };
    };
    let expr = Some(parse_expression(&markup[ns..ne]));
    let mut filters = Vec::new();
    if let Some(p) = markup[ne..].find('|') {
        let fm = &markup[ne + p + 1..];
        let fb = fm.as_bytes();
        // FilterParser: runs of (\s+ | QuotedFragment | ,)
        let mut i = 0;
        while i < fb.len() {
            let s = i;
            loop {
                if i < fb.len() && (is_space(fb[i]) || fb[i] == b',') {
                    i += 1;
                } else if let Some(e) = qf_at(fb, i) {
                    i = e;
                } else {
                    break;
                }
            }
            if i > s {
                if let Some(f) = parse_filter(&fm[s..i]) {
                    filters.push(f);
                }
            } else {
                i += 1;
            }
        }
    }
    Output { expr, filters, start, end }
}

fn parse_filter(chunk: &str) -> Option<Filter> {
    let b = chunk.as_bytes();
    let ns = b.iter().position(|&c| is_word(c))?;
    let mut ne = ns;
    while ne < b.len() && is_word(b[ne]) {
        ne += 1;
    }
    let name = &chunk[ns..ne];
    let mut args = Vec::new();
    let mut kwargs = Vec::new();
    // FilterArgsRegex: (?::|,)\s*((?:\w+\s*:\s*)?QuotedFragment)
    let mut i = 0;
    while i < b.len() {
        if b[i] != b':' && b[i] != b',' {
            i += 1;
            continue;
        }
        let j = skip_space(b, i + 1);
        // Optional `key:` prefix.
        let mut k = j;
        while k < b.len() && is_word(b[k]) {
            k += 1;
        }
        if k > j {
            let c = skip_space(b, k);
            if c < b.len() && b[c] == b':' {
                let v = skip_space(b, c + 1);
                if let Some(e) = qf_at(b, v) {
                    kwargs.push((chunk[j..k].to_string(), parse_expression(&chunk[v..e])));
                    i = e;
                    continue;
                }
            }
        }
        if let Some(e) = qf_at(b, j) {
            let arg = &chunk[j..e];
            // JustTagAttributes: `key:value` glued inside one fragment.
            if let Some((k, v)) = split_tag_attribute(arg) {
                kwargs.push((k.to_string(), parse_expression(v)));
            } else {
                args.push(parse_expression(arg));
            }
            i = e;
        } else {
            i += 1;
        }
    }
    let func = filters::lookup(name);
    Some(Filter { func, args, kwargs })
}

/// `\A(\w[\w-]*)\s*:\s*(QuotedFragment)\z`
fn split_tag_attribute(s: &str) -> Option<(&str, &str)> {
    let b = s.as_bytes();
    if b.is_empty() || !is_word(b[0]) {
        return None;
    }
    let mut k = 1;
    while k < b.len() && (is_word(b[k]) || b[k] == b'-') {
        k += 1;
    }
    let c = skip_space(b, k);
    if c >= b.len() || b[c] != b':' {
        return None;
    }
    let v = skip_space(b, c + 1);
    (qf_at(b, v) == Some(b.len())).then(|| (&s[..k], &s[v..]))
}

/// `TagAttributes` scanned anywhere in the markup: `(\w[\w-]*)\s*:\s*(QuotedFragment)`.
pub(super) fn tag_attributes(m: &str) -> Vec<(String, String)> {
    let b = m.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if is_word(b[i]) && (i == 0 || !(is_word(b[i - 1]) || b[i - 1] == b'-')) {
            let mut k = i + 1;
            while k < b.len() && (is_word(b[k]) || b[k] == b'-') {
                k += 1;
            }
            let c = skip_space(b, k);
            if c < b.len() && b[c] == b':' {
                let v = skip_space(b, c + 1);
                if let Some(e) = qf_at(b, v) {
                    out.push((m[i..k].to_string(), m[v..e].to_string()));
                    i = e;
                    continue;
                }
            }
            i = k;
        } else {
            i += 1;
        }
    }
    out
}

pub(super) fn condition_expression(m: &str) -> Expr {
    match m {
        "blank" => Expr::Blank,
        "empty" => Expr::Empty,
        _ => parse_expression(m),
    }
}

/// `(QuotedFragment)\s*([=!<>a-z_]+)?\s*(QuotedFragment)?`, searched.
fn parse_comparison(m: &str) -> Option<Cond> {
    let b = m.as_bytes();
    let (ls, le) = qf_search(b, 0)?;
    let left = condition_expression(&m[ls..le]);
    let mut i = skip_space(b, le);
    let os = i;
    while i < b.len() && (b[i].is_ascii_lowercase() || b"=!<>_".contains(&b[i])) {
        i += 1;
    }
    let (op, i) = if i > os { (Some(m[os..i].to_string()), i) } else { (None, os) };
    let j = skip_space(b, i);
    let right = qf_at(b, j).map(|e| condition_expression(&m[j..e]));
    Some(Cond { left, op, right })
}

/// The `if` markup: comparisons separated by `and` / `or`.
pub(super) fn parse_condition(m: &str, span: (usize, usize)) -> Option<Condition> {
    let b = m.as_bytes();
    let mut chunks: Vec<(usize, usize)> = Vec::new();
    let mut ops = Vec::new();
    let mut i = 0;
    let mut cur: Option<(usize, usize)> = None;
    loop {
        i = skip_space(b, i);
        if i >= b.len() {
            break;
        }
        let s = i;
        let e = qf_plus_at(b, i).unwrap_or_else(|| {
            let mut j = i;
            while j < b.len() && !is_space(b[j]) {
                j += 1;
            }
            j
        });
        let word = &m[s..e];
        if (word == "and" || word == "or") && cur.is_some() {
            chunks.push(cur.take()?);
            ops.push(word == "and");
        } else {
            cur = Some(match cur {
                Some((cs, _)) => (cs, e),
                None => (s, e),
            });
        }
        i = e;
    }
    chunks.push(cur?);
    let parts = chunks.iter().map(|&(s, e)| parse_comparison(&m[s..e])).collect::<Option<Vec<_>>>()?;
    Some(Condition { parts, ops, span })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expressions_parse_like_expression_parse() {
        assert!(matches!(parse_expression(" 42 "), Expr::Lit(Lit::Int(42))));
        assert!(matches!(parse_expression("1.5.2"), Expr::Lit(Lit::Float(f)) if f == 1.5));
        assert!(matches!(parse_expression("(1..3)"), Expr::Lit(Lit::Range(1, 3))));
        assert!(matches!(parse_expression("(1..n)"), Expr::Range(..)));
        assert!(matches!(parse_expression("empty"), Expr::Lit(Lit::Str(ref s)) if s.is_empty()));
        let Expr::Var(v) = parse_expression("a.b[0]['c'].size") else { panic!("variable") };
        assert_eq!(v.lookups.len(), 4);
        assert!(matches!(v.lookups[3], Key::Name(_, true)));
    }

    #[test]
    fn filters_and_keyword_arguments_are_split_out() {
        let o = parse_output(" x | default: 'a, b', allow_false: true | upcase ", 0, 0);
        assert_eq!(o.filters.len(), 2);
        assert_eq!(o.filters[0].args.len(), 1);
        assert_eq!(o.filters[0].kwargs.len(), 1);
        assert_eq!(o.filters[0].kwargs[0].0, "allow_false");
    }

    #[test]
    fn conditions_split_on_and_or_outside_quotes() {
        let c = parse_condition("a == 'x and y' or b", (0, 0)).unwrap();
        assert_eq!(c.parts.len(), 2);
        assert_eq!(c.ops, vec![false]);
        assert!(parse_condition("", (0, 0)).is_none());
    }
}
