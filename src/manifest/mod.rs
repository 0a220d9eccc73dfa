//! Subscriptions as code: the manifest model (`read`: TOML with file and line positions,
//! `${VAR}` expansion, validation), the comparable records of both sides (`record`), the plan
//! (`plan`, with `diff` for texts), its application (`apply`), the export (`export`) and the
//! local state Sentera needs (`state`). Commands live in `commands::manifest`.

pub mod apply;
pub mod check;
pub mod diff;
pub mod export;
pub mod plan;
pub mod read;
pub mod record;
pub mod remote;
pub mod state;

use std::path::{Path, PathBuf};

use crate::context::Provider;
use crate::error::{Error, Result};
use crate::secret::Secret;

pub use read::read;

/// A manifest as read and checked locally: every path resolved, every `${VAR}` expanded.
#[derive(Debug, Clone)]
pub struct Manifest {
    pub path: PathBuf,
    pub provider: Provider,
    pub entries: Vec<Entry>,
}

/// One subscription the manifest declares.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Its stable key: the name on Scope; `key` (or one derived from the fields) on Sentera.
    pub key: String,
    /// Where it starts in the manifest (1-based), for messages.
    pub line: usize,
    pub spec: Spec,
    pub secret: Option<SecretRef>,
    pub secret_version: u32,
}

#[derive(Debug, Clone)]
pub enum Spec {
    Scope(ScopeSpec),
    Sentera(SenteraSpec),
}

#[derive(Debug, Clone, Default)]
pub struct ScopeSpec {
    pub name: String,
    pub topic: String,
    pub topic_line: usize,
    /// `None`: whatever version the server picks (not compared).
    pub topic_version: Option<String>,
    /// `JSON` or `XML`.
    pub content_type: String,
    pub callback_url: String,
    pub integration: Option<String>,
    pub query: Option<String>,
    pub validation_template: Option<String>,
    pub template: Option<String>,
    pub error_template: Option<String>,
    pub enabled: bool,
}

#[derive(Debug, Clone, Default)]
pub struct SenteraSpec {
    pub organization: String,
    pub callback_url: String,
    /// Sorted and without duplicates: the server does not distinguish their order.
    pub event_types: Vec<String>,
    pub oauth: Option<OAuth>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OAuth {
    pub token_url: String,
    pub client_id: String,
    pub scope: Option<String>,
}

/// Where a write-only secret comes from; the manifest never holds the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecretRef {
    Env(String),
    File(PathBuf),
}

impl SecretRef {
    pub fn resolve(&self) -> Result<Secret> {
        match self {
            SecretRef::Env(name) => match std::env::var(name) {
                Ok(v) if !v.is_empty() => Ok(Secret::new(v)),
                _ => Err(Error::input(format!("the environment variable {name} is not set or empty"))),
            },
            SecretRef::File(path) => crate::input::read_secret_file(path),
        }
    }
}

/// Sentera's default key: organization, callback and event types, which together say what a
/// subscription does (the API has no name field).
pub fn sentera_key(org: &str, callback: &str, event_types: &[String]) -> String {
    format!("{org} {callback} {}", event_types.join(","))
}

/// `base` joined with a manifest-relative path.
pub fn resolve_path(base: &Path, rel: &str) -> PathBuf {
    let p = Path::new(rel);
    if p.is_absolute() { p.to_path_buf() } else { base.parent().unwrap_or(Path::new(".")).join(p) }
}
