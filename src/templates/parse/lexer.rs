//! Tokens (`{{ }}`, `{% %}`, text) and the QuotedFragment scanner, with the gem's boundaries.

use super::{Stream, offset_in};
use crate::templates::ruby::{is_space, is_word};

pub(super) fn closing_quote(b: &[u8], i: usize) -> Option<usize> {
    let q = b[i];
    b[i + 1..].iter().position(|&c| c == q).map(|p| i + 1 + p)
}

fn plain(c: u8) -> bool {
    !is_space(c) && c != b',' && c != b'|' && c != b'\'' && c != b'"'
}

/// The QuotedFragment match starting exactly at `i`, if any: its end.
pub(super) fn qf_at(b: &[u8], i: usize) -> Option<usize> {
    if i >= b.len() {
        return None;
    }
    if b[i] == b'"' || b[i] == b'\'' {
        return closing_quote(b, i).map(|c| c + 1);
    }
    let mut j = i;
    while j < b.len() {
        if plain(b[j]) {
            j += 1;
        } else if (b[j] == b'"' || b[j] == b'\'') && closing_quote(b, j).is_some() {
            j = closing_quote(b, j).unwrap_or(j) + 1;
        } else {
            break;
        }
    }
    (j > i).then_some(j)
}

/// `QuotedFragment+`: fragments glued together.
pub(super) fn qf_plus_at(b: &[u8], i: usize) -> Option<usize> {
    let mut end = qf_at(b, i)?;
    while let Some(e) = qf_at(b, end) {
        end = e;
    }
    Some(end)
}

/// The leftmost QuotedFragment at or after `from`: (start, end).
pub(super) fn qf_search(b: &[u8], from: usize) -> Option<(usize, usize)> {
    (from..b.len()).find_map(|i| qf_at(b, i).map(|e| (i, e)))
}

pub(super) fn skip_space(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && is_space(b[i]) {
        i += 1;
    }
    i
}

#[derive(Debug, Clone)]
pub(super) enum Tok<'s> {
    Text { text: &'s str },
    Tag { name: &'s str, markup: &'s str, start: usize, end: usize, lstrip: bool, rstrip: bool },
    Var { markup: &'s str, start: usize, end: usize, lstrip: bool, rstrip: bool },
    Bad { message: String, start: usize, end: usize },
}

pub(super) fn tokenize(src: &str) -> Vec<Tok<'_>> {
    let b = src.as_bytes();
    let mut toks = Vec::new();
    let mut i = 0;
    let mut text_start = 0;
    while i + 1 < b.len() {
        if b[i] != b'{' || (b[i + 1] != b'%' && b[i + 1] != b'{') {
            i += 1;
            continue;
        }
        if text_start < i {
            toks.push(Tok::Text { text: &src[text_start..i] });
        }
        let end = if b[i + 1] == b'%' {
            src[i + 2..].find("%}").map(|p| i + 2 + p + 2)
        } else {
            src[i + 2..].find('}').map(|p| {
                let e = i + 2 + p + 1;
                if b.get(e) == Some(&b'}') { e + 1 } else { e }
            })
        };
        let end = end.unwrap_or(i + 2);
        toks.push(classify(src, i, end));
        i = end;
        text_start = end;
    }
    if text_start < b.len() {
        toks.push(Tok::Text { text: &src[text_start..] });
    }
    toks
}

fn classify(src: &str, start: usize, end: usize) -> Tok<'_> {
    let t = &src[start..end];
    let tb = t.as_bytes();
    let lstrip = tb.get(2) == Some(&b'-');
    let rstrip = tb.len() >= 3 && tb[tb.len() - 3] == b'-';
    if t.starts_with("{%") {
        // FullToken: {%-?(\s*)(#|\w+)(\s*)(.*?)-?%}
        if t.len() >= 4 && t.ends_with("%}") {
            let inner = &t[2..t.len() - 2];
            let inner = inner.strip_prefix('-').unwrap_or(inner);
            let ib = inner.as_bytes();
            let ns = skip_space(ib, 0);
            let mut ne = ns;
            if ib.get(ns) == Some(&b'#') {
                ne = ns + 1;
            } else {
                while ne < ib.len() && is_word(ib[ne]) {
                    ne += 1;
                }
            }
            if ne > ns {
                let ms = skip_space(ib, ne);
                let mut markup = &inner[ms..];
                if markup.ends_with('-') {
                    markup = &markup[..markup.len() - 1];
                }
                return Tok::Tag { name: &inner[ns..ne], markup, start, end, lstrip, rstrip };
            }
        }
        Tok::Bad { message: format!("tag '{t}' was not properly terminated with %}}"), start, end }
    } else if t.len() >= 4 && t.ends_with("}}") {
        let mut inner = &t[2..t.len() - 2];
        inner = inner.strip_prefix('-').unwrap_or(inner);
        inner = inner.strip_suffix('-').unwrap_or(inner);
        Tok::Var { markup: inner, start, end, lstrip, rstrip }
    } else {
        Tok::Bad { message: format!("variable '{t}' was not properly terminated with }}}}"), start, end }
    }
}

pub(super) fn tok_text<'s>(src: &'s str, t: &Tok<'s>) -> &'s str {
    match t {
        Tok::Text { text } => text,
        Tok::Tag { start, end, .. } | Tok::Var { start, end, .. } | Tok::Bad { start, end, .. } => {
            &src[*start..*end]
        }
    }
}

/// `\A(.*){%\s*(\w+)\s*(.*)?%}\z` with the name `endraw`: the text before it.
pub(super) fn endraw_prefix(t: &str) -> Option<&str> {
    if !t.ends_with("%}") {
        return None;
    }
    let mut from = 0;
    let mut found = None;
    while let Some(p) = t[from..].find("{%") {
        let at = from + p;
        let b = t.as_bytes();
        let ns = skip_space(b, at + 2);
        let mut ne = ns;
        while ne < b.len() && is_word(b[ne]) {
            ne += 1;
        }
        if &t[ns..ne] == "endraw" && ne <= t.len() - 2 {
            found = Some(&t[..at]);
        }
        from = at + 2;
    }
    found
}

pub(super) fn liquid_stream<'s>(src: &'s str, markup: &'s str, start: usize, end: usize) -> Stream<'s> {
    let mut toks = Vec::new();
    for line in markup.split('\n') {
        if line.bytes().all(is_space) {
            continue;
        }
        let lb = line.as_bytes();
        let ns = skip_space(lb, 0);
        let mut ne = ns;
        if lb.get(ns) == Some(&b'#') {
            ne = ns + 1;
        } else {
            while ne < lb.len() && is_word(lb[ne]) {
                ne += 1;
            }
        }
        let off = offset_in(src, line);
        let (ls, le) = if off >= start && off < end { (off, off + line.len()) } else { (start, end) };
        if ne == ns {
            toks.push(Tok::Bad {
                message: format!("unknown tag '{}' in liquid tag", line.trim()),
                start: ls,
                end: le,
            });
            continue;
        }
        let ms = skip_space(lb, ne);
        toks.push(Tok::Tag {
            name: &line[ns..ne],
            markup: &line[ms..],
            start: ls,
            end: le,
            lstrip: false,
            rstrip: false,
        });
    }
    Stream { toks, i: 0, liquid: true }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fragments_follow_the_gem() {
        let b = br#"  "a b"c, d|e"#;
        assert_eq!(qf_search(b, 0), Some((2, 7)));
        assert_eq!(qf_plus_at(b, 2), Some(8));
        assert_eq!(qf_at(b"'unclosed", 0), None);
        assert_eq!(qf_search(b"'unclosed", 0), Some((1, 9)));
    }

    #[test]
    fn tokens_end_where_the_gem_ends_them() {
        let toks = tokenize("a{{ x }}b{% if y -%}c{{ '}' }}");
        assert!(matches!(toks[1], Tok::Var { markup: " x ", .. }));
        assert!(matches!(toks[3], Tok::Tag { name: "if", markup: "y ", rstrip: true, .. }));
        // `{{ '}` ends at the first `}`: the gem reports it as unterminated.
        assert!(matches!(toks[5], Tok::Bad { .. }));
    }
}
