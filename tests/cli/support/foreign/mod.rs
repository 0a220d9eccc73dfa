//! GraphQL servers that are not ours: strict, in-process stand-ins for the real Scope and Sentera
//! APIs, for testing how hookctl copes with schemas it only partly knows (issue 10).
//!
//! Each follows the vendor documents (shared/seeds/001_*.txt, 002_*.txt) to the letter where they
//! pin a shape, and guesses differently from hookctl's `graphql/` wherever they are silent. Both
//! run async-graphql with introspection on and its standard validation (an unknown field,
//! argument or type is an error and the operation does not run), keep their state in memory
//! (seed and read it from the test), count how many times each mutation ran, and take faults per
//! request ([`Fault`]: HTTP 500 before running; after running, an answer cut off mid-JSON, a
//! connection dropped mid-answer, or a slow answer). Requests need `Authorization: Bearer`
//! [`TOKEN`] (HTTP 401 otherwise); [`Foreign::hookctl`] runs hookctl pointed at a server.
//!
//! # Where [`scope`] differs from `graphql/schema.graphql` and `graphql/*.graphql`
//! Kept as documented: `node(id:)` with `... on WebhookSubscription`, `viewer { id name email
//! organization { id name } }`, `updateWebhookSubscription(webhookSubscription: {id, disabled,
//! …}) { errors { field message } webhookSubscription { id … } }`.
//! - no `DateTime` scalar: `createdAt`/`updatedAt` are `String!`; no `JSON` scalar.
//! - `webhookSubscriptions(first, after, created_at_min: String, updated_at_min: String)`: no
//!   `topicKey`, `disabled`, `createdAtMin`, `updatedAtMin`; `first` defaults to 20 and may be at
//!   most 100 (more is a GraphQL error naming the limit), not 250.
//! - no `webhookSubscription(id:)` root field (read one through `node(id:)`); no `webhookTopics`
//!   (no topics query), no `webhookError(id:)`, no `integrations`, no `sandbox*` fields.
//! - `WebhookSubscription`: `sharedSecret: String` (readable) instead of `hasSharedSecret`;
//!   `contentType: String!` (`"JSON"`/`"XML"`) instead of the `WebhookContentType` enum; no
//!   `webhookId`, `integration`, `disabledAt`, `errors(…)`, `deliveries(…)`.
//! - `WebhookTopic` is `{ key version }` only: not a `Node`, no `id`, `description`, `nodeType`.
//! - `WebhookSubscriptionConnection` has `nodes` and `pageInfo` but no `totalCount`.
//! - `createWebhookSubscription(webhookSubscription: { name, topic: { key, version },
//!   callbackUrl, contentType: String, sharedSecret, query, dataValidationTemplate, template,
//!   errorHandlingTemplate, disabled })`: `topic` is a `WebhookTopicInput` object, not a string;
//!   no `topicVersion`, `integrationId`.
//! - `WebhookSubscriptionUpdateInput` has `topic: WebhookTopicInput` and no `topicVersion`,
//!   `integrationId`, `test` (no test toggle); `contentType: String`.
//! - `deleteWebhookSubscription(id: ID!) { errors { field message } deletedId }` instead of
//!   `(webhookSubscription: {id}) { … deletedWebhookSubscriptionId }`; no `deleteWebhookErrors`.
//! - `WebhookSubscriptionPayload` has no `testDelivery`.
//! - no types `WebhookDelivery`, `WebhookDeliveryStatus`, `WebhookError`,
//!   `WebhookErrorConnection`, `WebhookRequestSnapshot`, `WebhookResponseSnapshot`,
//!   `HttpHeader`, `WebhookContentType`, `Integration`, `WebhookTopicConnection`,
//!   `WebhookErrorsDeleteInput`, the scenario/call types, `FirstGenerationWebhooks`, `Sandbox*`; so
//!   `get_delivery`, `list_errors`, `get_error`, `delete_errors`, `test_subscription`,
//!   `list_topics`, `get_subscription` and the `sandbox_*` operations cannot run as written.
//! - `Node` is implemented by `WebhookSubscription`, `User` and `Organization` only.
//!
//! # Where [`sentera`] differs from `graphql/sentera/schema.graphql` and its operations
//! Kept as documented: `create_webhook_subscription(organization_sentera_id: ID!, callback_url:
//! Url!, event_types: [WebhookEventType!]!, authentication:
//! WebhookAuthenticationConfigurationInput): WebhookSubscription!`, and `WebhookSubscription`
//! with exactly `sentera_id: ID!`, `callback_url: Url!`, `event_types: [WebhookEventType!]!`,
//! `events(date_range: DateRange, event_type: WebhookEventType, pagination: Pagination!,
//! status: WebhookEventStatus): WebhookEventsQueryResult!`.
//! - `WebhookSubscription` has no `organization_sentera_id`, `authentication`, `created_at`.
//! - no `ISO8601DateTime` scalar: timestamps and `DateRange { start end }` are `String`.
//! - `WebhookEvent` is `{ sentera_id event_type status resource_sentera_id created_at }`: no
//!   `attempts`, `last_response_status`, `last_error`, `updated_at`.
//! - `Organization` is `{ sentera_id name parent child_organizations }`: no `created_at`.
//! - `WebhookEventType` is `FEATURE_SET_CREATED`, `FEATURE_SET_UPDATED`, `FIELD_CREATED` only.
//! - `Pagination.page_size` may be at most 100 (not 250).
//! - `WebhookAuthenticationConfigurationInput` is `{ token_url: Url!, client_id: String!,
//!   client_secret: String!, scope: String }` as hookctl guesses, but nothing reads it back.
//! - no `sandbox_*` mutations; the same roots otherwise (`organization`, `organizations`,
//!   `webhook_subscription`, `webhook_subscriptions`, `delete_webhook_subscription`).

pub mod scope;
pub mod sentera;

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use async_graphql::parser::types::{DocumentOperations, OperationDefinition, Selection};
use async_graphql::{EmptySubscription, ObjectType, Schema};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use super::Hookctl;

/// The token both servers accept.
pub const TOKEN: &str = "foreign-token-0123456789";

/// What goes wrong with one request.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Fault {
    /// HTTP 500 before running: the operation does not run.
    Http500,
    /// The operation runs; the answer is cut off halfway through its JSON (a complete HTTP
    /// response whose body is not JSON).
    Truncate,
    /// The operation runs; the connection drops halfway through the answer (the HTTP response
    /// promises more bytes than arrive).
    Cut,
    /// The operation runs; the answer comes after this delay.
    Delay(Duration),
}

/// A fault for the next `times` requests whose operation selects `field` at its root
/// (`"*"`: any request).
struct Rule {
    field: String,
    fault: Fault,
    times: usize,
}

/// What the test shares with a running server besides its state.
#[derive(Default)]
pub struct Control {
    rules: Mutex<VecDeque<Rule>>,
    runs: Mutex<HashMap<String, usize>>,
    requests: Mutex<Vec<Recorded>>,
}

/// One request as received.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub authorization: Option<String>,
    pub body: Value,
}

impl Control {
    /// Called by each mutation's resolver when it runs.
    pub fn ran(&self, mutation: &str) {
        *self.runs.lock().unwrap().entry(mutation.to_string()).or_default() += 1;
    }

    fn take_fault(&self, roots: &[String]) -> Option<Fault> {
        let mut rules = self.rules.lock().unwrap();
        let i = rules.iter().position(|r| r.times > 0 && (r.field == "*" || roots.contains(&r.field)))?;
        rules[i].times -= 1;
        let fault = rules[i].fault;
        if rules[i].times == 0 {
            rules.remove(i);
        }
        Some(fault)
    }
}

/// A running foreign server with state `S`, stopped when dropped.
pub struct Foreign<S> {
    /// `http://127.0.0.1:PORT/graphql`
    pub url: String,
    state: Arc<Mutex<S>>,
    control: Arc<Control>,
    sdl: String,
    /// `HOOKCTL_PROVIDER` for hookctl against this server.
    provider: &'static str,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl<S: Send + 'static> Foreign<S> {
    /// Serves `schema` (built with `state` and the control as data) on a free loopback port,
    /// from a runtime on its own thread.
    fn serve<Q, M>(
        provider: &'static str,
        schema: Schema<Q, M, EmptySubscription>,
        state: Arc<Mutex<S>>,
        control: Arc<Control>,
    ) -> Self
    where
        Q: ObjectType + 'static,
        M: ObjectType + 'static,
    {
        let sdl = schema.sdl();
        let app = axum::Router::new()
            .route("/graphql", axum::routing::post(answer::<Q, M>))
            .with_state(App { schema, control: control.clone() });
        let (addr_tx, addr_rx) = std::sync::mpsc::channel::<SocketAddr>();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
                addr_tx.send(listener.local_addr().expect("addr")).expect("send addr");
                let shutdown = async {
                    let _ = stopped.await;
                };
                let _ = axum::serve(listener, app).with_graceful_shutdown(shutdown).await;
            });
        });
        let addr = addr_rx.recv_timeout(Duration::from_secs(10)).expect("foreign server started");
        Foreign { url: format!("http://{addr}/graphql"), state, control, sdl, provider, stop: Some(stop) }
    }

    /// `hookctl` (hermetic, under `home`) with this server's endpoint, provider and token.
    pub fn hookctl(&self, home: &Path) -> Hookctl {
        super::hookctl(home)
            .env("HOOKCTL_ENDPOINT", &self.url)
            .env("HOOKCTL_PROVIDER", self.provider)
            .env("HOOKCTL_TOKEN", TOKEN)
    }

    /// The in-memory state, to seed or read.
    pub fn state(&self) -> MutexGuard<'_, S> {
        self.state.lock().unwrap()
    }

    /// The schema, as SDL.
    pub fn sdl(&self) -> &str {
        &self.sdl
    }

    /// Applies `fault` to the next `times` requests whose operation has `field` at its root
    /// (`"*"` for any request). Rules are tried in the order they were added.
    pub fn inject(&self, field: &str, fault: Fault, times: usize) {
        self.control.rules.lock().unwrap().push_back(Rule { field: field.into(), fault, times });
    }

    /// How many times the mutation `name` ran (a validation error does not count).
    pub fn runs(&self, name: &str) -> usize {
        self.control.runs.lock().unwrap().get(name).copied().unwrap_or(0)
    }

    /// Every request received so far, faulty ones included.
    pub fn requests(&self) -> Vec<Recorded> {
        self.control.requests.lock().unwrap().clone()
    }
}

impl<S> Drop for Foreign<S> {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

struct App<Q, M> {
    schema: Schema<Q, M, EmptySubscription>,
    control: Arc<Control>,
}

impl<Q, M> Clone for App<Q, M> {
    fn clone(&self) -> Self {
        App { schema: self.schema.clone(), control: self.control.clone() }
    }
}

async fn answer<Q, M>(State(app): State<App<Q, M>>, headers: HeaderMap, body: axum::body::Bytes) -> Response
where
    Q: ObjectType + 'static,
    M: ObjectType + 'static,
{
    let json: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let authorization = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).map(str::to_string);
    let authorized = authorization.as_deref() == Some(&format!("Bearer {TOKEN}"));
    app.control.requests.lock().unwrap().push(Recorded { authorization, body: json.clone() });
    if !authorized {
        let body = serde_json::json!({"errors": [{"message": "invalid or missing token"}]}).to_string();
        return (StatusCode::UNAUTHORIZED, [(header::CONTENT_TYPE, "application/json")], body)
            .into_response();
    }
    let Ok(request) = serde_json::from_value::<async_graphql::Request>(json) else {
        return (StatusCode::BAD_REQUEST, "expected a GraphQL request as JSON").into_response();
    };
    let fault = app.control.take_fault(&root_fields(&request));
    if fault == Some(Fault::Http500) {
        return (StatusCode::INTERNAL_SERVER_ERROR, "internal server error").into_response();
    }
    let mut out = serde_json::to_vec(&app.schema.execute(request).await).expect("serialize");
    match fault {
        Some(Fault::Truncate) => out.truncate(out.len() / 2),
        Some(Fault::Delay(d)) => tokio::time::sleep(d).await,
        Some(Fault::Cut) => return cut_off(out),
        _ => {}
    }
    ([(header::CONTENT_TYPE, "application/json")], out).into_response()
}

/// Announces the whole answer's length, sends its first half, then fails the body so the
/// server drops the connection.
fn cut_off(mut out: Vec<u8>) -> Response {
    let len = out.len();
    out.truncate(len / 2);
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> = vec![Ok(out), Err(std::io::Error::other("cut off"))];
    let body = axum::body::Body::from_stream(async_graphql::futures_util::stream::iter(chunks));
    (
        [(header::CONTENT_TYPE, "application/json".to_string()), (header::CONTENT_LENGTH, len.to_string())],
        body,
    )
        .into_response()
}

/// The names of the fields at the root of the operation the request runs (empty when it does
/// not parse).
fn root_fields(request: &async_graphql::Request) -> Vec<String> {
    let Ok(doc) = async_graphql::parser::parse_query(&request.query) else { return vec![] };
    let op: Option<&OperationDefinition> = match &doc.operations {
        DocumentOperations::Single(op) => Some(&op.node),
        DocumentOperations::Multiple(ops) => match &request.operation_name {
            Some(name) => ops.get(name.as_str()).map(|op| &op.node),
            None => ops.values().next().map(|op| &op.node),
        },
    };
    op.map(|op| {
        op.selection_set
            .node
            .items
            .iter()
            .filter_map(|s| match &s.node {
                Selection::Field(f) => Some(f.node.name.node.to_string()),
                _ => None,
            })
            .collect()
    })
    .unwrap_or_default()
}
