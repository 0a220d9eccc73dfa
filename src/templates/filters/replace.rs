//! `replace` and `remove` with their `_first` / `_last` variants.
//!
//! Ruby's `replace` is `String#gsub(string, replacement)` and `replace_first` is `String#sub`:
//! the replacement string's back-references apply (`\0` / `\&` the match, `` \` `` / `\'` the
//! text before / after it, `\1`–`\9` and `\+` empty groups, `\\` one backslash, `\k<name>` an
//! error once something matches). `replace_last` splices the text in as it is.

use super::{FResult, arity, s};
use crate::templates::value::Value;

pub(super) fn replace<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 2)?;
    let (t, pat) = (s(&v), s(&a[0]));
    let rep = a.get(1).map(|r| s(r).into_owned()).unwrap_or_default();
    let rep = Replacement::parse(&rep);
    let mut out = String::with_capacity(t.len());
    let mut last = 0;
    if pat.is_empty() {
        // gsub("") matches before every character and at the end.
        for (i, _) in t.char_indices().chain(std::iter::once((t.len(), ' '))) {
            out.push_str(&t[last..i]);
            rep.expand(&t, i, i, &mut out)?;
            last = i;
        }
    } else {
        for (i, _) in t.match_indices(pat.as_ref()) {
            out.push_str(&t[last..i]);
            rep.expand(&t, i, i + pat.len(), &mut out)?;
            last = i + pat.len();
        }
    }
    out.push_str(&t[last..]);
    Ok(Value::string(out))
}

pub(super) fn replace_first<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 2)?;
    let (t, pat) = (s(&v), s(&a[0]));
    let rep = a.get(1).map(|r| s(r).into_owned()).unwrap_or_default();
    let rep = Replacement::parse(&rep);
    let Some(i) = t.find(pat.as_ref()) else {
        return Ok(Value::string(t.into_owned()));
    };
    let mut out = String::with_capacity(t.len());
    out.push_str(&t[..i]);
    rep.expand(&t, i, i + pat.len(), &mut out)?;
    out.push_str(&t[i + pat.len()..]);
    Ok(Value::string(out))
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

/// One piece of a parsed replacement string.
#[derive(Debug, PartialEq)]
enum Piece<'r> {
    Text(&'r str),
    Match,
    PreMatch,
    PostMatch,
    /// `\k<…>`: Ruby raises, but only once there is a match to expand.
    Error(String),
}

/// A replacement string as `rb_reg_regsub` reads it, parsed once per filter call.
#[derive(Debug)]
struct Replacement<'r>(Vec<Piece<'r>>);

impl<'r> Replacement<'r> {
    fn parse(rep: &'r str) -> Self {
        let mut pieces = Vec::new();
        let mut rest = rep;
        while let Some(p) = rest.find('\\') {
            let after = &rest[p + 1..];
            let Some(c) = after.chars().next() else {
                break; // A trailing backslash stays.
            };
            let (piece, skip) = match c {
                '0' | '&' => (Some(Piece::Match), 1),
                // A string pattern has no groups: `\1`…`\9` and `\+` (the last group) are empty.
                '1'..='9' | '+' => (None, 1),
                '`' => (Some(Piece::PreMatch), 1),
                '\'' => (Some(Piece::PostMatch), 1),
                '\\' => (Some(Piece::Text("\\")), 1),
                'k' if after[1..].starts_with('<') => {
                    // No group has a name either.
                    let e = after[2..]
                        .find('>')
                        .map(|e| format!("undefined group name reference: {}", &after[2..2 + e]));
                    pieces.push(Piece::Error(
                        e.unwrap_or_else(|| "invalid group name reference format".into()),
                    ));
                    return Replacement(pieces);
                }
                // Any other escape is kept as written, backslash included.
                _ => {
                    pieces.push(Piece::Text(&rest[..p + 1 + c.len_utf8()]));
                    rest = &after[c.len_utf8()..];
                    continue;
                }
            };
            if p > 0 {
                pieces.push(Piece::Text(&rest[..p]));
            }
            pieces.extend(piece);
            rest = &after[skip..];
        }
        if !rest.is_empty() {
            pieces.push(Piece::Text(rest));
        }
        Replacement(pieces)
    }

    /// Appends the replacement for the match `t[start..end]`.
    fn expand(&self, t: &str, start: usize, end: usize, out: &mut String) -> Result<(), String> {
        for piece in &self.0 {
            out.push_str(match piece {
                Piece::Text(s) => s,
                Piece::Match => &t[start..end],
                Piece::PreMatch => &t[..start],
                Piece::PostMatch => &t[end..],
                Piece::Error(e) => return Err(e.clone()),
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gsub(t: &'static str, pat: &'static str, rep: &'static str) -> Result<String, String> {
        replace(Value::Str(t), &[Value::Str(pat), Value::Str(rep)]).map(|v| v.to_s().into_owned())
    }

    #[test]
    fn replacement_escapes_follow_ruby_gsub() {
        assert_eq!(gsub("hello", "l", r"[\0\&]").unwrap(), "he[ll][ll]o");
        assert_eq!(gsub("hello", "l", r"[\`|\']").unwrap(), "he[he|lo][hel|o]o");
        assert_eq!(gsub("a.b", ".", r"\\").unwrap(), r"a\b");
        assert_eq!(gsub("a.b", ".", r"\").unwrap(), r"a\b");
        assert_eq!(gsub("a.b", ".", r"[\1\+\x\é]").unwrap(), r"a[\x\é]b");
        assert_eq!(gsub("ab", "", r"\0-").unwrap(), "-a-b-");
        assert!(gsub("ab", "a", r"\k<n>").unwrap_err().contains("undefined group name"));
        assert!(gsub("ab", "a", r"\k<n").unwrap_err().contains("format"));
        assert_eq!(gsub("ab", "a", r"\k").unwrap(), r"\kb");
        assert_eq!(gsub("ab", "z", r"\k<n>").unwrap(), "ab");
    }
}
