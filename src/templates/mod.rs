//! Liquid templates (placeholder wrapper until the Shopify-compatible engine lands).

use std::sync::OnceLock;

use serde_json::{Map, Value};

pub struct Template(liquid::Template);

#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct TemplateError {
    pub message: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub snippet: Option<String>,
}

fn parser() -> &'static liquid::Parser {
    static PARSER: OnceLock<liquid::Parser> = OnceLock::new();
    PARSER.get_or_init(|| liquid::ParserBuilder::with_stdlib().build().expect("stdlib parser"))
}

fn err(e: liquid::Error) -> TemplateError {
    TemplateError { message: e.to_string(), line: None, column: None, snippet: None }
}

pub fn parse(source: &str) -> Result<Template, TemplateError> {
    parser().parse(source).map(Template).map_err(err)
}

impl Template {
    pub fn render(&self, globals: &Map<String, Value>) -> Result<String, TemplateError> {
        let obj = liquid::model::to_object(globals).map_err(err)?;
        self.0.render(&obj).map_err(err)
    }
}

pub fn validation_outcome(rendered: &str) -> Result<bool, String> {
    match rendered.trim() {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(rendered.to_string()),
    }
}

pub fn error_globals(body: &[u8], headers: &[(String, String)]) -> Map<String, Value> {
    let body = serde_json::from_slice::<Value>(body)
        .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(body).into_owned()));
    let mut h = Map::new();
    for (k, v) in headers {
        let k = k.to_ascii_lowercase();
        match h.get_mut(&k) {
            Some(Value::String(existing)) => {
                existing.push_str(", ");
                existing.push_str(v);
            }
            _ => {
                h.insert(k, Value::String(v.clone()));
            }
        }
    }
    let mut m = Map::new();
    m.insert("body".into(), body);
    m.insert("headers".into(), Value::Object(h));
    m
}
