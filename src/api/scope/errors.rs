//! Delivery errors: `graphql/{list_errors,get_error,delete_errors}.graphql`.

use serde::Serialize;

use super::scalars::DateTime;
use super::{ApiError, Client, PAGE_SIZE, Page, next_cursor};

operation!(ListErrors, "graphql/list_errors.graphql", skip_serializing_none);
operation!(GetError, "graphql/get_error.graphql");
operation!(DeleteErrors, "graphql/delete_errors.graphql", skip_serializing_none);

/// A delivery error as listed (without the request and response snapshots).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ErrorSummary {
    pub id: String,
    pub created_at: DateTime,
    pub attempt: i64,
    pub message: String,
    pub job_id: String,
    pub duration_ms: i64,
    pub response: Option<ResponseStatus>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ResponseStatus {
    pub status: i64,
}

// The request/response snapshot types are the delivery pipeline's own.
pub use crate::delivery::snapshot::{Header, RequestSnapshot, ResponseSnapshot};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubscriptionRef {
    pub id: String,
    pub name: String,
}

/// A delivery error in full.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ErrorDetail {
    pub id: String,
    pub webhook_subscription: SubscriptionRef,
    pub created_at: DateTime,
    pub attempt: i64,
    pub message: String,
    pub job_id: String,
    pub duration_ms: i64,
    pub request: RequestSnapshot,
    pub response: Option<ResponseSnapshot>,
}

/// One page of a subscription's errors, optionally only those since a time.
pub async fn list_page(
    client: &Client,
    subscription_id: &str,
    since: Option<DateTime>,
    after: Option<String>,
) -> Result<Page<ErrorSummary>, ApiError> {
    let vars = list_errors::Variables {
        id: subscription_id.to_string(),
        first: Some(PAGE_SIZE),
        after,
        created_at_min: since,
    };
    list_from_response(client.query::<ListErrors>(vars).await?, subscription_id)
}

fn list_from_response(data: list_errors::ResponseData, id: &str) -> Result<Page<ErrorSummary>, ApiError> {
    let sub = data
        .webhook_subscription
        .ok_or_else(|| ApiError::NotFound { what: "subscription", id: id.to_string() })?;
    let c = sub.errors;
    Ok(Page {
        items: c
            .nodes
            .into_iter()
            .map(|e| ErrorSummary {
                id: e.id,
                created_at: e.created_at,
                attempt: e.attempt,
                message: e.message,
                job_id: e.job_id,
                duration_ms: e.duration_ms,
                response: e.response.map(|r| ResponseStatus { status: r.status }),
            })
            .collect(),
        total_count: c.total_count,
        next: next_cursor(c.page_info.has_next_page, c.page_info.end_cursor),
    })
}

pub async fn get(client: &Client, id: &str) -> Result<ErrorDetail, ApiError> {
    let data = client.query::<GetError>(get_error::Variables { id: id.to_string() }).await?;
    detail_from_response(data, id)
}

fn detail_from_response(data: get_error::ResponseData, id: &str) -> Result<ErrorDetail, ApiError> {
    let e = data.webhook_error.ok_or_else(|| ApiError::NotFound { what: "error", id: id.to_string() })?;
    Ok(ErrorDetail {
        id: e.id,
        webhook_subscription: SubscriptionRef {
            id: e.webhook_subscription.id,
            name: e.webhook_subscription.name,
        },
        created_at: e.created_at,
        attempt: e.attempt,
        message: e.message,
        job_id: e.job_id,
        duration_ms: e.duration_ms,
        request: RequestSnapshot {
            url: e.request.url,
            method: e.request.method,
            headers: e.request.headers.into_iter().map(|h| Header { name: h.name, value: h.value }).collect(),
            body: e.request.body,
        },
        response: e.response.map(|r| ResponseSnapshot {
            status: r.status,
            headers: r.headers.into_iter().map(|h| Header { name: h.name, value: h.value }).collect(),
            body: r.body,
        }),
    })
}

/// What to delete: some errors by id, or every error of one subscription.
#[derive(Debug, Clone)]
pub enum Deletion {
    Ids(Vec<String>),
    AllOf(String),
}

/// Deletes errors; returns the ids the server deleted.
pub async fn delete(client: &Client, what: Deletion) -> Result<Vec<String>, ApiError> {
    let vars = match what {
        Deletion::Ids(ids) => delete_errors::Variables { ids: Some(ids), subscription_id: None },
        Deletion::AllOf(id) => delete_errors::Variables { ids: None, subscription_id: Some(id) },
    };
    let data = client.mutate::<DeleteErrors>(vars).await?;
    let payload = data.delete_webhook_errors;
    ApiError::check_user_errors("deleting the errors", crate::field_errors!(payload.errors))?;
    Ok(payload.deleted_webhook_error_ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_a_list_page_and_a_missing_subscription() {
        let data: list_errors::ResponseData = serde_json::from_str(
            r#"{"webhookSubscription":{"id":"s","errors":{"totalCount":1,
              "pageInfo":{"hasNextPage":false,"endCursor":null},
              "nodes":[{"id":"e1","createdAt":"2024-01-01T00:00:00Z","attempt":2,"message":"HTTP 500",
                        "jobId":"j","durationMs":12,"response":{"status":500}}]}}}"#,
        )
        .unwrap();
        let page = list_from_response(data, "s").unwrap();
        assert_eq!(page.items[0].response, Some(ResponseStatus { status: 500 }));
        let v = serde_json::to_value(&page.items[0]).unwrap();
        assert_eq!(v["durationMs"], 12);
        let data: list_errors::ResponseData =
            serde_json::from_str(r#"{"webhookSubscription":null}"#).unwrap();
        assert!(list_from_response(data, "s").unwrap_err().is_not_found());
    }

    #[test]
    fn maps_a_detail() {
        let data: get_error::ResponseData = serde_json::from_str(
            r#"{"webhookError":{"id":"e1","webhookSubscription":{"id":"s","name":"S"},
              "createdAt":"2024-01-01T00:00:00Z","attempt":1,"message":"timeout","jobId":"j","durationMs":5000,
              "request":{"url":"https://x","method":"POST","headers":[{"name":"X-Scope-Topic","value":"user/created"}],"body":"{}"},
              "response":null}}"#,
        )
        .unwrap();
        let d = detail_from_response(data, "e1").unwrap();
        assert_eq!(d.request.headers[0].name, "X-Scope-Topic");
        assert!(d.response.is_none());
        assert_eq!(serde_json::to_value(&d).unwrap()["webhookSubscription"]["name"], "S");
    }

    #[test]
    fn delete_variables() {
        let v = delete_errors::Variables { ids: None, subscription_id: Some("s".into()) };
        assert_eq!(serde_json::to_value(v).unwrap(), serde_json::json!({"ids": null, "subscriptionId": "s"}));
    }
}
