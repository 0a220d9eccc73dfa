//! `hookctl render`: renders a body, data-validation or error-handling Liquid template locally,
//! exactly as the webhook server renders it (see `crate::templates`).

use std::path::{Path, PathBuf};

use base64::Engine;
use serde_json::{Map, Value, json};

use crate::error::{Error, Exit, Result};
use crate::input;
use crate::output::{self, Ctx, Render};
use crate::payload::ContentType;
use crate::templates::{self, TemplateError};

/// The payload a delivery carries when the subscription has no query.
pub const DEFAULT_PAYLOAD_ID: &str = "t5V3S3X8Trt/weWu0A2YHb0cRFJfcRA2rXT3vAGTz1A=";

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    /// A request-body template: prints the rendered text exactly.
    Body,
    /// A data-validation template: must render `true` (send) or `false` (skip).
    Validation,
    /// An error-handling template: renders an error message, or nothing when the response is fine.
    Error,
}

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Exit status: 0 rendered (validation: true; error: nothing to report), 1 validation rendered \
    false, the error template reported an error, or the body failed --content-type; 3 template \
    syntax or render error, or unusable input."
)]
pub struct Args {
    /// The Liquid template: a file, or - for standard input.
    #[arg(long, short = 't', value_name = "FILE")]
    pub template: PathBuf,
    /// A JSON object whose top-level keys become the template's variables (body and
    /// validation kinds). Default: the default payload, {"data": {"id": …, "url": …}}.
    #[arg(long, short = 'd', value_name = "FILE")]
    pub data: Option<PathBuf>,
    /// Which kind of template this is.
    #[arg(long, short = 'k', value_enum, default_value_t = Kind::Body)]
    pub kind: Kind,
    /// Body kind: check that the rendered body parses as this type; say where it does not.
    #[arg(long, value_enum, value_name = "TYPE")]
    pub content_type: Option<ContentType>,
    /// Error kind: the response body to expose as `body` (JSON when it parses, else a string).
    #[arg(long, value_name = "FILE", conflicts_with = "capture")]
    pub response_body: Option<PathBuf>,
    /// Error kind: response headers to expose as `headers`: `Name: value` lines (as `curl -D`
    /// writes them; status lines skipped) or a JSON object.
    #[arg(long, value_name = "FILE", conflicts_with = "capture")]
    pub response_headers: Option<PathBuf>,
    /// Error kind: take the response from a JSON-lines capture file (as `hookctl listen
    /// --save` writes): one object per line with `headers` and `body` or `body_base64`.
    #[arg(long, value_name = "FILE")]
    pub capture: Option<PathBuf>,
    /// With --capture: which line to use, counting from 0 (default: the last one).
    #[arg(long, value_name = "N", requires = "capture")]
    pub index: Option<usize>,
}

struct Rendered {
    kind: Kind,
    rendered: String,
    /// Validation: the verdict. Error: the message (None = response is fine).
    result: Option<bool>,
    error: Option<String>,
    content_type: Option<ContentType>,
}

impl Render for Rendered {
    fn json(&self) -> Value {
        let mut v = json!({ "kind": kind_name(self.kind), "rendered": self.rendered });
        match self.kind {
            Kind::Body => {
                if let Some(ct) = self.content_type {
                    v["content_type"] = json!(if ct == ContentType::Json { "json" } else { "xml" });
                    v["valid"] = json!(true);
                }
            }
            Kind::Validation => v["result"] = json!(self.result),
            Kind::Error => v["error"] = json!(self.error),
        }
        v
    }
    fn text(&self) -> String {
        match self.kind {
            Kind::Body => self.rendered.clone(),
            Kind::Validation => self.result.unwrap_or(false).to_string(),
            Kind::Error => self.error.clone().unwrap_or_default(),
        }
    }
}

fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Body => "body",
        Kind::Validation => "validation",
        Kind::Error => "error",
    }
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<Exit> {
    check_args(&args)?;
    let source = input::read_text(&args.template)?;
    let template = templates::parse(&source).map_err(|e| template_error(&args.template, &e))?;
    let globals = match args.kind {
        Kind::Error => error_globals(&args)?,
        _ => data_globals(args.data.as_deref(), ctx)?,
    };
    let rendered = template.render(&globals).map_err(|e| template_error(&args.template, &e))?;
    let mut out =
        Rendered { kind: args.kind, rendered, result: None, error: None, content_type: args.content_type };
    match args.kind {
        Kind::Body => {
            let problem = match args.content_type {
                Some(ContentType::Json) => check_json(&out.rendered),
                Some(ContentType::Xml) => check_xml(&out.rendered),
                None => None,
            };
            if let Some((message, pos)) = problem {
                // Show what was rendered (not in JSON: the error says it all), then where it breaks.
                output::progress_line(ctx, &out);
                return Err(content_error(&out.rendered, &message, pos, args.content_type));
            }
            // Exactly what the template rendered: no newline added.
            output::emit_exact(ctx, &out);
            Ok(Exit::Ok)
        }
        Kind::Validation => match templates::validation_outcome(&out.rendered) {
            Ok(verdict) => {
                out.result = Some(verdict);
                output::emit(ctx, &out);
                Ok(if verdict { Exit::Ok } else { Exit::Negative })
            }
            Err(text) => Err(Error::input(format!(
                "a validation template must render true or false, but this one rendered {text:?}"
            ))
            .with_hint(
                "surrounding white space is ignored; anything else makes the server reject the delivery",
            )),
        },
        Kind::Error => {
            let message = out.rendered.trim();
            out.error = (!message.is_empty()).then(|| message.to_string());
            let failed = out.error.is_some();
            // The text form is the error message: nothing when the template rendered none.
            output::emit(ctx, &out);
            Ok(if failed { Exit::Negative } else { Exit::Ok })
        }
    }
}

fn check_args(args: &Args) -> Result<()> {
    let stdin_users: Vec<&str> = [
        (Some(args.template.as_path()), "--template"),
        (args.data.as_deref(), "--data"),
        (args.response_body.as_deref(), "--response-body"),
        (args.response_headers.as_deref(), "--response-headers"),
        (args.capture.as_deref(), "--capture"),
    ]
    .into_iter()
    .filter(|(p, _)| p.is_some_and(|p| p.as_os_str() == "-"))
    .map(|(_, n)| n)
    .collect();
    if stdin_users.len() > 1 {
        return Err(Error::usage(format!("{} cannot all read standard input", stdin_users.join(" and "))));
    }
    let error_only =
        args.response_body.is_some() || args.response_headers.is_some() || args.capture.is_some();
    match args.kind {
        Kind::Error => {
            if args.data.is_some() {
                return Err(Error::usage("--data is not used by --kind error")
                    .with_hint("an error template sees the response: use --response-body/--response-headers or --capture"));
            }
            if args.response_body.is_none() && args.capture.is_none() {
                return Err(Error::usage(
                    "--kind error needs the response: --response-body FILE or --capture FILE",
                ));
            }
            if args.content_type.is_some() {
                return Err(Error::usage("--content-type only applies to --kind body"));
            }
        }
        _ => {
            if error_only {
                return Err(Error::usage(
                    "--response-body, --response-headers and --capture only apply to --kind error",
                ));
            }
            if args.kind == Kind::Validation && args.content_type.is_some() {
                return Err(Error::usage("--content-type only applies to --kind body"));
            }
        }
    }
    Ok(())
}

fn template_error(path: &Path, e: &TemplateError) -> Error {
    let err = Error::input(format!("{}: {e}", input::display(path)));
    match (e.line, e.column) {
        (Some(l), Some(c)) => {
            err.with_hint(format!("the problem is at line {l}, column {c} of the template"))
        }
        _ => err,
    }
}

/// The default payload: what a delivery carries when its subscription has no query.
pub fn default_payload() -> Map<String, Value> {
    let mut m = Map::new();
    m.insert(
        "data".into(),
        json!({
            "id": DEFAULT_PAYLOAD_ID,
            "url": format!("https://cms.scopear.com/api/v3/graphql/object/{DEFAULT_PAYLOAD_ID}"),
        }),
    );
    m
}

fn data_globals(path: Option<&Path>, ctx: &Ctx) -> Result<Map<String, Value>> {
    let Some(path) = path else {
        ctx.debug("no --data: rendering with the default payload {\"data\": {\"id\": …, \"url\": …}}");
        return Ok(default_payload());
    };
    match input::read_json(path)? {
        Value::Object(m) => Ok(m),
        other => Err(Error::input(format!(
            "{} must hold a JSON object (its keys become the template's variables), not {}",
            input::display(path),
            json_type(&other)
        ))
        .with_hint("wrap it: {\"data\": …} makes it available as {{ data }}")),
    }
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn error_globals(args: &Args) -> Result<Map<String, Value>> {
    if let Some(capture) = &args.capture {
        let (body, headers) = read_capture(capture, args.index)?;
        return Ok(templates::error_globals(&body, &headers));
    }
    let body = match &args.response_body {
        Some(p) => input::read_bytes(p)?,
        None => Vec::new(),
    };
    let headers = match &args.response_headers {
        Some(p) => parse_headers(&input::read_text(p)?, p)?,
        None => Vec::new(),
    };
    Ok(templates::error_globals(&body, &headers))
}

/// Headers from `Name: value` lines (status lines skipped; with several header blocks, as
/// `curl -D` writes after redirects, the last block) or from a JSON object.
pub fn parse_headers(text: &str, path: &Path) -> Result<Vec<(String, String)>> {
    if text.trim_start().starts_with('{') {
        let v: Value = serde_json::from_str(text).map_err(|e| {
            Error::input(format!("{} is not a valid JSON object of headers: {e}", input::display(path)))
        })?;
        return Ok(json_headers(&v));
    }
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        if line.starts_with("HTTP/") {
            out.clear();
            continue;
        }
        let Some((name, value)) = line.split_once(':') else {
            return Err(Error::input(format!(
                "{} line {}: expected `Name: value`, found {line:?}",
                input::display(path),
                n + 1
            ))
            .with_hint("give headers as `Name: value` lines (curl -D) or a JSON object"));
        };
        out.push((name.trim().to_string(), value.trim().to_string()));
    }
    Ok(out)
}

fn json_headers(v: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Value::Object(m) = v {
        for (k, val) in m {
            match val {
                Value::String(s) => out.push((k.clone(), s.clone())),
                Value::Array(items) => out.extend(
                    items
                        .iter()
                        .map(|i| (k.clone(), i.as_str().map_or_else(|| i.to_string(), str::to_string))),
                ),
                Value::Null => {}
                other => out.push((k.clone(), other.to_string())),
            }
        }
    }
    out
}

type Response = (Vec<u8>, Vec<(String, String)>);

/// One response from a JSON-lines capture file.
fn read_capture(path: &Path, index: Option<usize>) -> Result<Response> {
    parse_capture(&input::read_text(path)?, path, index)
}

/// [`read_capture`] on the file's text (`path` names it in errors); public for the fuzzer.
pub fn parse_capture(text: &str, path: &Path, index: Option<usize>) -> Result<Response> {
    let lines: Vec<(usize, &str)> = text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()).collect();
    if lines.is_empty() {
        return Err(Error::input(format!("{} holds no captures", input::display(path))));
    }
    let i = index.unwrap_or(lines.len() - 1);
    let Some(&(n, line)) = lines.get(i) else {
        return Err(Error::input(format!(
            "{} holds {} capture(s); --index {i} is out of range",
            input::display(path),
            lines.len()
        ))
        .with_hint(format!("use --index 0 to {}", lines.len() - 1)));
    };
    let bad = |what: String| Error::input(format!("{} line {}: {what}", input::display(path), n + 1));
    let v: Value = serde_json::from_str(line).map_err(|e| bad(format!("not valid JSON: {e}")))?;
    let Value::Object(m) = &v else {
        return Err(bad("expected a JSON object with `headers` and `body`".into()));
    };
    let body = match (m.get("body"), m.get("body_base64")) {
        (Some(Value::String(s)), _) => s.as_bytes().to_vec(),
        (_, Some(Value::String(b))) => base64::engine::general_purpose::STANDARD
            .decode(b.trim())
            .map_err(|e| bad(format!("`body_base64` is not valid base64: {e}")))?,
        (None | Some(Value::Null), None) => Vec::new(),
        _ => return Err(bad("`body` must be a string (or use `body_base64`)".into())),
    };
    let headers = m.get("headers").map(json_headers).unwrap_or_default();
    Ok((body, headers))
}

/// Line and column (1-based, in characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

fn check_json(text: &str) -> Option<(String, (usize, usize))> {
    match serde_json::from_str::<serde::de::IgnoredAny>(text) {
        Ok(_) => None,
        Err(e) => {
            let msg = e.to_string();
            let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
            Some((msg, (e.line().max(1), e.column().max(1))))
        }
    }
}

fn check_xml(text: &str) -> Option<(String, (usize, usize))> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut stack: Vec<String> = Vec::new();
    let mut roots = 0;
    loop {
        let before = reader.buffer_position() as usize;
        match reader.read_event() {
            Err(e) => return Some((e.to_string(), line_col(text, reader.error_position() as usize))),
            Ok(Event::Eof) => break,
            Ok(Event::Start(s)) => {
                if stack.is_empty() {
                    roots += 1;
                    if roots > 1 {
                        return Some(("more than one root element".into(), line_col(text, before)));
                    }
                }
                stack.push(String::from_utf8_lossy(s.name().as_ref()).into_owned());
            }
            Ok(Event::Empty(_)) => {
                if stack.is_empty() {
                    roots += 1;
                    if roots > 1 {
                        return Some(("more than one root element".into(), line_col(text, before)));
                    }
                }
            }
            Ok(Event::End(_)) => {
                stack.pop();
            }
            Ok(Event::Text(t)) if stack.is_empty() => {
                if !t.iter().all(u8::is_ascii_whitespace) {
                    let skip = t.iter().take_while(|c| c.is_ascii_whitespace()).count();
                    return Some(("text outside the root element".into(), line_col(text, before + skip)));
                }
            }
            Ok(_) => {}
        }
    }
    if let Some(open) = stack.last() {
        return Some((format!("element <{open}> is never closed"), line_col(text, text.len())));
    }
    if roots == 0 {
        return Some(("no root element".into(), line_col(text, text.len())));
    }
    None
}

fn content_error(text: &str, message: &str, (line, col): (usize, usize), ct: Option<ContentType>) -> Error {
    let what = if ct == Some(ContentType::Xml) { "XML" } else { "JSON" };
    let src_line = text.lines().nth(line - 1).unwrap_or("");
    let shown: String = src_line.chars().take(200).collect();
    let caret = format!("{}^", " ".repeat(col.saturating_sub(1).min(200)));
    Error::new(
        Exit::Negative,
        format!("the rendered body is not valid {what}: {message} at line {line}, column {col}"),
    )
    .with_hint(format!("line {line} of the rendered body:\n    {shown}\n    {caret}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curl_headers_skip_status_lines_and_keep_the_last_block() {
        let text = "HTTP/1.1 301 Moved\r\nLocation: /x\r\n\r\nHTTP/2 200\r\nContent-Type: application/json\r\nX-A: 1\r\nx-a: 2\r\n\r\n";
        let h = parse_headers(text, Path::new("h")).unwrap();
        assert_eq!(
            h,
            vec![
                ("Content-Type".into(), "application/json".into()),
                ("X-A".into(), "1".into()),
                ("x-a".into(), "2".into())
            ]
        );
        let g = templates::error_globals(b"", &h);
        assert_eq!(g["headers"]["x-a"], "1, 2");
    }

    #[test]
    fn json_headers_accept_strings_and_lists() {
        let h = parse_headers(r#"{"X-Status": "failed", "Set-Cookie": ["a", "b"]}"#, Path::new("h")).unwrap();
        assert_eq!(h.len(), 3);
    }

    #[test]
    fn header_lines_without_colon_are_rejected() {
        let e = parse_headers("X-Ok: 1\nnonsense\n", Path::new("h.txt")).unwrap_err();
        assert!(e.message.contains("line 2"), "{}", e.message);
    }

    #[test]
    fn json_check_locates_the_error() {
        let (msg, pos) = check_json("{\n  \"a\": 1,\n  \"b\": \n}").unwrap();
        assert_eq!(pos.0, 4, "{msg}");
        assert!(check_json("{\"a\": [1, 2]}").is_none());
    }

    #[test]
    fn xml_check_locates_the_error() {
        assert!(check_xml("<a><b>x</b></a>").is_none());
        let (msg, pos) = check_xml("<a>\n  <b>x</c>\n</a>").unwrap();
        assert_eq!(pos.0, 2, "{msg}");
        assert!(check_xml("<a>").unwrap().0.contains("never closed"));
        assert!(check_xml("<a/><b/>").unwrap().0.contains("root"));
    }
}
