//! `hookctl api graphql`: the escape hatch. Sends a query or mutation as written (no schema
//! adaptation) with the profile's endpoint and token, prints the answer's JSON on stdout and
//! GraphQL errors on stderr (exit 6). `--paginate` follows `pageInfo { hasNextPage endCursor }`.

use std::io::Read;
use std::path::PathBuf;

use serde_json::{Map, Value};

use crate::api::adapt::DEFAULT_PAGE_SIZE;
use crate::commands::args::ApiArgs;
use crate::context::Context;
use crate::error::{Error, Exit, Result};
use crate::output;

/// The longest query text sent; a bigger one is refused before sending.
pub const MAX_QUERY_BYTES: usize = 1 << 20;
/// The largest request body (query and variables) sent.
pub const MAX_BODY_BYTES: usize = 4 << 20;

#[derive(Debug, clap::Args)]
#[command(after_help = "The query comes from --query, --query-file, `-f query=…`, or standard input.\n\
    -F values are typed: numbers, true/false, null and JSON ([…], {…}, \"…\") are sent as such; \
    anything else is a string. -f values are always strings.\n\
    --paginate needs a `$after` or `$cursor` variable and prints one JSON line per page; it stops \
    with an error if the server repeats an endCursor.")]
pub struct Args {
    /// The query text (`-q` is the global --quiet).
    #[arg(long, value_name = "TEXT", conflicts_with = "query_file")]
    pub query: Option<String>,
    /// Read the query from a file (- for standard input).
    #[arg(long, value_name = "FILE")]
    pub query_file: Option<PathBuf>,
    /// A typed variable: number, boolean, null or JSON; otherwise a string.
    #[arg(short = 'F', long = "field", value_name = "NAME=VALUE")]
    pub typed: Vec<String>,
    /// A string variable, sent as written.
    #[arg(short = 'f', long = "raw-field", value_name = "NAME=VALUE")]
    pub raw: Vec<String>,
    /// A JSON file of variables (an object); -F and -f override its entries.
    #[arg(long, value_name = "FILE")]
    pub variables: Option<PathBuf>,
    /// Follow `pageInfo { hasNextPage endCursor }` through every page.
    #[arg(long)]
    pub paginate: bool,
    /// The `$first` sent when the query takes one and no -F first=… is given [default: 100].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(1..))]
    pub page_size: Option<i64>,
    #[command(flatten)]
    pub api: ApiArgs,
}

pub async fn run(args: Args, ctx: &Context) -> Result<Exit> {
    let mut vars = variables(&args)?;
    let query = match vars.remove("query") {
        Some(Value::String(q)) => q,
        Some(_) => return Err(Error::usage("the `query` field must be a string")),
        None => query_text(&args)?,
    };
    if query.len() > MAX_QUERY_BYTES {
        return Err(too_big("query", query.len(), MAX_QUERY_BYTES));
    }
    let shape = Shape::of(&query);
    if shape.takes_first && !vars.contains_key("first") {
        vars.insert("first".into(), Value::from(args.page_size.unwrap_or(DEFAULT_PAGE_SIZE)));
    }
    let cursor = match (args.paginate, &shape.cursor) {
        (true, None) => {
            return Err(Error::usage("--paginate needs the query to take a `$after` or `$cursor` variable")
                .with_hint("e.g. query($after: String) { items(first: 100, after: $after) { pageInfo { hasNextPage endCursor } … } }"));
        }
        (paginate, c) => c.clone().filter(|_| paginate),
    };
    let (client, _) = super::connect(&args.api, ctx)?;
    let mut seen = std::collections::HashSet::new();
    loop {
        let vars_value = Value::Object(vars.clone());
        let body_len = query.len() + serde_json::to_vec(&vars_value)?.len();
        if body_len > MAX_BODY_BYTES {
            return Err(too_big("request body", body_len, MAX_BODY_BYTES));
        }
        let data = if shape.mutation {
            client.mutate_document(&query, vars_value).await?
        } else {
            client.query_document(&query, vars_value).await?
        };
        let answer = serde_json::json!({ "data": data });
        let Some(name) = &cursor else {
            output::write_stdout((serde_json::to_string_pretty(&answer)? + "\n").as_bytes());
            return Ok(Exit::Ok);
        };
        output::json_line(&answer);
        match next_cursor(&data) {
            Some(end) if !seen.insert(end.clone()) => {
                return Err(Error::new(
                    Exit::Api,
                    "the server answered the same endCursor twice: stopped paging",
                )
                .with_hint("the pages printed so far are complete; the server's pagination is looping"));
            }
            Some(end) => {
                vars.insert(name.clone(), Value::String(end));
            }
            None => return Ok(Exit::Ok),
        }
    }
}

fn too_big(what: &str, len: usize, max: usize) -> Error {
    Error::input(format!("the {what} is {len} bytes, over the {max}-byte limit: not sent"))
        .with_hint("GraphQL queries are small; check that the right file was given")
}

/// The query text from `--query`, `--query-file` or standard input, read no further than the
/// size limit.
fn query_text(args: &Args) -> Result<String> {
    if let Some(q) = &args.query {
        return Ok(q.clone());
    }
    let path = args.query_file.clone().unwrap_or_else(|| PathBuf::from("-"));
    let mut buf = Vec::new();
    crate::input::open(&path)?
        .take(MAX_QUERY_BYTES as u64 + 1)
        .read_to_end(&mut buf)
        .map_err(|e| Error::file(&path, e))?;
    if buf.len() > MAX_QUERY_BYTES {
        return Err(too_big("query", buf.len(), MAX_QUERY_BYTES));
    }
    let text = String::from_utf8(buf).map_err(|_| Error::input("the query is not UTF-8 text"))?;
    if text.trim().is_empty() {
        return Err(Error::usage(
            "no query: give --query TEXT, --query-file FILE or pipe it on standard input",
        ));
    }
    Ok(text)
}

/// `--variables`, then `-F`, then `-f`.
fn variables(args: &Args) -> Result<Map<String, Value>> {
    let mut vars = match &args.variables {
        Some(path) => match crate::input::read_json(path)? {
            Value::Object(m) => m,
            _ => {
                return Err(Error::input(format!("{} must hold a JSON object", crate::input::display(path))));
            }
        },
        None => Map::new(),
    };
    for (raw, typed) in args.typed.iter().map(|f| (f, true)).chain(args.raw.iter().map(|f| (f, false))) {
        let Some((name, value)) = raw.split_once('=') else {
            return Err(Error::usage(format!("`{}` is not NAME=VALUE", raw.escape_debug())));
        };
        let value = if typed { typed_value(value) } else { Value::String(value.to_string()) };
        vars.insert(name.to_string(), value);
    }
    Ok(vars)
}

/// A `-F` value: JSON where it reads as a number, boolean, null, array, object or quoted
/// string; otherwise the text itself.
fn typed_value(text: &str) -> Value {
    let looks_json = matches!(text, "true" | "false" | "null")
        || text.starts_with(['[', '{', '"', '-'])
        || text.starts_with(|c: char| c.is_ascii_digit());
    if looks_json && let Ok(v) = serde_json::from_str(text) {
        return v;
    }
    Value::String(text.to_string())
}

/// What `--paginate` and `--page-size` need to know about the query.
struct Shape {
    mutation: bool,
    takes_first: bool,
    cursor: Option<String>,
}

impl Shape {
    fn of(query: &str) -> Shape {
        use graphql_parser::query::{Definition, OperationDefinition as O};
        let Ok(doc) = graphql_parser::parse_query::<String>(query) else {
            // Let the server say what is wrong; never retry what might be a mutation.
            return Shape { mutation: true, takes_first: false, cursor: None };
        };
        let mut shape = Shape { mutation: false, takes_first: false, cursor: None };
        for def in &doc.definitions {
            let vars = match def {
                Definition::Operation(O::Query(q)) => &q.variable_definitions,
                Definition::Operation(O::Mutation(m)) => {
                    shape.mutation = true;
                    &m.variable_definitions
                }
                _ => continue,
            };
            for v in vars {
                match v.name.as_str() {
                    "first" => shape.takes_first = true,
                    "after" | "cursor" if shape.cursor.is_none() => shape.cursor = Some(v.name.clone()),
                    _ => {}
                }
            }
        }
        shape
    }
}

/// The `endCursor` of the first `pageInfo` in `data` whose `hasNextPage` is true.
fn next_cursor(data: &Value) -> Option<String> {
    match data {
        Value::Object(map) => {
            if let Some(info) = map.get("pageInfo") {
                if info.get("hasNextPage") == Some(&Value::Bool(true)) {
                    return info.get("endCursor").and_then(Value::as_str).map(str::to_string);
                }
                return None;
            }
            map.values().find_map(next_cursor)
        }
        Value::Array(items) => items.iter().find_map(next_cursor),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_values_and_cursors() {
        assert_eq!(typed_value("12"), Value::from(12));
        assert_eq!(typed_value("-1.5"), Value::from(-1.5));
        assert_eq!(typed_value("true"), Value::Bool(true));
        assert_eq!(typed_value("null"), Value::Null);
        assert_eq!(typed_value("[1,2]"), serde_json::json!([1, 2]));
        assert_eq!(typed_value("12abc"), Value::from("12abc"));
        assert_eq!(typed_value("user/created"), Value::from("user/created"));
        let page = serde_json::json!({"a": {"pageInfo": {"hasNextPage": true, "endCursor": "c1"}}});
        assert_eq!(next_cursor(&page), Some("c1".into()));
        let last = serde_json::json!({"a": {"pageInfo": {"hasNextPage": false, "endCursor": "c2"}}});
        assert_eq!(next_cursor(&last), None);
        let s = Shape::of("query($first: Int, $after: String) { x }");
        assert!(s.takes_first && !s.mutation && s.cursor.as_deref() == Some("after"));
        assert!(Shape::of("mutation { x }").mutation);
    }
}
