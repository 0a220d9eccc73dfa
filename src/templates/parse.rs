//! Tokenizer and parser, following Ruby Liquid 5's default ("lax") parsing: the same token
//! boundaries, the same regular-expression-shaped markup rules, the same syntax errors.

use super::filters::{self, FilterFn};

/// A parse error: message and the byte range of the offending token.
#[derive(Debug)]
pub(crate) struct ParseError {
    pub message: String,
    pub start: usize,
    pub end: usize,
}

type PResult<T> = Result<T, ParseError>;

#[derive(Debug, Clone)]
pub(crate) enum Lit {
    Nil,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Range(i64, i64),
}

#[derive(Debug, Clone)]
pub(crate) enum Expr {
    Lit(Lit),
    Range(Box<Expr>, Box<Expr>),
    Var(Box<VarLookup>),
    /// `empty` / `blank` in a condition.
    Empty,
    Blank,
}

#[derive(Debug, Clone)]
pub(crate) struct VarLookup {
    /// `None` when the markup held no name at all (renders nil).
    pub name: Option<Name>,
    pub lookups: Vec<Key>,
}

#[derive(Debug, Clone)]
pub(crate) enum Name {
    Str(String),
    Expr(Expr),
}

#[derive(Debug, Clone)]
pub(crate) enum Key {
    /// A dotted name; `true` for `size`, `first`, `last` (which also work as methods).
    Name(String, bool),
    Expr(Expr),
}

pub(crate) struct Filter {
    pub func: Option<FilterFn>,
    pub args: Vec<Expr>,
    pub kwargs: Vec<(String, Expr)>,
}

/// `{{ expr | filter: args }}`, also the right-hand side of `assign` and `echo`.
pub(crate) struct Output {
    pub expr: Option<Expr>,
    pub filters: Vec<Filter>,
    pub start: usize,
    pub end: usize,
}

pub(crate) struct Cond {
    pub left: Expr,
    pub op: Option<String>,
    pub right: Option<Expr>,
}

/// Comparisons joined by `and` / `or`, evaluated right-associatively as Ruby Liquid does.
pub(crate) struct Condition {
    pub parts: Vec<Cond>,
    pub ops: Vec<bool>, // true = and
    /// The tag's byte range, for errors while evaluating.
    pub span: (usize, usize),
}

pub(crate) struct ForTag {
    pub span: (usize, usize),
    pub var: String,
    pub collection: Expr,
    pub reversed: bool,
    pub limit: Option<Expr>,
    pub offset: Option<Expr>,
    pub offset_continue: bool,
    pub name: String,
    pub body: Vec<Node>,
    pub else_body: Option<Vec<Node>>,
}

pub(crate) enum Node {
    Text(String),
    Output(Output),
    Assign {
        name: String,
        value: Output,
    },
    Capture {
        name: String,
        body: Vec<Node>,
    },
    If {
        blocks: Vec<(Option<Condition>, Vec<Node>)>,
        unless: bool,
    },
    Case {
        left: Expr,
        blocks: Vec<(Option<Expr>, usize)>,
        bodies: Vec<Vec<Node>>,
    },
    For(Box<ForTag>),
    Tablerow {
        var: String,
        collection: Expr,
        attrs: Vec<(String, Expr)>,
        body: Vec<Node>,
    },
    Cycle {
        name: Option<Expr>,
        key: String,
        values: Vec<Expr>,
    },
    Increment(String),
    Decrement(String),
    Break,
    Continue,
    Echo(Output),
    Ifchanged(Vec<Node>),
    /// `include` / `render`: parsed, but fails when rendered (no file system).
    Unsupported {
        tag: String,
        start: usize,
        end: usize,
    },
    Nothing,
}

// ---------------------------------------------------------------------------------------------
// Character classes and the QuotedFragment scanner.

pub(crate) fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

fn is_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

fn ruby_strip(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_ascii() && (is_space(c as u8) || c == '\0'))
}

fn closing_quote(b: &[u8], i: usize) -> Option<usize> {
    let q = b[i];
    b[i + 1..].iter().position(|&c| c == q).map(|p| i + 1 + p)
}

fn plain(c: u8) -> bool {
    !is_space(c) && c != b',' && c != b'|' && c != b'\'' && c != b'"'
}

/// The QuotedFragment match starting exactly at `i`, if any: its end.
fn qf_at(b: &[u8], i: usize) -> Option<usize> {
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
fn qf_plus_at(b: &[u8], i: usize) -> Option<usize> {
    let mut end = qf_at(b, i)?;
    while let Some(e) = qf_at(b, end) {
        end = e;
    }
    Some(end)
}

/// The leftmost QuotedFragment at or after `from`: (start, end).
fn qf_search(b: &[u8], from: usize) -> Option<(usize, usize)> {
    (from..b.len()).find_map(|i| qf_at(b, i).map(|e| (i, e)))
}

fn skip_space(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && is_space(b[i]) {
        i += 1;
    }
    i
}

// ---------------------------------------------------------------------------------------------
// Expressions.

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
        let (a, z) = (parse_expression(l), parse_expression(r));
        return match (&a, &z) {
            (Expr::Var(_), _) | (_, Expr::Var(_)) | (Expr::Range(..), _) | (_, Expr::Range(..)) => {
                Expr::Range(Box::new(a), Box::new(z))
            }
            _ => Expr::Lit(Lit::Range(lit_to_i(&a), lit_to_i(&z))),
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

fn lit_to_i(e: &Expr) -> i64 {
    match e {
        Expr::Lit(Lit::Int(i)) => *i,
        Expr::Lit(Lit::Float(f)) => *f as i64,
        Expr::Lit(Lit::Str(s)) => ruby_to_i(s),
        _ => 0,
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
fn tag_attributes(m: &str) -> Vec<(String, String)> {
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

fn condition_expression(m: &str) -> Expr {
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
fn parse_condition(m: &str, span: (usize, usize)) -> Option<Condition> {
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

// ---------------------------------------------------------------------------------------------
// Tokens.

#[derive(Debug, Clone)]
enum Tok<'s> {
    Text { text: &'s str },
    Tag { name: &'s str, markup: &'s str, start: usize, end: usize, lstrip: bool, rstrip: bool },
    Var { markup: &'s str, start: usize, end: usize, lstrip: bool, rstrip: bool },
    Bad { message: String, start: usize, end: usize },
}

fn tokenize(src: &str) -> Vec<Tok<'_>> {
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

// ---------------------------------------------------------------------------------------------
// The parser.

struct Stream<'s> {
    toks: Vec<Tok<'s>>,
    i: usize,
    liquid: bool,
}

struct EndTag<'s> {
    name: &'s str,
    markup: &'s str,
    start: usize,
    end: usize,
}

struct Body {
    nodes: Vec<Node>,
    blank: bool,
}

impl Body {
    fn remove_blank_strings(&mut self) {
        self.nodes.retain(|n| !matches!(n, Node::Text(_)));
    }
}

pub(crate) struct Parser<'s> {
    src: &'s str,
    trim_next: bool,
    depth: usize,
}

fn err<T>(message: impl Into<String>, start: usize, end: usize) -> PResult<T> {
    Err(ParseError { message: message.into(), start, end })
}

fn offset_in(src: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(src.as_ptr() as usize).min(src.len())
}

impl<'s> Parser<'s> {
    pub(crate) fn parse_document(src: &'s str) -> PResult<Vec<Node>> {
        let mut p = Parser { src, trim_next: false, depth: 0 };
        let mut stream = Stream { toks: tokenize(src), i: 0, liquid: false };
        let (body, end) = p.parse_body(&mut stream)?;
        if let Some(t) = end {
            return if t.name == "else" || t.name.starts_with("end") {
                err(format!("unexpected outer '{}' tag", t.name), t.start, t.end)
            } else {
                err(format!("unknown tag '{}'", t.name), t.start, t.end)
            };
        }
        Ok(body.nodes)
    }

    /// Parses nodes until an unknown tag (returned) or the end of input.
    fn parse_body(&mut self, s: &mut Stream<'s>) -> PResult<(Body, Option<EndTag<'s>>)> {
        let mut body = Body { nodes: Vec::new(), blank: true };
        while s.i < s.toks.len() {
            let tok = s.toks[s.i].clone();
            s.i += 1;
            match tok {
                Tok::Text { text } => {
                    let text = if self.trim_next { text.trim_start_matches(ruby_ws) } else { text };
                    self.trim_next = false;
                    if text.is_empty() {
                        continue;
                    }
                    body.blank &= text.bytes().all(is_space);
                    body.nodes.push(Node::Text(text.to_string()));
                }
                Tok::Bad { message, start, end } => return err(message, start, end),
                Tok::Var { markup, start, end, lstrip, rstrip } => {
                    self.whitespace(&mut body, lstrip, rstrip);
                    body.nodes.push(Node::Output(parse_output(markup, start, end)));
                    body.blank = false;
                }
                Tok::Tag { name, markup, start, end, lstrip, rstrip } => {
                    // Lines of a `{% liquid %}` tag have no white-space control of their own.
                    if !s.liquid {
                        self.whitespace(&mut body, lstrip, rstrip);
                    }
                    if name == "liquid" && !s.liquid {
                        let mut inner = liquid_stream(self.src, markup, start, end);
                        let (b, stop) = self.parse_body(&mut inner)?;
                        if let Some(t) = stop {
                            return err(format!("unknown tag '{}' in liquid tag", t.name), t.start, t.end);
                        }
                        body.blank &= b.blank;
                        body.nodes.extend(b.nodes);
                        continue;
                    }
                    match self.parse_tag(s, name, markup, start, end)? {
                        Some((node, blank)) => {
                            body.blank &= blank;
                            if !matches!(node, Node::Nothing) {
                                body.nodes.push(node);
                            }
                        }
                        None => return Ok((body, Some(EndTag { name, markup, start, end }))),
                    }
                }
            }
        }
        Ok((body, None))
    }

    fn whitespace(&mut self, body: &mut Body, lstrip: bool, rstrip: bool) {
        if lstrip && let Some(Node::Text(t)) = body.nodes.last_mut() {
            let n = t.trim_end_matches(ruby_ws).len();
            t.truncate(n);
        }
        self.trim_next = rstrip;
    }

    /// Parses bodies until `end<name>`, calling `mid` for each other unknown tag (which
    /// returns false when the tag is not allowed there).
    fn parse_block(
        &mut self,
        s: &mut Stream<'s>,
        block: &str,
        (start, end): (usize, usize),
        mut mid: impl FnMut(&EndTag<'s>) -> PResult<bool>,
        mut take: impl FnMut(Body),
    ) -> PResult<bool> {
        if self.depth >= 100 {
            return err("nesting too deep", start, end);
        }
        self.depth += 1;
        let mut blank = true;
        loop {
            let (body, stop) = self.parse_body(s)?;
            blank &= body.blank;
            take(body);
            let Some(t) = stop else {
                return err(format!("'{block}' tag was never closed"), start, end);
            };
            if t.name.len() == block.len() + 3 && t.name.starts_with("end") && &t.name[3..] == block {
                self.depth -= 1;
                return Ok(blank);
            }
            if !mid(&t)? {
                return if t.name == "else" {
                    err(format!("{block} tag does not expect 'else' tag"), t.start, t.end)
                } else if t.name.starts_with("end") {
                    err(
                        format!("'{}' is not a valid delimiter for {block} tags. use end{block}", t.name),
                        t.start,
                        t.end,
                    )
                } else {
                    err(format!("unknown tag '{}'", t.name), t.start, t.end)
                };
            }
        }
    }

    /// One tag: `Ok(None)` when the name is not a known tag (ends the current body).
    fn parse_tag(
        &mut self,
        s: &mut Stream<'s>,
        name: &'s str,
        markup: &'s str,
        start: usize,
        end: usize,
    ) -> PResult<Option<(Node, bool)>> {
        let span = (start, end);
        let node = match name {
            "assign" => {
                let Some((to, rest)) = assign_parts(markup) else {
                    return err(
                        "syntax error in 'assign' - valid syntax: assign [var] = [source]",
                        start,
                        end,
                    );
                };
                (Node::Assign { name: to.to_string(), value: parse_output(rest, start, end) }, true)
            }
            "capture" => {
                let Some(to) = signature_run(markup) else {
                    return err("syntax error in 'capture' - valid syntax: capture [var]", start, end);
                };
                let mut nodes = Vec::new();
                self.parse_block(s, "capture", span, |_| Ok(false), |b| nodes = b.nodes)?;
                (Node::Capture { name: to.to_string(), body: nodes }, true)
            }
            "if" | "unless" => self.parse_if(s, name, markup, span)?,
            "case" => self.parse_case(s, markup, span)?,
            "for" => self.parse_for(s, markup, span)?,
            "tablerow" => {
                let Some((var, coll)) = tablerow_parts(markup) else {
                    return err(
                        "syntax error in 'table_row loop' - valid syntax: table_row [item] in [collection] cols=3",
                        start,
                        end,
                    );
                };
                let attrs =
                    tag_attributes(markup).into_iter().map(|(k, v)| (k, parse_expression(&v))).collect();
                let mut nodes = Vec::new();
                let blank = self.parse_block(s, "tablerow", span, |_| Ok(false), |b| nodes = b.nodes)?;
                (Node::Tablerow { var, collection: coll, attrs, body: nodes }, blank)
            }
            "ifchanged" => {
                let mut nodes = Vec::new();
                let blank = self.parse_block(s, "ifchanged", span, |_| Ok(false), |b| nodes = b.nodes)?;
                (Node::Ifchanged(nodes), blank)
            }
            "comment" => {
                self.parse_block(s, "comment", span, |_| Ok(true), |_| {})?;
                (Node::Nothing, true)
            }
            "raw" => {
                if !markup.bytes().all(is_space) {
                    return err("syntax error in 'raw' - valid syntax: raw", start, end);
                }
                let mut text = String::new();
                loop {
                    if s.i >= s.toks.len() {
                        return err("'raw' tag was never closed", start, end);
                    }
                    let t = tok_text(self.src, &s.toks[s.i]);
                    s.i += 1;
                    if let Some(before) = endraw_prefix(t) {
                        text.push_str(before);
                        break;
                    }
                    text.push_str(t);
                }
                let blank = text.is_empty();
                (if blank { Node::Nothing } else { Node::Text(text) }, blank)
            }
            "#" => {
                let b = markup.as_bytes();
                for (i, &c) in b.iter().enumerate() {
                    if c == b'\n' {
                        let j = skip_space(b, i + 1);
                        if j < b.len() && b[j] != b'#' && j > i + 1
                            || (j == i + 1 && j < b.len() && b[j] != b'#' && !is_space(b[j]))
                        {
                            return err(
                                "syntax error in tag '#' - each line of comments must be prefixed by the '#' character",
                                start,
                                end,
                            );
                        }
                    }
                }
                (Node::Nothing, true)
            }
            "cycle" => {
                let (name, values) = cycle_parts(markup).ok_or_else(|| ParseError {
                    message: "syntax error in 'cycle' - valid syntax: cycle [name :] var [, var2, var3 ...]"
                        .into(),
                    start,
                    end,
                })?;
                let key = if name.is_none() {
                    let all_lit = values.iter().all(|v| matches!(v, Expr::Lit(_)));
                    if all_lit { format!("{values:?}") } else { format!("@{start}") }
                } else {
                    String::new()
                };
                (Node::Cycle { name, key, values }, false)
            }
            "increment" => (Node::Increment(ruby_strip(markup).to_string()), false),
            "decrement" => (Node::Decrement(ruby_strip(markup).to_string()), false),
            "break" => (Node::Break, false),
            "continue" => (Node::Continue, false),
            "echo" => (Node::Echo(parse_output(markup, start, end)), false),
            "include" | "render" => {
                let b = markup.as_bytes();
                if name == "render" && !matches!(b.get(skip_space(b, 0)), Some(b'"' | b'\'')) {
                    return err(
                        "syntax error in tag 'render' - template name must be a quoted string",
                        start,
                        end,
                    );
                }
                (Node::Unsupported { tag: name.to_string(), start, end }, false)
            }
            _ => return Ok(None),
        };
        Ok(Some(node))
    }

    /// `if` / `unless` with their `elsif` and `else` branches.
    fn parse_if(
        &mut self,
        s: &mut Stream<'s>,
        name: &'s str,
        markup: &'s str,
        span: (usize, usize),
    ) -> PResult<(Node, bool)> {
        let (start, end) = span;
        let first = parse_condition(markup, span).ok_or_else(|| ParseError {
            message: format!("syntax error in tag '{name}' - valid syntax: {name} [expression]"),
            start,
            end,
        })?;
        let mut conds: Vec<Option<Condition>> = vec![Some(first)];
        let mut bodies: Vec<Body> = Vec::new();
        let blank = self.parse_block(
            s,
            name,
            span,
            |t| match t.name {
                "else" => {
                    conds.push(None);
                    Ok(true)
                }
                "elsif" => match parse_condition(t.markup, (t.start, t.end)) {
                    Some(c) => {
                        conds.push(Some(c));
                        Ok(true)
                    }
                    None => {
                        err("syntax error in tag 'elsif' - valid syntax: elsif [expression]", t.start, t.end)
                    }
                },
                _ => Ok(false),
            },
            |b| bodies.push(b),
        )?;
        if blank {
            bodies.iter_mut().for_each(Body::remove_blank_strings);
        }
        let blocks = conds.into_iter().zip(bodies.into_iter().map(|b| b.nodes)).collect();
        Ok((Node::If { blocks, unless: name == "unless" }, blank))
    }

    /// `case` with its `when` and `else` branches.
    fn parse_case(
        &mut self,
        s: &mut Stream<'s>,
        markup: &'s str,
        span: (usize, usize),
    ) -> PResult<(Node, bool)> {
        let (start, end) = span;
        let b = markup.as_bytes();
        let Some((ls, le)) = qf_search(b, 0) else {
            return err("syntax error in 'case' - valid syntax: case [condition]", start, end);
        };
        let left = parse_expression(&markup[ls..le]);
        let mut blocks: Vec<(Option<Expr>, usize)> = Vec::new();
        let mut bodies: Vec<Body> = Vec::new();
        let mut n = 0usize;
        let blank = self.parse_block(
            s,
            "case",
            span,
            |t| {
                n += 1;
                match t.name {
                    "when" => match when_values(t.markup) {
                        Some(vals) => {
                            blocks.extend(vals.into_iter().map(|v| (Some(v), n)));
                            Ok(true)
                        }
                        None => err("syntax error in tag 'case' - valid when condition: {% when [condition] [or condition2...] %}", t.start, t.end),
                    },
                    "else" if t.markup.trim().is_empty() => {
                        blocks.push((None, n));
                        Ok(true)
                    }
                    "else" => err(
                        "syntax error in tag 'case' - valid else condition: {% else %} (no parameters)",
                        t.start,
                        t.end,
                    ),
                    _ => Ok(false),
                }
            },
            |b| bodies.push(b),
        )?;
        if blank {
            bodies.iter_mut().for_each(Body::remove_blank_strings);
        }
        Ok((Node::Case { left, blocks, bodies: bodies.into_iter().map(|b| b.nodes).collect() }, blank))
    }

    /// `for` with its optional `else` body.
    fn parse_for(
        &mut self,
        s: &mut Stream<'s>,
        markup: &'s str,
        span: (usize, usize),
    ) -> PResult<(Node, bool)> {
        let (start, end) = span;
        let tag = for_parts(markup).ok_or_else(|| ParseError {
            message: "syntax error in 'for loop' - valid syntax: for [item] in [collection]".into(),
            start,
            end,
        })?;
        let mut bodies: Vec<Body> = Vec::new();
        let mut has_else = false;
        let blank = self.parse_block(
            s,
            "for",
            span,
            |t| {
                if t.name == "else" {
                    has_else = true;
                    Ok(true)
                } else {
                    Ok(false)
                }
            },
            |b| bodies.push(b),
        )?;
        if blank {
            bodies.iter_mut().for_each(Body::remove_blank_strings);
        }
        let mut it = bodies.into_iter().map(|b| b.nodes);
        let body = it.next().unwrap_or_default();
        let else_body = if has_else { it.next_back() } else { None };
        Ok((Node::For(Box::new(ForTag { body, else_body, span, ..tag })), blank))
    }
}

fn ruby_ws(c: char) -> bool {
    c.is_ascii() && (is_space(c as u8) || c == '\0')
}

fn tok_text<'s>(src: &'s str, t: &Tok<'s>) -> &'s str {
    match t {
        Tok::Text { text } => text,
        Tok::Tag { start, end, .. } | Tok::Var { start, end, .. } | Tok::Bad { start, end, .. } => {
            &src[*start..*end]
        }
    }
}

/// `\A(.*){%\s*(\w+)\s*(.*)?%}\z` with the name `endraw`: the text before it.
fn endraw_prefix(t: &str) -> Option<&str> {
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

fn liquid_stream<'s>(src: &'s str, markup: &'s str, start: usize, end: usize) -> Stream<'s> {
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

/// Assign's `(VariableSignature+)\s*=\s*(.*)\s*`, searched.
fn assign_parts(m: &str) -> Option<(&str, &str)> {
    let b = m.as_bytes();
    let sig = |c: u8| is_word(c) || b"-.[]()".contains(&c);
    let mut i = 0;
    while i < b.len() {
        if sig(b[i]) {
            let s = i;
            while i < b.len() && sig(b[i]) {
                i += 1;
            }
            let j = skip_space(b, i);
            if j < b.len() && b[j] == b'=' {
                let k = skip_space(b, j + 1);
                return Some((&m[s..i], &m[k..]));
            }
        } else {
            i += 1;
        }
    }
    None
}

fn signature_run(m: &str) -> Option<&str> {
    let b = m.as_bytes();
    let sig = |c: u8| is_word(c) || b"-.[]()".contains(&c);
    let s = b.iter().position(|&c| sig(c))?;
    let e = b[s..].iter().position(|&c| !sig(c)).map_or(b.len(), |p| s + p);
    Some(&m[s..e])
}

/// `\A([\w-]+)\s+in\s+(QuotedFragment+)\s*(reversed)?` plus the `limit:` / `offset:` attributes.
fn for_parts(m: &str) -> Option<ForTag> {
    let b = m.as_bytes();
    let mut i = 0;
    while i < b.len() && (is_word(b[i]) || b[i] == b'-') {
        i += 1;
    }
    if i == 0 || i >= b.len() || !is_space(b[i]) {
        return None;
    }
    let var = &m[..i];
    let j = skip_space(b, i);
    if !m[j..].starts_with("in") || j + 2 >= b.len() || !is_space(b[j + 2]) {
        return None;
    }
    let k = skip_space(b, j + 2);
    let e = qf_plus_at(b, k)?;
    let coll = &m[k..e];
    let r = skip_space(b, e);
    let reversed = m[r..].starts_with("reversed");
    let mut tag = ForTag {
        span: (0, 0),
        var: var.to_string(),
        collection: parse_expression(coll),
        reversed,
        limit: None,
        offset: None,
        offset_continue: false,
        name: format!("{var}-{coll}"),
        body: Vec::new(),
        else_body: None,
    };
    for (key, value) in tag_attributes(m) {
        match key.as_str() {
            "offset" if value == "continue" => {
                tag.offset_continue = true;
                tag.offset = None;
            }
            "offset" => {
                tag.offset_continue = false;
                tag.offset = Some(parse_expression(&value));
            }
            "limit" => tag.limit = Some(parse_expression(&value)),
            _ => {}
        }
    }
    Some(tag)
}

/// `(\w+)\s+in\s+(QuotedFragment+)`, searched.
fn tablerow_parts(m: &str) -> Option<(String, Expr)> {
    let b = m.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if is_word(b[i]) {
            let s = i;
            while i < b.len() && is_word(b[i]) {
                i += 1;
            }
            let j = skip_space(b, i);
            if j > i && m[j..].starts_with("in") {
                let k = skip_space(b, j + 2);
                if k > j + 2
                    && let Some(e) = qf_plus_at(b, k)
                {
                    return Some((m[s..i].to_string(), parse_expression(&m[k..e])));
                }
            }
        } else {
            i += 1;
        }
    }
    None
}

/// `when a, b or c`.
fn when_values(m: &str) -> Option<Vec<Expr>> {
    let mut out = Vec::new();
    let mut rest = m;
    loop {
        let b = rest.as_bytes();
        let (s, e) = qf_search(b, 0)?;
        out.push(condition_expression(&rest[s..e]));
        // (?:\s+or\s+|\s*,\s*)(QuotedFragment.*)
        let mut j = skip_space(b, e);
        let sep = if j < b.len() && b[j] == b',' {
            j = skip_space(b, j + 1);
            true
        } else if j > e && rest[j..].starts_with("or") && j + 2 < b.len() && is_space(b[j + 2]) {
            j = skip_space(b, j + 2);
            true
        } else {
            false
        };
        if !sep || qf_search(b, j).is_none_or(|(qs, _)| qs != j) {
            return Some(out);
        }
        rest = &rest[j..];
    }
}

fn cycle_parts(m: &str) -> Option<(Option<Expr>, Vec<Expr>)> {
    let b = m.as_bytes();
    let e = qf_at(b, 0)?;
    let values_from = |s: &str| -> Vec<Expr> {
        s.split(',')
            .filter_map(|piece| qf_search(piece.as_bytes(), 0).map(|(a, z)| parse_expression(&piece[a..z])))
            .collect()
    };
    // NamedSyntax: \A(QuotedFragment)\s*\:\s*(.*) — the longest fragment prefix followed by `:`.
    let j = skip_space(b, e);
    if j < b.len() && b[j] == b':' {
        return Some((Some(parse_expression(&m[..e])), values_from(&m[j + 1..])));
    }
    if let Some(c) = last_colon_outside_quotes(&m[..e])
        && c > 0
    {
        return Some((Some(parse_expression(&m[..c])), values_from(&m[c + 1..])));
    }
    Some((None, values_from(m)))
}

fn last_colon_outside_quotes(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut last = None;
    while i < b.len() {
        match b[i] {
            b'"' | b'\'' => i = closing_quote(b, i).unwrap_or(i) + 1,
            b':' => {
                last = Some(i);
                i += 1;
            }
            _ => i += 1,
        }
    }
    last
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

    #[test]
    fn tokens_end_where_the_gem_ends_them() {
        let toks = tokenize("a{{ x }}b{% if y -%}c{{ '}' }}");
        assert!(matches!(toks[1], Tok::Var { markup: " x ", .. }));
        assert!(matches!(toks[3], Tok::Tag { name: "if", markup: "y ", rstrip: true, .. }));
        // `{{ '}` ends at the first `}`: the gem reports it as unterminated.
        assert!(matches!(toks[5], Tok::Bad { .. }));
    }
}
