//! The server's side of a plan: every subscription the profile can see (and Scope's topics, to
//! check the manifest's), read with the existing query helpers.

use crate::api::scope::subscriptions::{self as scope, Filter, Subscription as ScopeSub};
use crate::api::scope::topics::{self, Topic};
use crate::api::sentera::{self, Subscription as SenteraSub};
use crate::api::{ApiError, Client};
use crate::context::Provider;

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
