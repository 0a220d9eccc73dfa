//! The tags: each tag's markup and, for blocks, their bodies and branches.

use super::ast::{Condition, Expr, ForTag, Node};
use super::expr::{condition_expression, parse_condition, parse_expression, parse_output, tag_attributes};
use super::lexer::{closing_quote, endraw_prefix, qf_at, qf_plus_at, qf_search, skip_space, tok_text};
use super::{Body, PResult, ParseError, Parser, Stream, err};
use crate::templates::ruby::{is_space, is_word, ruby_strip};

impl<'s> Parser<'s> {
    /// One tag: `Ok(None)` when the name is not a known tag (ends the current body).
    pub(super) fn parse_tag(
        &mut self,
        s: &mut Stream<'s>,
        name: &'s str,
        markup: &'s str,
        start: usize,
        end: usize,
    ) -> PResult<Option<(Node, bool)>> {
        let span = (start, end);
        let node = match name {
            "assign" => parse_assign(markup, span)?,
            "capture" => self.parse_capture(s, markup, span)?,
            "if" | "unless" => self.parse_if(s, name, markup, span)?,
            "case" => self.parse_case(s, markup, span)?,
            "for" => self.parse_for(s, markup, span)?,
            "tablerow" => self.parse_tablerow(s, markup, span)?,
            "ifchanged" => {
                let mut nodes = Vec::new();
                let blank = self.parse_block(s, "ifchanged", span, |_| Ok(false), |b| nodes = b.nodes)?;
                (Node::Ifchanged(nodes), blank)
            }
            "comment" => {
                self.parse_block(s, "comment", span, |_| Ok(true), |_| {})?;
                (Node::Nothing, true)
            }
            "raw" => self.parse_raw(s, markup, span)?,
            "#" => parse_inline_comment(markup, span)?,
            "cycle" => parse_cycle(markup, span)?,
            "increment" => (Node::Increment(ruby_strip(markup).to_string()), false),
            "decrement" => (Node::Decrement(ruby_strip(markup).to_string()), false),
            "break" => (Node::Break, false),
            "continue" => (Node::Continue, false),
            "echo" => (Node::Echo(parse_output(markup, start, end)), false),
            "include" | "render" => parse_include(name, markup, span)?,
            _ => return Ok(None),
        };
        Ok(Some(node))
    }

    fn parse_capture(
        &mut self,
        s: &mut Stream<'s>,
        markup: &'s str,
        span: (usize, usize),
    ) -> PResult<(Node, bool)> {
        let Some(to) = signature_run(markup) else {
            return err("syntax error in 'capture' - valid syntax: capture [var]", span.0, span.1);
        };
        let mut nodes = Vec::new();
        self.parse_block(s, "capture", span, |_| Ok(false), |b| nodes = b.nodes)?;
        Ok((Node::Capture { name: to.to_string(), body: nodes }, true))
    }

    fn parse_tablerow(
        &mut self,
        s: &mut Stream<'s>,
        markup: &'s str,
        span: (usize, usize),
    ) -> PResult<(Node, bool)> {
        let Some((var, coll)) = tablerow_parts(markup) else {
            return err(
                "syntax error in 'table_row loop' - valid syntax: table_row [item] in [collection] cols=3",
                span.0,
                span.1,
            );
        };
        let attrs = tag_attributes(markup).into_iter().map(|(k, v)| (k, parse_expression(&v))).collect();
        let mut nodes = Vec::new();
        let blank = self.parse_block(s, "tablerow", span, |_| Ok(false), |b| nodes = b.nodes)?;
        Ok((Node::Tablerow { var, collection: coll, attrs, body: nodes }, blank))
    }

    /// `raw`: the source text up to `endraw`, token boundaries and all.
    fn parse_raw(
        &mut self,
        s: &mut Stream<'s>,
        markup: &'s str,
        span: (usize, usize),
    ) -> PResult<(Node, bool)> {
        if !markup.bytes().all(is_space) {
            return err("syntax error in 'raw' - valid syntax: raw", span.0, span.1);
        }
        let mut text = String::new();
        loop {
            if s.i >= s.toks.len() {
                return err("'raw' tag was never closed", span.0, span.1);
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
        Ok((if blank { Node::Nothing } else { Node::Text(text) }, blank))
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

fn parse_assign(markup: &str, (start, end): (usize, usize)) -> PResult<(Node, bool)> {
    let Some((to, rest)) = assign_parts(markup) else {
        return err("syntax error in 'assign' - valid syntax: assign [var] = [source]", start, end);
    };
    Ok((Node::Assign { name: to.to_string(), value: parse_output(rest, start, end) }, true))
}

/// `{% # … %}`: every further line of the comment must start with `#`.
fn parse_inline_comment(markup: &str, (start, end): (usize, usize)) -> PResult<(Node, bool)> {
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
    Ok((Node::Nothing, true))
}

fn parse_cycle(markup: &str, (start, end): (usize, usize)) -> PResult<(Node, bool)> {
    let (name, values) = cycle_parts(markup).ok_or_else(|| ParseError {
        message: "syntax error in 'cycle' - valid syntax: cycle [name :] var [, var2, var3 ...]".into(),
        start,
        end,
    })?;
    // Unnamed cycles share state when their values are the same literals (as in the gem).
    let key = if name.is_none() {
        let all_lit = values.iter().all(|v| matches!(v, Expr::Lit(_)));
        if all_lit { format!("{values:?}") } else { format!("@{start}") }
    } else {
        String::new()
    };
    Ok((Node::Cycle { name, key, values }, false))
}

/// `include` / `render`: parsed, but they fail when rendered (there is no file system).
fn parse_include(name: &str, markup: &str, (start, end): (usize, usize)) -> PResult<(Node, bool)> {
    let b = markup.as_bytes();
    if name == "render" && !matches!(b.get(skip_space(b, 0)), Some(b'"' | b'\'')) {
        return err("syntax error in tag 'render' - template name must be a quoted string", start, end);
    }
    Ok((Node::Unsupported { tag: name.to_string(), start, end }, false))
}

/// Assign's `(VariableSignature+)\s*=\s*(.*)\s*`, searched.
fn assign_parts(m: &str) -> Option<(&str, &str)> {
    let b = m.as_bytes();
    find_run(b, is_signature, |s, i| {
        let j = skip_space(b, i);
        (j < b.len() && b[j] == b'=').then(|| (&m[s..i], &m[skip_space(b, j + 1)..]))
    })
}

/// A regex search for `run+ rest` done by hand: `at(start, end)` is asked about each longest
/// run of bytes in `run`, left to right, and the first answer wins.
fn find_run<T>(
    b: &[u8],
    run: impl Fn(u8) -> bool,
    mut at: impl FnMut(usize, usize) -> Option<T>,
) -> Option<T> {
    let mut i = 0;
    while i < b.len() {
        if run(b[i]) {
            let s = i;
            while i < b.len() && run(b[i]) {
                i += 1;
            }
            if let Some(found) = at(s, i) {
                return Some(found);
            }
        } else {
            i += 1;
        }
    }
    None
}

/// The first run of `VariableSignature` bytes.
fn signature_run(m: &str) -> Option<&str> {
    find_run(m.as_bytes(), is_signature, |s, e| Some(&m[s..e]))
}

/// Ruby Liquid's `VariableSignature`: `\(?[\w\-\.\[\]]\)?`, one byte at a time.
fn is_signature(c: u8) -> bool {
    is_word(c) || b"-.[]()".contains(&c)
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
    find_run(b, is_word, |s, i| {
        let j = skip_space(b, i);
        if j == i || !m[j..].starts_with("in") {
            return None;
        }
        let k = skip_space(b, j + 2);
        if k == j + 2 {
            return None;
        }
        let e = qf_plus_at(b, k)?;
        Some((m[s..i].to_string(), parse_expression(&m[k..e])))
    })
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
