//! Sentera's webhook API, emulated beside the main one: `POST /sentera/graphql` on the same
//! server, with the same bearer tokens, database and delivery engine.
//!
//! - `store`: its own tables (organizations in a tree, subscriptions, delivery events).
//! - `schema`: the snake_case GraphQL schema of the vendor document.
//! - `worker`: delivers pending events, fetching an OAuth client-credentials token first when
//!   the subscription has `authentication`.
//!
//! A sandbox organization (a token's organization) owns a tree of Sentera organizations; the
//! default one gets a root organization of the same name on start.

pub mod schema;
pub mod store;
mod types;
pub mod worker;

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;

use crate::sandbox::state::AppState;

/// The path Sentera's API is served at.
pub const PATH: &str = "/sentera/graphql";

/// What Sentera's resolvers and worker share.
#[derive(Debug)]
pub struct Shared {
    pub app: Arc<AppState>,
    pub tokens: worker::TokenCache,
}

/// Creates the tables and the default root organization, starts the worker, and answers the
/// routes to merge into the sandbox's router.
pub async fn start(app: Arc<AppState>) -> anyhow::Result<Router> {
    app.db
        .write(|tx| {
            store::migrate(tx)?;
            let now = crate::sandbox::clock::wall_ms();
            let org = crate::sandbox::store::ensure_org(tx, crate::sandbox::state::DEFAULT_ORG, now)?;
            store::ensure_root_org(tx, org.id, crate::sandbox::state::DEFAULT_ORG, now)?;
            Ok(())
        })
        .await?;
    let shared = Arc::new(Shared { app, tokens: worker::TokenCache::default() });
    worker::spawn(Arc::downgrade(&shared))?;
    Ok(Router::new().route(PATH, post(graphql)).with_state(shared))
}

async fn graphql(State(s): State<Arc<Shared>>, headers: HeaderMap, body: Bytes) -> Response {
    let viewer = match crate::sandbox::scope::server::authenticate(&s.app, &headers).await {
        Ok(v) => v,
        Err(resp) => return resp,
    };
    let request: async_graphql::Request = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => {
            let body = serde_json::json!({ "errors": [ {
                "message": format!("the request body is not a GraphQL request: {e}; send JSON {{\"query\": \"…\", \"variables\": {{…}}}}"),
                "extensions": { "code": "BAD_REQUEST" } } ] });
            return (StatusCode::BAD_REQUEST, axum::Json(body)).into_response();
        }
    };
    let response = schema::schema().execute(request.data(s.clone()).data(viewer)).await;
    axum::Json(response).into_response()
}
