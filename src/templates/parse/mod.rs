//! Tokenizer and parser, following Ruby Liquid 5's default ("lax") parsing: the same token
//! boundaries, the same regular-expression-shaped markup rules, the same syntax errors.
//!
//! `lexer` cuts the source into tokens, `expr` parses expressions, filter chains and
//! conditions, `tags` parses each tag; this module drives them over the token stream.

mod ast;
mod expr;
mod lexer;
mod tags;

pub(crate) use ast::{Cond, Condition, Expr, Filter, ForTag, Key, Lit, Name, Node, Output, VarLookup};
use expr::parse_output;
use lexer::{Tok, liquid_stream, tokenize};

use crate::templates::ruby::{is_space, ruby_ws};

/// A parse error: message and the byte range of the offending token.
#[derive(Debug)]
pub(crate) struct ParseError {
    pub message: String,
    pub start: usize,
    pub end: usize,
}

type PResult<T> = Result<T, ParseError>;

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
}
