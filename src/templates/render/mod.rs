//! The interpreter: scopes, `forloop`, interrupts and the tags' run-time behaviour.

use std::collections::HashMap;

use serde_json::{Map, Value as Json};

mod loops;

use super::filters;
use super::parse::{Cond, Condition, Expr, Filter, Key, Lit, Name, Node, Output, VarLookup};
use super::value::Value;

/// A small map for scopes and registers: linear search beats hashing at these sizes.
struct VarMap<'a, V>(Vec<(&'a str, V)>);

impl<'a, V> VarMap<'a, V> {
    fn new() -> Self {
        VarMap(Vec::new())
    }
    fn get(&self, k: &str) -> Option<&V> {
        self.0.iter().rev().find(|(n, _)| *n == k).map(|(_, v)| v)
    }
    fn insert(&mut self, k: &'a str, v: V) {
        match self.0.iter_mut().find(|(n, _)| *n == k) {
            Some(slot) => slot.1 = v,
            None => self.0.push((k, v)),
        }
    }
}

/// A render error: message and the byte range of the tag or output that failed.
pub(crate) struct RenderError {
    pub message: String,
    pub start: usize,
    pub end: usize,
}

type RResult<T> = Result<T, String>;

/// Resource limits, like those Shopify sets on Ruby Liquid's `ResourceLimits` (the gem's default
/// is none): a template from an API user must not hold a delivery worker for minutes or fill its
/// memory (`{% for i in (1..1000000000) %}`, an `append` doubling in a loop).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    /// Nodes rendered plus loop iterations.
    pub steps: u64,
    /// The largest output, or string or array kept in a variable (bytes; an array item counts
    /// [`ITEM_BYTES`]).
    pub size: usize,
}

impl Limits {
    /// Far above what any real body template needs.
    pub(crate) const DEFAULT: Limits = Limits { steps: 10_000_000, size: 16 << 20 };
}

/// What one array item counts for against the size limit: its own memory at least, so the
/// default limit allows [`filters::MAX_ITEMS`] items.
const ITEM_BYTES: usize = 16;

enum Interrupt {
    Break,
    Continue,
}

pub(crate) struct Renderer<'a> {
    globals: &'a Map<String, Json>,
    /// `increment` / `decrement` counters: Ruby keeps them in the globals' environment.
    counters: VarMap<'a, Value<'a>>,
    scopes: Vec<VarMap<'a, Value<'a>>>,
    cycles: HashMap<String, usize>,
    for_offsets: VarMap<'a, i64>,
    ifchanged: Option<String>,
    interrupt: Option<Interrupt>,
    for_stack: Vec<Value<'a>>,
    /// The span of the node being rendered (for error positions).
    span: (usize, usize),
    /// Nodes and loop iterations left before the step limit is reached.
    steps_left: u64,
    size_limit: usize,
}

impl<'a> Renderer<'a> {
    pub(crate) fn new(globals: &'a Map<String, Json>, limits: Limits) -> Self {
        Renderer {
            globals,
            counters: VarMap::new(),
            scopes: vec![VarMap::new()],
            cycles: HashMap::new(),
            for_offsets: VarMap::new(),
            ifchanged: None,
            interrupt: None,
            for_stack: Vec::new(),
            span: (0, 0),
            steps_left: limits.steps,
            size_limit: limits.size,
        }
    }

    /// Counts one step (a node or a loop iteration) and checks the output so far.
    fn step(&mut self, out: &str) -> RResult<()> {
        if out.len() > self.size_limit {
            return Err(filters::LIMIT_MESSAGE.into());
        }
        self.tick()
    }

    /// Counts one step that writes nothing (a filter applied).
    fn tick(&mut self) -> RResult<()> {
        if self.steps_left == 0 {
            return Err(filters::LIMIT_MESSAGE.into());
        }
        self.steps_left -= 1;
        Ok(())
    }

    /// Refuses a value over the size limit before it is kept in a variable.
    fn check_size(&self, v: &Value<'_>) -> RResult<()> {
        let size = v
            .as_str()
            .map(str::len)
            .or_else(|| v.array_len().map(|n| n.saturating_mul(ITEM_BYTES)))
            .unwrap_or(0);
        if size > self.size_limit { Err(filters::LIMIT_MESSAGE.into()) } else { Ok(()) }
    }

    pub(crate) fn render(&mut self, nodes: &'a [Node], out: &mut String) -> Result<(), RenderError> {
        self.render_nodes(nodes, out).map_err(|message| RenderError {
            message,
            start: self.span.0,
            end: self.span.1,
        })
    }

    fn render_nodes(&mut self, nodes: &'a [Node], out: &mut String) -> RResult<()> {
        for node in nodes {
            self.render_node(node, out)?;
            if self.interrupt.is_some() {
                break;
            }
        }
        Ok(())
    }

    fn render_node(&mut self, node: &'a Node, out: &mut String) -> RResult<()> {
        self.step(out)?;
        match node {
            Node::Text(t) => out.push_str(t),
            Node::Output(o) | Node::Echo(o) => {
                self.span = (o.start, o.end);
                let v = self.eval_output(o)?;
                v.write_to(out);
            }
            Node::Assign { name, value } => {
                self.span = (value.start, value.end);
                let v = self.eval_output(value)?;
                self.check_size(&v)?;
                self.scopes[0].insert(name, v);
            }
            Node::Capture { name, body } => {
                let mut buf = String::new();
                self.render_nodes(body, &mut buf)?;
                self.step(&buf)?;
                self.scopes[0].insert(name, Value::string(buf));
            }
            Node::If { blocks, unless } => {
                for (i, (cond, body)) in blocks.iter().enumerate() {
                    let hit = match cond {
                        None => true,
                        Some(c) => {
                            let t = self.eval_condition(c)?;
                            if i == 0 && *unless { !t } else { t }
                        }
                    };
                    if hit {
                        return self.render_nodes(body, out);
                    }
                }
            }
            Node::Case { left, blocks, bodies } => {
                let mut run_else = true;
                for (when, body) in blocks {
                    let body = bodies.get(*body).map(Vec::as_slice).unwrap_or(&[]);
                    match when {
                        None => {
                            if run_else {
                                self.render_nodes(body, out)?;
                            }
                        }
                        Some(right) => {
                            let l = self.eval(left)?;
                            let r = self.eval(right)?;
                            if equal(&l, &r) {
                                run_else = false;
                                self.render_nodes(body, out)?;
                            }
                        }
                    }
                }
            }
            Node::For(f) => self.render_for(f, out)?,
            Node::Tablerow { var, collection, attrs, body } => {
                self.render_tablerow(var, collection, attrs, body, out)?;
            }
            Node::Cycle { name, key, values } => {
                let key = match name {
                    Some(e) => format!("n:{}", self.eval(e)?.to_s()),
                    None => key.clone(),
                };
                let n = self.cycles.get(&key).copied().unwrap_or(0);
                if let Some(e) = values.get(n) {
                    self.eval(e)?.write_to(out);
                }
                let next = if n + 1 >= values.len() { 0 } else { n + 1 };
                self.cycles.insert(key, next);
            }
            Node::Increment(name) | Node::Decrement(name) => {
                let cur = match self.counters.get(name.as_str()) {
                    Some(v) => v.clone(),
                    None => self.globals.get(name.as_str()).map(Value::from_json).unwrap_or(Value::Nil),
                };
                let cur = if cur.truthy() { cur } else { Value::Int(0) };
                let Value::Int(i) = cur else {
                    return Err(format!("undefined method for {}", cur.class_name()));
                };
                if matches!(node, Node::Increment(_)) {
                    out.push_str(&i.to_string());
                    self.counters.insert(name, Value::Int(i.saturating_add(1)));
                } else {
                    let d = i.saturating_sub(1);
                    out.push_str(&d.to_string());
                    self.counters.insert(name, Value::Int(d));
                }
            }
            Node::Break => self.interrupt = Some(Interrupt::Break),
            Node::Continue => self.interrupt = Some(Interrupt::Continue),
            Node::Ifchanged(body) => {
                let mut buf = String::new();
                self.render_nodes(body, &mut buf)?;
                if self.ifchanged.as_deref() != Some(buf.as_str()) {
                    out.push_str(&buf);
                    self.ifchanged = Some(buf);
                }
            }
            Node::Unsupported { tag, start, end } => {
                self.span = (*start, *end);
                return Err(format!(
                    "the '{tag}' tag needs a file system, which webhook templates do not have"
                ));
            }
            Node::Nothing => {}
        }
        Ok(())
    }

    fn eval_output(&mut self, o: &'a Output) -> RResult<Value<'a>> {
        let mut v = match &o.expr {
            Some(e) => self.eval(e)?,
            None => Value::Nil,
        };
        for f in &o.filters {
            v = self.apply_filter(f, v)?;
            // A chain can grow a value geometrically (`| json | json …` doubles backslashes).
            self.tick()?;
            self.check_size(&v)?;
        }
        Ok(v)
    }

    fn apply_filter(&mut self, f: &'a Filter, input: Value<'a>) -> RResult<Value<'a>> {
        let Some(func) = f.func else {
            return Ok(input);
        };
        let mut args = Vec::with_capacity(f.args.len() + 1);
        for a in &f.args {
            args.push(self.eval(a)?);
        }
        if !f.kwargs.is_empty() {
            let mut pairs = Vec::with_capacity(f.kwargs.len());
            for (k, e) in &f.kwargs {
                pairs.push((k.as_str(), self.eval(e)?));
            }
            args.push(filters::kwargs_object(pairs));
        }
        func(input, &args)
    }

    pub(crate) fn eval(&mut self, e: &'a Expr) -> RResult<Value<'a>> {
        Ok(match e {
            Expr::Lit(l) => match l {
                Lit::Nil => Value::Nil,
                Lit::Bool(b) => Value::Bool(*b),
                Lit::Int(i) => Value::Int(*i),
                Lit::Float(f) => Value::Float(*f),
                Lit::Str(s) => Value::Str(s),
                Lit::Range(a, b) => Value::Range(*a, *b),
            },
            Expr::Range(a, b) => {
                let a = range_end(self.eval(a)?)?;
                let b = range_end(self.eval(b)?)?;
                Value::Range(a, b)
            }
            Expr::Var(v) => self.lookup(v)?,
            Expr::Empty => Value::Empty,
            Expr::Blank => Value::Blank,
        })
    }

    fn find_variable(&self, name: &str) -> Value<'a> {
        for scope in self.scopes.iter().rev() {
            if let Some(v) = scope.get(name) {
                return v.clone();
            }
        }
        if let Some(v) = self.counters.get(name) {
            return v.clone();
        }
        self.globals.get(name).map(Value::from_json).unwrap_or(Value::Nil)
    }

    fn lookup(&mut self, v: &'a VarLookup) -> RResult<Value<'a>> {
        let mut obj = match &v.name {
            None => return Ok(Value::Nil),
            Some(Name::Str(s)) => self.find_variable(s),
            Some(Name::Expr(e)) => {
                let n = self.eval(e)?;
                match n.as_str() {
                    Some(s) => self.find_variable(s),
                    None => Value::Nil,
                }
            }
        };
        for key in &v.lookups {
            let (k, command) = match key {
                Key::Name(s, c) => (Value::Str(s), *c),
                Key::Expr(e) => (self.eval(e)?, false),
            };
            obj = match index(&obj, &k, command) {
                Some(x) => x,
                None => return Ok(Value::Nil),
            };
        }
        Ok(obj)
    }

    fn eval_condition(&mut self, c: &'a Condition) -> RResult<bool> {
        self.span = c.span;
        // a op1 (b op2 (c ...)), evaluated left to right with short-circuit.
        for (i, part) in c.parts.iter().enumerate() {
            let r = self.eval_cond(part)?;
            match c.ops.get(i) {
                None => return Ok(r),
                Some(true) if !r => return Ok(false),
                Some(false) if r => return Ok(true),
                _ => {}
            }
        }
        Ok(false)
    }

    fn eval_cond(&mut self, c: &'a Cond) -> RResult<bool> {
        let left = self.eval(&c.left)?;
        let Some(op) = &c.op else {
            return Ok(left.truthy());
        };
        let right = match &c.right {
            Some(r) => self.eval(r)?,
            None => Value::Nil,
        };
        Ok(match op.as_str() {
            "==" => equal(&left, &right),
            "!=" | "<>" => !equal(&left, &right),
            "<" | ">" | "<=" | ">=" => {
                let comparable = |v: &Value<'_>| v.is_number() || v.as_str().is_some();
                if !comparable(&left) || !comparable(&right) {
                    return Ok(false);
                }
                let Some(o) = left.ruby_cmp(&right) else {
                    let what =
                        if left.is_number() { right.class_name().to_string() } else { inspect(&right) };
                    return Err(format!("comparison of {} with {what} failed", left.class_name()));
                };
                match op.as_str() {
                    "<" => o.is_lt(),
                    ">" => o.is_gt(),
                    "<=" => o.is_le(),
                    _ => o.is_ge(),
                }
            }
            "contains" => {
                if !left.truthy() || !right.truthy() {
                    return Ok(false);
                }
                if let Some(s) = left.as_str() {
                    s.contains(right.to_s().as_ref())
                } else if left.is_array() {
                    left.array_items().unwrap_or_default().iter().any(|x| x.ruby_eq(&right))
                } else if left.is_hash() {
                    left.hash_get(&right).is_some()
                } else if let Value::Range(a, b) = left {
                    match right {
                        Value::Int(i) => a <= i && i <= b,
                        Value::Float(f) => a as f64 <= f && f <= b as f64,
                        _ => false,
                    }
                } else {
                    false
                }
            }
            other => return Err(format!("unknown operator {other}")),
        })
    }
}

fn inspect(v: &Value<'_>) -> String {
    let mut s = String::new();
    v.inspect_into(&mut s);
    s
}

/// `==` with the `empty` / `blank` method literals.
fn equal(l: &Value<'_>, r: &Value<'_>) -> bool {
    let empty = |v: &Value<'_>| match v {
        Value::Str(_) | Value::OStr(_) => v.as_str().is_some_and(str::is_empty),
        _ => v.array_len().or_else(|| v.hash_len()).is_some_and(|n| n == 0),
    };
    match (l, r) {
        (Value::Empty, x) | (x, Value::Empty) => empty(x),
        // Plain Ruby has no `blank?`, so comparing with `blank` is never true.
        (Value::Blank, _) | (_, Value::Blank) => false,
        _ => l.ruby_eq(r),
    }
}

fn to_i(v: &Value<'_>) -> i64 {
    match v {
        Value::Int(i) => *i,
        Value::Float(f) => *f as i64,
        Value::Str(_) | Value::OStr(_) => super::ruby::ruby_to_i(v.as_str().unwrap_or("")),
        _ => 0,
    }
}

fn range_end(v: Value<'_>) -> RResult<i64> {
    match v {
        Value::Int(i) => Ok(i),
        Value::Nil | Value::Str(_) | Value::OStr(_) => Ok(to_i(&v)),
        other => filters::to_integer(&other),
    }
}

/// One lookup step: `obj[key]`, or `size` / `first` / `last` as methods.
fn index<'a>(obj: &Value<'a>, key: &Value<'a>, command: bool) -> Option<Value<'a>> {
    if let Value::Forloop(f) = obj {
        return Some(key.as_str().map_or(Value::Nil, |k| f.get(k)));
    }
    if obj.is_hash() {
        if let Some(v) = obj.hash_get(key) {
            return Some(v);
        }
        if let Value::Int(_) = key {
            return Some(Value::Nil);
        }
    } else if obj.is_array()
        && let Value::Int(i) = key
    {
        let n = obj.array_len().unwrap_or(0) as i64;
        let i = if *i < 0 { n + i } else { *i };
        return Some(if i < 0 || i >= n {
            Value::Nil
        } else {
            obj.array_get(i as usize).unwrap_or(Value::Nil)
        });
    }
    if command {
        return match key.as_str() {
            Some("size") => filters::size_of(obj).map(Value::Int),
            Some("first") => filters::first_of(obj),
            Some("last") => filters::last_of(obj),
            _ => None,
        };
    }
    None
}
