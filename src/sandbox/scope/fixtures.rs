//! Loading subscriptions and their delivery-error records from a JSON fixture file, so the
//! errors commands can be exercised before (or without) real deliveries.
//!
//! ```json
//! { "subscriptions": [ {
//!     "name": "Orders", "topic": "scenario_session/completed", "callbackUrl": "https://example.com/hook",
//!     "organization": "optional, default organization", "user": "optional, default user",
//!     "disabled": false, "disabledReason": null,
//!     "errors": [ { "jobId": "…", "attempt": 1, "message": "HTTP 500", "createdAt": "2024-01-01T00:00:00Z",
//!                   "durationMs": 120,
//!                   "request": { "url": "…", "method": "POST", "headers": [{"name": "…", "value": "…"}], "body": "…" },
//!                   "response": { "status": 500, "headers": [], "body": "…" } } ] } ] }
//! ```
//! A subscription is matched by owner and name (created when missing); an error by its
//! subscription, job id and attempt, so loading the same file twice changes nothing.

use std::path::Path;

use anyhow::{Context, Result, bail};
use serde::Deserialize;

use crate::sandbox::clock::parse_rfc3339;
use crate::sandbox::db::Db;
use crate::sandbox::scope::store::{self, ErrorRow, RequestSnapshot, ResponseSnapshot, SubscriptionRow};
use crate::sandbox::scope::topics;
use crate::sandbox::validate;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    subscriptions: Vec<FixtureSubscription>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct FixtureSubscription {
    name: String,
    topic: String,
    callback_url: String,
    organization: Option<String>,
    user: Option<String>,
    #[serde(default)]
    disabled: bool,
    disabled_reason: Option<String>,
    #[serde(default)]
    errors: Vec<FixtureError>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct FixtureError {
    job_id: String,
    #[serde(default = "one")]
    attempt: i64,
    message: String,
    created_at: Option<String>,
    #[serde(default)]
    duration_ms: i64,
    request: RequestSnapshot,
    response: Option<ResponseSnapshot>,
}

fn one() -> i64 {
    1
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Summary {
    pub subscriptions_created: usize,
    pub subscriptions: usize,
    pub errors: usize,
}

/// Loads `path` into `db`; subscriptions without an owner go to `default_org` / `default_user`.
pub fn load(db: &Db, path: &Path, default_org: &str, default_user: &str, now: i64) -> Result<Summary> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the fixture file {}", path.display()))?;
    let file: File = serde_json::from_str(&text)
        .with_context(|| format!("the fixture file {} is not valid", path.display()))?;
    for (i, s) in file.subscriptions.iter().enumerate() {
        let at = format!("{}: subscriptions[{i}]", path.display());
        if topics::find(&s.topic, None).is_none() {
            bail!("{at}: unknown topic {:?}", s.topic);
        }
        validate::name(&s.name).map_err(|m| anyhow::anyhow!("{at}: name {m}"))?;
        validate::callback_url(&s.callback_url).map_err(|m| anyhow::anyhow!("{at}: callbackUrl {m}"))?;
        for (j, e) in s.errors.iter().enumerate() {
            if let Some(t) = e.created_at.as_ref().filter(|t| parse_rfc3339(t).is_none()) {
                bail!("{at}.errors[{j}]: createdAt is not an RFC 3339 time: {t:?}");
            }
        }
    }
    db.write_blocking(|tx| {
        let mut summary = Summary::default();
        for s in &file.subscriptions {
            let org = store::ensure_org(tx, s.organization.as_deref().unwrap_or(default_org), now)?;
            let user = store::ensure_user(tx, org.id, s.user.as_deref().unwrap_or(default_user), now)?;
            let existing: Option<i64> = tx
                .query_row(
                    "SELECT id FROM subscriptions WHERE org_id = ? AND user_id = ? AND name = ? ORDER BY id LIMIT 1",
                    rusqlite::params![org.id, user.id, s.name],
                    |r| r.get(0),
                )
                .ok();
            let sub = match existing {
                Some(id) => store::get_subscription(tx, id)?.context("fixture subscription vanished")?,
                None => {
                    let topic = topics::find(&s.topic, None).context("unknown topic")?;
                    let mut row = SubscriptionRow::new(org.id, user.id, now);
                    row.name = s.name.clone();
                    row.topic_key = topic.key.clone();
                    row.topic_version = topic.version.to_string();
                    row.callback_url = s.callback_url.clone();
                    if s.disabled {
                        row.disabled = true;
                        row.disabled_at = Some(now);
                        row.disabled_reason = Some(s.disabled_reason.clone().unwrap_or_else(|| "disabled by fixture".into()));
                    }
                    summary.subscriptions_created += 1;
                    store::insert_subscription(tx, &row)?
                }
            };
            summary.subscriptions += 1;
            for e in &s.errors {
                store::insert_error(
                    tx,
                    &ErrorRow {
                        id: 0,
                        subscription_id: sub.id,
                        delivery_id: None,
                        attempt: e.attempt,
                        message: e.message.clone(),
                        job_id: e.job_id.clone(),
                        request: e.request.clone(),
                        response: e.response.clone(),
                        duration_ms: e.duration_ms,
                        created_at: e.created_at.as_deref().and_then(parse_rfc3339).unwrap_or(now),
                    },
                )?;
                summary.errors += 1;
            }
        }
        Ok(summary)
    })
}
