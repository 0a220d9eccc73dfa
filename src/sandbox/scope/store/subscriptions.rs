//! The `subscriptions` table.

use anyhow::{Context, Result, bail};
use rusqlite::types::ToSql;
use rusqlite::types::Value as Sql;
use rusqlite::{Connection, OptionalExtension, Row, params, params_from_iter};

use crate::sandbox::store::{Cursor, Page, PageReq, paginate};

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
    pub(super) fn from_row(r: &Row<'_>) -> rusqlite::Result<SubscriptionRow> {
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

/// The columns a save writes (all but the id, uuid, owner and creation time), in this order.
const SETTINGS: [&str; 15] = [
    "name",
    "topic_key",
    "topic_version",
    "content_type",
    "callback_url",
    "integration_id",
    "shared_secret",
    "query",
    "data_validation_template",
    "template",
    "error_handling_template",
    "disabled",
    "disabled_reason",
    "disabled_at",
    "enabled_at",
];

impl SubscriptionRow {
    /// The values of [`SETTINGS`], in order.
    fn settings(&self) -> [&dyn ToSql; 15] {
        [
            &self.name,
            &self.topic_key,
            &self.topic_version,
            &self.content_type,
            &self.callback_url,
            &self.integration_id,
            &self.shared_secret,
            &self.query,
            &self.data_validation_template,
            &self.template,
            &self.error_handling_template,
            &self.disabled,
            &self.disabled_reason,
            &self.disabled_at,
            &self.enabled_at,
        ]
    }
}

/// Inserts `s` (its `id` is ignored) and answers the stored row.
pub fn insert_subscription(conn: &Connection, s: &SubscriptionRow) -> Result<SubscriptionRow> {
    let fixed: [&dyn ToSql; 5] = [&s.uuid, &s.org_id, &s.user_id, &s.created_at, &s.updated_at];
    let sql = format!(
        "INSERT INTO subscriptions (uuid, org_id, user_id, created_at, updated_at, {}) VALUES ({})",
        SETTINGS.join(", "),
        vec!["?"; fixed.len() + SETTINGS.len()].join(", ")
    );
    conn.execute(&sql, params_from_iter(fixed.into_iter().chain(s.settings())))?;
    get_subscription(conn, conn.last_insert_rowid())?.context("the new subscription vanished")
}

/// Writes every field of `s` back to its row.
pub fn save_subscription(conn: &Connection, s: &SubscriptionRow) -> Result<SubscriptionRow> {
    let set: Vec<String> = SETTINGS.iter().map(|c| format!("{c} = ?")).collect();
    let sql = format!("UPDATE subscriptions SET {}, updated_at = ? WHERE id = ?", set.join(", "));
    let last: [&dyn ToSql; 2] = [&s.updated_at, &s.id];
    let n = conn.execute(&sql, params_from_iter(s.settings().into_iter().chain(last)))?;
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

/// Whether a subscription is disabled, and when it was last enabled: what the worker's
/// auto-disable rules read after each failure (lighter than the whole row).
pub fn disable_state(conn: &Connection, id: i64) -> Result<Option<(bool, Option<i64>)>> {
    Ok(conn
        .prepare_cached("SELECT disabled, enabled_at FROM subscriptions WHERE id = ?")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

/// Disables a subscription with a reason (by a user, or the worker's auto-disable).
pub fn disable_subscription(conn: &Connection, id: i64, reason: &str, now: i64) -> Result<()> {
    conn.prepare_cached(
        "UPDATE subscriptions SET disabled = 1, disabled_reason = ?2, disabled_at = ?3, updated_at = ?3 WHERE id = ?1",
    )?
    .execute(params![id, reason, now])?;
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
