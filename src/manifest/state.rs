//! The local state Sentera's API makes necessary: it has no name field, no place that survives
//! a secret's rotation, and its documented `WebhookSubscription` does not answer its OAuth
//! settings. So `apply` records, per endpoint and key, the subscription's id, the applied
//! `secret_version` and the OAuth settings it sent (never the client secret) in
//! `<manifest stem>.state.json` beside the manifest. Scope needs none (the name is the key; the
//! version lives in the error-handling template).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{Entry, Spec};
use crate::api::sentera::Authentication;
use crate::error::{Error, Result};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub id: String,
    pub secret_version: Option<u32>,
    /// The OAuth settings apply sent (token URL, client id, scope; the secret is write-only and
    /// stands here only as `secret_version`). Read back as the server's when it does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth: Option<Authentication>,
}

impl Record {
    /// What applying `entry` leaves on the server under `id`.
    pub fn applied(entry: &Entry, id: String) -> Record {
        let oauth = match &entry.spec {
            Spec::Sentera(s) => s.oauth.as_ref().map(|o| Authentication {
                token_url: o.token_url.clone(),
                client_id: o.client_id.clone(),
                scope: o.scope.clone(),
            }),
            Spec::Scope(_) => None,
        };
        Record { id, secret_version: entry.secret.as_ref().map(|_| entry.secret_version), oauth }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct State {
    #[serde(default)]
    pub endpoints: BTreeMap<String, BTreeMap<String, Record>>,
    #[serde(skip)]
    path: PathBuf,
}

/// The state file of a manifest.
pub fn path_of(manifest: &Path) -> PathBuf {
    let stem = manifest.file_stem().and_then(|s| s.to_str()).unwrap_or("hooks");
    super::read::base_dir(manifest).join(format!("{stem}.state.json"))
}

impl State {
    /// The state beside `manifest`; none yet is an empty state.
    pub fn load(manifest: &Path) -> Result<State> {
        let path = path_of(manifest);
        let mut state = match std::fs::read_to_string(&path) {
            Ok(text) => serde_json::from_str::<State>(&text).map_err(|e| {
                Error::input(format!("the state file {} is not valid: {e}", path.display())).with_hint(
                    "delete it: subscriptions are then matched by organization, callback and event types",
                )
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => State::default(),
            Err(e) => return Err(Error::file(&path, e)),
        };
        state.path = path;
        Ok(state)
    }

    pub fn get(&self, endpoint: &str, key: &str) -> Option<&Record> {
        self.endpoints.get(endpoint)?.get(key)
    }

    pub fn set(&mut self, endpoint: &str, key: &str, record: Record) {
        self.endpoints.entry(endpoint.to_string()).or_default().insert(key.to_string(), record);
    }

    pub fn remove(&mut self, endpoint: &str, key: &str) {
        if let Some(m) = self.endpoints.get_mut(endpoint) {
            m.remove(key);
        }
    }

    /// Writes the file atomically (a temporary file renamed over it).
    pub fn save(&self) -> Result<()> {
        let text = serde_json::to_string_pretty(self)? + "\n";
        let tmp = self.path.with_extension("json.tmp");
        std::fs::write(&tmp, text).map_err(|e| Error::file(&tmp, e))?;
        std::fs::rename(&tmp, &self.path).map_err(|e| Error::file(&self.path, e))
    }
}
