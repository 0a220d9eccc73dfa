//! `graphql/get_delivery.graphql`: one delivery (notification) by id, polled by `subscriptions test`.

use serde::Serialize;

use super::scalars::DateTime;
use super::{ApiError, Client};

operation!(GetDelivery, "graphql/get_delivery.graphql");

/// One notification of one subscription and how far it got.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Delivery {
    pub id: String,
    pub job_id: String,
    pub node_id: String,
    /// `PENDING`, `SUCCEEDED`, `FAILED` or `SKIPPED`.
    pub status: String,
    pub attempts: i64,
    pub next_attempt_at: Option<DateTime>,
    pub last_response_status: Option<i64>,
    pub last_error: Option<DeliveryError>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeliveryError {
    pub id: String,
    pub message: String,
}

impl Delivery {
    pub fn is_pending(&self) -> bool {
        self.status == "PENDING"
    }
}

/// Converts a generated `DeliveryFields` fragment type into [`Delivery`].
#[macro_export]
#[doc(hidden)]
macro_rules! delivery_from {
    ($m:ident) => {
        impl From<$m::DeliveryFields> for $crate::api::scope::deliveries::Delivery {
            fn from(d: $m::DeliveryFields) -> Self {
                $crate::api::scope::deliveries::Delivery {
                    id: d.id,
                    job_id: d.job_id,
                    node_id: d.node_id,
                    status: match d.status {
                        $m::WebhookDeliveryStatus::PENDING => "PENDING".to_string(),
                        $m::WebhookDeliveryStatus::SUCCEEDED => "SUCCEEDED".to_string(),
                        $m::WebhookDeliveryStatus::FAILED => "FAILED".to_string(),
                        $m::WebhookDeliveryStatus::SKIPPED => "SKIPPED".to_string(),
                        $m::WebhookDeliveryStatus::Other(other) => other,
                    },
                    attempts: d.attempts,
                    next_attempt_at: d.next_attempt_at,
                    last_response_status: d.last_response_status,
                    last_error: d.last_error.map(|e| $crate::api::scope::deliveries::DeliveryError {
                        id: e.id,
                        message: e.message,
                    }),
                }
            }
        }
    };
}

crate::delivery_from!(get_delivery);

/// A delivery by id.
pub async fn get(client: &Client, id: &str) -> Result<Delivery, ApiError> {
    let data = client.query::<GetDelivery>(get_delivery::Variables { id: id.to_string() }).await?;
    from_response(data, id)
}

fn from_response(data: get_delivery::ResponseData, id: &str) -> Result<Delivery, ApiError> {
    match data.node {
        Some(get_delivery::GetDeliveryNode::WebhookDelivery(d)) => Ok(Delivery::from(d)),
        Some(_) => Err(ApiError::Malformed { detail: format!("{id} is not a delivery") }),
        None => Err(ApiError::NotFound { what: "delivery", id: id.to_string() }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_a_delivery() {
        let data: get_delivery::ResponseData = serde_json::from_str(
            r#"{"node":{"__typename":"WebhookDelivery","id":"d1","jobId":"j1","nodeId":"n1","status":"FAILED",
                "attempts":1,"nextAttemptAt":null,"lastResponseStatus":500,
                "lastError":{"id":"e1","message":"HTTP 500"}}}"#,
        )
        .unwrap();
        let d = from_response(data, "d1").unwrap();
        assert_eq!(d.status, "FAILED");
        assert_eq!(d.last_error.unwrap().message, "HTTP 500");
    }

    #[test]
    fn other_nodes_and_null_are_errors() {
        let data: get_delivery::ResponseData =
            serde_json::from_str(r#"{"node":{"__typename":"User"}}"#).unwrap();
        assert!(from_response(data, "u").is_err());
        let data: get_delivery::ResponseData = serde_json::from_str(r#"{"node":null}"#).unwrap();
        assert!(from_response(data, "x").unwrap_err().is_not_found());
    }
}
