//! `graphql/viewer.graphql`: who a token belongs to.

use super::{ApiError, Client};

operation!(Viewer, "graphql/viewer.graphql");

/// The authenticated user and their organization.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Identity {
    pub id: String,
    pub name: String,
    pub email: Option<String>,
    /// Absent where the server's user has no `organization`.
    pub organization: Option<String>,
    pub organization_id: Option<String>,
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
        organization: v.organization.as_ref().map(|o| o.name.clone()),
        organization_id: v.organization.map(|o| o.id),
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
        assert_eq!(me.organization.as_deref(), Some("Acme"));
        assert_eq!(me.email, None);
    }
}
