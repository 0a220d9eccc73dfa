//! Whether an answer counts as received: only 2xx, redirects fail, and a 2xx fails when the
//! error-handling template renders anything.

use super::{Failure, Response};
use crate::templates::{self, Template};

/// Only 2xx succeeds; redirects fail; a 2xx fails when the error template renders anything.
pub fn classify(response: &Response, error_template: Option<&Template>) -> Option<Failure> {
    let status = response.status;
    if (300..400).contains(&status) {
        let location = header(&response.headers, "location").map(str::to_string);
        return Some(Failure::Redirect { status, location });
    }
    if !(200..300).contains(&status) {
        return Some(Failure::Status(status));
    }
    let template = error_template?;
    let globals = templates::error_globals(&response.body, &response.headers);
    match template.render(&globals) {
        Ok(text) if text.trim().is_empty() => None,
        Ok(text) => Some(Failure::ErrorTemplate(text.trim().to_string())),
        Err(e) => Some(Failure::ErrorTemplateBroken(e.to_string())),
    }
}

/// A header's value by case-insensitive name.
pub fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(status: u16, body: &str) -> Response {
        Response {
            status,
            headers: vec![("Location".into(), "https://elsewhere".into())],
            body: body.as_bytes().to_vec(),
            truncated: false,
        }
    }

    #[test]
    fn classification() {
        assert_eq!(classify(&response(200, ""), None), None);
        assert_eq!(classify(&response(204, ""), None), None);
        assert_eq!(
            classify(&response(302, ""), None),
            Some(Failure::Redirect { status: 302, location: Some("https://elsewhere".into()) })
        );
        assert_eq!(classify(&response(500, ""), None), Some(Failure::Status(500)));
        let t = templates::parse("{% if body.error %}{{ body.error }}{% endif %}").unwrap();
        assert_eq!(classify(&response(200, r#"{"ok":true}"#), Some(&t)), None);
        assert_eq!(
            classify(&response(200, r#"{"error":"User already exists"}"#), Some(&t)),
            Some(Failure::ErrorTemplate("User already exists".into()))
        );
        // The template is not consulted when the status already failed.
        assert_eq!(classify(&response(404, r#"{"error":"x"}"#), Some(&t)), Some(Failure::Status(404)));
    }
}
