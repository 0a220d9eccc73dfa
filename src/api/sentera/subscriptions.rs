//! Sentera's webhook subscriptions: create, get, list a page, delete.

use graphql_client::GraphQLQuery;
use serde::{Deserialize, Serialize};

use super::{Page, convert, enum_of, not_found};
use crate::api::{ApiError, Client};
use crate::secret::Secret;

operation!(CreateWebhookSubscription, "graphql/sentera/create_webhook_subscription.graphql");
operation!(GetWebhookSubscription, "graphql/sentera/get_webhook_subscription.graphql");
operation!(ListWebhookSubscriptions, "graphql/sentera/list_webhook_subscriptions.graphql");
operation!(DeleteWebhookSubscription, "graphql/sentera/delete_webhook_subscription.graphql");

/// OAuth settings of a subscription's callback, without the write-only secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Authentication {
    pub token_url: String,
    pub client_id: String,
    pub scope: Option<String>,
}

/// A subscription as the document defines it (`sentera_id`, `callback_url`, `event_types`); the
/// rest is not read from the API: the organization is known from the request that named it,
/// the authentication only from a create's own input, the creation time never (`None` shows as
/// absent).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscription {
    pub sentera_id: String,
    #[serde(default)]
    pub organization_sentera_id: Option<String>,
    pub callback_url: String,
    pub event_types: Vec<String>,
    #[serde(default)]
    pub authentication: Option<Authentication>,
    #[serde(default)]
    pub created_at: Option<String>,
}

/// What `create` sends.
#[derive(Debug, Clone)]
pub struct NewSubscription {
    pub organization_sentera_id: String,
    pub callback_url: String,
    pub event_types: Vec<String>,
    pub authentication: Option<NewAuthentication>,
}

#[derive(Debug, Clone)]
pub struct NewAuthentication {
    pub token_url: String,
    pub client_id: String,
    pub client_secret: Secret,
    pub scope: Option<String>,
}

pub async fn create(client: &Client, new: NewSubscription) -> Result<Subscription, ApiError> {
    use create_webhook_subscription as op;
    let event_types =
        new.event_types.iter().map(|t| enum_of(t)).collect::<Result<Vec<op::WebhookEventType>, _>>()?;
    let authentication = new.authentication.as_ref().map(|a| Authentication {
        token_url: a.token_url.clone(),
        client_id: a.client_id.clone(),
        scope: a.scope.clone(),
    });
    let vars = op::Variables {
        organization_sentera_id: new.organization_sentera_id.clone(),
        callback_url: new.callback_url,
        event_types,
        authentication: new.authentication.map(|a| op::WebhookAuthenticationConfigurationInput {
            token_url: a.token_url,
            client_id: a.client_id,
            client_secret: a.client_secret.expose().to_string(),
            scope: a.scope,
        }),
    };
    let data = client
        .mutate::<CreateWebhookSubscription>(vars)
        .await
        .map_err(|e| not_found(e, "organization", &new.organization_sentera_id))?;
    let mut created: Subscription = convert(data.create_webhook_subscription)?;
    created.organization_sentera_id = Some(new.organization_sentera_id);
    created.authentication = authentication;
    Ok(created)
}

pub async fn get(client: &Client, sentera_id: &str) -> Result<Subscription, ApiError> {
    let vars = get_webhook_subscription::Variables { sentera_id: sentera_id.to_string() };
    let data = client.query::<GetWebhookSubscription>(vars).await?;
    match data.webhook_subscription {
        Some(s) => convert(s),
        None => Err(ApiError::NotFound { what: "subscription", id: sentera_id.to_string() }),
    }
}

pub async fn list_page(
    client: &Client,
    organization_sentera_id: &str,
    page: i64,
    page_size: i64,
) -> Result<Page<Subscription>, ApiError> {
    use list_webhook_subscriptions as op;
    let vars = op::Variables {
        organization_sentera_id: organization_sentera_id.to_string(),
        pagination: op::Pagination { page, page_size },
    };
    let data = client
        .query::<ListWebhookSubscriptions>(vars)
        .await
        .map_err(|e| not_found(e, "organization", organization_sentera_id))?;
    let mut page: Page<Subscription> = convert(data.webhook_subscriptions)?;
    for s in &mut page.results {
        s.organization_sentera_id = Some(organization_sentera_id.to_string());
    }
    Ok(page)
}

pub async fn delete(client: &Client, sentera_id: &str) -> Result<String, ApiError> {
    let vars = delete_webhook_subscription::Variables { sentera_id: sentera_id.to_string() };
    let data = client
        .mutate::<DeleteWebhookSubscription>(vars)
        .await
        .map_err(|e| not_found(e, "subscription", sentera_id));
    match data {
        Ok(data) => Ok(data.delete_webhook_subscription),
        // The answer was lost: the mutation is not resent; reading it back says what is true.
        Err(lost @ ApiError::OutcomeUnknown { .. }) => {
            client.ctx().info(format!("note: {lost}; reading {sentera_id} back"));
            match get(client, sentera_id).await {
                Err(e) if e.is_not_found() => Ok(sentera_id.to_string()),
                Ok(_) => Err(ApiError::NotApplied { what: format!("deleting {sentera_id}") }),
                Err(_) => Err(lost),
            }
        }
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn responses_map_to_domain_types() {
        let json = serde_json::json!({
            "webhook_subscriptions": {
                "total_count": 501, "page": 1, "page_size": 250,
                "results": [{
                    "sentera_id": "b6i0chc_WS_w3njAcmeGrand_CV_deve_85c3a6365_220131_132709",
                    "event_types": ["FEATURE_SET_CREATED", "SOMETHING_NEW"],
                    "callback_url": "https://example.com/webhooks"
                }]
            }
        });
        let data: list_webhook_subscriptions::ResponseData = serde_json::from_value(json).unwrap();
        let page: Page<Subscription> = convert(data.webhook_subscriptions).unwrap();
        assert_eq!(page.pages(), 3);
        let s = &page.results[0];
        assert_eq!(s.event_types, ["FEATURE_SET_CREATED", "SOMETHING_NEW"]);
        assert_eq!(s.authentication, None);
        assert_eq!(s.created_at, None);
    }

    #[test]
    fn not_found_errors_are_recognized() {
        let e =
            not_found(ApiError::GraphQl(vec!["organization \"x\" not found".into()]), "organization", "x");
        assert!(matches!(e, ApiError::NotFound { what: "organization", .. }));
        let other = not_found(ApiError::GraphQl(vec!["boom".into()]), "organization", "x");
        assert!(matches!(other, ApiError::GraphQl(_)));
    }
}
