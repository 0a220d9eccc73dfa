//! Sentera's tables and the SQL over them: organizations (a tree, owned by a sandbox
//! organization), webhook subscriptions, and their delivery events. Created by [`migrate`] from
//! this module, beside the main sandbox tables in the same database file.

use anyhow::{Context, Result};
use rusqlite::types::Value as Sql;
use rusqlite::{Connection, OptionalExtension, Row, params, params_from_iter};

const MIGRATIONS: &str = r#"
CREATE TABLE IF NOT EXISTS sentera_organizations (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    sentera_id  TEXT NOT NULL UNIQUE,
    -- The sandbox organization (nodes.id) whose tokens see this organization.
    owner_id    INTEGER NOT NULL,
    parent_id   INTEGER REFERENCES sentera_organizations (id),
    name        TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sentera_orgs_parent ON sentera_organizations (parent_id, id);
CREATE INDEX IF NOT EXISTS sentera_orgs_owner ON sentera_organizations (owner_id, id);

CREATE TABLE IF NOT EXISTS sentera_subscriptions (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    sentera_id          TEXT NOT NULL UNIQUE,
    org_id              INTEGER NOT NULL REFERENCES sentera_organizations (id),
    callback_url        TEXT NOT NULL,
    -- Space-separated WebhookEventType names, in the order given.
    event_types         TEXT NOT NULL,
    auth_token_url      TEXT,
    auth_client_id      TEXT,
    auth_client_secret  TEXT,
    auth_scope          TEXT,
    created_at          INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sentera_subs_org ON sentera_subscriptions (org_id, id);

CREATE TABLE IF NOT EXISTS sentera_events (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    sentera_id            TEXT NOT NULL UNIQUE,
    subscription_id       INTEGER NOT NULL REFERENCES sentera_subscriptions (id) ON DELETE CASCADE,
    event_type            TEXT NOT NULL,
    resource_sentera_id   TEXT NOT NULL,
    status                TEXT NOT NULL DEFAULT 'PENDING',
    attempts              INTEGER NOT NULL DEFAULT 0,
    next_attempt_at       INTEGER,
    last_response_status  INTEGER,
    last_error            TEXT,
    created_at            INTEGER NOT NULL,
    updated_at            INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sentera_events_sub ON sentera_events (subscription_id, created_at, id);
CREATE INDEX IF NOT EXISTS sentera_events_due ON sentera_events (status, next_attempt_at);
"#;

/// Creates the tables (idempotent).
pub fn migrate(conn: &Connection) -> Result<()> {
    conn.execute_batch(MIGRATIONS).context("cannot create the Sentera tables")
}

pub const PENDING: &str = "PENDING";
pub const DELIVERED: &str = "DELIVERED";
pub const FAILED: &str = "FAILED";

/// A new Sentera-style ID: `<7 random>_<KIND>_hookctlSandbox_<9 hex>_<yymmdd>_<hhmmss>`, shaped
/// like the document's `6aeagny_OR_w3njAcmeGrand_CV_deve_ef64a0fce_220112_111024`.
pub fn new_sentera_id(kind: &str, now_ms: i64) -> String {
    use rand::Rng;
    const LOWER: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut rng = rand::rng();
    let head: String = (0..7).map(|_| LOWER[rng.random_range(0..LOWER.len())] as char).collect();
    let hex: String = (0..9).map(|_| format!("{:x}", rng.random_range(0..16u8))).collect();
    let t = chrono::DateTime::from_timestamp_millis(now_ms).unwrap_or_default();
    format!("{head}_{kind}_hookctlSandbox_{hex}_{}", t.format("%y%m%d_%H%M%S"))
}

// ---------------------------------------------------------------------------------------------
// organizations

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgRow {
    pub id: i64,
    pub sentera_id: String,
    pub owner_id: i64,
    pub parent_id: Option<i64>,
    pub name: String,
    pub created_at: i64,
}

impl OrgRow {
    fn from_row(r: &Row<'_>) -> rusqlite::Result<OrgRow> {
        Ok(OrgRow {
            id: r.get("id")?,
            sentera_id: r.get("sentera_id")?,
            owner_id: r.get("owner_id")?,
            parent_id: r.get("parent_id")?,
            name: r.get("name")?,
            created_at: r.get("created_at")?,
        })
    }
}

pub fn insert_org(
    conn: &Connection,
    owner_id: i64,
    parent_id: Option<i64>,
    name: &str,
    sentera_id: Option<&str>,
    now: i64,
) -> Result<OrgRow> {
    let id = sentera_id.map(str::to_string).unwrap_or_else(|| new_sentera_id("OR", now));
    conn.execute(
        "INSERT INTO sentera_organizations (sentera_id, owner_id, parent_id, name, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id, owner_id, parent_id, name, now],
    )?;
    get_org(conn, conn.last_insert_rowid())?.context("the new organization vanished")
}

/// Whether any organization (of any owner) has this `sentera_id`.
pub fn sentera_id_taken(conn: &Connection, sentera_id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM sentera_organizations WHERE sentera_id = ?")?
        .query_row([sentera_id], |_| Ok(()))
        .optional()?
        .is_some())
}

pub fn get_org(conn: &Connection, id: i64) -> Result<Option<OrgRow>> {
    Ok(conn
        .prepare_cached("SELECT * FROM sentera_organizations WHERE id = ?")?
        .query_row([id], OrgRow::from_row)
        .optional()?)
}

/// An organization by `sentera_id`, when the sandbox organization `owner_id` owns it.
pub fn org_by_sentera_id(conn: &Connection, owner_id: i64, sentera_id: &str) -> Result<Option<OrgRow>> {
    Ok(conn
        .prepare_cached("SELECT * FROM sentera_organizations WHERE sentera_id = ? AND owner_id = ?")?
        .query_row(params![sentera_id.trim(), owner_id], OrgRow::from_row)
        .optional()?)
}

/// The organization of this name at the top of `owner_id`'s tree, created if new.
pub fn ensure_root_org(conn: &Connection, owner_id: i64, name: &str, now: i64) -> Result<OrgRow> {
    let found = conn
        .prepare_cached(
            "SELECT * FROM sentera_organizations WHERE owner_id = ? AND parent_id IS NULL AND name = ? ORDER BY id LIMIT 1",
        )?
        .query_row(params![owner_id, name], OrgRow::from_row)
        .optional()?;
    match found {
        Some(o) => Ok(o),
        None => insert_org(conn, owner_id, None, name, None, now),
    }
}

pub fn orgs_of_owner(conn: &Connection, owner_id: i64) -> Result<Vec<OrgRow>> {
    let mut stmt =
        conn.prepare_cached("SELECT * FROM sentera_organizations WHERE owner_id = ? ORDER BY id")?;
    let rows = stmt.query_map([owner_id], OrgRow::from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub fn children(conn: &Connection, parent_id: i64) -> Result<Vec<OrgRow>> {
    let mut stmt =
        conn.prepare_cached("SELECT * FROM sentera_organizations WHERE parent_id = ? ORDER BY id")?;
    let rows = stmt.query_map([parent_id], OrgRow::from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

// ---------------------------------------------------------------------------------------------
// subscriptions

/// OAuth client-credentials settings of a subscription's callback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Auth {
    pub token_url: String,
    pub client_id: String,
    /// Write-only: stored for the token request, never answered by the API.
    pub client_secret: String,
    pub scope: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubRow {
    pub id: i64,
    pub sentera_id: String,
    pub org_id: i64,
    pub callback_url: String,
    pub event_types: Vec<String>,
    pub auth: Option<Auth>,
    pub created_at: i64,
}

impl SubRow {
    fn from_row(r: &Row<'_>) -> rusqlite::Result<SubRow> {
        let types: String = r.get("event_types")?;
        let token_url: Option<String> = r.get("auth_token_url")?;
        let auth = match token_url {
            Some(token_url) => Some(Auth {
                token_url,
                client_id: r.get::<_, Option<String>>("auth_client_id")?.unwrap_or_default(),
                client_secret: r.get::<_, Option<String>>("auth_client_secret")?.unwrap_or_default(),
                scope: r.get("auth_scope")?,
            }),
            None => None,
        };
        Ok(SubRow {
            id: r.get("id")?,
            sentera_id: r.get("sentera_id")?,
            org_id: r.get("org_id")?,
            callback_url: r.get("callback_url")?,
            event_types: types.split_whitespace().map(str::to_string).collect(),
            auth,
            created_at: r.get("created_at")?,
        })
    }
}

pub fn insert_subscription(
    conn: &Connection,
    org_id: i64,
    callback_url: &str,
    event_types: &[String],
    auth: Option<&Auth>,
    now: i64,
) -> Result<SubRow> {
    conn.prepare_cached(
        "INSERT INTO sentera_subscriptions (sentera_id, org_id, callback_url, event_types, auth_token_url,
            auth_client_id, auth_client_secret, auth_scope, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        new_sentera_id("WS", now),
        org_id,
        callback_url,
        event_types.join(" "),
        auth.map(|a| a.token_url.as_str()),
        auth.map(|a| a.client_id.as_str()),
        auth.map(|a| a.client_secret.as_str()),
        auth.and_then(|a| a.scope.as_deref()),
        now
    ])?;
    get_subscription(conn, conn.last_insert_rowid())?.context("the new subscription vanished")
}

pub fn get_subscription(conn: &Connection, id: i64) -> Result<Option<SubRow>> {
    Ok(conn
        .prepare_cached("SELECT * FROM sentera_subscriptions WHERE id = ?")?
        .query_row([id], SubRow::from_row)
        .optional()?)
}

/// A subscription by `sentera_id` with its organization, when `owner_id` owns the organization.
pub fn subscription_by_sentera_id(
    conn: &Connection,
    owner_id: i64,
    sentera_id: &str,
) -> Result<Option<(SubRow, OrgRow)>> {
    let sub = conn
        .prepare_cached("SELECT * FROM sentera_subscriptions WHERE sentera_id = ?")?
        .query_row([sentera_id.trim()], SubRow::from_row)
        .optional()?;
    let Some(sub) = sub else { return Ok(None) };
    match get_org(conn, sub.org_id)? {
        Some(org) if org.owner_id == owner_id => Ok(Some((sub, org))),
        _ => Ok(None),
    }
}

/// One page (1-based) of an organization's subscriptions, oldest first, and the total.
pub fn list_subscriptions(
    conn: &Connection,
    org_id: i64,
    page: i64,
    page_size: i64,
) -> Result<(Vec<SubRow>, i64)> {
    let total: i64 = conn
        .prepare_cached("SELECT COUNT(*) FROM sentera_subscriptions WHERE org_id = ?")?
        .query_row([org_id], |r| r.get(0))?;
    let mut stmt = conn.prepare_cached(
        "SELECT * FROM sentera_subscriptions WHERE org_id = ? ORDER BY id LIMIT ? OFFSET ?",
    )?;
    let rows = stmt
        .query_map(params![org_id, page_size, (page - 1) * page_size], SubRow::from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok((rows, total))
}

/// Subscriptions of exactly this organization to `event_type` (events do not bubble up).
pub fn subscribers(conn: &Connection, org_id: i64, event_type: &str) -> Result<Vec<SubRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT * FROM sentera_subscriptions WHERE org_id = ? AND (' ' || event_types || ' ') LIKE ? ORDER BY id",
    )?;
    let rows = stmt
        .query_map(params![org_id, format!("% {event_type} %")], SubRow::from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub fn delete_subscription(conn: &Connection, id: i64) -> Result<bool> {
    conn.execute("DELETE FROM sentera_events WHERE subscription_id = ?", [id])?;
    Ok(conn.execute("DELETE FROM sentera_subscriptions WHERE id = ?", [id])? > 0)
}

// ---------------------------------------------------------------------------------------------
// events

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRow {
    pub id: i64,
    pub sentera_id: String,
    pub subscription_id: i64,
    pub event_type: String,
    pub resource_sentera_id: String,
    /// `PENDING`, `DELIVERED` or `FAILED`.
    pub status: String,
    pub attempts: i64,
    pub next_attempt_at: Option<i64>,
    pub last_response_status: Option<i64>,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

impl EventRow {
    fn from_row(r: &Row<'_>) -> rusqlite::Result<EventRow> {
        Ok(EventRow {
            id: r.get("id")?,
            sentera_id: r.get("sentera_id")?,
            subscription_id: r.get("subscription_id")?,
            event_type: r.get("event_type")?,
            resource_sentera_id: r.get("resource_sentera_id")?,
            status: r.get("status")?,
            attempts: r.get("attempts")?,
            next_attempt_at: r.get("next_attempt_at")?,
            last_response_status: r.get("last_response_status")?,
            last_error: r.get("last_error")?,
            created_at: r.get("created_at")?,
            updated_at: r.get("updated_at")?,
        })
    }
}

pub fn insert_event(
    conn: &Connection,
    sub: &SubRow,
    event_type: &str,
    resource: &str,
    now: i64,
) -> Result<EventRow> {
    conn.prepare_cached(
        "INSERT INTO sentera_events (sentera_id, subscription_id, event_type, resource_sentera_id, status,
            next_attempt_at, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, 'PENDING', ?5, ?5, ?5)",
    )?
    .execute(params![new_sentera_id("EV", now), sub.id, event_type, resource, now])?;
    get_event(conn, conn.last_insert_rowid())?.context("the new event vanished")
}

pub fn get_event(conn: &Connection, id: i64) -> Result<Option<EventRow>> {
    Ok(conn
        .prepare_cached("SELECT * FROM sentera_events WHERE id = ?")?
        .query_row([id], EventRow::from_row)
        .optional()?)
}

/// The `events` filters.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    pub event_type: Option<String>,
    pub status: Option<String>,
    /// Inclusive.
    pub start: Option<i64>,
    /// Exclusive.
    pub end: Option<i64>,
}

/// One page (1-based) of a subscription's events, oldest first, and the total that match.
pub fn list_events(
    conn: &Connection,
    subscription_id: i64,
    f: &EventFilter,
    page: i64,
    page_size: i64,
) -> Result<(Vec<EventRow>, i64)> {
    let mut conds = vec!["subscription_id = ?".to_string()];
    let mut args = vec![Sql::Integer(subscription_id)];
    if let Some(t) = &f.event_type {
        conds.push("event_type = ?".into());
        args.push(Sql::Text(t.clone()));
    }
    if let Some(s) = &f.status {
        conds.push("status = ?".into());
        args.push(Sql::Text(s.clone()));
    }
    if let Some(t) = f.start {
        conds.push("created_at >= ?".into());
        args.push(Sql::Integer(t));
    }
    if let Some(t) = f.end {
        conds.push("created_at < ?".into());
        args.push(Sql::Integer(t));
    }
    let filter = conds.join(" AND ");
    let total: i64 = conn
        .prepare_cached(&format!("SELECT COUNT(*) FROM sentera_events WHERE {filter}"))?
        .query_row(params_from_iter(args.iter()), |r| r.get(0))?;
    args.push(Sql::Integer(page_size));
    args.push(Sql::Integer((page - 1) * page_size));
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT * FROM sentera_events WHERE {filter} ORDER BY created_at, id LIMIT ? OFFSET ?"
    ))?;
    let rows = stmt
        .query_map(params_from_iter(args.iter()), EventRow::from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok((rows, total))
}

/// Pending events due at `now`, oldest first (for the worker).
pub fn due_events(conn: &Connection, now: i64, limit: i64) -> Result<Vec<EventRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT * FROM sentera_events WHERE status = 'PENDING' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
    )?;
    let rows =
        stmt.query_map(params![now, limit], EventRow::from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub fn next_due_at(conn: &Connection) -> Result<Option<i64>> {
    Ok(conn.query_row(
        "SELECT MIN(next_attempt_at) FROM sentera_events WHERE status = 'PENDING'",
        [],
        |r| r.get(0),
    )?)
}

pub fn save_event(conn: &Connection, e: &EventRow) -> Result<()> {
    conn.prepare_cached(
        "UPDATE sentera_events SET status = ?2, attempts = ?3, next_attempt_at = ?4, last_response_status = ?5,
            last_error = ?6, updated_at = ?7 WHERE id = ?1",
    )?
    .execute(params![
        e.id,
        e.status,
        e.attempts,
        e.next_attempt_at,
        e.last_response_status,
        e.last_error,
        e.updated_at
    ])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::db::Db;

    #[test]
    fn ids_look_like_the_documents() {
        let id = new_sentera_id("WS", 1_643_636_829_000);
        let parts: Vec<&str> = id.split('_').collect();
        assert_eq!(parts.len(), 6, "{id}");
        assert_eq!(parts[0].len(), 7);
        assert_eq!(parts[1], "WS");
        assert_eq!(&parts[4..], ["220131", "134709"]);
    }

    #[test]
    fn subscribers_match_whole_event_types_of_one_organization() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(&dir.path().join("t.db")).unwrap();
        db.write_blocking(|tx| {
            migrate(tx)?;
            let root = ensure_root_org(tx, 1, "Root", 1)?;
            let child = insert_org(tx, 1, Some(root.id), "Child", None, 1)?;
            let types = vec!["FEATURE_SET_CREATED".to_string(), "FIELD_CREATED".to_string()];
            insert_subscription(tx, root.id, "https://x", &types, None, 1)?;
            insert_subscription(tx, child.id, "https://y", &types[..1], None, 1)?;
            assert_eq!(subscribers(tx, root.id, "FIELD_CREATED")?.len(), 1);
            assert_eq!(subscribers(tx, child.id, "FIELD_CREATED")?.len(), 0);
            assert_eq!(subscribers(tx, root.id, "FIELD")?.len(), 0);
            assert_eq!(ensure_root_org(tx, 1, "Root", 2)?.id, root.id);
            assert_eq!(children(tx, root.id)?.len(), 1);
            Ok(())
        })
        .unwrap();
    }
}
