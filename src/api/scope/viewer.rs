//! `graphql/viewer.graphql`: who a token belongs to.

use graphql_client::GraphQLQuery;

use super::{ApiError, Client};

#[derive(GraphQLQuery)]
#[graphql(
    schema_path = "graphql/schema.graphql",
    query_path = "graphql/viewer.graphql",
    custom_scalars_module = "crate::api::scope::scalars",
    response_derives = "Debug"
)]
struct Viewer;

/// The authenticated user and their organization.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Identity {
    pub id: String,
    pub name: String,
    pub email: Option<String>,
    pub organization: String,
    pub organization_id: String,
}

pub async fn viewer(client: &Client) -> Result<Identity, ApiError> {
    let data = client.query::<Viewer>(viewer::Variables).await?;
    Ok(from_response(data))
}

fn from_response(data: viewer::ResponseData) -> Identity {
    let v = data.viewer;
    Identity {
        id: v.id,
        name: v.name,
        email: v.email,
        organization: v.organization.name,
        organization_id: v.organization.id,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_the_viewer() {
        let data: viewer::ResponseData = serde_json::from_str(
            r#"{"viewer":{"id":"dXNlcjox","name":"Ada","email":null,
                "organization":{"id":"b3JnOjE=","name":"Acme"}}}"#,
        )
        .unwrap();
        let me = from_response(data);
        assert_eq!(me.name, "Ada");
        assert_eq!(me.organization, "Acme");
        assert_eq!(me.email, None);
    }
}
