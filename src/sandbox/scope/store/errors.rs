//! The `webhook_errors` table: one record per failed attempt.

use anyhow::{Context, Result};
use rusqlite::types::Value as Sql;
use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::sandbox::store::{Cursor, Page, PageReq, paginate};

pub use crate::delivery::snapshot::{Header, RequestSnapshot, ResponseSnapshot};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorRow {
    pub id: i64,
    pub subscription_id: i64,
    pub delivery_id: Option<i64>,
    /// 1 for the first attempt, 2 for the first retry, …
    pub attempt: i64,
    pub message: String,
    pub job_id: String,
    pub request: RequestSnapshot,
    pub response: Option<ResponseSnapshot>,
    pub duration_ms: i64,
    pub created_at: i64,
}

impl ErrorRow {
    pub(super) fn from_row(r: &Row<'_>) -> rusqlite::Result<ErrorRow> {
        let headers = |s: Option<String>| -> Vec<Header> {
            s.and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default()
        };
        let status: Option<i64> = r.get("response_status")?;
        Ok(ErrorRow {
            id: r.get("id")?,
            subscription_id: r.get("subscription_id")?,
            delivery_id: r.get("delivery_id")?,
            attempt: r.get("attempt")?,
            message: r.get("message")?,
            job_id: r.get("job_id")?,
            request: RequestSnapshot {
                url: r.get("request_url")?,
                method: r.get("request_method")?,
                headers: headers(r.get("request_headers")?),
                body: r.get("request_body")?,
            },
            response: match status {
                Some(status) => Some(ResponseSnapshot {
                    status,
                    headers: headers(r.get("response_headers")?),
                    body: r.get::<_, Option<String>>("response_body")?.unwrap_or_default(),
                }),
                None => None,
            },
            duration_ms: r.get("duration_ms")?,
            created_at: r.get("created_at")?,
        })
    }
}

/// Inserts an error record (its `id` is ignored). An error with the same subscription, job id and
/// attempt already stored is left as it is (fixtures load idempotently); answers the stored row.
pub fn insert_error(conn: &Connection, e: &ErrorRow) -> Result<ErrorRow> {
    let id = insert_error_id(conn, e)?;
    get_error(conn, id)?.context("the new error vanished")
}

/// [`insert_error`] answering only the stored row's id (the worker's write-back).
pub fn insert_error_id(conn: &Connection, e: &ErrorRow) -> Result<i64> {
    let (status, rheaders, rbody) = match &e.response {
        Some(r) => (Some(r.status), Some(serde_json::to_string(&r.headers)?), Some(r.body.as_str())),
        None => (None, None, None),
    };
    let inserted = conn
        .prepare_cached(
            "INSERT OR IGNORE INTO webhook_errors (subscription_id, delivery_id, attempt, message, job_id, request_url,
            request_method, request_headers, request_body, response_status, response_headers, response_body,
            duration_ms, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        )?
        .execute(params![
            e.subscription_id,
            e.delivery_id,
            e.attempt,
            e.message,
            e.job_id,
            e.request.url,
            e.request.method,
            serde_json::to_string(&e.request.headers)?,
            e.request.body,
            status,
            rheaders,
            rbody,
            e.duration_ms,
            e.created_at
        ])?;
    if inserted == 1 {
        return Ok(conn.last_insert_rowid());
    }
    Ok(conn
        .prepare_cached(
            "SELECT id FROM webhook_errors WHERE subscription_id = ? AND job_id = ? AND attempt = ?",
        )?
        .query_row(params![e.subscription_id, e.job_id, e.attempt], |r| r.get(0))?)
}

pub fn get_error(conn: &Connection, id: i64) -> Result<Option<ErrorRow>> {
    Ok(conn
        .prepare_cached("SELECT * FROM webhook_errors WHERE id = ?")?
        .query_row([id], ErrorRow::from_row)
        .optional()?)
}

pub fn list_errors(
    conn: &Connection,
    subscription_id: i64,
    created_at_min: Option<i64>,
    page: PageReq,
) -> Result<Page<ErrorRow>> {
    let mut conds = vec!["subscription_id = ?".to_string()];
    let mut args = vec![Sql::Integer(subscription_id)];
    if let Some(t) = created_at_min {
        conds.push("created_at >= ?".into());
        args.push(Sql::Integer(t));
    }
    paginate(conn, "webhook_errors", &conds, args, page, ErrorRow::from_row, |e| Cursor {
        at: e.created_at,
        id: e.id,
    })
}

/// How many errors a subscription has had since `since` (the worker's "more than 100 in an hour").
pub fn count_errors_since(conn: &Connection, subscription_id: i64, since: i64) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT COUNT(*) FROM webhook_errors WHERE subscription_id = ? AND created_at >= ?")?
        .query_row(params![subscription_id, since], |r| r.get(0))?)
}

pub fn delete_errors(conn: &Connection, ids: &[i64]) -> Result<Vec<i64>> {
    let mut out = Vec::new();
    let mut stmt = conn.prepare_cached("DELETE FROM webhook_errors WHERE id = ?")?;
    for id in ids {
        if stmt.execute([id])? > 0 {
            out.push(*id);
        }
    }
    Ok(out)
}

pub fn delete_errors_of(conn: &Connection, subscription_id: i64) -> Result<Vec<i64>> {
    let ids: Vec<i64> = conn
        .prepare("SELECT id FROM webhook_errors WHERE subscription_id = ? ORDER BY created_at, id")?
        .query_map([subscription_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    conn.execute("DELETE FROM webhook_errors WHERE subscription_id = ?", [subscription_id])?;
    Ok(ids)
}
