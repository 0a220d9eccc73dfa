//! Schema adaptation (issue 10): hookctl learns each endpoint's schema by introspection (cached
//! per endpoint for 24 h) and rewrites its operations for it before sending them, so a server
//! that names things differently where the vendor documents are silent still works, and what
//! cannot work is refused before anything is sent, naming the missing piece.
//!
//! - `schema`: the model (types, fields, arguments, nullability, input objects, roots) and SDL.
//! - `introspect`, `cache`: where the schema comes from.
//! - `rewrite`: one operation for one schema.
//! - `registry`: every hookctl command and the operation files it sends (for `api check`).
//! - `hook`: the typed client's request path when adaptation is on.

pub mod cache;
pub mod check;
pub mod hook;
pub mod introspect;
pub mod registry;
pub mod rewrite;
pub mod schema;

use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU8, Ordering};

pub use rewrite::{Adapted, Unworkable, rewrite};
pub use schema::Schema;

use crate::api::{ApiError, Client};

/// The page size of Sentera's numbered pages when adapting, and of `api graphql`'s `$first`,
/// when nothing else is known: GitHub's GraphQL API caps `first` at 100 (Shopify's at 250), so
/// 100 is a size no API is likely to refuse. Scope's cursor listings keep asking 250, as
/// without adapting (a server that names a smaller limit for `first` in an error gets that
/// limit from then on, remembered in the schema cache): 100 cost a 10,000 listing a third more
/// time.
pub const DEFAULT_PAGE_SIZE: i64 = 100;

/// 0 = unset (read `HOOKCTL_ADAPT`), 1 = off, 2 = on.
static SWITCH: AtomicU8 = AtomicU8::new(0);
/// `--refresh-schema`: the first load of each endpoint's schema introspects again.
static REFRESH: AtomicBool = AtomicBool::new(false);
/// `--page-size` (or `HOOKCTL_PAGE_SIZE`); 0 = not given.
static PAGE_SIZE: AtomicI64 = AtomicI64::new(0);

/// The global flags that steer adaptation.
pub struct Settings {
    pub off: bool,
    pub refresh: bool,
}

/// Applies the global flags (once, at start-up).
pub fn configure(s: Settings) {
    if s.off {
        set_enabled(false);
    }
    REFRESH.store(s.refresh, Ordering::Relaxed);
}

/// A listing command's `--page-size`.
pub fn set_page_size(n: i64) {
    PAGE_SIZE.store(n.max(0), Ordering::Relaxed);
}

/// The page size a listing asks for: `--page-size`, `HOOKCTL_PAGE_SIZE`, else
/// [`DEFAULT_PAGE_SIZE`] when adapting and `unadapted` (hookctl's own sandbox size) otherwise.
pub fn page_size(unadapted: i64) -> i64 {
    page_size_override().unwrap_or(if enabled() { DEFAULT_PAGE_SIZE } else { unadapted })
}

/// Whether the typed client adapts its operations: on unless `--no-adapt` or `HOOKCTL_ADAPT=0`
/// (also `false`, `off`, `no`).
pub fn enabled() -> bool {
    match SWITCH.load(Ordering::Relaxed) {
        0 => {
            let off = std::env::var("HOOKCTL_ADAPT").is_ok_and(|v| {
                matches!(v.trim().to_ascii_lowercase().as_str(), "0" | "false" | "off" | "no")
            });
            SWITCH.store(if off { 1 } else { 2 }, Ordering::Relaxed);
            !off
        }
        v => v == 2,
    }
}

pub fn set_enabled(on: bool) {
    SWITCH.store(if on { 2 } else { 1 }, Ordering::Relaxed);
}

/// Whether `--refresh-schema` was given.
pub fn refresh_requested() -> bool {
    REFRESH.load(Ordering::Relaxed)
}

/// The page size the user asked for (`--page-size`, `HOOKCTL_PAGE_SIZE`), if any.
pub fn page_size_override() -> Option<i64> {
    match PAGE_SIZE.load(Ordering::Relaxed) {
        0 => std::env::var("HOOKCTL_PAGE_SIZE").ok()?.trim().parse().ok().filter(|n: &i64| *n > 0),
        n => Some(n),
    }
}

/// The endpoint's schema: the cached one while fresh (unless `refresh`), else introspected and
/// cached. The page limit learnt before survives a refresh.
pub async fn load(client: &Client, refresh: bool) -> Result<cache::Entry, ApiError> {
    let endpoint = client.endpoint();
    let old = cache::load(endpoint);
    if let Some(entry) = old.as_ref().filter(|e| !refresh && e.is_fresh()) {
        return Ok(entry.clone());
    }
    let schema = introspect::introspect(client).await?;
    let entry = cache::Entry::new(schema, old.and_then(|e| e.page_limit));
    if let Err(e) = cache::store(endpoint, &entry) {
        client.ctx().debug(format!("cannot write the schema cache: {e}"));
    }
    Ok(entry)
}

/// Remembers the largest `first` the endpoint accepts.
pub fn remember_page_limit(endpoint: &url::Url, entry: &mut cache::Entry, limit: i64) {
    entry.page_limit = Some(limit);
    let _ = cache::store(endpoint, entry);
}

/// A limit on `first` named in a GraphQL error, smaller than what was asked for.
pub fn page_limit_in(messages: &[String], asked: i64) -> Option<i64> {
    messages
        .iter()
        .filter(|m| m.contains("first"))
        .flat_map(|m| numbers(m))
        .filter(|n| *n > 0 && *n < asked)
        .max()
}

fn numbers(text: &str) -> Vec<i64> {
    text.split(|c: char| !c.is_ascii_digit()).filter_map(|s| s.parse().ok()).collect()
}

/// Whether GraphQL errors are validation errors: the operation did not run (no error has a
/// response path) and the messages are about the document.
pub fn is_validation_error(messages: &[String]) -> bool {
    // Specific phrases only: a mutation is resent on a match, so "unknown error" must not be one.
    const SIGNS: &[&str] = &[
        "cannot query field",
        "unknown argument",
        "unknown field",
        "unknown type",
        "unknown fragment",
        "unknown directive",
        "unknown variable",
        "is not defined",
        "does not exist on type",
        "doesn't exist on type",
        "must have a selection",
        "used in position expecting",
        "graphql_validation_failed",
        "validation failed",
    ];
    !messages.is_empty()
        && messages.iter().all(|m| !m.contains(" (at "))
        && messages.iter().any(|m| {
            let m = m.to_ascii_lowercase();
            SIGNS.iter().any(|s| m.contains(s)) || (m.contains("argument") && m.contains("required"))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_page_limits_and_validation_errors() {
        let m = vec!["`first` must be at most 100, got 250".to_string()];
        assert_eq!(page_limit_in(&m, 250), Some(100));
        assert_eq!(page_limit_in(&m, 100), None);
        assert_eq!(page_limit_in(&["limit is 100".into()], 250), None);
        assert!(is_validation_error(&["Cannot query field \"x\" on type \"Query\".".into()]));
        assert!(is_validation_error(&["Unknown argument \"createdAtMin\"".into()]));
        assert!(!is_validation_error(&["not found (at webhookSubscription)".into()]));
        assert!(!is_validation_error(&["internal error".into()]));
        assert!(!is_validation_error(&["Unknown error".into()]));
        assert!(is_validation_error(&[
            "Field \"viewer\" argument \"org\" of type \"ID!\" is required, but it was not provided.".into()
        ]));
    }
}

#[cfg(test)]
mod rewrite_tests;
