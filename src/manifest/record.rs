//! Both sides of a comparison as plain records of named fields, normalised the same way, so the
//! plan compares them without knowing which API they came from.

use sha2::{Digest, Sha256};

use super::{Entry, Spec, check};
use crate::api::scope::subscriptions::Subscription as ScopeSub;
use crate::api::sentera::Subscription as SenteraSub;

/// One compared field; `block` fields (templates, queries) are shown as unified diffs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: &'static str,
    pub value: Option<String>,
    pub block: bool,
}

fn f(name: &'static str, value: Option<String>) -> Field {
    Field { name, value, block: false }
}

fn block(name: &'static str, value: Option<&str>) -> Field {
    Field { name, value: check::normal_text(value), block: true }
}

/// What the manifest wants for one subscription.
#[derive(Debug, Clone)]
pub struct Desired {
    pub key: String,
    /// What matches a server subscription without a recorded id: the name (Scope) or the derived
    /// key (Sentera).
    pub identity: String,
    pub fields: Vec<Field>,
    pub enabled: bool,
    /// `Some(version)` when the manifest sets a secret.
    pub secret: Option<u32>,
}

/// A server subscription as compared.
#[derive(Debug, Clone)]
pub struct Remote {
    pub id: String,
    pub identity: String,
    pub fields: Vec<Field>,
    pub disabled: bool,
    pub reason: Option<String>,
    pub has_secret: bool,
    /// The version recorded where it survives; `None` reads as 1 (what `export` writes).
    pub secret_version: Option<u32>,
}

impl Remote {
    /// A digest of everything compared, so a saved plan can tell that the server changed since.
    pub fn fingerprint(&self) -> String {
        let mut h = Sha256::new();
        for field in &self.fields {
            h.update(field.name.as_bytes());
            h.update([0]);
            h.update(field.value.as_deref().unwrap_or("\u{0}none").as_bytes());
            h.update([1]);
        }
        h.update(format!("{}|{}|{:?}", self.disabled, self.has_secret, self.secret_version).as_bytes());
        h.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect()
    }

    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }
}

// ---------------------------------------------------------------------------------------------
// Scope: the secret version lives in the error-handling template as a Liquid comment, which
// renders nothing, so the template classifies every response exactly as it would without it.

const MARK_OPEN: &str = "{% comment %}hookctl:secret_version=";
const MARK_CLOSE: &str = "{% endcomment %}";

/// The error-handling template as sent: the version marker first, then the user's template.
pub fn with_marker(template: Option<&str>, version: Option<u32>) -> Option<String> {
    match version {
        None => template.map(str::to_string),
        Some(v) => Some(format!("{MARK_OPEN}{v}{MARK_CLOSE}{}", template.unwrap_or_default())),
    }
}

/// The version recorded in a server's error-handling template, and the template without it.
pub fn strip_marker(template: Option<&str>) -> (Option<u32>, Option<String>) {
    let Some(t) = template else { return (None, None) };
    if let Some(rest) = t.strip_prefix(MARK_OPEN)
        && let Some(end) = rest.find(MARK_CLOSE)
        && let Ok(v) = rest[..end].trim().parse::<u32>()
    {
        let user = &rest[end + MARK_CLOSE.len()..];
        return (Some(v), (!user.is_empty()).then(|| user.to_string()));
    }
    (None, Some(t.to_string()))
}

impl Desired {
    pub fn of(entry: &Entry) -> Desired {
        let secret = entry.secret.as_ref().map(|_| entry.secret_version);
        match &entry.spec {
            Spec::Scope(s) => Desired {
                key: entry.key.clone(),
                identity: s.name.clone(),
                fields: vec![
                    f("topic", Some(s.topic.clone())),
                    f("topic_version", s.topic_version.clone()),
                    f("content_type", Some(s.content_type.clone())),
                    f("callback_url", Some(s.callback_url.clone())),
                    f("integration", s.integration.clone()),
                    block("query", s.query.as_deref()),
                    block("validation_template", s.validation_template.as_deref()),
                    block("template", s.template.as_deref()),
                    block("error_template", s.error_template.as_deref()),
                ]
                .into_iter()
                // No topic_version: whichever version the server chose is fine.
                .filter(|field| field.name != "topic_version" || field.value.is_some())
                .collect(),
                enabled: s.enabled,
                secret,
            },
            Spec::Sentera(s) => Desired {
                key: entry.key.clone(),
                identity: super::sentera_key(&s.organization, &s.callback_url, &s.event_types),
                fields: sentera_fields(
                    &s.organization,
                    &s.callback_url,
                    &s.event_types,
                    s.oauth.as_ref().map(|o| (&o.token_url, &o.client_id, &o.scope)),
                ),
                enabled: true,
                secret,
            },
        }
    }
}

fn sentera_fields(
    org: &str,
    callback: &str,
    types: &[String],
    oauth: Option<(&String, &String, &Option<String>)>,
) -> Vec<Field> {
    vec![
        f("organization", Some(org.to_string())),
        f("callback_url", Some(callback.to_string())),
        f("event_types", Some(types.join(", "))),
        f("oauth.token_url", oauth.map(|o| o.0.clone())),
        f("oauth.client_id", oauth.map(|o| o.1.clone())),
        f("oauth.scope", oauth.and_then(|o| o.2.clone()).filter(|s| !s.is_empty())),
    ]
}

pub fn scope_remote(s: &ScopeSub) -> Remote {
    let (version, error_template) = strip_marker(s.error_handling_template.as_deref());
    Remote {
        id: s.id.clone(),
        identity: s.name.clone(),
        fields: vec![
            f("topic", Some(s.topic.key.clone())),
            f("topic_version", Some(s.topic.version.clone())),
            f("content_type", Some(s.content_type.to_ascii_uppercase())),
            f("callback_url", Some(check::normal_url_text(&s.callback_url))),
            f("integration", s.integration.as_ref().map(|i| i.id.clone())),
            block("query", s.query.as_deref()),
            block("validation_template", s.data_validation_template.as_deref()),
            block("template", s.template.as_deref()),
            block("error_template", error_template.as_deref()),
        ],
        disabled: s.disabled,
        reason: s.disabled_reason.clone(),
        // A server that does not say whether a secret is set reads as none (secrets compare by version).
        has_secret: s.has_shared_secret == Some(true),
        secret_version: version,
    }
}

/// A Sentera subscription; its secret version comes from the local state (the API keeps none).
pub fn sentera_remote(s: &SenteraSub, recorded: Option<u32>) -> Remote {
    let mut types = s.event_types.clone();
    types.sort();
    types.dedup();
    let callback = check::normal_url_text(&s.callback_url);
    let auth = s
        .authentication
        .as_ref()
        .map(|a| (check::normal_url_text(&a.token_url), a.client_id.clone(), a.scope.clone()));
    Remote {
        id: s.sentera_id.clone(),
        identity: super::sentera_key(
            s.organization_sentera_id.as_deref().unwrap_or_default(),
            &callback,
            &types,
        ),
        fields: sentera_fields(
            s.organization_sentera_id.as_deref().unwrap_or_default(),
            &callback,
            &types,
            auth.as_ref().map(|a| (&a.0, &a.1, &a.2)),
        ),
        disabled: false,
        reason: None,
        has_secret: s.authentication.is_some(),
        secret_version: recorded,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_marker_round_trips() {
        let sent = with_marker(Some("{% if body.error %}{{ body.error }}{% endif %}"), Some(3)).unwrap();
        assert_eq!(
            strip_marker(Some(&sent)),
            (Some(3), Some("{% if body.error %}{{ body.error }}{% endif %}".into()))
        );
        assert_eq!(strip_marker(Some(&with_marker(None, Some(1)).unwrap())), (Some(1), None));
        assert_eq!(strip_marker(Some("plain")), (None, Some("plain".into())));
    }

    #[test]
    fn the_marker_renders_nothing() {
        let t = crate::templates::parse(&with_marker(None, Some(7)).unwrap()).unwrap();
        assert_eq!(t.render(&crate::templates::error_globals(b"{}", &[])).unwrap(), "");
    }
}
