//! Preparing a notification, the one way every caller does it: the payload (the subscription's
//! query result or the default payload) → the data-validation template → the body template in
//! the subscription's content type → the envelope with every header → the signature.
//!
//! The sandbox's worker, `subscriptions deliver` and `send` all come through here; what differs
//! is only where the payload comes from and what a caller does with a "do not send".

use serde_json::Value;

use super::envelope::{Envelope, Request};
use crate::payload::{self, ContentType};
use crate::templates::{self, Template, TemplateError};

/// A subscription's three templates, parsed with the engine the server uses.
#[derive(Debug, Default)]
pub struct Templates {
    pub validation: Option<Template>,
    pub body: Option<Template>,
    pub error: Option<Template>,
}

/// A stored template that does not parse (the server checks them on save, so rare).
#[derive(Debug, thiserror::Error)]
#[error("the subscription's {what} does not parse: {source}")]
pub struct TemplateParseError {
    pub what: &'static str,
    pub source: TemplateError,
}

impl Templates {
    /// Parses the data-validation, body and error-handling templates; blank ones are absent.
    pub fn parse(
        validation: Option<&str>,
        body: Option<&str>,
        error: Option<&str>,
    ) -> Result<Templates, TemplateParseError> {
        let one = |src: Option<&str>, what: &'static str| match src.filter(|s| !s.trim().is_empty()) {
            None => Ok(None),
            Some(s) => templates::parse(s).map(Some).map_err(|source| TemplateParseError { what, source }),
        };
        Ok(Templates {
            validation: one(validation, "data-validation template")?,
            body: one(body, "body template")?,
            error: one(error, "error-handling template")?,
        })
    }
}

/// Everything about one notification but its payload.
pub struct Notification<'a> {
    pub url: &'a str,
    pub content_type: ContentType,
    pub templates: &'a Templates,
    pub envelope: Envelope,
    pub secret: Option<&'a [u8]>,
}

/// What to do with the data-validation template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Validate {
    /// Render it; `false` means do not send (the server's rule).
    Apply,
    /// Render it and report it, but send even on `false` (`subscriptions deliver --force`).
    Report,
    /// Leave it out (the guide: "When using the test toggle, the data validation template will
    /// not be used").
    Skip,
}

/// What the data-validation template rendered and said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Validation {
    pub rendered: String,
    pub send: bool,
}

#[derive(Debug)]
pub enum Prepared {
    /// Ready to send.
    Send { request: Request, validation: Option<Validation> },
    /// The data-validation template rendered false.
    Skip(Validation),
}

/// Why a notification could not be prepared; no retry can fix these.
#[derive(Debug, thiserror::Error)]
pub enum PrepareError {
    #[error("the data-validation template must render true or false, but rendered {:?}", .0.trim())]
    NotBoolean(String),
    #[error("the data-validation template failed: {0}")]
    Validation(TemplateError),
    #[error("the body template failed: {0}")]
    Body(TemplateError),
}

/// Prepares one notification about `data` (the query result or the default payload).
pub fn prepare(n: Notification<'_>, data: &Value, validate: Validate) -> Result<Prepared, PrepareError> {
    let validation = match (&n.templates.validation, validate) {
        (Some(t), Validate::Apply | Validate::Report) => {
            let rendered = t.render(&payload::globals(data)).map_err(PrepareError::Validation)?;
            match templates::validation_outcome(&rendered) {
                Ok(send) => Some(Validation { rendered, send }),
                Err(_) => return Err(PrepareError::NotBoolean(rendered)),
            }
        }
        _ => None,
    };
    if let Some(v) = &validation
        && !v.send
        && validate == Validate::Apply
    {
        return Ok(Prepared::Skip(v.clone()));
    }
    let body = payload::body(data, n.templates.body.as_ref(), n.content_type).map_err(PrepareError::Body)?;
    Ok(Prepared::Send { request: n.request(body), validation })
}

impl Notification<'_> {
    /// The signed request for a body already made: what [`prepare`] ends with, and what `send`
    /// uses for a payload file it sends byte for byte.
    pub fn request(&self, body: Vec<u8>) -> Request {
        Request::notification(self.url, &self.envelope, self.content_type, body, self.secret)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::delivery::{API_VERSION, header};
    use serde_json::json;

    fn notification(templates: &Templates) -> Notification<'_> {
        Notification {
            url: "http://x",
            content_type: ContentType::Json,
            templates,
            envelope: Envelope::new("user/created", "1.1", "scopear.com", "w", "j", chrono::Utc::now()),
            secret: Some(b"s"),
        }
    }

    #[test]
    fn validation_body_and_signature() {
        let t = Templates::parse(Some("{{ data.ok }}"), Some("{\"id\":\"{{ data.id }}\"}"), None).unwrap();
        let data = json!({"data": {"ok": true, "id": "n1"}});
        let Prepared::Send { request, validation } =
            prepare(notification(&t), &data, Validate::Apply).unwrap()
        else {
            panic!("not sent")
        };
        assert_eq!(request.body, br#"{"id":"n1"}"#);
        assert_eq!(validation.map(|v| v.send), Some(true));
        assert_eq!(header(&request.headers, "X-Scope-API-Version"), Some(API_VERSION));
        let sig = crate::signing::sign(b"s", &request.body);
        assert_eq!(header(&request.headers, "X-Scope-Hmac-Sha256"), Some(sig.as_str()));

        let no = json!({"data": {"ok": false, "id": "n1"}});
        assert!(matches!(prepare(notification(&t), &no, Validate::Apply), Ok(Prepared::Skip(_))));
        assert!(matches!(prepare(notification(&t), &no, Validate::Report), Ok(Prepared::Send { .. })));
        let skipped = prepare(notification(&t), &no, Validate::Skip).unwrap();
        assert!(matches!(skipped, Prepared::Send { validation: None, .. }));
        let odd = json!({"data": {"ok": "maybe"}});
        let e = prepare(notification(&t), &odd, Validate::Apply).unwrap_err();
        assert_eq!(
            e.to_string(),
            "the data-validation template must render true or false, but rendered \"maybe\""
        );
    }

    #[test]
    fn templates_parse_in_one_place() {
        let e = Templates::parse(None, Some("{% if %}"), None).unwrap_err();
        assert!(e.to_string().starts_with("the subscription's body template does not parse"), "{e}");
        let t = Templates::parse(Some("  "), None, Some("")).unwrap();
        assert!(t.validation.is_none() && t.body.is_none() && t.error.is_none());
    }
}
