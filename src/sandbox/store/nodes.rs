//! The `nodes` table: organizations, users, integrations and every other modelled type.

use anyhow::{Context, Result};
use rusqlite::types::Value as Sql;
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::{Map, Value};

use super::page::{Cursor, Page, PageReq, paginate};
use crate::global_id::Kind;

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
    pub(super) fn from_row(r: &Row<'_>) -> rusqlite::Result<NodeRow> {
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
