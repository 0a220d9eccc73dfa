//! Organizations (a tree): one, every visible one, and the sandbox-only create.

use graphql_client::GraphQLQuery;
use serde::{Deserialize, Serialize};

use super::{convert, not_found};
use crate::api::{ApiError, Client};

operation!(Organization, "graphql/sentera/organization.graphql");
operation!(Organizations, "graphql/sentera/organizations.graphql");
operation!(SandboxCreateOrganization, "graphql/sentera/sandbox_create_organization.graphql");

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgRef {
    pub sentera_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Org {
    pub sentera_id: String,
    pub name: String,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub parent: Option<OrgRef>,
    #[serde(default)]
    pub child_organizations: Vec<OrgSummary>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgSummary {
    pub sentera_id: String,
    pub name: String,
}

pub async fn organization(client: &Client, sentera_id: &str) -> Result<Org, ApiError> {
    let vars = organization::Variables { sentera_id: sentera_id.to_string() };
    match client.query::<Organization>(vars).await?.organization {
        Some(o) => convert(o),
        None => Err(ApiError::NotFound { what: "organization", id: sentera_id.to_string() }),
    }
}

pub async fn organizations(client: &Client) -> Result<Vec<Org>, ApiError> {
    convert(client.query::<Organizations>(organizations::Variables).await?.organizations)
}

pub async fn create_organization(
    client: &Client,
    name: &str,
    parent: Option<&str>,
    sentera_id: Option<&str>,
) -> Result<Org, ApiError> {
    let vars = sandbox_create_organization::Variables {
        name: name.to_string(),
        parent_sentera_id: parent.map(str::to_string),
        sentera_id: sentera_id.map(str::to_string),
    };
    let data = client
        .mutate::<SandboxCreateOrganization>(vars)
        .await
        .map_err(|e| not_found(e, "organization", parent.unwrap_or_default()))?;
    convert(data.sandbox_create_organization)
}
