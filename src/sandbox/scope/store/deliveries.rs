//! The `deliveries` table: pending notifications, the delivery worker's queue.

use anyhow::{Context, Result};
use rusqlite::types::Value as Sql;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::subscriptions::{SubscriptionRow, subscribers};
use crate::sandbox::scope::topics::Topic;
use crate::sandbox::store::NodeRow;
use crate::sandbox::store::{Cursor, Page, PageReq, paginate};

pub const PENDING: &str = "pending";
pub const SUCCEEDED: &str = "succeeded";
pub const FAILED: &str = "failed";
pub const SKIPPED: &str = "skipped";

#[derive(Debug, Clone, PartialEq)]
pub struct DeliveryRow {
    pub id: i64,
    pub org_id: i64,
    pub subscription_id: i64,
    pub topic_key: String,
    pub topic_version: String,
    /// Row id in `nodes`.
    pub node_id: i64,
    /// GraphQL type name of the node, e.g. `ScenarioSession`.
    pub node_type: String,
    /// The `X-Scope-Webhook-Job-Id` of every attempt.
    pub job_id: String,
    /// `pending`, `succeeded`, `failed` or `skipped`.
    pub status: String,
    pub attempts: i64,
    pub consecutive_failures: i64,
    pub next_attempt_at: Option<i64>,
    pub last_error_id: Option<i64>,
    pub last_response_status: Option<i64>,
    /// A test-toggle delivery: the validation template is not used, and it is sent even when the
    /// subscription is disabled.
    pub test: bool,
    /// What happened last, in a line: why it failed, was skipped, or when it is retried.
    pub outcome: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

impl DeliveryRow {
    pub(super) fn from_row(r: &Row<'_>) -> rusqlite::Result<DeliveryRow> {
        Ok(DeliveryRow {
            id: r.get("id")?,
            org_id: r.get("org_id")?,
            subscription_id: r.get("subscription_id")?,
            topic_key: r.get("topic_key")?,
            topic_version: r.get("topic_version")?,
            node_id: r.get("node_id")?,
            node_type: r.get("node_type")?,
            job_id: r.get("job_id")?,
            status: r.get("status")?,
            attempts: r.get("attempts")?,
            consecutive_failures: r.get("consecutive_failures")?,
            next_attempt_at: r.get("next_attempt_at")?,
            last_error_id: r.get("last_error_id")?,
            last_response_status: r.get("last_response_status")?,
            test: r.get("test")?,
            outcome: r.get("outcome")?,
            created_at: r.get("created_at")?,
            updated_at: r.get("updated_at")?,
        })
    }
}

fn insert_delivery(
    conn: &Connection,
    sub: &SubscriptionRow,
    node: &NodeRow,
    test: bool,
    now: i64,
) -> Result<DeliveryRow> {
    conn.prepare_cached(
        "INSERT INTO deliveries (org_id, subscription_id, topic_key, topic_version, node_id, node_type, job_id, status,
            next_attempt_at, test, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'pending', ?8, ?9, ?8, ?8)",
    )?
    .execute(params![
        sub.org_id,
        sub.id,
        sub.topic_key,
        sub.topic_version,
        node.id,
        node.kind.type_name(),
        uuid::Uuid::new_v4().to_string(),
        now,
        test
    ])?;
    get_delivery(conn, conn.last_insert_rowid())?.context("the new delivery vanished")
}

/// Queues one pending notification per enabled subscription of the node's organization to `topic`.
pub fn enqueue(conn: &Connection, topic: &Topic, node: &NodeRow, now: i64) -> Result<Vec<DeliveryRow>> {
    subscribers(conn, node.org_id, &topic.key)?
        .iter()
        .map(|s| insert_delivery(conn, s, node, false, now))
        .collect()
}

/// Queues a test notification of `sub` about `node`.
pub fn enqueue_test(
    conn: &Connection,
    sub: &SubscriptionRow,
    node: &NodeRow,
    now: i64,
) -> Result<DeliveryRow> {
    insert_delivery(conn, sub, node, true, now)
}

pub fn get_delivery(conn: &Connection, id: i64) -> Result<Option<DeliveryRow>> {
    Ok(conn
        .prepare_cached("SELECT * FROM deliveries WHERE id = ?")?
        .query_row([id], DeliveryRow::from_row)
        .optional()?)
}

pub fn list_deliveries(conn: &Connection, subscription_id: i64, page: PageReq) -> Result<Page<DeliveryRow>> {
    paginate(
        conn,
        "deliveries",
        &["subscription_id = ?".to_string()],
        vec![Sql::Integer(subscription_id)],
        page,
        DeliveryRow::from_row,
        |d| Cursor { at: d.created_at, id: d.id },
    )
}

/// The ids of the pending deliveries due at `now` on the sandbox clock, oldest first (for the
/// worker, which claims them before it loads them).
pub fn due_ids(conn: &Connection, now: i64, limit: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM deliveries WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
    )?;
    let ids = stmt.query_map(params![now, limit], |r| r.get(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(ids)
}

/// When the next pending delivery falls due, if any (for the worker's sleep).
pub fn next_due_at(conn: &Connection) -> Result<Option<i64>> {
    Ok(conn.query_row("SELECT MIN(next_attempt_at) FROM deliveries WHERE status = 'pending'", [], |r| {
        r.get(0)
    })?)
}

/// Writes the worker-owned fields of a delivery back.
pub fn save_delivery(conn: &Connection, d: &DeliveryRow) -> Result<()> {
    conn.prepare_cached(
        "UPDATE deliveries SET status = ?2, attempts = ?3, consecutive_failures = ?4, next_attempt_at = ?5,
            last_error_id = ?6, last_response_status = ?7, updated_at = ?8, outcome = ?9 WHERE id = ?1",
    )?
    .execute(params![
        d.id,
        d.status,
        d.attempts,
        d.consecutive_failures,
        d.next_attempt_at,
        d.last_error_id,
        d.last_response_status,
        d.updated_at,
        d.outcome
    ])?;
    Ok(())
}

/// When the first pending delivery due strictly after `now` falls due (the worker's sleep:
/// the ones due by `now` are already being sent).
pub fn next_due_after(conn: &Connection, now: i64) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached(
            "SELECT MIN(next_attempt_at) FROM deliveries WHERE status = 'pending' AND next_attempt_at > ?",
        )?
        .query_row([now], |r| r.get(0))?)
}

/// The earliest time a retry of a pending delivery due from `start` on can fall due: a
/// delivery tried after `a` attempts is retried no sooner than
/// [`retry_delay_secs`](crate::sandbox::scheduler::retry_delay_secs)`(a, 0)` = `a⁴ + 15` s
/// later. A clock advance runs the window up to it at once: nothing tried in it is retried
/// inside it.
pub fn earliest_retry_from(conn: &Connection, start: i64) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached(
            "SELECT MIN(next_attempt_at + (attempts * attempts * attempts * attempts + 15) * 1000)
             FROM deliveries WHERE status = 'pending' AND next_attempt_at >= ?",
        )?
        .query_row([start], |r| r.get(0))?)
}

/// Puts a pending delivery off until `at` (the worker, after an internal error).
pub fn postpone_delivery(conn: &Connection, id: i64, at: i64) -> Result<()> {
    conn.prepare_cached("UPDATE deliveries SET next_attempt_at = ?2 WHERE id = ?1 AND status = 'pending'")?
        .execute(params![id, at])?;
    Ok(())
}

/// How many pending deliveries are due at `at` (zero: everything due by then has been tried).
pub fn count_due(conn: &Connection, at: i64) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT COUNT(*) FROM deliveries WHERE status = 'pending' AND next_attempt_at <= ?")?
        .query_row([at], |r| r.get(0))?)
}
