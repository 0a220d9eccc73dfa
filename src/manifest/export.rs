//! The server's subscriptions as a manifest: TOML text plus the template and query files it
//! references (or everything inline). Secrets are never exported: an `env` placeholder and a
//! `secret_version` stand in for them.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use super::record::strip_marker;
use super::{check, sentera_key};
use crate::api::scope::subscriptions::Subscription as ScopeSub;
use crate::api::sentera::Subscription as SenteraSub;

/// A manifest to write: its text, files beside it (relative paths), and for Sentera the key of
/// each subscription id (for the state file).
#[derive(Debug, Default)]
pub struct Export {
    pub toml: String,
    pub files: Vec<(PathBuf, String)>,
    pub keys: Vec<(String, String)>,
    pub warnings: Vec<String>,
}

/// A TOML string literal of `s`, escaped so `${` survives expansion.
fn q(s: &str) -> String {
    toml::Value::String(check::escape(s)).to_string()
}

/// A file-name-safe form of a key.
fn slug(s: &str) -> String {
    let mut out: String =
        s.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    while out.contains("--") {
        out = out.replace("--", "-");
    }
    let out = out.trim_matches('-').to_string();
    if out.is_empty() { "subscription".into() } else { out }
}

/// An environment variable name for a key's secret.
fn env_name(prefix: &str, key: &str) -> String {
    format!("{prefix}_{}", slug(key).replace('-', "_").to_ascii_uppercase())
}

const HEADER: &str = "# Exported by `hookctl export`. Secrets are never exported: set the variables named by\n\
    # `secret = { env = … }` (or point them at files) before `hookctl plan` / `apply`.\n";

pub fn scope(subs: &[ScopeSub], inline: bool) -> Export {
    let mut ex = Export { toml: format!("{HEADER}provider = \"scope\"\n"), ..Export::default() };
    let mut seen = HashSet::new();
    let mut slugs: HashMap<String, usize> = HashMap::new();
    for s in subs {
        if !seen.insert(s.name.clone()) {
            ex.warnings.push(format!(
                "{} is named {:?} like an earlier subscription; names are the manifest's keys, so it is left out (rename it)",
                s.id, s.name
            ));
            continue;
        }
        let base = slug(&s.name);
        let n = slugs.entry(base.clone()).or_default();
        *n += 1;
        let stem = if *n == 1 { base } else { format!("{base}-{n}") };
        let (version, error_template) = strip_marker(s.error_handling_template.as_deref());
        let t = &mut ex.toml;
        t.push_str("\n[[subscription]]\n");
        t.push_str(&format!("name = {}\n", q(&s.name)));
        t.push_str(&format!("topic = {}\n", q(&s.topic.key)));
        t.push_str(&format!("topic_version = {}\n", q(&s.topic.version)));
        t.push_str(&format!("content_type = {}\n", q(&s.content_type.to_ascii_lowercase())));
        t.push_str(&format!("callback_url = {}\n", q(&s.callback_url)));
        if let Some(i) = &s.integration {
            t.push_str(&format!("integration = {}  # {}\n", q(&i.id), i.name.replace('\n', " ")));
        }
        let texts = [
            ("query", "query.graphql", s.query.as_deref()),
            ("validation_template", "validation.liquid", s.data_validation_template.as_deref()),
            ("template", "body.liquid", s.template.as_deref()),
            ("error_template", "error.liquid", error_template.as_deref()),
        ];
        for (field, suffix, text) in texts {
            let Some(text) = text.filter(|t| !t.is_empty()) else { continue };
            if inline {
                ex.toml.push_str(&format!("{field} = {}\n", q(text)));
            } else {
                let rel = PathBuf::from("hooks").join(format!("{stem}.{suffix}"));
                ex.toml.push_str(&format!("{field} = {{ file = {} }}\n", q(&rel.to_string_lossy())));
                ex.files.push((rel, text.to_string()));
            }
        }
        let t = &mut ex.toml;
        if s.disabled {
            let why = s.disabled_reason.as_deref().unwrap_or("disabled").replace('\n', " ");
            t.push_str(&format!("enabled = false  # {why}\n"));
        }
        if s.has_shared_secret == Some(true) {
            t.push_str(&format!("secret = {{ env = {} }}\n", q(&env_name("HOOKCTL_SECRET", &s.name))));
            t.push_str(&format!("secret_version = {}\n", version.unwrap_or(1)));
        }
    }
    ex
}

/// Sentera's subscriptions; `known` maps ids to the keys (and secret versions) already recorded.
pub fn sentera(subs: &[SenteraSub], known: &HashMap<String, (String, Option<u32>)>) -> Export {
    let mut ex = Export { toml: format!("{HEADER}provider = \"sentera\"\n"), ..Export::default() };
    let mut seen = HashSet::new();
    for s in subs {
        let mut types = s.event_types.clone();
        types.sort();
        types.dedup();
        let callback = check::normal_url_text(&s.callback_url);
        let (key, version) = match known.get(&s.sentera_id) {
            Some((k, v)) => (k.clone(), *v),
            None => (
                sentera_key(s.organization_sentera_id.as_deref().unwrap_or_default(), &callback, &types),
                None,
            ),
        };
        let key = if seen.insert(key.clone()) { key } else { format!("{key} {}", s.sentera_id) };
        seen.insert(key.clone());
        ex.keys.push((s.sentera_id.clone(), key.clone()));
        let t = &mut ex.toml;
        t.push_str("\n[[subscription]]\n");
        t.push_str(&format!("key = {}\n", q(&key)));
        t.push_str(&format!(
            "organization = {}\n",
            q(s.organization_sentera_id.as_deref().unwrap_or_default())
        ));
        t.push_str(&format!("callback_url = {}\n", q(&s.callback_url)));
        let list: Vec<String> = types.iter().map(|e| q(e)).collect();
        t.push_str(&format!("event_types = [{}]\n", list.join(", ")));
        if let Some(a) = &s.authentication {
            t.push_str(&format!(
                "secret = {{ env = {} }}\n",
                q(&env_name("HOOKCTL_OAUTH_SECRET", &a.client_id))
            ));
            t.push_str(&format!("secret_version = {}\n", version.unwrap_or(1)));
            t.push_str("[subscription.oauth]\n");
            t.push_str(&format!("token_url = {}\n", q(&a.token_url)));
            t.push_str(&format!("client_id = {}\n", q(&a.client_id)));
            if let Some(scope) = &a.scope {
                t.push_str(&format!("scope = {}\n", q(scope)));
            }
        }
    }
    ex
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_names() {
        assert_eq!(slug("Users / Created!"), "users-created");
        assert_eq!(slug("///"), "subscription");
        assert_eq!(env_name("HOOKCTL_SECRET", "orders.v2"), "HOOKCTL_SECRET_ORDERS_V2");
        assert_eq!(q("a ${B}"), "\"a $${B}\"");
    }
}
