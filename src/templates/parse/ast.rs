//! The syntax tree the parser builds and the renderer walks.

use super::super::filters::FilterFn;

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
