//! The server's side of a plan: every subscription the profile can see (and Scope's topics, to
//! check the manifest's), read with the existing query helpers.

use crate::api::scope::subscriptions::{self as scope, Filter, Subscription as ScopeSub};
use crate::api::scope::topics::{self, Topic};
use crate::api::sentera::{self, Authentication, Subscription as SenteraSub};
use crate::api::{ApiError, Client};
use crate::context::Provider;

use super::state::State;

/// What the server holds, per API.
#[derive(Debug, Clone)]
pub enum Snapshot {
    Scope { subscriptions: Vec<ScopeSub>, topics: Vec<Topic> },
    Sentera { subscriptions: Vec<SenteraSub> },
}

pub async fn fetch(client: &Client, provider: Provider) -> Result<Snapshot, ApiError> {
    match provider {
        Provider::Scope => {
            let filter = Filter::default();
            let (subs, topics) = tokio::join!(
                crate::api::all_pages(|after| scope::list_page(client, &filter, after)),
                topics::list_all(client)
            );
            Ok(Snapshot::Scope { subscriptions: subs?, topics: topics? })
        }
        Provider::Sentera => {
            let orgs = sentera::organizations(client).await?;
            let mut all = Vec::new();
            for org in orgs {
                all.extend(sentera_org(client, &org.sentera_id).await?);
            }
            Ok(Snapshot::Sentera { subscriptions: all })
        }
    }
}

/// Sentera's documented `WebhookSubscription` does not answer its OAuth settings, so where the
/// server says nothing, a subscription's are the ones `apply` recorded for its id at this
/// endpoint. A server that does answer them wins. What the state cannot know is an edit made
/// outside hookctl (such a subscription reads as having the settings last applied, or none).
pub fn with_recorded_oauth(snapshot: &mut Snapshot, state: &State, endpoint: &str) {
    let Snapshot::Sentera { subscriptions } = snapshot else { return };
    let Some(records) = state.endpoints.get(endpoint) else { return };
    let oauth: std::collections::HashMap<&str, &Authentication> =
        records.values().filter_map(|r| Some((r.id.as_str(), r.oauth.as_ref()?))).collect();
    for s in subscriptions.iter_mut().filter(|s| s.authentication.is_none()) {
        s.authentication = oauth.get(s.sentera_id.as_str()).map(|a| (*a).clone());
    }
}

/// Every page of one organization's subscriptions.
async fn sentera_org(client: &Client, org: &str) -> Result<Vec<SenteraSub>, ApiError> {
    let first = sentera::list_page(client, org, 1, sentera::PAGE_SIZE).await?;
    let pages = first.pages();
    let mut all = first.results;
    for page in 2..=pages {
        all.extend(sentera::list_page(client, org, page, sentera::PAGE_SIZE).await?.results);
    }
    Ok(all)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manifest::state::Record;

    fn sub(id: &str, auth: Option<&str>) -> SenteraSub {
        SenteraSub {
            sentera_id: id.into(),
            organization_sentera_id: Some("org".into()),
            callback_url: "https://example.com/h".into(),
            event_types: vec!["FIELD_CREATED".into()],
            authentication: auth.map(|c| Authentication {
                token_url: "https://idp.example/token".into(),
                client_id: c.into(),
                scope: None,
            }),
            created_at: None,
        }
    }

    #[test]
    fn recorded_oauth_fills_what_the_server_does_not_say() {
        let mut state = State::default();
        for (id, client) in [("a", "recorded-a"), ("b", "recorded-b")] {
            let oauth = sub(id, Some(client)).authentication;
            state.set("https://x/graphql", id, Record { id: id.into(), secret_version: Some(2), oauth });
        }
        let mut snap = Snapshot::Sentera {
            subscriptions: vec![sub("a", None), sub("b", Some("server")), sub("c", None)],
        };
        with_recorded_oauth(&mut snap, &state, "https://x/graphql");
        let Snapshot::Sentera { subscriptions: s } = &snap else { unreachable!() };
        let client = |i: usize| s[i].authentication.as_ref().map(|a| a.client_id.as_str());
        assert_eq!(client(0), Some("recorded-a"), "recorded");
        assert_eq!(client(1), Some("server"), "the server wins");
        assert_eq!(client(2), None, "nothing recorded: none");
        let mut other = Snapshot::Sentera { subscriptions: vec![sub("a", None)] };
        with_recorded_oauth(&mut other, &state, "https://y/graphql");
        let Snapshot::Sentera { subscriptions: s } = &other else { unreachable!() };
        assert_eq!(s[0].authentication, None, "another endpoint's record is not this one's");
    }
}
