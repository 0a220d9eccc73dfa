//! Reading a manifest: TOML into raw spanned values, then every string expanded, every file
//! read, every value checked, each problem reported with the file and line — all before any
//! request.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::{Entry, Manifest, OAuth, ScopeSpec, SecretRef, SenteraSpec, Spec, check, resolve_path};
use crate::context::Provider;
use crate::error::{Error, Result};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    version: Option<Spanned<i64>>,
    provider: Option<Spanned<String>>,
    #[serde(default)]
    subscription: Vec<Spanned<RawEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    key: Option<Spanned<String>>,
    name: Option<Spanned<String>>,
    topic: Option<Spanned<String>>,
    topic_version: Option<Spanned<String>>,
    content_type: Option<Spanned<String>>,
    callback_url: Option<Spanned<String>>,
    integration: Option<Spanned<String>>,
    query: Option<Spanned<RawText>>,
    validation_template: Option<Spanned<RawText>>,
    template: Option<Spanned<RawText>>,
    error_template: Option<Spanned<RawText>>,
    enabled: Option<bool>,
    secret: Option<Spanned<RawSecret>>,
    secret_version: Option<Spanned<i64>>,
    organization: Option<Spanned<String>>,
    event_types: Option<Spanned<Vec<Spanned<String>>>>,
    oauth: Option<Spanned<RawOAuth>>,
}

/// Every field name, for "did you mean".
const FIELDS: &[&str] = &[
    "version",
    "provider",
    "subscription",
    "key",
    "name",
    "topic",
    "topic_version",
    "content_type",
    "callback_url",
    "integration",
    "query",
    "validation_template",
    "template",
    "error_template",
    "enabled",
    "secret",
    "secret_version",
    "organization",
    "event_types",
    "oauth",
    "token_url",
    "client_id",
    "scope",
    "env",
    "file",
];

#[derive(Deserialize)]
#[serde(untagged)]
enum RawText {
    Inline(String),
    File(FileRef),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileRef {
    file: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSecret {
    env: Option<String>,
    file: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOAuth {
    token_url: Spanned<String>,
    client_id: String,
    scope: Option<String>,
}

/// The problems found so far, each as `file:line: message`.
struct Problems<'a> {
    file: String,
    path: &'a Path,
    line_starts: Vec<usize>,
    list: Vec<String>,
}

impl Problems<'_> {
    fn line(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= offset)
    }
    fn at(&mut self, offset: usize, msg: impl std::fmt::Display) {
        let line = self.line(offset);
        self.list.push(format!("{}:{line}: {msg}", self.file));
    }
    /// Records a problem and gives the value up.
    fn fail<T>(&mut self, offset: usize, msg: impl std::fmt::Display) -> Option<T> {
        self.at(offset, msg);
        None
    }
    /// A string field expanded, or `None` after recording why not.
    fn text(&mut self, s: &Spanned<String>) -> Option<String> {
        match check::expand(s.get_ref()) {
            Ok(v) => Some(v),
            Err(e) => {
                self.at(s.span().start, e);
                None
            }
        }
    }
    fn opt(&mut self, s: &Option<Spanned<String>>) -> Option<String> {
        s.as_ref().and_then(|s| self.text(s))
    }
    fn required(&mut self, s: &Option<Spanned<String>>, field: &str, entry_at: usize) -> String {
        match s {
            Some(s) => self.text(s).unwrap_or_default(),
            None => {
                self.at(entry_at, format!("{field} is required"));
                String::new()
            }
        }
    }
    /// A template or query: inline (expanded) or read from a file beside the manifest.
    fn body(
        &mut self,
        t: &Option<Spanned<RawText>>,
        what: &str,
        check: fn(&str) -> Result<(), String>,
    ) -> Option<String> {
        let t = t.as_ref()?;
        let at = t.span().start;
        let text = match t.get_ref() {
            RawText::Inline(s) => match check::expand(s) {
                Ok(v) => v,
                Err(e) => return self.fail(at, e),
            },
            RawText::File(f) => {
                let rel = match check::expand(&f.file) {
                    Ok(v) => v,
                    Err(e) => return self.fail(at, e),
                };
                let path = resolve_path(self.path, &rel);
                match std::fs::read_to_string(&path) {
                    Ok(v) => v,
                    Err(e) => {
                        return self.fail(at, format!("cannot read the {what} file {rel}: {e}"));
                    }
                }
            }
        };
        if let Err(e) = check(&text) {
            self.at(at, format!("the {what} {e}"));
        }
        Some(text)
    }
}

/// Reads and checks a manifest for `provider` (the profile's); its own `provider`, when given,
/// must agree.
pub fn read(path: &Path, provider: Provider) -> Result<Manifest> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::file(path, e))?;
    parse(path, &text, provider)
}

pub fn parse(path: &Path, text: &str, provider: Provider) -> Result<Manifest> {
    let mut p = Problems {
        file: crate::input::display(path),
        path,
        line_starts: std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect(),
        list: Vec::new(),
    };
    let raw: RawFile = match toml::from_str(text) {
        Ok(r) => r,
        Err(e) => {
            p.at(e.span().map_or(0, |s| s.start), toml_message(&e));
            return Err(invalid(p.list));
        }
    };
    if let Some(v) = raw.version.as_ref().filter(|v| *v.get_ref() != 1) {
        p.at(v.span().start, format!("version {} is not one this hookctl reads (1)", v.get_ref()));
    }
    if let Some(declared) = &raw.provider {
        let name = declared.get_ref().trim().to_ascii_lowercase();
        if name != provider.name() {
            let e = if name == "scope" || name == "sentera" {
                format!(
                    "this manifest is for {name}, but the command talks to {}; pass --provider {name}",
                    provider.label()
                )
            } else {
                format!("provider {:?} is not scope or sentera", declared.get_ref())
            };
            p.at(declared.span().start, e);
            return Err(invalid(p.list));
        }
    }
    let mut entries = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for raw in &raw.subscription {
        let at = raw.span().start;
        let entry = match provider {
            Provider::Scope => scope_entry(&mut p, raw.get_ref(), at),
            Provider::Sentera => sentera_entry(&mut p, raw.get_ref(), at),
        };
        let Some(entry) = entry else { continue };
        if let Some(first) = seen.get(&entry.key) {
            p.at(
                at,
                format!("two subscriptions have the key {:?} (the first is at line {first})", entry.key),
            );
            continue;
        }
        seen.insert(entry.key.clone(), entry.line);
        entries.push(entry);
    }
    if !p.list.is_empty() {
        return Err(invalid(p.list));
    }
    Ok(Manifest { path: path.to_path_buf(), provider, entries })
}

fn invalid(list: Vec<String>) -> Error {
    let n = list.len();
    let head = if n == 1 {
        "the manifest has a problem".to_string()
    } else {
        format!("the manifest has {n} problems")
    };
    Error::input(format!("{head}:\n  {}", list.join("\n  ")))
        .with_hint("nothing was sent to the server; fix the manifest and run the command again")
}

/// toml's message, with "did you mean" for an unknown field and a plainer text for a template
/// that is neither a string nor a file reference.
fn toml_message(e: &toml::de::Error) -> String {
    let msg = e.message().trim().to_string();
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        let field = rest.split('`').next().unwrap_or_default();
        return match crate::input::did_you_mean(field, FIELDS) {
            Some(s) => format!("unknown field `{field}`; did you mean `{s}`?"),
            None => format!("unknown field `{field}`"),
        };
    }
    if msg.contains("untagged enum RawText") {
        return "expected a string or { file = \"path\" }".to_string();
    }
    msg
}

fn secret(p: &mut Problems, raw: &RawEntry, at: usize) -> (Option<SecretRef>, u32) {
    let version = match &raw.secret_version {
        Some(v) if *v.get_ref() >= 1 && *v.get_ref() <= i64::from(u32::MAX) => *v.get_ref() as u32,
        Some(v) => {
            p.at(v.span().start, "secret_version must be a whole number from 1");
            1
        }
        None => 1,
    };
    let Some(s) = &raw.secret else { return (None, version) };
    let sat = s.span().start;
    let r = match (&s.get_ref().env, &s.get_ref().file) {
        (Some(env), None) => check::expand(env).map(SecretRef::Env),
        (None, Some(file)) => check::expand(file).map(|f| SecretRef::File(resolve_path(p.path, &f))),
        _ => Err("secret must be { env = \"NAME\" } or { file = \"path\" }".to_string()),
    };
    match r {
        Ok(r) => {
            if let Err(e) = r.resolve() {
                p.at(sat, format!("the secret is unreadable: {}", e.message));
            }
            (Some(r), version)
        }
        Err(e) => {
            p.at(sat.max(at), e);
            (None, version)
        }
    }
}

/// Fields of the other API are mistakes worth naming.
fn foreign(p: &mut Problems, present: &[(&str, Option<usize>)], api: &str) {
    for (field, at) in present {
        if let Some(at) = at {
            p.at(*at, format!("`{field}` is not a field of {api} subscriptions"));
        }
    }
}

fn scope_entry(p: &mut Problems, r: &RawEntry, at: usize) -> Option<Entry> {
    let span = |s: &Option<Spanned<String>>| s.as_ref().map(|s| s.span().start);
    foreign(
        p,
        &[
            ("key", span(&r.key)),
            ("organization", span(&r.organization)),
            ("event_types", r.event_types.as_ref().map(|s| s.span().start)),
            ("oauth", r.oauth.as_ref().map(|s| s.span().start)),
        ],
        "Scope",
    );
    let name = p.required(&r.name, "name", at);
    if r.name.is_some() && name.trim().is_empty() {
        p.at(at, "name must not be empty");
    }
    let topic = p.required(&r.topic, "topic", at).trim().to_string();
    let callback_url = match p.required(&r.callback_url, "callback_url", at) {
        raw if r.callback_url.is_some() => check::callback(&raw).unwrap_or_else(|e| {
            p.at(span(&r.callback_url).unwrap_or(at), format!("callback_url {e}"));
            raw
        }),
        raw => raw,
    };
    let content_type = match p.opt(&r.content_type) {
        Some(c) => check::content_type(&c).unwrap_or_else(|e| {
            p.at(span(&r.content_type).unwrap_or(at), e);
            c
        }),
        None => "JSON".to_string(),
    };
    let (secret, secret_version) = secret(p, r, at);
    let spec = ScopeSpec {
        topic_line: p.line(span(&r.topic).unwrap_or(at)),
        topic,
        topic_version: p.opt(&r.topic_version).map(|v| v.trim().to_string()).filter(|v| !v.is_empty()),
        content_type,
        callback_url,
        integration: p.opt(&r.integration).filter(|i| !i.trim().is_empty()),
        query: p.body(&r.query, "query", check::query),
        validation_template: p.body(&r.validation_template, "validation template", check::template),
        template: p.body(&r.template, "body template", check::template),
        error_template: p.body(&r.error_template, "error-handling template", check::template),
        enabled: r.enabled.unwrap_or(true),
        name: name.clone(),
    };
    Some(Entry { key: name, line: p.line(at), spec: Spec::Scope(spec), secret, secret_version })
}

fn sentera_entry(p: &mut Problems, r: &RawEntry, at: usize) -> Option<Entry> {
    let span = |s: &Option<Spanned<String>>| s.as_ref().map(|s| s.span().start);
    let body_span = |s: &Option<Spanned<RawText>>| s.as_ref().map(|s| s.span().start);
    foreign(
        p,
        &[
            ("name", span(&r.name)),
            ("topic", span(&r.topic)),
            ("topic_version", span(&r.topic_version)),
            ("content_type", span(&r.content_type)),
            ("integration", span(&r.integration)),
            ("query", body_span(&r.query)),
            ("validation_template", body_span(&r.validation_template)),
            ("template", body_span(&r.template)),
            ("error_template", body_span(&r.error_template)),
        ],
        "Sentera",
    );
    if r.enabled == Some(false) {
        p.at(at, "Sentera subscriptions cannot be disabled (the API has no such state)");
    }
    let organization = p.required(&r.organization, "organization", at).trim().to_string();
    let callback_url = match p.required(&r.callback_url, "callback_url", at) {
        raw if r.callback_url.is_some() => check::callback(&raw).unwrap_or_else(|e| {
            p.at(span(&r.callback_url).unwrap_or(at), format!("callback_url {e}"));
            raw
        }),
        raw => raw,
    };
    let mut event_types = Vec::new();
    match &r.event_types {
        None => p.at(at, "event_types is required"),
        Some(list) if list.get_ref().is_empty() => p.at(list.span().start, "event_types must not be empty"),
        Some(list) => {
            for t in list.get_ref() {
                match p.text(t).map(|v| check::event_type(&v)) {
                    Some(Ok(v)) => event_types.push(v),
                    Some(Err(e)) => p.at(t.span().start, e),
                    None => {}
                }
            }
        }
    }
    event_types.sort();
    event_types.dedup();
    let oauth = r.oauth.as_ref().map(|o| {
        let raw = o.get_ref();
        let token_url = p.text(&raw.token_url).unwrap_or_default();
        if let Err(e) = check::callback(&token_url) {
            p.at(raw.token_url.span().start, format!("oauth.token_url {e}"));
        }
        OAuth {
            token_url: check::normal_url_text(&token_url),
            client_id: check::expand(&raw.client_id).unwrap_or_else(|e| {
                p.at(o.span().start, e);
                String::new()
            }),
            scope: raw.scope.as_deref().map(check::expand).transpose().unwrap_or_else(|e| {
                p.at(o.span().start, e);
                None
            }),
        }
    });
    let (secret, secret_version) = secret(p, r, at);
    match (&oauth, &secret) {
        (Some(_), None) => {
            p.at(at, "oauth needs the client secret: secret = { env = \"NAME\" } or { file = \"path\" }")
        }
        (None, Some(_)) => {
            p.at(at, "secret is the OAuth client secret: it needs an [subscription.oauth] table")
        }
        _ => {}
    }
    let key = match &r.key {
        Some(k) => p.text(k).unwrap_or_default(),
        None => super::sentera_key(&organization, &callback_url, &event_types),
    };
    let spec = SenteraSpec { organization, callback_url, event_types, oauth };
    Some(Entry { key, line: p.line(at), spec: Spec::Sentera(spec), secret, secret_version })
}

/// The directory files of a manifest at `path` are written to and read from.
pub fn base_dir(path: &Path) -> PathBuf {
    path.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str, provider: Provider) -> String {
        parse(Path::new("m.toml"), text, provider).unwrap_err().message
    }

    #[test]
    fn sentera_entries_are_normalised_and_keyed() {
        let text = "provider = \"sentera\"\n[[subscription]]\norganization = \"O\"\n\
                    callback_url = \"HTTPS://Example.com\"\nevent_types = [\"field-created\", \"FEATURE_SET_CREATED\", \"FIELD_CREATED\"]\n";
        let m = parse(Path::new("m.toml"), text, Provider::Sentera).unwrap();
        let e = &m.entries[0];
        assert_eq!(e.key, "O https://example.com/ FEATURE_SET_CREATED,FIELD_CREATED");
        assert_eq!(e.line, 2);
        let Spec::Sentera(s) = &e.spec else { panic!("not Sentera") };
        assert_eq!(s.event_types, ["FEATURE_SET_CREATED", "FIELD_CREATED"]);
    }

    #[test]
    fn problems_carry_lines() {
        let sentera = "[[subscription]]\norganization = \"O\"\ncallback_url = \"https://x\"\n\
                       event_types = [\"A\"]\nname = \"n\"\n[subscription.oauth]\ntoken_url = \"https://t\"\nclient_id = \"c\"\n";
        let msg = problems(sentera, Provider::Sentera);
        assert!(msg.contains("m.toml:4: event type \"A\" is not one of"), "{msg}");
        assert!(msg.contains("m.toml:5: `name` is not a field of Sentera subscriptions"), "{msg}");
        assert!(msg.contains("m.toml:1: oauth needs the client secret"), "{msg}");
        assert!(problems("version = 2\n", Provider::Scope).contains("m.toml:1: version 2"));
        assert!(
            problems("[[subscription]]\nname = \"a\"\n", Provider::Scope)
                .contains("m.toml:1: topic is required")
        );
    }
}
