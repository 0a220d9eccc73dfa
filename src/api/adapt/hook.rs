//! The typed client's request path with adaptation on: the operation is rewritten for the
//! endpoint's schema, variables it no longer uses are dropped, `first` is kept within the page
//! size, and a validation error (the operation did not run) refreshes the schema and retries
//! once — mutations included, since a request that failed validation changed nothing.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{Adapted, cache::Entry};
use crate::api::{ApiError, Client};

/// Per process: each endpoint's schema entry, so pages after the first read no file (shared,
/// not copied, per request).
static SCHEMAS: Mutex<Option<HashMap<String, Arc<Entry>>>> = Mutex::new(None);
/// Per process: which operations a note was printed for.
static NOTED: Mutex<Vec<String>> = Mutex::new(Vec::new());

async fn entry(client: &Client, refresh: bool) -> Result<Arc<Entry>, ApiError> {
    let key = client.endpoint().to_string();
    if !refresh {
        let memo = SCHEMAS.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(e) = memo.as_ref().and_then(|m| m.get(&key)) {
            return Ok(e.clone());
        }
    }
    let e = Arc::new(super::load(client, refresh || super::refresh_requested()).await?);
    SCHEMAS
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .get_or_insert_with(HashMap::new)
        .insert(key, e.clone());
    Ok(e)
}

fn remember_limit(client: &Client, entry: &mut Arc<Entry>, limit: i64) {
    super::remember_page_limit(client.endpoint(), Arc::make_mut(entry), limit);
    let key = client.endpoint().to_string();
    SCHEMAS
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .get_or_insert_with(HashMap::new)
        .insert(key, entry.clone());
}

/// Sends `query` (named `operation`) with `variables`, adapted to the endpoint's schema.
pub async fn execute<T: DeserializeOwned>(
    client: &Client,
    query: &str,
    operation: &str,
    variables: Value,
    retries: Option<u32>,
) -> Result<T, ApiError> {
    let mut entry = match entry(client, false).await {
        Ok(e) => e,
        // No usable introspection (turned off, or not GraphQL-shaped): send the operation as
        // written and let the server judge it.
        Err(e @ (ApiError::GraphQl(_) | ApiError::Malformed { .. })) => {
            client.ctx().debug(format!("{operation}: no schema to adapt to ({e}); sent as written"));
            return client
                .send_with_retries::<T>(operation, &plain_body(query, operation, variables)?, retries)
                .await;
        }
        Err(e) => return Err(e),
    };
    let mut refreshed = false;
    loop {
        let adapted = match super::rewrite(query, &entry.schema) {
            Ok(a) => a,
            // A schema cached a while ago may be out of date: look again before refusing.
            Err(_) if !refreshed && !entry.is_recent() => {
                refreshed = true;
                entry = self::entry(client, true).await?;
                continue;
            }
            Err(u) => {
                let operation = super::registry::describe_operation(operation);
                return Err(ApiError::Unworkable { operation, detail: u.0 });
            }
        };
        note(client, operation, &adapted);
        let (vars, first) = fit_variables(variables.clone(), &adapted, &entry);
        let bytes = plain_body(&adapted.text, operation, vars)?;
        match client.send_with_retries::<T>(operation, &bytes, retries).await {
            Err(ApiError::GraphQl(messages)) if !refreshed => {
                refreshed = true;
                if let Some(limit) = first.and_then(|f| super::page_limit_in(&messages, f)) {
                    client.ctx().debug(format!("{operation}: the server allows `first` up to {limit}"));
                    remember_limit(client, &mut entry, limit);
                } else if super::is_validation_error(&messages) {
                    client.ctx().debug(format!("{operation}: failed validation; refreshing the schema"));
                    entry = self::entry(client, true).await?;
                } else {
                    return Err(ApiError::GraphQl(messages));
                }
            }
            other => return other,
        }
    }
}

fn plain_body(query: &str, operation: &str, variables: Value) -> Result<Vec<u8>, ApiError> {
    let body = serde_json::json!({ "query": query, "operationName": operation, "variables": variables });
    serde_json::to_vec(&body)
        .map_err(|e| ApiError::Malformed { detail: format!("cannot encode the request: {e}") })
}

/// Drops the variables the adapted operation no longer declares and keeps `first` within the
/// page size; returns the variables and the `first` sent.
fn fit_variables(mut variables: Value, adapted: &Adapted, entry: &Entry) -> (Value, Option<i64>) {
    let Some(map) = variables.as_object_mut() else { return (variables, None) };
    for name in &adapted.dropped_variables {
        map.remove(name);
    }
    let mut sent = None;
    if let Some(first) = map.get_mut("first")
        && let Some(asked) = first.as_i64()
    {
        // What the operation asks (250, as without adapting: 100 made a 10,000 listing 1.36×
        // slower, benches/list.sh) unless `--page-size` or a limit the server named says less.
        let cap = super::page_size_override().unwrap_or(asked);
        let n = entry.page_limit.map_or(cap, |l| l.min(cap)).min(asked);
        *first = Value::from(n);
        sent = Some(n);
    }
    (variables, sent)
}

/// Says once per operation what was adapted: dropped filters on stderr (the caller filters
/// client-side), the rest with `-v`.
fn note(client: &Client, operation: &str, adapted: &Adapted) {
    if adapted.as_is() {
        return;
    }
    {
        let mut noted = NOTED.lock().unwrap_or_else(PoisonError::into_inner);
        if noted.iter().any(|o| o == operation) {
            return;
        }
        noted.push(operation.to_string());
    }
    let ctx = client.ctx();
    if !adapted.dropped_args.is_empty() {
        ctx.info(format!(
            "note: the server has no argument {}; hookctl filters client-side where it can",
            adapted.dropped_args.join(", ")
        ));
    }
    if !adapted.dropped_fields.is_empty() {
        ctx.debug(format!(
            "{operation}: the server lacks {} (shown as absent)",
            adapted.dropped_fields.join(", ")
        ));
    }
    for change in adapted.via_node.iter().chain(&adapted.retyped_variables) {
        ctx.debug(format!("{operation}: {change}"));
    }
}
