//! The output layer: data goes to stdout (table or JSON), everything else to stderr.

mod rows;
mod table;

use std::io::{IsTerminal, Write};

use clap::ValueEnum;
use serde_json::Value;

pub use rows::{HasId, PageOf, RowSink, WriteError};
pub use table::{Grid, TableOptions, configure as configure_tables, options as table_options};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Human-readable tables and text.
    Table,
    /// One stable JSON document (or one JSON line per event for streams).
    Json,
    /// Listings only: one id per line.
    Ids,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// What every command gets besides its own arguments: how to talk to the user.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub output: OutputFormat,
    /// False when `--no-input` was given or stdin is not a terminal: never prompt then.
    pub interactive: bool,
    /// Colour on stderr.
    pub color: bool,
    /// Colour on stdout (`demo`'s story): `--color always`, or `auto` with stdout a terminal.
    pub stdout_color: bool,
    pub quiet: bool,
    pub verbose: u8,
}

impl Ctx {
    pub fn new(output: OutputFormat, no_input: bool, color: ColorChoice, quiet: bool, verbose: u8) -> Self {
        let interactive = !no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
        let auto = |on_terminal: bool| match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && on_terminal,
        };
        let stdout_color = auto(std::io::stdout().is_terminal());
        Ctx {
            output,
            interactive,
            color: auto(std::io::stderr().is_terminal()),
            stdout_color,
            quiet,
            verbose,
        }
    }

    pub fn is_json(&self) -> bool {
        self.output == OutputFormat::Json
    }

    /// A status line about a table (a count, "nothing matches"): on stderr, and only under a
    /// table, since JSON and id listings speak for themselves.
    pub fn table_note(&self, msg: impl AsRef<str>) {
        if self.output == OutputFormat::Table {
            self.info(msg);
        }
    }

    /// Progress and status lines on stderr; silenced by `--quiet`.
    pub fn info(&self, msg: impl AsRef<str>) {
        if !self.quiet {
            eprintln!("{}", msg.as_ref());
        }
    }

    /// Detail shown with `-v`.
    pub fn debug(&self, msg: impl AsRef<str>) {
        if self.verbose > 0 && !self.quiet {
            eprintln!("{}", self.paint("2", msg.as_ref()));
        }
    }

    /// Warnings always reach stderr, even with `--quiet`.
    pub fn warn(&self, msg: impl AsRef<str>) {
        eprintln!("{} {}", self.paint("33;1", "warning:"), msg.as_ref());
    }

    /// Wraps text in an ANSI style when colour is on.
    pub fn paint(&self, sgr: &str, text: &str) -> String {
        if self.color { format!("\x1b[{sgr}m{text}\x1b[0m") } else { text.to_string() }
    }
}

/// Something a command prints as its result: a table/text form, a JSON form, and the ids it
/// is about (for `--output ids`; the text form unless the value says otherwise).
pub trait Render {
    fn json(&self) -> Value;
    fn text(&self) -> String;
    fn ids(&self) -> String {
        self.text()
    }
}

/// A value whose two forms are made up front (stream events, one-off results).
pub struct Shown {
    pub json: Value,
    pub text: String,
}

impl Render for Shown {
    fn json(&self) -> Value {
        self.json.clone()
    }
    fn text(&self) -> String {
        self.text.clone()
    }
}

/// `"s"` unless `n` is one: `format!("{n} error{}", plural(n))`.
pub fn plural<N: PartialEq + From<u8>>(n: N) -> &'static str {
    if n == N::from(1) { "" } else { "s" }
}

/// Prints a result to stdout in the chosen format.
pub fn emit<R: Render + ?Sized>(ctx: &Ctx, value: &R) {
    let out = match ctx.output {
        OutputFormat::Json => serde_json::to_string_pretty(&value.json()).unwrap_or_default() + "\n",
        format => {
            let mut t = if format == OutputFormat::Ids { value.ids() } else { value.text() };
            if !t.is_empty() && !t.ends_with('\n') {
                t.push('\n');
            }
            t
        }
    };
    write_stdout(out.as_bytes());
}

/// Writes to stdout, ignoring a closed pipe (`| head`).
pub fn write_stdout(bytes: &[u8]) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(bytes);
    let _ = out.flush();
}

/// Prints a result whose text form is written byte for byte (a rendered body: no newline added).
pub fn emit_exact<R: Render + ?Sized>(ctx: &Ctx, value: &R) {
    match ctx.output {
        OutputFormat::Json => emit(ctx, value),
        OutputFormat::Ids => write_stdout(value.ids().as_bytes()),
        OutputFormat::Table => write_stdout(value.text().as_bytes()),
    }
}

/// Prints one event of a stream: a single JSON line, or its text form (ids form) as it is.
pub fn emit_line<R: Render + ?Sized>(ctx: &Ctx, value: &R) {
    match ctx.output {
        OutputFormat::Json => json_line(&value.json()),
        OutputFormat::Ids => write_stdout(value.ids().as_bytes()),
        OutputFormat::Table => write_stdout(value.text().as_bytes()),
    }
}

/// Prints one line of a result as it comes (bulk operations): its text or ids form; JSON output
/// gets the whole result at the end instead.
pub fn progress_line<R: Render + ?Sized>(ctx: &Ctx, value: &R) {
    match ctx.output {
        OutputFormat::Json => {}
        OutputFormat::Ids => write_stdout(value.ids().as_bytes()),
        OutputFormat::Table => write_stdout(value.text().as_bytes()),
    }
}

/// Prints one JSON value as a single line (for streams).
pub fn json_line(value: &Value) {
    let mut s = serde_json::to_string(value).unwrap_or_default();
    s.push('\n');
    write_stdout(s.as_bytes());
}

/// A table with the house style: ids and topics never cut or wrapped (see `table.rs`).
pub fn table(headers: &[&str]) -> Grid {
    Grid::new(headers)
}
