//! The plan: the manifest's records against the server's, as creates, updates (field by field,
//! texts as unified diffs), enables (the server disabled it: drift), deletes (only with
//! `--prune`), unchanged and unmanaged. A stable JSON document (`hookctl-plan/1`) and a text form.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::record::{self, Desired, Remote};
use super::remote::Snapshot;
use super::state::State;
use super::{Manifest, Spec, diff};
use crate::error::{Error, Result};

pub const FORMAT: &str = "hookctl-plan/1";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Create,
    Update,
    Enable,
    Delete,
}

impl Action {
    /// The order apply runs them in: deletes last, so nothing is lost before its replacement works.
    pub const ORDER: [Action; 4] = [Action::Create, Action::Update, Action::Enable, Action::Delete];

    pub fn verb(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Update => "update",
            Action::Enable => "enable",
            Action::Delete => "delete",
        }
    }
    pub fn past(self) -> &'static str {
        match self {
            Action::Create => "created",
            Action::Update => "updated",
            Action::Enable => "enabled",
            Action::Delete => "deleted",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldChange {
    pub field: String,
    pub from: Option<String>,
    pub to: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diff: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub action: Action,
    pub key: String,
    pub id: Option<String>,
    pub fields: Vec<FieldChange>,
    /// Why: the server's disabled reason for an enable; "not in the manifest" for a delete.
    pub reason: Option<String>,
    /// Sentera has no update: the subscription is created anew, then the old one deleted.
    pub replace: bool,
    /// An update that also re-enables what the server disabled.
    pub enable: bool,
    /// The server's record of this subscription when planned (`absent` for a create).
    pub fingerprint: String,
    /// The manifest entry (an index), for apply; not part of the document.
    #[serde(skip)]
    pub entry: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub key: String,
    pub id: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Plan {
    pub format: String,
    pub provider: String,
    pub endpoint: String,
    pub manifest: PathBuf,
    pub prune: bool,
    pub changes: Vec<Change>,
    pub unchanged: Vec<Item>,
    pub unmanaged: Vec<Item>,
}

impl Plan {
    pub fn count(&self, action: Action) -> usize {
        self.changes.iter().filter(|c| c.action == action).count()
    }

    pub fn summary(&self) -> String {
        format!(
            "Plan: {} to create, {} to update, {} to enable, {} to delete; {} unchanged, {} unmanaged.",
            self.count(Action::Create),
            self.count(Action::Update),
            self.count(Action::Enable),
            self.count(Action::Delete),
            self.unchanged.len(),
            self.unmanaged.len()
        )
    }
}

/// Compares the manifest with the server. Unknown topics (Scope has a topic list) fail here,
/// with the manifest's line, before anything is changed.
pub fn compute(
    manifest: &Manifest,
    snapshot: &Snapshot,
    state: &State,
    endpoint: &str,
    prune: bool,
) -> Result<Plan> {
    let remotes = remotes_of(snapshot, state, endpoint);
    if let Snapshot::Scope { topics, .. } = snapshot {
        check_topics(manifest, topics)?;
    }
    let mut taken = vec![false; remotes.len()];
    let by_id: HashMap<&str, usize> = remotes.iter().enumerate().map(|(i, r)| (r.id.as_str(), i)).collect();
    let mut by_identity: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, r) in remotes.iter().enumerate() {
        by_identity.entry(r.identity.as_str()).or_default().push(i);
    }
    let mut changes = Vec::new();
    let mut unchanged = Vec::new();
    for (n, entry) in manifest.entries.iter().enumerate() {
        let desired = Desired::of(entry);
        let recorded = state.get(endpoint, &entry.key).and_then(|r| by_id.get(r.id.as_str()).copied());
        let matched = recorded.filter(|&i| !taken[i]).or_else(|| {
            by_identity.get(desired.identity.as_str()).and_then(|v| v.iter().copied().find(|&i| !taken[i]))
        });
        let Some(i) = matched else {
            let fields = desired
                .fields
                .iter()
                .map(|f| FieldChange {
                    field: f.name.to_string(),
                    from: None,
                    to: f.value.clone(),
                    diff: None,
                })
                .filter(|f| f.to.is_some())
                .collect();
            changes.push(Change {
                action: Action::Create,
                key: entry.key.clone(),
                id: None,
                fields,
                reason: None,
                replace: false,
                enable: false,
                fingerprint: "absent".into(),
                entry: Some(n),
            });
            continue;
        };
        taken[i] = true;
        let remote = &remotes[i];
        match compare(&desired, remote) {
            Some(mut change) => {
                change.replace = matches!(entry.spec, Spec::Sentera(_)) && change.action == Action::Update;
                change.entry = Some(n);
                changes.push(change);
            }
            None => unchanged.push(Item { key: entry.key.clone(), id: remote.id.clone() }),
        }
    }
    let mut unmanaged = Vec::new();
    for r in remotes.iter().zip(&taken).filter(|(_, t)| !**t).map(|(r, _)| r) {
        if prune {
            changes.push(Change {
                action: Action::Delete,
                key: r.identity.clone(),
                id: Some(r.id.clone()),
                fields: Vec::new(),
                reason: Some("not in the manifest".into()),
                replace: false,
                enable: false,
                fingerprint: r.fingerprint(),
                entry: None,
            });
        } else {
            unmanaged.push(Item { key: r.identity.clone(), id: r.id.clone() });
        }
    }
    changes.sort_by_key(|c| Action::ORDER.iter().position(|a| *a == c.action));
    Ok(Plan {
        format: FORMAT.into(),
        provider: manifest.provider.name().into(),
        endpoint: endpoint.into(),
        manifest: std::path::absolute(&manifest.path).unwrap_or_else(|_| manifest.path.clone()),
        prune,
        changes,
        unchanged,
        unmanaged,
    })
}

fn remotes_of(snapshot: &Snapshot, state: &State, endpoint: &str) -> Vec<Remote> {
    match snapshot {
        Snapshot::Scope { subscriptions, .. } => subscriptions.iter().map(record::scope_remote).collect(),
        Snapshot::Sentera { subscriptions } => {
            let versions: HashMap<&str, Option<u32>> = state
                .endpoints
                .get(endpoint)
                .map(|m| m.values().map(|r| (r.id.as_str(), r.secret_version)).collect())
                .unwrap_or_default();
            subscriptions
                .iter()
                .map(|s| record::sentera_remote(s, versions.get(s.sentera_id.as_str()).copied().flatten()))
                .collect()
        }
    }
}

/// The differences between what the manifest wants and what the server has, or `None`.
fn compare(desired: &Desired, remote: &Remote) -> Option<Change> {
    let mut fields = Vec::new();
    for d in &desired.fields {
        let r = remote.field(d.name).and_then(|f| f.value.clone());
        if r != d.value {
            let diff = d.block.then(|| {
                let with_nl = |t: &Option<String>| t.as_deref().map(|t| format!("{t}\n")).unwrap_or_default();
                diff::unified(&with_nl(&r), &with_nl(&d.value))
            });
            fields.push(FieldChange { field: d.name.to_string(), from: r, to: d.value.clone(), diff });
        }
    }
    if !desired.enabled && !remote.disabled {
        fields.push(FieldChange {
            field: "enabled".into(),
            from: Some("true".into()),
            to: Some("false".into()),
            diff: None,
        });
    }
    let set = |v: u32| Some(format!("set (version {v})"));
    match (desired.secret, remote.has_secret) {
        (Some(v), false) => {
            fields.push(FieldChange { field: "secret".into(), from: None, to: set(v), diff: None })
        }
        (None, true) => fields.push(FieldChange {
            field: "secret".into(),
            from: Some("set".into()),
            to: None,
            diff: None,
        }),
        (Some(v), true) if remote.secret_version.unwrap_or(1) != v => fields.push(FieldChange {
            field: "secret_version".into(),
            from: Some(remote.secret_version.unwrap_or(1).to_string()),
            to: Some(v.to_string()),
            diff: None,
        }),
        _ => {}
    }
    let drift = desired.enabled && remote.disabled;
    let action = if !fields.is_empty() {
        Action::Update
    } else if drift {
        Action::Enable
    } else {
        return None;
    };
    Some(Change {
        action,
        key: desired.key.clone(),
        id: Some(remote.id.clone()),
        fields,
        reason: drift.then(|| remote.reason.clone().unwrap_or_else(|| "disabled on the server".into())),
        replace: false,
        enable: drift,
        fingerprint: remote.fingerprint(),
        entry: None,
    })
}

/// Every topic the manifest names must be one the server offers (with that version, if given).
fn check_topics(manifest: &Manifest, topics: &[crate::api::scope::topics::Topic]) -> Result<()> {
    let keys: Vec<&str> = topics.iter().map(|t| t.key.as_str()).collect::<HashSet<_>>().into_iter().collect();
    let file = crate::input::display(&manifest.path);
    let mut problems = Vec::new();
    for e in &manifest.entries {
        let Spec::Scope(s) = &e.spec else { continue };
        if !keys.contains(&s.topic.as_str()) {
            let hint = crate::input::did_you_mean(&s.topic, &keys)
                .map(|k| format!("; did you mean {k}?"))
                .unwrap_or_default();
            problems.push(format!("{file}:{}: unknown topic {:?}{hint}", s.topic_line, s.topic));
        } else if let Some(v) = &s.topic_version
            && !topics.iter().any(|t| t.key == s.topic && &t.version == v)
        {
            problems.push(format!("{file}:{}: topic {} has no version {v:?}", s.topic_line, s.topic));
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    Err(Error::input(format!(
        "the manifest names topics the server does not have:\n  {}",
        problems.join("\n  ")
    ))
    .with_hint("nothing was changed; `hookctl topics list` shows the topics"))
}

// ---------------------------------------------------------------------------------------------
// text form

fn show(v: &Option<String>) -> String {
    match v {
        None => "(none)".into(),
        Some(s) if s.contains('\n') => format!("({} lines)", s.lines().count()),
        Some(s) => s.clone(),
    }
}

fn label(key: &str, id: &Option<String>) -> String {
    match id {
        Some(id) => format!("{key} [{id}]"),
        None => key.to_string(),
    }
}

/// The plan as text: one block per change, then unmanaged subscriptions and the summary.
pub fn text(plan: &Plan) -> String {
    let mut out = String::new();
    for c in &plan.changes {
        let verb = if c.replace { "replace" } else { c.action.verb() };
        out.push_str(&format!("{verb} {}", label(&c.key, &c.id)));
        if let Some(r) = &c.reason {
            out.push_str(&format!(
                " ({})",
                if c.action == Action::Delete { r.clone() } else { format!("disabled: {r}") }
            ));
        }
        out.push('\n');
        for f in &c.fields {
            match &f.diff {
                Some(d) if c.action != Action::Create => {
                    out.push_str(&format!("    {}:\n", f.field));
                    for line in d.lines() {
                        out.push_str(&format!("      {line}\n"));
                    }
                }
                _ if c.action == Action::Create => {
                    out.push_str(&format!("    {}: {}\n", f.field, show(&f.to)))
                }
                _ => out.push_str(&format!("    {}: {} → {}\n", f.field, show(&f.from), show(&f.to))),
            }
        }
    }
    for u in &plan.unmanaged {
        out.push_str(&format!(
            "unmanaged {} (not in the manifest; --prune deletes it)\n",
            label(&u.key, &Some(u.id.clone()))
        ));
    }
    out.push_str(&plan.summary());
    out.push('\n');
    out
}
