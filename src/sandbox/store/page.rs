//! Pagination of every listing: keyset over (created_at, id), cursors opaque.

use anyhow::Result;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rusqlite::types::Value as Sql;
use rusqlite::{Connection, Row, params_from_iter};

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
pub(crate) fn paginate<T>(
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::db::Db;
    use crate::sandbox::scope::store::*;

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
