//! The loop tags: `for` (with `forloop`, `offset: continue`, `limit`, `reversed`, `else`) and
//! `tablerow` (with `tablerowloop` and `cols`).

use std::rc::Rc;

use super::{Interrupt, RResult, Renderer, VarMap, to_i};
use crate::templates::filters;
use crate::templates::parse::{Expr, ForTag, Node};
use crate::templates::segment::slice_collection;
use crate::templates::value::{Forloop, Value};

impl<'a> Renderer<'a> {
    pub(super) fn render_for(&mut self, f: &'a ForTag, out: &mut String) -> RResult<()> {
        self.span = f.span;
        let from = if f.offset_continue {
            self.for_offsets.get(f.name.as_str()).copied().unwrap_or(0)
        } else {
            match &f.offset {
                None => 0,
                Some(e) => match self.eval(e)? {
                    Value::Nil => 0,
                    v => filters::to_integer(&v)?,
                },
            }
        };
        let collection = self.eval(&f.collection)?;
        let to = match &f.limit {
            None => None,
            Some(e) => match self.eval(e)? {
                Value::Nil => None,
                v => Some(filters::to_integer(&v)?.saturating_add(from)),
            },
        };
        let mut segment = slice_collection(&collection, from, to);
        if f.reversed {
            segment.reverse();
        }
        self.for_offsets.insert(&f.name, from.saturating_add(segment.len() as i64));
        if segment.is_empty() {
            if let Some(e) = &f.else_body {
                self.render_nodes(e, out)?;
            }
            return Ok(());
        }
        let parent = self.for_stack.last().cloned().unwrap_or(Value::Nil);
        let len = segment.len() as i64;
        let state = Rc::new(Forloop { name: &f.name, length: len, index0: std::cell::Cell::new(0), parent });
        let forloop = Value::Forloop(state.clone());
        self.for_stack.push(forloop.clone());
        self.scopes.push(VarMap::new());
        let result = (|| -> RResult<()> {
            for (i, item) in segment.into_iter().enumerate() {
                self.step(out)?;
                state.index0.set(i as i64);
                let top = self.scopes.len() - 1;
                self.scopes[top].insert("forloop", forloop.clone());
                self.scopes[top].insert(&f.var, item);
                self.render_nodes(&f.body, out)?;
                match self.interrupt.take() {
                    Some(Interrupt::Break) => break,
                    Some(Interrupt::Continue) | None => {}
                }
            }
            Ok(())
        })();
        self.scopes.pop();
        self.for_stack.pop();
        result?;
        Ok(())
    }

    pub(super) fn render_tablerow(
        &mut self,
        var: &'a str,
        collection: &'a Expr,
        attrs: &'a [(String, Expr)],
        body: &'a [Node],
        out: &mut String,
    ) -> RResult<()> {
        let attr = |k: &str| attrs.iter().find(|(n, _)| n == k).map(|(_, e)| e);
        let coll = self.eval(collection)?;
        if coll.is_nil() {
            return Ok(());
        }
        let from = match attr("offset") {
            Some(e) => to_i(&self.eval(e)?),
            None => 0,
        };
        let to = match attr("limit") {
            Some(e) => Some(from.saturating_add(to_i(&self.eval(e)?))),
            None => None,
        };
        let cols = match attr("cols") {
            Some(e) => to_i(&self.eval(e)?),
            None => 0,
        };
        let items = slice_collection(&coll, from, to);
        let len = items.len() as i64;
        out.push_str("<tr class=\"row1\">\n");
        self.scopes.push(VarMap::new());
        let result = (|| -> RResult<()> {
            for (i, item) in items.into_iter().enumerate() {
                self.step(out)?;
                let i = i as i64;
                let (col0, row) = if cols > 0 { (i % cols, i / cols + 1) } else { (i, 1) };
                let col_last = if cols > 0 { col0 == cols - 1 } else { i == len - 1 };
                let lp = Value::Object(Rc::new(vec![
                    ("length", Value::Int(len)),
                    ("index", Value::Int(i + 1)),
                    ("index0", Value::Int(i)),
                    ("rindex", Value::Int(len - i)),
                    ("rindex0", Value::Int(len - i - 1)),
                    ("first", Value::Bool(i == 0)),
                    ("last", Value::Bool(i == len - 1)),
                    ("col", Value::Int(col0 + 1)),
                    ("col0", Value::Int(col0)),
                    ("col_first", Value::Bool(col0 == 0)),
                    ("col_last", Value::Bool(col_last)),
                    ("row", Value::Int(row)),
                ]));
                let top = self.scopes.len() - 1;
                self.scopes[top].insert("tablerowloop", lp);
                self.scopes[top].insert(var, item);
                out.push_str(&format!("<td class=\"col{}\">", col0 + 1));
                self.render_nodes(body, out)?;
                self.interrupt = None;
                out.push_str("</td>");
                if col_last && i != len - 1 {
                    out.push_str(&format!("</tr>\n<tr class=\"row{}\">", row + 1));
                }
            }
            Ok(())
        })();
        self.scopes.pop();
        result?;
        out.push_str("</tr>\n");
        Ok(())
    }
}
