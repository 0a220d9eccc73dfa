//! The `tokens` table: API tokens, stored as SHA-256 hex.

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension, params};

use super::nodes::{NodeRow, get_node};
use crate::global_id::Kind;

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
