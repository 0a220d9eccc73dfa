//! Delivery bodies: the default and first-generation payloads, body templates, and JSON → XML.
//!
//! XML mapping (the guide says XML is available but not how it looks; this is our choice):
//! - the document starts with `<?xml version="1.0" encoding="UTF-8"?>`;
//! - a top-level object with exactly one key becomes that element (`{"data": {…}}` → `<data>…</data>`),
//!   any other top-level value is wrapped in `<payload>`;
//! - object keys become child elements in order; characters not allowed in XML names become `_`,
//!   and a name that cannot start an element gets a leading `_`;
//! - characters XML 1.0 forbids even as references (most control characters) become U+FFFD;
//! - array items become repeated `<item>` children of the array's element;
//! - strings, numbers and booleans become escaped text; `null` becomes `<name nil="true"/>`.

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{Map, Value, json};

use crate::templates::{Template, TemplateError};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum ContentType {
    Json,
    Xml,
}

impl ContentType {
    /// The API's `contentType` (`JSON` or `XML`; compared without case): XML only when it says so.
    pub fn from_api(s: &str) -> ContentType {
        if s.eq_ignore_ascii_case("XML") { ContentType::Xml } else { ContentType::Json }
    }

    pub fn mime(self) -> &'static str {
        match self {
            ContentType::Json => "application/json",
            ContentType::Xml => "application/xml",
        }
    }
}

/// The REST fallback URL of a node, as the guide's examples show it.
pub fn node_url(domain: &str, node_id: &str) -> String {
    format!("https://cms.{domain}/api/v3/graphql/object/{node_id}")
}

/// The REST fallback URL of a node beside a server at `base` (`http://host:port`), with the
/// id percent-encoded: the URL the sandbox puts in default payloads and serves.
pub fn object_url(base: &str, node_id: &str) -> String {
    let escaped: String = node_id
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    format!("{}/api/v3/graphql/object/{escaped}", base.trim_end_matches('/'))
}

/// The default body: `{"data": {"id": …, "url": …}}`.
pub fn default_payload(node_id: &str, node_url: &str) -> Value {
    json!({ "data": { "id": node_id, "url": node_url } })
}

/// The first-generation payload: `{time, event, type: "resource", data: {resource-id, resource-url, resource-type}}`.
pub fn first_generation_payload(
    time: DateTime<Utc>,
    event: &str,
    resource_type: &str,
    id: &str,
    url: &str,
) -> Value {
    json!({
        "time": time.to_rfc3339_opts(SecondsFormat::Secs, true),
        "event": event,
        "type": "resource",
        "data": { "resource-id": id, "resource-url": url, "resource-type": resource_type }
    })
}

/// Template variables for a payload: an object's keys, or `data` holding anything else.
pub fn globals(data: &Value) -> Map<String, Value> {
    match data {
        Value::Object(m) => m.clone(),
        other => {
            let mut m = Map::new();
            m.insert("data".into(), other.clone());
            m
        }
    }
}

/// The body bytes: the rendered template as it is, or the data serialized as JSON or XML.
pub fn body(
    data: &Value,
    template: Option<&Template>,
    content_type: ContentType,
) -> Result<Vec<u8>, TemplateError> {
    match template {
        Some(t) => Ok(t.render(&globals(data))?.into_bytes()),
        None => Ok(match content_type {
            ContentType::Json => serde_json::to_vec(data).unwrap_or_default(),
            ContentType::Xml => to_xml(data).into_bytes(),
        }),
    }
}

/// Serializes JSON as XML by the rules in this module's documentation.
pub fn to_xml(value: &Value) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    match value {
        Value::Object(m) if m.len() == 1 => {
            let (k, v) = m.iter().next().expect("one key");
            element(&mut out, k, v);
        }
        other => element(&mut out, "payload", other),
    }
    out.push('\n');
    out
}

fn element(out: &mut String, name: &str, value: &Value) {
    let name = xml_name(name);
    match value {
        Value::Null => {
            out.push_str(&format!("<{name} nil=\"true\"/>"));
        }
        Value::Object(m) => {
            out.push_str(&format!("<{name}>"));
            for (k, v) in m {
                element(out, k, v);
            }
            out.push_str(&format!("</{name}>"));
        }
        Value::Array(items) => {
            out.push_str(&format!("<{name}>"));
            for v in items {
                element(out, "item", v);
            }
            out.push_str(&format!("</{name}>"));
        }
        Value::String(s) => {
            out.push_str(&format!("<{name}>{}</{name}>", quick_xml::escape::escape(xml_text(s).as_ref())));
        }
        Value::Bool(_) | Value::Number(_) => {
            out.push_str(&format!("<{name}>{value}</{name}>"));
        }
    }
}

fn xml_name(name: &str) -> String {
    // `is_alphanumeric` alone lets through letters and digits XML names refuse (`ª`, `²`, `µ`).
    let keep = |c: char| (c.is_alphanumeric() || matches!(c, '_' | '-' | '.')) && is_xml_name_char(c);
    let mut s: String = name.chars().map(|c| if keep(c) { c } else { '_' }).collect();
    let starts_ok = s.chars().next().is_some_and(|c| (c.is_alphabetic() || c == '_') && is_xml_name_start(c));
    if !starts_ok || s.to_ascii_lowercase().starts_with("xml") {
        s.insert(0, '_');
    }
    s
}

/// Text with the characters XML 1.0 cannot carry at all (most C0 controls, U+FFFE, U+FFFF;
/// not even as references) replaced by U+FFFD, so the document stays well-formed.
fn xml_text(s: &str) -> std::borrow::Cow<'_, str> {
    let ok = |c: char| matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..);
    if s.chars().all(ok) {
        s.into()
    } else {
        s.chars().map(|c| if ok(c) { c } else { '\u{FFFD}' }).collect::<String>().into()
    }
}

/// XML 1.0 (fifth edition) `NameStartChar`, without `:` (names here have no namespace).
fn is_xml_name_start(c: char) -> bool {
    matches!(c, 'A'..='Z' | '_' | 'a'..='z' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}'
        | '\u{F8}'..='\u{2FF}' | '\u{370}'..='\u{37D}' | '\u{37F}'..='\u{1FFF}'
        | '\u{200C}'..='\u{200D}' | '\u{2070}'..='\u{218F}' | '\u{2C00}'..='\u{2FEF}'
        | '\u{3001}'..='\u{D7FF}' | '\u{F900}'..='\u{FDCF}' | '\u{FDF0}'..='\u{FFFD}'
        | '\u{10000}'..='\u{EFFFF}')
}

/// XML 1.0 `NameChar`, without `:`.
fn is_xml_name_char(c: char) -> bool {
    is_xml_name_start(c)
        || matches!(c, '-' | '.' | '0'..='9' | '\u{B7}' | '\u{300}'..='\u{36F}' | '\u{203F}'..='\u{2040}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_payload_xml() {
        let v = default_payload("a/b+c=", "https://x/y");
        assert_eq!(
            to_xml(&v),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<data><id>a/b+c=</id><url>https://x/y</url></data>\n"
        );
    }

    #[test]
    fn xml_arrays_nulls_escaping_and_names() {
        let v = json!({"a": [1, {"b c": null}], "2x": "<&>", "t": true});
        assert_eq!(
            to_xml(&v),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<payload><a><item>1</item><item><b_c nil=\"true\"/></item></a>\
             <_2x>&lt;&amp;&gt;</_2x><t>true</t></payload>\n"
        );
    }

    // Found by the fuzz target xml_body (fuzz/): the output must be well-formed XML 1.0.
    #[test]
    fn xml_text_replaces_characters_xml_forbids() {
        let v = json!({"a": "x\u{1}y\u{FFFE}z\u{7f}\t"});
        assert_eq!(
            to_xml(&v),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>x\u{FFFD}y\u{FFFD}z\u{7f}\t</a>\n"
        );
    }

    #[test]
    fn xml_names_keep_only_xml_name_characters() {
        let v = json!({"ª": 1, "a²µé": 2, "\u{B7}x": 3});
        assert_eq!(
            to_xml(&v),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<payload><_>1</_><a__é>2</a__é><_x>3</_x></payload>\n"
        );
    }

    #[test]
    fn body_json_is_compact_and_ordered() {
        let v = default_payload("1", "u");
        assert_eq!(body(&v, None, ContentType::Json).unwrap(), br#"{"data":{"id":"1","url":"u"}}"#);
    }

    #[test]
    fn first_generation_shape() {
        let t = DateTime::parse_from_rfc3339("2020-10-20T18:06:02Z").unwrap().with_timezone(&Utc);
        let v = first_generation_payload(t, "create", "scenario", "id", "url");
        assert_eq!(
            serde_json::to_string(&v).unwrap(),
            r#"{"time":"2020-10-20T18:06:02Z","event":"create","type":"resource","data":{"resource-id":"id","resource-url":"url","resource-type":"scenario"}}"#
        );
    }
}
