//! Local checks of a manifest's values, made before any request: URLs, templates, queries,
//! event types, and `${VAR}` expansion.

use url::Url;

/// Expands `${NAME}` from the environment (`$${` stays a literal `${`). An unset variable is an
/// error, so a manifest never silently talks to the wrong place.
pub fn expand(s: &str) -> Result<String, String> {
    if !s.contains("${") {
        return Ok(s.to_string());
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find("${") {
        if rest[..at].ends_with('$') {
            out.push_str(&rest[..at - 1]);
            out.push_str("${");
            rest = &rest[at + 2..];
            continue;
        }
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let Some(end) = after.find('}') else {
            return Err(format!("unclosed ${{ in {s:?}"));
        };
        let name = &after[..end];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(format!("${{{name}}} is not a variable name (letters, digits and _)"));
        }
        match std::env::var(name) {
            Ok(v) => out.push_str(&v),
            Err(_) => {
                return Err(format!("the environment variable {name} is not set (used as ${{{name}}})"));
            }
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Escapes text so that [`expand`] gives it back unchanged.
pub fn escape(s: &str) -> String {
    s.replace("${", "$${")
}

/// An absolute https URL (http only for loopback hosts, as the sandbox allows), normalised as the
/// server stores it.
pub fn callback(raw: &str) -> Result<String, String> {
    let url = Url::parse(raw.trim()).map_err(|e| format!("{raw:?} is not a URL: {e}"))?;
    match url.scheme() {
        "https" => Ok(normal_url(url)),
        "http" if crate::api::scope::sandbox::is_local(&url) => Ok(normal_url(url)),
        "http" => Err(format!("{raw} is not https (http is accepted only for loopback hosts)")),
        other => Err(format!("{raw} must be https, not {other}:")),
    }
}

/// A URL in the one spelling the server does not distinguish from others (host case, default
/// port, an empty path).
pub fn normal_url(url: Url) -> String {
    url.to_string()
}

/// `raw` normalised when it parses, else as it is (for comparing what the server answers).
pub fn normal_url_text(raw: &str) -> String {
    Url::parse(raw.trim()).map(normal_url).unwrap_or_else(|_| raw.to_string())
}

/// A Liquid template parses with the engine the server's behaviour is matched against.
pub fn template(source: &str) -> Result<(), String> {
    crate::templates::parse(source).map(drop).map_err(|e| format!("does not parse: {e}"))
}

/// A GraphQL query parses.
pub fn query(source: &str) -> Result<(), String> {
    async_graphql::parser::parse_query(source).map(drop).map_err(|e| format!("does not parse: {e}"))
}

/// `JSON` or `XML` from any case.
pub fn content_type(raw: &str) -> Result<String, String> {
    match raw.trim().to_ascii_uppercase().as_str() {
        c @ ("JSON" | "XML") => Ok(c.to_string()),
        _ => Err(format!("content_type {raw:?} is not json or xml")),
    }
}

/// A Sentera event type (`feature-set-created` is `FEATURE_SET_CREATED`), with a suggestion.
pub fn event_type(raw: &str) -> Result<String, String> {
    let known = crate::api::sentera::EVENT_TYPES;
    crate::input::enum_value("event type", raw, known).map_err(|e| match e.hint {
        Some(h) => format!("{}; {h}", e.message),
        None => e.message,
    })
}

/// Text as compared: line endings and trailing white space are not differences the server
/// makes in what it delivers; an empty text is no text.
pub fn normal_text(t: Option<&str>) -> Option<String> {
    let t = t?.replace("\r\n", "\n");
    let t = t.trim_end();
    if t.is_empty() { None } else { Some(t.to_string()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expansion() {
        // SAFETY: tests in this module are the only users of this variable.
        unsafe { std::env::set_var("HOOKCTL_TEST_EXPAND", "prod") };
        assert_eq!(expand("https://${HOOKCTL_TEST_EXPAND}.example").unwrap(), "https://prod.example");
        assert_eq!(expand("a $${HOOKCTL_TEST_EXPAND} b").unwrap(), "a ${HOOKCTL_TEST_EXPAND} b");
        assert!(expand("${HOOKCTL_TEST_UNSET_VAR}").unwrap_err().contains("not set"));
        assert!(expand("${oops").is_err());
        assert_eq!(expand(&escape("x ${Y} z")).unwrap(), "x ${Y} z");
    }

    #[test]
    fn callbacks() {
        assert_eq!(callback("HTTPS://Example.COM:443").unwrap(), "https://example.com/");
        assert!(callback("http://127.0.0.1:9/h").is_ok());
        assert!(callback("http://example.com/h").is_err());
        assert!(callback("example.com").is_err());
    }

    #[test]
    fn checks() {
        assert!(template("{% if x %}").is_err());
        assert!(query("query { viewer { id } }").is_ok());
        assert!(query("query { viewer { id }").is_err());
        assert_eq!(content_type("json").unwrap(), "JSON");
        assert_eq!(event_type("field-created").unwrap(), "FIELD_CREATED");
        assert!(event_type("FIELD_CRATED").unwrap_err().contains("did you mean FIELD_CREATED"));
        assert_eq!(normal_text(Some("a\r\nb\n\n")), Some("a\nb".into()));
        assert_eq!(normal_text(Some(" \n")), None);
    }
}
