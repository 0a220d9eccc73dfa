//! Liquid templates as the webhook server renders them: a Shopify Liquid 5 compatible engine
//! (Ruby gem `liquid` 5.4, default lax mode) plus the three template kinds — body, data
//! validation and error handling.
//!
//! The engine is hookctl's own (tokenizer, parser, interpreter and the standard filters): the
//! `liquid` crate differs from the Ruby gem in too many places that webhook templates hit
//! (undefined variables, integer/float arithmetic, float formatting, `{% liquid %}`), and its
//! errors carry no line and column. Conformance with the gem is checked case by case in
//! `tests/liquid/` (see `tests/liquid/generate.rb`).

mod date;
mod decimal;
pub mod filters;
mod parse;
mod render;
mod ruby;
mod segment;
mod value;

use std::fmt;

use serde_json::{Map, Value as Json};

/// A parsed template: immutable, `Send + Sync`, cheap to render many times concurrently.
pub struct Template {
    nodes: Vec<parse::Node>,
    source: String,
}

// The AST holds only owned data and plain function pointers.
const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Template>();
};

impl fmt::Debug for Template {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Template").field("source", &self.source).finish_non_exhaustive()
    }
}

/// A template error (syntax or render), with where it happened when known.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct TemplateError {
    pub message: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub snippet: Option<String>,
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, " at line {l}, column {c}")?,
            (Some(l), None) => write!(f, " at line {l}")?,
            _ => {}
        }
        if let Some(s) = &self.snippet {
            write!(f, ": {s}")?;
        }
        Ok(())
    }
}

impl TemplateError {
    /// An error at byte range `start..end` of `source`.
    fn at(source: &str, message: String, start: usize, end: usize) -> Self {
        let start = start.min(source.len());
        let before = &source[..start];
        let line = before.matches('\n').count() + 1;
        let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        let end = end.clamp(start, source.len());
        let mut snippet: String = source.get(start..end).unwrap_or("").to_string();
        if let Some(nl) = snippet.find('\n')
            && snippet.len() > 80
        {
            snippet.truncate(nl);
            snippet.push('…');
        }
        if snippet.chars().count() > 120 {
            snippet = snippet.chars().take(119).collect::<String>() + "…";
        }
        TemplateError {
            message,
            line: Some(line),
            column: Some(col),
            snippet: (!snippet.is_empty()).then_some(snippet),
        }
    }
}

/// Parses a template (Liquid syntax errors are reported with line, column and token).
pub fn parse(source: &str) -> Result<Template, TemplateError> {
    match parse::Parser::parse_document(source) {
        Ok(nodes) => Ok(Template { nodes, source: source.to_string() }),
        Err(e) => {
            Err(TemplateError::at(source, format!("Liquid syntax error: {}", e.message), e.start, e.end))
        }
    }
}

impl Template {
    /// Renders with `globals` as the top-level variables. Undefined variables and missing
    /// keys render as nothing; failures such as `divided_by: 0` are errors.
    pub fn render(&self, globals: &Map<String, Json>) -> Result<String, TemplateError> {
        self.render_limited(globals, render::Limits::DEFAULT)
    }

    fn render_limited(
        &self,
        globals: &Map<String, Json>,
        limits: render::Limits,
    ) -> Result<String, TemplateError> {
        let mut out = String::with_capacity(self.source.len() + 64);
        let mut r = render::Renderer::new(globals, limits);
        r.render(&self.nodes, &mut out).map_err(|e| {
            TemplateError::at(&self.source, format!("Liquid error: {}", e.message), e.start, e.end)
        })?;
        Ok(out)
    }

    pub fn source(&self) -> &str {
        &self.source
    }
}

/// A data-validation template's verdict: `Ok(true)` send, `Ok(false)` skip; `Err(rendered
/// text)` when it rendered anything but true/false (surrounding white space ignored).
pub fn validation_outcome(rendered: &str) -> Result<bool, String> {
    match rendered.trim() {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(rendered.to_string()),
    }
}

/// Globals for an error-handling template: `body` (parsed JSON when the response body parses
/// as JSON, else the string) and `headers` (lower-case name → value; repeated headers joined
/// with ", ").
pub fn error_globals(body: &[u8], headers: &[(String, String)]) -> Map<String, Json> {
    let body = match serde_json::from_slice::<Json>(body) {
        Ok(v) => v,
        Err(_) => Json::String(String::from_utf8_lossy(body).into_owned()),
    };
    let mut h = Map::new();
    for (name, value) in headers {
        let key = name.to_ascii_lowercase();
        match h.get_mut(&key) {
            Some(Json::String(prev)) => {
                prev.push_str(", ");
                prev.push_str(value);
            }
            _ => {
                h.insert(key, Json::String(value.clone()));
            }
        }
    }
    let mut g = Map::new();
    g.insert("body".into(), body);
    g.insert("headers".into(), Json::Object(h));
    g
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn render(src: &str, data: Json) -> String {
        let Json::Object(m) = data else { panic!("object") };
        parse(src).unwrap().render(&m).unwrap()
    }

    #[test]
    fn missing_variables_render_empty_at_every_level() {
        assert_eq!(
            render("[{{ nope }}|{{ data.nope.deeper }}|{{ data.id }}]", json!({"data": {"id": 7}})),
            "[||7]"
        );
    }

    #[test]
    fn integer_and_float_arithmetic() {
        assert_eq!(
            render("{{ 10 | divided_by: 4 }} {{ 10.0 | divided_by: 4 }} {{ 1.0 }}", json!({})),
            "2 2.5 1.0"
        );
        assert_eq!(render("{{ 0.1 | plus: 0.2 }}", json!({})), "0.3");
    }

    #[test]
    fn syntax_errors_have_a_position() {
        let e = parse("ok\n  {% if %}x{% endif %}").unwrap_err();
        assert_eq!((e.line, e.column), (Some(2), Some(3)));
        assert_eq!(e.snippet.as_deref(), Some("{% if %}"));
        assert!(e.to_string().contains("at line 2, column 3: {% if %}"), "{e}");
    }

    #[test]
    fn render_errors_have_a_position() {
        let e = parse("a\n{{ 1 | divided_by: 0 }}").unwrap().render(&Map::new()).unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.message.contains("divided by 0"), "{e}");
    }

    /// The fuzzer's `liquid_render` timeouts (fuzz/README.md): runaway loops and growth stop
    /// with Ruby Liquid's resource-limit message instead of holding the worker.
    #[test]
    fn runaway_templates_stop_at_the_resource_limits() {
        let cases = [
            "{% for i in (1..1000100000) %}{{ i }}{% endfor %}",
            "{% for i in (1..1000100000) %}{% endfor %}",
            "{% for a in (1..100000) Limit: 3 %}{% for b in (1..100000) limit: 3{ %}x{% endfor %}{% endfor %}",
            "{% assign s = 'ab' %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}",
            "{% capture s %}{% for i in (1..20000000) %}xy{% endfor %}{% endcapture %}",
            // The fuzzer's third: one output whose filter chain doubles the value each time.
            &format!("{{{{ '\\\"' {}}}}}", "| json ".repeat(40)),
            // A range a filter would have to build whole (it was cut at a million items, silently).
            "{{ (1..100000000) | join: ',' | size }}",
            // The fuzzer's fourth: a string grown near the size limit, split into characters.
            "{% assign s = 'ab' %}{% for i in (1..16) %}{% assign s = s | append: s %}{% endfor %}{{ s | split: '' | size }}",
        ];
        // Limits a hundred times smaller than the default keep the debug-build test quick.
        let small = render::Limits {
            steps: render::Limits::DEFAULT.steps / 100,
            size: render::Limits::DEFAULT.size / 100,
        };
        for src in cases {
            let e = parse(src).unwrap().render_limited(&Map::new(), small).unwrap_err();
            assert!(e.message.contains("Liquid error: Memory limits exceeded"), "{src}: {e}");
        }
        // A large but reasonable loop is untouched.
        assert_eq!(render("{% for i in (1..100000) %}{% endfor %}ok", json!({})), "ok");
    }

    #[test]
    fn validation_outcomes() {
        assert_eq!(validation_outcome(" true\n"), Ok(true));
        assert_eq!(validation_outcome("false"), Ok(false));
        assert_eq!(validation_outcome("yes"), Err("yes".into()));
    }

    #[test]
    fn error_globals_parse_json_and_join_headers() {
        let h = vec![("Set-Cookie".to_string(), "a=1".to_string()), ("set-cookie".into(), "b=2".into())];
        let g = error_globals(br#"{"error":"x"}"#, &h);
        assert_eq!(g["body"], json!({"error": "x"}));
        assert_eq!(g["headers"], json!({"set-cookie": "a=1, b=2"}));
        assert_eq!(error_globals(b"not json", &[])["body"], json!("not json"));
    }

    /// Fuzzing regressions: deep nesting must end in an error, not a stack overflow.
    #[test]
    fn deep_nesting_is_an_error_not_a_stack_overflow() {
        let range = format!("{}1{}", "(".repeat(50_000), "..2)".repeat(50_000));
        let t = parse(&format!("{{{{ {range} }}}}")).unwrap();
        assert!(t.render(&Map::new()).is_err());
        let blocks = "{% if true %}".repeat(10_000);
        let e = parse(&blocks).unwrap_err();
        assert!(e.message.contains("nesting too deep"), "{e}");
    }

    /// Fuzzing regression (liquid_render): a strftime width past `usize` overflowed.
    #[test]
    fn huge_date_widths_do_not_overflow() {
        let out =
            render("{{ '2024-03-05' | date: '%d.%3333333333333333333333333333333333333333m.;' }}", json!({}));
        assert_eq!(out, "05.%3333333333333333333333333333333333333333m.;");
        let e = parse("{{ '2024-03-05' | date: '%5000000m' }}").unwrap().render(&Map::new()).unwrap_err();
        assert!(e.message.contains("out of range"), "{e}");
    }

    /// Ranges and counters at the ends of i64 saturate instead of overflowing.
    #[test]
    fn arithmetic_at_the_ends_of_i64_does_not_overflow() {
        let t = "{{ (-9223372036854775807..9223372036854775807) | size }}|{% increment c %}{% increment c %}";
        let out = render(t, json!({"c": 9223372036854775807_i64}));
        assert!(out.starts_with("9223372036854775807|"), "{out}");
        let t =
            "{% for i in (1..3) offset: 9223372036854775807 limit: 9223372036854775807 %}{{ i }}{% endfor %}";
        assert_eq!(render(t, json!({})), "");
    }

    /// A loop over a huge range is lazy: it costs what it renders (Ruby builds the array).
    #[test]
    fn loops_over_huge_ranges_are_lazy() {
        let t = "{% for i in (1..1000000000000) %}{{ i }}{% if i == 3 %}{% break %}{% endif %}{% endfor %}";
        assert_eq!(render(t, json!({})), "123");
        let t = "{% for i in (1..1000000000000) reversed offset: 999999999998 %}{{ i }},{{ forloop.length }};{% endfor %}";
        assert_eq!(render(t, json!({})), "1000000000000,2;999999999999,2;");
        let t = "{% tablerow i in (5..1000000000000) limit: 2 %}{{ i }}{% endtablerow %}";
        assert!(render(t, json!({})).contains("<td class=\"col2\">6</td>"));
    }

    #[test]
    fn templates_render_concurrently() {
        let t = std::sync::Arc::new(parse("{{ data.id | times: 2 }}").unwrap());
        let handles: Vec<_> = (0..4)
            .map(|i| {
                let t = t.clone();
                std::thread::spawn(move || {
                    let Json::Object(m) = json!({"data": {"id": i}}) else { unreachable!() };
                    t.render(&m).unwrap()
                })
            })
            .collect();
        let out: Vec<String> = handles.into_iter().map(|h| h.join().unwrap()).collect();
        assert_eq!(out, ["0", "2", "4", "6"]);
    }
}
