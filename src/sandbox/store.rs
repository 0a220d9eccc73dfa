//! Records and the SQL that reads and writes them. Plain functions over a connection (or a
//! transaction), so the GraphQL resolvers, the CLI's direct commands (`token create`,
//! `fixtures load`) and the delivery worker share them. Times are milliseconds since the epoch.

use anyhow::{Context, Result, bail};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rusqlite::types::Value as Sql;
use rusqlite::{Connection, OptionalExtension, Row, params, params_from_iter};
use serde_json::{Map, Value};

use crate::sandbox::ids::Kind;
use crate::sandbox::topics::Topic;

// ---------------------------------------------------------------------------------------------
// Pagination: keyset over (created_at, id), cursors opaque.

/// Default and maximum page sizes of every connection.
pub const DEFAULT_FIRST: i64 = 50;
pub const MAX_FIRST: i64 = 250;

/// A position in a listing ordered by (created_at, id).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub at: i64,
    pub id: i64,
}

impl Cursor {
    pub fn encode(self) -> String {
        URL_SAFE_NO_PAD.encode(format!("c1:{}:{}", self.at, self.id))
    }
    pub fn decode(s: &str) -> Option<Cursor> {
        let raw = String::from_utf8(URL_SAFE_NO_PAD.decode(s.trim()).ok()?).ok()?;
        let mut parts = raw.strip_prefix("c1:")?.split(':');
        let at = parts.next()?.parse().ok()?;
        let id = parts.next()?.parse().ok()?;
        if parts.next().is_some() {
            return None;
        }
        Some(Cursor { at, id })
    }
}

/// What page to fetch: validated `first` and `after`.
#[derive(Debug, Clone, Copy)]
pub struct PageReq {
    pub first: i64,
    pub after: Option<Cursor>,
}

impl PageReq {
    /// Checks `first` (default 50, 0..=250) and decodes `after`.
    pub fn new(first: Option<i32>, after: Option<&str>) -> Result<PageReq, String> {
        let first = i64::from(first.unwrap_or(DEFAULT_FIRST as i32));
        if !(0..=MAX_FIRST).contains(&first) {
            return Err(format!("`first` must be between 0 and {MAX_FIRST}, got {first}; page with `after`"));
        }
        let after = match after {
            None => None,
            Some(s) => Some(Cursor::decode(s).ok_or_else(|| {
                format!("`after` is not a cursor from this listing: {s:?}; pass a pageInfo.endCursor")
            })?),
        };
        Ok(PageReq { first, after })
    }
}

#[derive(Debug, Clone)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub has_next: bool,
    pub end_cursor: Option<Cursor>,
    pub total: i64,
}

impl<T> Page<T> {
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page {
            items: self.items.into_iter().map(f).collect(),
            has_next: self.has_next,
            end_cursor: self.end_cursor,
            total: self.total,
        }
    }
}

/// Runs a keyset-paginated listing: `where_sql` (may be empty) and its params filter; rows are
/// ordered by (created_at, id) of `table`; `key` reads a row's cursor.
fn paginate<T>(
    conn: &Connection,
    table: &str,
    where_sql: &[String],
    args: Vec<Sql>,
    page: PageReq,
    map: impl Fn(&Row<'_>) -> rusqlite::Result<T>,
    key: impl Fn(&T) -> Cursor,
) -> Result<Page<T>> {
    let filter =
        if where_sql.is_empty() { String::new() } else { format!("WHERE {}", where_sql.join(" AND ")) };
    let total: i64 = conn
        .prepare_cached(&format!("SELECT COUNT(*) FROM {table} {filter}"))?
        .query_row(params_from_iter(args.iter()), |r| r.get(0))?;
    let mut conds = where_sql.to_vec();
    let mut page_args = args;
    if let Some(c) = page.after {
        conds.push("(created_at > ? OR (created_at = ? AND id > ?))".into());
        page_args.extend([Sql::Integer(c.at), Sql::Integer(c.at), Sql::Integer(c.id)]);
    }
    let filter = if conds.is_empty() { String::new() } else { format!("WHERE {}", conds.join(" AND ")) };
    page_args.push(Sql::Integer(page.first + 1));
    let sql = format!("SELECT * FROM {table} {filter} ORDER BY created_at, id LIMIT ?");
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut items = stmt
        .query_map(params_from_iter(page_args.iter()), |r| map(r))?
        .collect::<rusqlite::Result<Vec<T>>>()?;
    let has_next = items.len() as i64 > page.first;
    items.truncate(page.first as usize);
    let end_cursor = items.last().map(&key);
    Ok(Page { items, has_next, end_cursor, total })
}

// ---------------------------------------------------------------------------------------------
// meta

pub fn meta_get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn.query_row("SELECT value FROM meta WHERE key = ?", [key], |r| r.get(0)).optional()?)
}

pub fn meta_set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

pub const CLOCK_OFFSET_KEY: &str = "clock_offset_ms";

// ---------------------------------------------------------------------------------------------
// nodes (organizations, users, integrations and every other modelled type)

#[derive(Debug, Clone, PartialEq)]
pub struct NodeRow {
    pub id: i64,
    pub org_id: i64,
    pub kind: Kind,
    pub name: String,
    /// Always a JSON object.
    pub attributes: Map<String, Value>,
    pub created_at: i64,
    pub updated_at: i64,
    pub deleted_at: Option<i64>,
}

impl NodeRow {
    pub fn attr_str(&self, key: &str) -> Option<&str> {
        self.attributes.get(key).and_then(Value::as_str)
    }
    fn from_row(r: &Row<'_>) -> rusqlite::Result<NodeRow> {
        let ty: String = r.get("type")?;
        let attrs: String = r.get("attributes")?;
        let id: i64 = r.get("id")?;
        Ok(NodeRow {
            id,
            org_id: r.get::<_, Option<i64>>("org_id")?.unwrap_or(id),
            kind: Kind::from_name(&ty).unwrap_or(Kind::Scenario),
            name: r.get("name")?,
            attributes: serde_json::from_str::<Map<String, Value>>(&attrs).unwrap_or_default(),
            created_at: r.get("created_at")?,
            updated_at: r.get("updated_at")?,
            deleted_at: r.get("deleted_at")?,
        })
    }
}

/// Inserts a node. For an organization `org_id` is ignored: an organization owns itself.
pub fn insert_node(
    conn: &Connection,
    org_id: i64,
    kind: Kind,
    name: &str,
    attrs: &Map<String, Value>,
    now: i64,
) -> Result<NodeRow> {
    let org = if kind == Kind::Organization { None } else { Some(org_id) };
    conn.execute(
        "INSERT INTO nodes (org_id, type, name, attributes, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![org, kind.type_name(), name, serde_json::to_string(attrs)?, now],
    )?;
    let id = conn.last_insert_rowid();
    if kind == Kind::Organization {
        conn.execute("UPDATE nodes SET org_id = id WHERE id = ?", [id])?;
    }
    get_node(conn, id)?.context("the new node vanished")
}

/// A node by row id, deleted or not.
pub fn get_node(conn: &Connection, id: i64) -> Result<Option<NodeRow>> {
    Ok(conn
        .prepare_cached("SELECT * FROM nodes WHERE id = ?")?
        .query_row([id], NodeRow::from_row)
        .optional()?)
}

/// A live node of `kind` in `org`.
pub fn find_node(conn: &Connection, org_id: i64, kind: Kind, id: i64) -> Result<Option<NodeRow>> {
    Ok(get_node(conn, id)?.filter(|n| n.org_id == org_id && n.kind == kind && n.deleted_at.is_none()))
}

pub fn update_node(
    conn: &Connection,
    id: i64,
    name: &str,
    attrs: &Map<String, Value>,
    now: i64,
) -> Result<NodeRow> {
    conn.execute(
        "UPDATE nodes SET name = ?2, attributes = ?3, updated_at = ?4 WHERE id = ?1",
        params![id, name, serde_json::to_string(attrs)?, now],
    )?;
    get_node(conn, id)?.context("the node vanished")
}

/// Marks a node deleted (the row stays so deliveries about it can still name it).
pub fn delete_node(conn: &Connection, id: i64, now: i64) -> Result<NodeRow> {
    conn.execute("UPDATE nodes SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1", params![id, now])?;
    get_node(conn, id)?.context("the node vanished")
}

/// The most recently created live node of `kind` in `org` (the test toggle's node).
pub fn last_node(conn: &Connection, org_id: i64, kind: Kind) -> Result<Option<NodeRow>> {
    Ok(conn
        .prepare_cached("SELECT * FROM nodes WHERE org_id = ? AND type = ? AND deleted_at IS NULL ORDER BY id DESC LIMIT 1")?
        .query_row(params![org_id, kind.type_name()], NodeRow::from_row)
        .optional()?)
}

/// Live nodes of `kind` in `org`, optionally only those whose attribute `link` is `parent` (a global ID).
pub fn list_nodes(
    conn: &Connection,
    org_id: i64,
    kind: Kind,
    link: Option<(&str, &str)>,
    page: PageReq,
) -> Result<Page<NodeRow>> {
    let mut conds = vec!["org_id = ?".to_string(), "type = ?".to_string(), "deleted_at IS NULL".to_string()];
    let mut args = vec![Sql::Integer(org_id), Sql::Text(kind.type_name().into())];
    if let Some((key, parent)) = link {
        conds.push("json_extract(attributes, ?) = ?".into());
        args.push(Sql::Text(format!("$.{key}")));
        args.push(Sql::Text(parent.into()));
    }
    paginate(conn, "nodes", &conds, args, page, NodeRow::from_row, |n| Cursor { at: n.created_at, id: n.id })
}

/// The organization of this name, created if new.
pub fn ensure_org(conn: &Connection, name: &str, now: i64) -> Result<NodeRow> {
    let found = conn
        .prepare_cached("SELECT * FROM nodes WHERE type = 'Organization' AND name = ? AND deleted_at IS NULL ORDER BY id LIMIT 1")?
        .query_row([name], NodeRow::from_row)
        .optional()?;
    match found {
        Some(org) => Ok(org),
        None => insert_node(
            conn,
            0,
            Kind::Organization,
            name,
            &Map::from_iter([("name".into(), name.into())]),
            now,
        ),
    }
}

/// The user of this name in `org`, created if new.
pub fn ensure_user(conn: &Connection, org_id: i64, name: &str, now: i64) -> Result<NodeRow> {
    let found = conn
        .prepare_cached(
            "SELECT * FROM nodes WHERE type = 'User' AND org_id = ? AND name = ? AND deleted_at IS NULL ORDER BY id LIMIT 1",
        )?
        .query_row(params![org_id, name], NodeRow::from_row)
        .optional()?;
    match found {
        Some(u) => Ok(u),
        None => {
            insert_node(conn, org_id, Kind::User, name, &Map::from_iter([("name".into(), name.into())]), now)
        }
    }
}

// ---------------------------------------------------------------------------------------------
// tokens

pub fn token_hash(token: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// Records a token for a user (a no-op when the token already exists).
pub fn add_token(conn: &Connection, user_id: i64, token: &str, now: i64) -> Result<()> {
    conn.execute(
        "INSERT OR IGNORE INTO tokens (token_sha256, user_id, created_at) VALUES (?1, ?2, ?3)",
        params![token_hash(token), user_id, now],
    )?;
    Ok(())
}

/// The live user a token belongs to.
pub fn user_for_token(conn: &Connection, token: &str) -> Result<Option<NodeRow>> {
    let user_id: Option<i64> = conn
        .prepare_cached("SELECT user_id FROM tokens WHERE token_sha256 = ?")?
        .query_row([token_hash(token)], |r| r.get(0))
        .optional()?;
    let Some(user_id) = user_id else { return Ok(None) };
    Ok(get_node(conn, user_id)?.filter(|u| u.kind == Kind::User && u.deleted_at.is_none()))
}

// ---------------------------------------------------------------------------------------------
// subscriptions

#[derive(Debug, Clone, PartialEq)]
pub struct SubscriptionRow {
    pub id: i64,
    /// A UUID, for the `X-Scope-Webhook-Id` header.
    pub uuid: String,
    pub org_id: i64,
    pub user_id: i64,
    pub name: String,
    pub topic_key: String,
    pub topic_version: String,
    /// `JSON` or `XML`.
    pub content_type: String,
    pub callback_url: String,
    pub integration_id: Option<i64>,
    pub shared_secret: Option<String>,
    pub query: Option<String>,
    pub data_validation_template: Option<String>,
    pub template: Option<String>,
    pub error_handling_template: Option<String>,
    pub disabled: bool,
    pub disabled_reason: Option<String>,
    pub disabled_at: Option<i64>,
    /// When it was created or last re-enabled: the worker counts "errors in the last hour" from here.
    pub enabled_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

impl SubscriptionRow {
    fn from_row(r: &Row<'_>) -> rusqlite::Result<SubscriptionRow> {
        Ok(SubscriptionRow {
            id: r.get("id")?,
            uuid: r.get("uuid")?,
            org_id: r.get("org_id")?,
            user_id: r.get("user_id")?,
            name: r.get("name")?,
            topic_key: r.get("topic_key")?,
            topic_version: r.get("topic_version")?,
            content_type: r.get("content_type")?,
            callback_url: r.get("callback_url")?,
            integration_id: r.get("integration_id")?,
            shared_secret: r.get("shared_secret")?,
            query: r.get("query")?,
            data_validation_template: r.get("data_validation_template")?,
            template: r.get("template")?,
            error_handling_template: r.get("error_handling_template")?,
            disabled: r.get("disabled")?,
            disabled_reason: r.get("disabled_reason")?,
            disabled_at: r.get("disabled_at")?,
            enabled_at: r.get("enabled_at")?,
            created_at: r.get("created_at")?,
            updated_at: r.get("updated_at")?,
        })
    }

    /// A fresh, unsaved subscription (`id` 0) owned by `user` of `org`.
    pub fn new(org_id: i64, user_id: i64, now: i64) -> SubscriptionRow {
        SubscriptionRow {
            id: 0,
            uuid: uuid::Uuid::new_v4().to_string(),
            org_id,
            user_id,
            name: String::new(),
            topic_key: String::new(),
            topic_version: String::new(),
            content_type: "JSON".into(),
            callback_url: String::new(),
            integration_id: None,
            shared_secret: None,
            query: None,
            data_validation_template: None,
            template: None,
            error_handling_template: None,
            disabled: false,
            disabled_reason: None,
            disabled_at: None,
            enabled_at: Some(now),
            created_at: now,
            updated_at: now,
        }
    }
}

/// Inserts `s` (its `id` is ignored) and answers the stored row.
pub fn insert_subscription(conn: &Connection, s: &SubscriptionRow) -> Result<SubscriptionRow> {
    conn.execute(
        "INSERT INTO subscriptions (uuid, org_id, user_id, name, topic_key, topic_version, content_type, callback_url,
            integration_id, shared_secret, query, data_validation_template, template, error_handling_template,
            disabled, disabled_reason, disabled_at, enabled_at, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
        params![
            s.uuid,
            s.org_id,
            s.user_id,
            s.name,
            s.topic_key,
            s.topic_version,
            s.content_type,
            s.callback_url,
            s.integration_id,
            s.shared_secret,
            s.query,
            s.data_validation_template,
            s.template,
            s.error_handling_template,
            s.disabled,
            s.disabled_reason,
            s.disabled_at,
            s.enabled_at,
            s.created_at,
            s.updated_at
        ],
    )?;
    get_subscription(conn, conn.last_insert_rowid())?.context("the new subscription vanished")
}

/// Writes every field of `s` back to its row.
pub fn save_subscription(conn: &Connection, s: &SubscriptionRow) -> Result<SubscriptionRow> {
    let n = conn.execute(
        "UPDATE subscriptions SET name = ?2, topic_key = ?3, topic_version = ?4, content_type = ?5, callback_url = ?6,
            integration_id = ?7, shared_secret = ?8, query = ?9, data_validation_template = ?10, template = ?11,
            error_handling_template = ?12, disabled = ?13, disabled_reason = ?14, disabled_at = ?15, enabled_at = ?16,
            updated_at = ?17
         WHERE id = ?1",
        params![
            s.id,
            s.name,
            s.topic_key,
            s.topic_version,
            s.content_type,
            s.callback_url,
            s.integration_id,
            s.shared_secret,
            s.query,
            s.data_validation_template,
            s.template,
            s.error_handling_template,
            s.disabled,
            s.disabled_reason,
            s.disabled_at,
            s.enabled_at,
            s.updated_at
        ],
    )?;
    if n == 0 {
        bail!("subscription {} does not exist", s.id);
    }
    get_subscription(conn, s.id)?.context("the subscription vanished")
}

pub fn get_subscription(conn: &Connection, id: i64) -> Result<Option<SubscriptionRow>> {
    Ok(conn
        .prepare_cached("SELECT * FROM subscriptions WHERE id = ?")?
        .query_row([id], SubscriptionRow::from_row)
        .optional()?)
}

/// A subscription only if `user` of `org` owns it (the guide's scoping).
pub fn owned_subscription(
    conn: &Connection,
    org_id: i64,
    user_id: i64,
    id: i64,
) -> Result<Option<SubscriptionRow>> {
    Ok(get_subscription(conn, id)?.filter(|s| s.org_id == org_id && s.user_id == user_id))
}

/// Deletes a subscription with its deliveries and errors.
pub fn delete_subscription(conn: &Connection, id: i64) -> Result<bool> {
    Ok(conn.execute("DELETE FROM subscriptions WHERE id = ?", [id])? > 0)
}

/// Disables a subscription with a reason (by a user, or the worker's auto-disable).
pub fn disable_subscription(conn: &Connection, id: i64, reason: &str, now: i64) -> Result<()> {
    conn.execute(
        "UPDATE subscriptions SET disabled = 1, disabled_reason = ?2, disabled_at = ?3, updated_at = ?3 WHERE id = ?1",
        params![id, reason, now],
    )?;
    Ok(())
}

#[derive(Debug, Clone, Default)]
pub struct SubscriptionFilter {
    pub org_id: i64,
    pub user_id: i64,
    pub topic_key: Option<String>,
    pub disabled: Option<bool>,
    pub created_at_min: Option<i64>,
    pub updated_at_min: Option<i64>,
}

pub fn list_subscriptions(
    conn: &Connection,
    f: &SubscriptionFilter,
    page: PageReq,
) -> Result<Page<SubscriptionRow>> {
    let mut conds = vec!["org_id = ?".to_string(), "user_id = ?".to_string()];
    let mut args = vec![Sql::Integer(f.org_id), Sql::Integer(f.user_id)];
    if let Some(t) = &f.topic_key {
        conds.push("topic_key = ?".into());
        args.push(Sql::Text(t.clone()));
    }
    if let Some(d) = f.disabled {
        conds.push("disabled = ?".into());
        args.push(Sql::Integer(i64::from(d)));
    }
    if let Some(t) = f.created_at_min {
        conds.push("created_at >= ?".into());
        args.push(Sql::Integer(t));
    }
    if let Some(t) = f.updated_at_min {
        conds.push("updated_at >= ?".into());
        args.push(Sql::Integer(t));
    }
    paginate(conn, "subscriptions", &conds, args, page, SubscriptionRow::from_row, |s| Cursor {
        at: s.created_at,
        id: s.id,
    })
}

/// Enabled subscriptions of `org` to `topic_key`: who gets notified of an event.
pub fn subscribers(conn: &Connection, org_id: i64, topic_key: &str) -> Result<Vec<SubscriptionRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT * FROM subscriptions WHERE org_id = ? AND topic_key = ? AND disabled = 0 ORDER BY id",
    )?;
    let rows = stmt
        .query_map(params![org_id, topic_key], SubscriptionRow::from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

// ---------------------------------------------------------------------------------------------
// deliveries: pending notifications, the worker's queue

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
    fn from_row(r: &Row<'_>) -> rusqlite::Result<DeliveryRow> {
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

/// Pending deliveries due at `now` on the sandbox clock, oldest first (for the worker).
pub fn due_deliveries(conn: &Connection, now: i64, limit: i64) -> Result<Vec<DeliveryRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT * FROM deliveries WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
    )?;
    let rows =
        stmt.query_map(params![now, limit], DeliveryRow::from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
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

// ---------------------------------------------------------------------------------------------
// webhook errors

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
    fn from_row(r: &Row<'_>) -> rusqlite::Result<ErrorRow> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::db::Db;

    #[test]
    fn cursors_round_trip_and_reject_garbage() {
        let c = Cursor { at: 1_700_000_000_123, id: 42 };
        assert_eq!(Cursor::decode(&c.encode()), Some(c));
        assert_eq!(Cursor::decode("nope"), None);
        assert_eq!(Cursor::decode(&URL_SAFE_NO_PAD.encode("c1:1:2:3")), None);
        assert_eq!(Cursor::decode(&URL_SAFE_NO_PAD.encode("c1:x:2")), None);
    }

    #[test]
    fn page_sizes_are_checked() {
        assert_eq!(PageReq::new(None, None).unwrap().first, 50);
        assert_eq!(PageReq::new(Some(250), None).unwrap().first, 250);
        assert!(PageReq::new(Some(251), None).unwrap_err().contains("between 0 and 250"));
        assert!(PageReq::new(Some(-1), None).is_err());
        assert!(PageReq::new(None, Some("garbage")).unwrap_err().contains("endCursor"));
    }

    #[test]
    fn keyset_pagination_visits_every_row_once() {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(&dir.path().join("t.db")).unwrap();
        db.write_blocking(|tx| {
            let org = ensure_org(tx, "o", 1)?;
            let user = ensure_user(tx, org.id, "u", 1)?;
            for i in 0..37 {
                // Several rows share a timestamp: the id breaks ties.
                let mut s = SubscriptionRow::new(org.id, user.id, 1000 + i / 4);
                s.name = format!("s{i}");
                s.topic_key = "user/created".into();
                s.topic_version = "1.1".into();
                s.disabled = i % 3 == 0;
                insert_subscription(tx, &s)?;
            }
            let filter = SubscriptionFilter { org_id: org.id, user_id: user.id, ..Default::default() };
            let mut seen = Vec::new();
            let mut after = None;
            loop {
                let page = list_subscriptions(tx, &filter, PageReq { first: 5, after })?;
                assert_eq!(page.total, 37);
                seen.extend(page.items.iter().map(|s| s.name.clone()));
                if !page.has_next {
                    break;
                }
                after = page.end_cursor;
            }
            assert_eq!(seen, (0..37).map(|i| format!("s{i}")).collect::<Vec<_>>());
            let disabled = SubscriptionFilter { disabled: Some(true), ..filter };
            assert_eq!(
                list_subscriptions(tx, &disabled, PageReq { first: 250, after: None })?.items.len(),
                13
            );
            Ok(())
        })
        .unwrap();
    }
}
