//! Listing and showing notifications (deliveries): `graphql/{list_deliveries,show_delivery}.graphql`.
//! Kept as JSON objects with the API's field names: that is `deliveries … -o json`'s shape.

use serde_json::{Value, json};

use super::{ApiError, Client, PAGE_SIZE};

const LIST: &str = include_str!("../../../graphql/list_deliveries.graphql");
const SHOW: &str = include_str!("../../../graphql/show_delivery.graphql");

/// One page of a subscription's deliveries and the next cursor; `None` when there is no such
/// subscription.
pub async fn list_page(
    client: &Client,
    subscription_id: &str,
    after: Option<String>,
) -> Result<Option<(Vec<Value>, Option<String>)>, ApiError> {
    let data = client
        .query_document(LIST, json!({"id": subscription_id, "first": PAGE_SIZE, "after": after}))
        .await?;
    let Some(conn) = data.pointer("/webhookSubscription/deliveries") else { return Ok(None) };
    let nodes = conn["nodes"].as_array().cloned().unwrap_or_default();
    let next = (conn.pointer("/pageInfo/hasNextPage") == Some(&Value::Bool(true)))
        .then(|| conn.pointer("/pageInfo/endCursor").and_then(Value::as_str).map(str::to_string))
        .flatten();
    Ok(Some((nodes, next)))
}

/// One delivery by id; `None` when the id is not a delivery visible to the token.
pub async fn show(client: &Client, id: &str) -> Result<Option<Value>, ApiError> {
    let data = client.query_document(SHOW, json!({"id": id})).await?;
    Ok(data.get("node").filter(|n| n.get("jobId").is_some()).cloned())
}
