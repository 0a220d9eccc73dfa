//! First-generation Scope webhooks (shared/seeds/000_0e3e8a0b05bf73f7.txt): enabled per
//! organization with one base URL, events `Call.create`, `Call.update`,
//! `ScenarioSession.create`, `ScenarioSession.update`, and the body
//! `{time, event, type: "resource", data: {resource-id, resource-url, resource-type}}`
//! ([`crate::payload::first_generation_payload`]).
//!
//! The node mutations call [`enqueue`] in their transaction and wake the scheduler after it; a
//! small worker POSTs each notification once through the delivery engine and records the outcome.

use std::sync::{Arc, Weak};
use std::time::Duration;

use anyhow::{Context as _, Result};
use async_graphql::SimpleObject;
use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::delivery::{self, Engine, Request};
use crate::global_id::{self as ids, Kind};
use crate::payload::ContentType;
use crate::sandbox::clock::rfc3339;
use crate::sandbox::state::AppState;
use crate::sandbox::store::NodeRow;

const MIGRATIONS: &str = r#"
CREATE TABLE IF NOT EXISTS first_generation_webhooks (
    org_id      INTEGER PRIMARY KEY,
    base_url    TEXT NOT NULL,
    enabled_at  INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS first_generation_deliveries (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id           INTEGER NOT NULL,
    url              TEXT NOT NULL,
    event            TEXT NOT NULL,
    node_id          INTEGER NOT NULL,
    node_type        TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'PENDING',
    response_status  INTEGER,
    error            TEXT,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS first_generation_deliveries_org ON first_generation_deliveries (org_id, id);
CREATE INDEX IF NOT EXISTS first_generation_deliveries_pending ON first_generation_deliveries (status, id);
"#;

/// Databases made by earlier versions call these tables `legacy_*`: renamed in place (their
/// indexes are made again under the new names).
fn rename_old_tables(tx: &Connection) -> Result<()> {
    let exists = |name: &str| -> Result<bool> {
        Ok(tx
            .prepare_cached("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")?
            .exists([name])?)
    };
    for (old, new) in [
        ("legacy_webhooks", "first_generation_webhooks"),
        ("legacy_deliveries", "first_generation_deliveries"),
    ] {
        if exists(old)? && !exists(new)? {
            tx.execute_batch(&format!("ALTER TABLE {old} RENAME TO {new}"))?;
        }
    }
    tx.execute_batch(
        "DROP INDEX IF EXISTS legacy_deliveries_org; DROP INDEX IF EXISTS legacy_deliveries_pending;",
    )?;
    Ok(())
}

/// The node types with first-generation events.
pub const KINDS: &[Kind] = &[Kind::Call, Kind::ScenarioSession];

/// Creates the tables and starts the worker (which ends when the sandbox's state is dropped).
pub async fn start(app: Arc<AppState>) -> Result<()> {
    app.db
        .write(|tx| {
            rename_old_tables(tx)?;
            Ok(tx.execute_batch(MIGRATIONS)?)
        })
        .await
        .context("cannot create the first-generation tables")?;
    let engine = Engine::new(delivery::DEFAULT_TIMEOUT).map_err(anyhow::Error::msg)?;
    let weak = Arc::downgrade(&app);
    drop(app);
    let waker = app_waker(&weak);
    tokio::spawn(run(weak, engine, waker));
    Ok(())
}

/// The organization's base URL, when first-generation webhooks are enabled.
pub fn base_url(conn: &Connection, org_id: i64) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT base_url FROM first_generation_webhooks WHERE org_id = ?")?
        .query_row([org_id], |r| r.get(0))
        .optional()?)
}

/// Enables (with a URL) or disables (`None`) first-generation webhooks of an organization.
pub fn set_base_url(conn: &Connection, org_id: i64, url: Option<&str>, now: i64) -> Result<()> {
    match url {
        Some(u) => conn.execute(
            "INSERT INTO first_generation_webhooks (org_id, base_url, enabled_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (org_id) DO UPDATE SET base_url = excluded.base_url",
            params![org_id, u, now],
        )?,
        None => conn.execute("DELETE FROM first_generation_webhooks WHERE org_id = ?", [org_id])?,
    };
    Ok(())
}

/// Queues the first-generation notification of a change (`action`: `create` or `update`) when
/// the node's type has such events and its organization enabled them. Answers whether it did.
pub fn enqueue(conn: &Connection, node: &NodeRow, action: &str, now: i64) -> Result<bool> {
    if !KINDS.contains(&node.kind) || !matches!(action, "create" | "update") {
        return Ok(false);
    }
    let Some(url) = base_url(conn, node.org_id)? else { return Ok(false) };
    conn.prepare_cached(
        "INSERT INTO first_generation_deliveries (org_id, url, event, node_id, node_type, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
    )?
    .execute(params![
        node.org_id,
        url,
        format!("{}.{action}", node.kind.type_name()),
        node.id,
        node.kind.type_name(),
        now
    ])?;
    Ok(true)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryRow {
    pub id: i64,
    pub org_id: i64,
    pub url: String,
    /// e.g. `Call.create`.
    pub event: String,
    pub node_id: i64,
    pub node_type: String,
    /// `PENDING`, `DELIVERED` or `FAILED`.
    pub status: String,
    pub response_status: Option<i64>,
    pub error: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

impl DeliveryRow {
    fn from_row(r: &Row<'_>) -> rusqlite::Result<DeliveryRow> {
        Ok(DeliveryRow {
            id: r.get("id")?,
            org_id: r.get("org_id")?,
            url: r.get("url")?,
            event: r.get("event")?,
            node_id: r.get("node_id")?,
            node_type: r.get("node_type")?,
            status: r.get("status")?,
            response_status: r.get("response_status")?,
            error: r.get("error")?,
            created_at: r.get("created_at")?,
            updated_at: r.get("updated_at")?,
        })
    }
}

/// The organization's most recent notifications, newest first.
pub fn recent(conn: &Connection, org_id: i64, limit: i64) -> Result<Vec<DeliveryRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT * FROM first_generation_deliveries WHERE org_id = ? ORDER BY id DESC LIMIT ?",
    )?;
    let rows = stmt
        .query_map(params![org_id, limit], DeliveryRow::from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

fn pending(conn: &Connection) -> Result<Vec<DeliveryRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT * FROM first_generation_deliveries WHERE status = 'PENDING' ORDER BY id LIMIT 32",
    )?;
    let rows = stmt.query_map([], DeliveryRow::from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The body of a notification (`resource-type` is the node type in snake_case, e.g. `call`,
/// `scenario_session`; `event` is `create` or `update`).
pub fn body(app: &AppState, d: &DeliveryRow) -> serde_json::Value {
    let kind = Kind::from_name(&d.node_type).unwrap_or(Kind::Call);
    let gid = ids::encode(kind, d.node_id);
    let action = d.event.rsplit('.').next().unwrap_or("create");
    let time = chrono::DateTime::from_timestamp_millis(d.created_at).unwrap_or_default();
    crate::payload::first_generation_payload(time, action, kind.snake(), &gid, &app.object_url(&gid))
}

fn app_waker(app: &Weak<AppState>) -> Option<tokio::sync::watch::Receiver<u64>> {
    app.upgrade().map(|a| a.scheduler.waker())
}

async fn run(app: Weak<AppState>, engine: Engine, waker: Option<tokio::sync::watch::Receiver<u64>>) {
    let Some(mut waker) = waker else { return };
    loop {
        let Some(a) = app.upgrade() else { return };
        // Marked seen before the look, so a wake during it is not lost.
        waker.borrow_and_update();
        let work = match a.db.read(pending).await {
            Ok(rows) => rows,
            Err(e) => {
                eprintln!("first-generation webhooks: {e:#}");
                Vec::new()
            }
        };
        let busy = !work.is_empty();
        for d in work {
            if let Err(e) = deliver(&a, &engine, d).await {
                eprintln!("first-generation webhooks: {e:#}");
            }
        }
        drop(a);
        if !busy {
            let _ = tokio::time::timeout(Duration::from_secs(1), waker.changed()).await;
        }
    }
}

async fn deliver(app: &Arc<AppState>, engine: &Engine, mut d: DeliveryRow) -> Result<()> {
    let body = serde_json::to_vec(&body(app, &d))?;
    let request = Request::first_generation(&d.url, ContentType::Json, body, None);
    let outcome = engine.deliver(request, None).await;
    d.response_status = outcome.response.as_ref().map(|r| i64::from(r.status));
    match outcome.failure {
        None => d.status = "DELIVERED".into(),
        Some(f) => {
            d.status = "FAILED".into();
            d.error = Some(f.to_string());
        }
    }
    d.updated_at = app.clock.now_ms();
    app.db
        .write(move |tx| {
            tx.execute(
                "UPDATE first_generation_deliveries SET status = ?2, response_status = ?3, error = ?4, updated_at = ?5 WHERE id = ?1",
                params![d.id, d.status, d.response_status, d.error, d.updated_at],
            )?;
            Ok(())
        })
        .await
}

// ---------------------------------------------------------------------------------------------
// GraphQL types for the main schema's sandbox-only field and mutation.

/// First-generation webhooks of the viewer's organization (sandbox only).
#[derive(Debug, Clone, SimpleObject)]
pub struct FirstGenerationWebhooks {
    /// Where notifications are POSTed; null when disabled.
    pub base_url: Option<String>,
    /// The events sent: Call.create, Call.update, ScenarioSession.create, ScenarioSession.update.
    pub events: Vec<String>,
    /// The 50 most recent notifications, newest first.
    pub deliveries: Vec<FirstGenerationDelivery>,
}

#[derive(Debug, Clone, SimpleObject)]
pub struct FirstGenerationDelivery {
    pub event: String,
    pub url: String,
    pub resource_id: String,
    /// PENDING, DELIVERED or FAILED (one attempt, no retries).
    pub status: String,
    pub response_status: Option<i64>,
    pub error: Option<String>,
    pub created_at: String,
}

pub const EVENTS: &[&str] =
    &["Call.create", "Call.update", "ScenarioSession.create", "ScenarioSession.update"];

/// The viewer organization's settings and recent notifications.
pub async fn settings(app: &AppState, org_id: i64) -> Result<FirstGenerationWebhooks> {
    let (url, rows) = app.db.read(move |c| Ok((base_url(c, org_id)?, recent(c, org_id, 50)?))).await?;
    Ok(FirstGenerationWebhooks {
        base_url: url,
        events: EVENTS.iter().map(|e| e.to_string()).collect(),
        deliveries: rows
            .into_iter()
            .map(|d| {
                let kind = Kind::from_name(&d.node_type).unwrap_or(Kind::Call);
                FirstGenerationDelivery {
                    event: d.event,
                    url: d.url,
                    resource_id: ids::encode(kind, d.node_id),
                    status: d.status,
                    response_status: d.response_status,
                    error: d.error,
                    created_at: rfc3339(d.created_at),
                }
            })
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_of_earlier_versions_are_renamed_with_their_rows() {
        let dir = tempfile::tempdir().unwrap();
        let db = crate::sandbox::db::Db::open(&dir.path().join("old.db")).unwrap();
        let old = MIGRATIONS.replace("first_generation_", "legacy_");
        db.write_blocking(|tx| {
            tx.execute_batch(&old)?;
            tx.execute(
                "INSERT INTO legacy_webhooks (org_id, base_url, enabled_at) VALUES (1, 'https://x', 0)",
                [],
            )?;
            Ok(())
        })
        .unwrap();
        for _ in 0..2 {
            db.write_blocking(|tx| {
                rename_old_tables(tx)?;
                Ok(tx.execute_batch(MIGRATIONS)?)
            })
            .unwrap();
        }
        let (url, old_objects): (String, i64) = db
            .read_blocking(|c| {
                Ok((
                    c.query_row("SELECT base_url FROM first_generation_webhooks", [], |r| r.get(0))?,
                    c.query_row("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'legacy%'", [], |r| {
                        r.get(0)
                    })?,
                ))
            })
            .unwrap();
        assert_eq!((url.as_str(), old_objects), ("https://x", 0));
    }
}
