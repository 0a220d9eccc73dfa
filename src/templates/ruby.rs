//! Ruby's character classes and conversions that the parser and the filters share.

/// Ruby's `\s` (ASCII white space, with vertical tab).
pub(crate) fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// Ruby's `\w`.
pub(crate) fn is_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// `String#strip` (also drops NUL).
pub(crate) fn ruby_strip(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_ascii() && (is_space(c as u8) || c == '\0'))
}

/// What `String#strip` removes.
pub(crate) fn ruby_ws(c: char) -> bool {
    c.is_ascii() && (is_space(c as u8) || c == '\0')
}

/// `String#to_i`: optional white space and sign, digits (with single underscores).
pub(crate) fn ruby_to_i(s: &str) -> i64 {
    let s = s.trim_start_matches(|c: char| c.is_ascii() && is_space(c as u8));
    let (neg, rest) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let mut n: i64 = 0;
    let mut prev_digit = false;
    for c in rest.bytes() {
        if c.is_ascii_digit() {
            n = n.saturating_mul(10).saturating_add((c - b'0') as i64);
            prev_digit = true;
        } else if c == b'_' && prev_digit {
            prev_digit = false;
        } else {
            break;
        }
    }
    if neg { -n } else { n }
}
