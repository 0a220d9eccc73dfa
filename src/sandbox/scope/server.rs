//! The HTTP side: `POST /graphql` (bearer-token auth, JSON body), a help page on `GET`, and the
//! guide's REST fallback `GET /api/v3/graphql/object/{id}`.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use serde_json::json;

use crate::sandbox::scope::schema::{self, Viewer};
use crate::sandbox::scope::store;
use crate::sandbox::state::AppState;

pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/graphql", get(help).post(graphql))
        .route("/", get(help))
        .route("/api/v3/graphql/object/{id}", get(object))
        .merge(crate::sandbox::dashboard::routes())
        .fallback(not_found)
        .layer(axum::middleware::from_fn(crate::sandbox::dashboard::same_origin))
        .with_state(state)
}

/// A JSON error body shaped like a GraphQL response, with a status.
fn error(status: StatusCode, message: &str, code: &str) -> Response {
    let body = json!({ "errors": [ { "message": message, "extensions": { "code": code } } ] });
    let mut resp = (status, axum::Json(body)).into_response();
    if status == StatusCode::UNAUTHORIZED {
        resp.headers_mut()
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer realm=\"hookctl sandbox\""));
    }
    resp
}

async fn not_found() -> Response {
    error(StatusCode::NOT_FOUND, "no such endpoint: the sandbox API is POST /graphql", "NOT_FOUND")
}

/// The token's user and organization, or a 401 response.
pub(crate) async fn authenticate(app: &AppState, headers: &HeaderMap) -> Result<Viewer, Response> {
    let Some(value) = headers.get(header::AUTHORIZATION) else {
        return Err(error(
            StatusCode::UNAUTHORIZED,
            "missing Authorization header: send `Authorization: Bearer TOKEN` (the sandbox prints where its token is when it starts)",
            "UNAUTHENTICATED",
        ));
    };
    let token = value.to_str().ok().and_then(|v| {
        let (scheme, rest) = v.trim().split_once(' ')?;
        scheme.eq_ignore_ascii_case("bearer").then(|| rest.trim().to_string())
    });
    let Some(token) = token.filter(|t| !t.is_empty()) else {
        return Err(error(
            StatusCode::UNAUTHORIZED,
            "the Authorization header must be `Bearer TOKEN`",
            "UNAUTHENTICATED",
        ));
    };
    let user = app.db.read(move |c| store::user_for_token(c, &token)).await.map_err(|e| {
        error(
            StatusCode::INTERNAL_SERVER_ERROR,
            &format!("cannot check the token: {e:#}"),
            "INTERNAL_SERVER_ERROR",
        )
    })?;
    match user {
        Some(u) => Ok(Viewer { user_id: u.id, org_id: u.org_id, user_name: u.name }),
        None => Err(error(
            StatusCode::UNAUTHORIZED,
            "invalid or revoked token: this sandbox does not know it (create one with `hookctl sandbox token create`)",
            "UNAUTHENTICATED",
        )),
    }
}

async fn graphql(State(app): State<Arc<AppState>>, headers: HeaderMap, body: Bytes) -> Response {
    let viewer = match authenticate(&app, &headers).await {
        Ok(v) => v,
        Err(resp) => return resp,
    };
    let request: async_graphql::Request = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => {
            return error(
                StatusCode::BAD_REQUEST,
                &format!(
                    "the request body is not a GraphQL request: {e}; send JSON {{\"query\": \"…\", \"variables\": {{…}}}}"
                ),
                "BAD_REQUEST",
            );
        }
    };
    let mut request = request;
    if let Ok(mut doc) = async_graphql::parser::parse_query(&request.query) {
        schema::strip_unused_node_variables(&request.query, &mut doc);
        request.set_parsed_query(doc);
    }
    let response = schema::schema().execute(request.data(app.clone()).data(viewer)).await;
    axum::Json(response).into_response()
}

async fn help(State(app): State<Arc<AppState>>) -> Html<String> {
    Html(format!(
        "<!doctype html><title>hookctl sandbox</title><h1>hookctl sandbox</h1>\
         <p>The Scope webhook API, emulated. POST GraphQL to <code>{}/graphql</code> with \
         <code>Authorization: Bearer TOKEN</code> and a JSON body <code>{{\"query\": \"…\", \"variables\": {{}}}}</code>.</p>\
         <p>The schema: <code>hookctl sandbox schema</code>. Example:</p>\
         <pre>curl -s {0}/graphql -H \"Authorization: Bearer $TOKEN\" -H 'content-type: application/json' \\\n  -d '{{\"query\":\"{{ viewer {{ name organization {{ name }} }} }}\"}}'</pre>",
        app.base_url
    ))
}

/// The guide's REST fallback: a node's first-class attributes by global ID.
async fn object(State(app): State<Arc<AppState>>, headers: HeaderMap, Path(id): Path<String>) -> Response {
    let viewer = match authenticate(&app, &headers).await {
        Ok(v) => v,
        Err(resp) => return resp,
    };
    let Some((kind, row)) = crate::global_id::decode(&id).filter(|(k, _)| k.is_modelled()) else {
        return error(StatusCode::NOT_FOUND, "no such object", "NOT_FOUND");
    };
    let org = viewer.org_id;
    match app.db.read(move |c| store::find_node(c, org, kind, row)).await {
        Ok(Some(n)) => {
            let mut obj = serde_json::Map::new();
            obj.insert("id".into(), json!(id));
            obj.insert("type".into(), json!(n.kind.type_name()));
            obj.insert("name".into(), json!(n.name));
            for (k, v) in &n.attributes {
                obj.entry(k.clone()).or_insert(v.clone());
            }
            obj.insert("createdAt".into(), json!(crate::sandbox::clock::rfc3339(n.created_at)));
            obj.insert("updatedAt".into(), json!(crate::sandbox::clock::rfc3339(n.updated_at)));
            axum::Json(json!({ "data": obj })).into_response()
        }
        Ok(None) => error(StatusCode::NOT_FOUND, "no such object", "NOT_FOUND"),
        Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, &format!("{e:#}"), "INTERNAL_SERVER_ERROR"),
    }
}
