//! The standard introspection query, sent through the client's raw query path (retried like
//! any query), and its answer read into a [`Schema`].

use super::schema::Schema;
use crate::api::{ApiError, Client};

/// The standard introspection query (type references seven wrappers deep, as graphql-js does).
pub const QUERY: &str = "query IntrospectionQuery {
  __schema {
    queryType { name }
    mutationType { name }
    types {
      kind name
      fields(includeDeprecated: true) { name args { name type { ...TypeRef } defaultValue } type { ...TypeRef } }
      inputFields { name type { ...TypeRef } defaultValue }
      interfaces { name }
      enumValues(includeDeprecated: true) { name }
      possibleTypes { name }
    }
  }
}
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name
    ofType { kind name ofType { kind name ofType { kind name } } } } } } }
}";

/// Introspects the client's endpoint.
pub async fn introspect(client: &Client) -> Result<Schema, ApiError> {
    let data = client.query_document(QUERY, serde_json::json!({})).await?;
    Schema::from_introspection(&data).map_err(|e| ApiError::Malformed {
        detail: format!("{e} (is introspection turned off on this server?)"),
    })
}
