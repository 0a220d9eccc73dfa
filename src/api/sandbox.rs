//! `graphql/sandbox_*.graphql`: the sandbox-only mutations that make events happen and time pass.

use graphql_client::GraphQLQuery;

use super::deliveries::Delivery;
use super::scalars::{DateTime, JSON};
use super::{ApiError, Client, FieldError};

#[derive(GraphQLQuery)]
#[graphql(
    schema_path = "graphql/schema.graphql",
    query_path = "graphql/sandbox_create_node.graphql",
    custom_scalars_module = "crate::api::scalars",
    response_derives = "Debug"
)]
struct SandboxCreateNode;

crate::delivery_from!(sandbox_create_node);

#[derive(GraphQLQuery)]
#[graphql(
    schema_path = "graphql/schema.graphql",
    query_path = "graphql/sandbox_advance_clock.graphql",
    custom_scalars_module = "crate::api::scalars",
    response_derives = "Debug"
)]
struct SandboxAdvanceClock;

/// A node the sandbox created, and the notifications its `<type>/created` event queued.
#[derive(Debug, Clone)]
pub struct CreatedNode {
    pub id: String,
    pub node_type: String,
    pub deliveries: Vec<Delivery>,
}

/// Creates a node of a modelled type (`User`, `ScenarioSession`, …) with the given attributes.
pub async fn create_node(
    client: &Client,
    node_type: &str,
    attributes: JSON,
) -> Result<CreatedNode, ApiError> {
    let vars = sandbox_create_node::Variables {
        node: sandbox_create_node::SandboxNodeCreateInput {
            type_: node_type.to_string(),
            attributes: Some(attributes),
        },
    };
    let p = client.mutate::<SandboxCreateNode>(vars).await?.sandbox_create_node;
    ApiError::check_user_errors(
        format!("creating a {node_type}"),
        p.errors.into_iter().map(|e| FieldError { field: e.field, message: e.message }).collect(),
    )?;
    let node =
        p.node.ok_or_else(|| ApiError::Malformed { detail: "sandboxCreateNode returned no node".into() })?;
    Ok(CreatedNode {
        id: node.id,
        node_type: node_type.to_string(),
        deliveries: p.deliveries.into_iter().map(Delivery::from).collect(),
    })
}

/// Moves the sandbox clock forward, running every retry that falls due; answers the new time.
pub async fn advance_clock(client: &Client, seconds: i64) -> Result<DateTime, ApiError> {
    let data = client.mutate::<SandboxAdvanceClock>(sandbox_advance_clock::Variables { seconds }).await?;
    Ok(data.sandbox_advance_clock.now)
}
