//! `graphql/sandbox_*.graphql`: the sandbox-only mutations that make events happen and time pass.

use super::deliveries::Delivery;
use super::scalars::{DateTime, JSON};
use super::{ApiError, Client, FieldError};

operation!(SandboxCreateNode, "graphql/sandbox_create_node.graphql");

crate::delivery_from!(sandbox_create_node);

operation!(SandboxAdvanceClock, "graphql/sandbox_advance_clock.graphql");

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
    ApiError::check_user_errors(format!("creating a {node_type}"), crate::field_errors!(p.errors))?;
    let node =
        p.node.ok_or_else(|| ApiError::Malformed { detail: "sandboxCreateNode returned no node".into() })?;
    Ok(CreatedNode {
        id: node.id,
        node_type: node_type.to_string(),
        deliveries: p.deliveries.into_iter().map(Delivery::from).collect(),
    })
}

/// One advance of the sandbox clock: the new time, what happened on the way (in the caller's
/// organization) and when the next pending attempt falls due.
#[derive(Debug, Clone, PartialEq)]
pub struct ClockStep {
    pub now: DateTime,
    pub attempts: i64,
    pub succeeded: i64,
    pub failed: i64,
    pub subscriptions_disabled: i64,
    pub pending: i64,
    pub next_attempt_at: Option<DateTime>,
}

/// Moves the sandbox clock forward, running every retry that falls due.
pub async fn advance_clock(client: &Client, seconds: i64) -> Result<ClockStep, ApiError> {
    let data = client.mutate::<SandboxAdvanceClock>(sandbox_advance_clock::Variables { seconds }).await?;
    let p = data.sandbox_advance_clock;
    Ok(ClockStep {
        now: p.now,
        attempts: p.attempts,
        succeeded: p.succeeded,
        failed: p.failed,
        subscriptions_disabled: p.subscriptions_disabled,
        pending: p.pending,
        next_attempt_at: p.next_attempt_at,
    })
}

// The node, emit and clock commands print the sandbox's payloads as they come (every modelled
// type's fields), so they run untyped documents built from the list of types the caller gives
// (the sandbox's own: the client does not reach into the server).

const DELIVERY_FIELDS: &str = "id jobId status test attempts nextAttemptAt nodeId topic { key version }";

/// The node selection: `id` and `__typename`, plus the common fields of every modelled type.
fn node_fields(types: &[&str]) -> String {
    let fragments: String =
        types.iter().map(|t| format!(" ... on {t} {{ name attributes createdAt updatedAt }}")).collect();
    format!("id __typename{fragments}")
}

/// A node mutation of the sandbox.
#[derive(Debug, Clone, Copy)]
pub enum NodeChange {
    Create,
    Update,
    Delete,
}

impl NodeChange {
    fn field(self) -> &'static str {
        match self {
            NodeChange::Create => "sandboxCreateNode",
            NodeChange::Update => "sandboxUpdateNode",
            NodeChange::Delete => "sandboxDeleteNode",
        }
    }

    fn what(self) -> &'static str {
        match self {
            NodeChange::Create => "the new node",
            NodeChange::Update => "the node's changes",
            NodeChange::Delete => "deleting the node",
        }
    }

    fn input_type(self) -> &'static str {
        match self {
            NodeChange::Create => "SandboxNodeCreateInput",
            NodeChange::Update => "SandboxNodeUpdateInput",
            NodeChange::Delete => "SandboxNodeDeleteInput",
        }
    }
}

/// Creates, updates or deletes a node; answers the payload (`node`, `deliveries`) with the fields
/// of the node `types` the sandbox models.
pub async fn change_node(
    client: &Client,
    change: NodeChange,
    input: serde_json::Value,
    types: &[&str],
) -> Result<serde_json::Value, ApiError> {
    let (field, input_type) = (change.field(), change.input_type());
    let document = format!(
        "mutation($n: {input_type}!) {{ {field}(node: $n) {{ errors {{ field message }} node {{ {} }} deliveries {{ {DELIVERY_FIELDS} }} }} }}",
        node_fields(types)
    );
    let data = client.mutate_document(&document, serde_json::json!({ "n": input })).await?;
    payload(data, field, change.what())
}

/// Emits `topic` for a node; answers the payload (`deliveries`).
pub async fn emit(client: &Client, topic: &str, node_id: &str) -> Result<serde_json::Value, ApiError> {
    let document = format!(
        "mutation($e: SandboxEmitInput!) {{ sandboxEmit(event: $e) {{ errors {{ field message }} deliveries {{ {DELIVERY_FIELDS} }} }} }}"
    );
    let variables = serde_json::json!({ "e": { "topic": topic, "nodeId": node_id } });
    payload(client.mutate_document(&document, variables).await?, "sandboxEmit", format!("emitting {topic}"))
}

/// The sandbox clock's current time, as the sandbox writes it.
pub async fn now(client: &Client) -> Result<String, ApiError> {
    field_now(client, "sandboxNow").await
}

/// `{ FIELD }` of a sandbox: `sandboxNow` on Scope's API, `sandbox_now` on Sentera's.
async fn field_now(client: &Client, field: &str) -> Result<String, ApiError> {
    let data = client.query_document(&format!("{{ {field} }}"), serde_json::json!({})).await?;
    Ok(data[field].as_str().unwrap_or("").to_string())
}

/// Whether a URL points to this machine (127.0.0.1, ::1, localhost): where a sandbox runs.
pub fn is_local(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// The time on the server's clock: a hookctl sandbox's own (`sandboxNow` on Scope's API,
/// `sandbox_now` on Sentera's, which `clock advance` moves ahead), else this machine's. Only a
/// server whose schema has that field is asked (the schema adaptation's cached introspection;
/// with adaptation off, a server on a loopback address), so other servers get no extra request.
pub async fn server_now(client: &Client) -> chrono::DateTime<chrono::Utc> {
    const FIELDS: [&str; 2] = ["sandboxNow", "sandbox_now"];
    let fields: Vec<&str> = if crate::api::adapt::enabled() {
        match crate::api::adapt::load(client, false).await {
            Ok(e) => FIELDS
                .into_iter()
                .filter(|f| e.schema.query_root().is_some_and(|q| q.field(f).is_some()))
                .collect(),
            Err(_) => Vec::new(),
        }
    } else if is_local(client.endpoint()) {
        FIELDS.to_vec()
    } else {
        Vec::new()
    };
    for field in fields {
        if let Ok(now) = field_now(client, field).await
            && let Ok(t) = chrono::DateTime::parse_from_rfc3339(&now)
        {
            client.ctx().debug(format!("ages count back from the sandbox clock: {now}"));
            return t.with_timezone(&chrono::Utc);
        }
    }
    chrono::Utc::now()
}

/// `data[field]`, failing with its `errors { field message }` if there are any.
fn payload(
    mut data: serde_json::Value,
    field: &str,
    what: impl Into<String>,
) -> Result<serde_json::Value, ApiError> {
    let payload = data[field].take();
    let errors = payload["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| FieldError {
            field: e["field"].as_str().map(str::to_string),
            message: e["message"].as_str().unwrap_or("").to_string(),
        })
        .collect();
    ApiError::check_user_errors(what, errors)?;
    Ok(payload)
}
