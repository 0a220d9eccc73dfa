//! The sandbox dashboard: a page at `/ui` (assets embedded, nothing from the network) that logs in
//! with an API token and reads and drives the sandbox through its own `POST /graphql`, seeing
//! what that token may see. No API of its own: the page is a GraphQL client like any other.
//!
//! [`same_origin`] is the write guard of the sandbox's router: a browser POST from another
//! origin is refused (the API answers no CORS headers either), so a page elsewhere cannot drive
//! the sandbox even with a token it somehow holds.

use axum::Router;
use axum::extract::Request;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::json;

/// Nothing inline, nothing from elsewhere: even a value that slipped into the DOM could not run.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
     connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/// `/ui` and its assets, for any router state.
pub fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new()
        .route("/ui", get(|| async { asset("text/html; charset=utf-8", include_str!("assets/index.html")) }))
        .route("/ui/", get(|| async { asset("text/html; charset=utf-8", include_str!("assets/index.html")) }))
        .route(
            "/ui/app.js",
            get(|| async { asset("text/javascript; charset=utf-8", include_str!("assets/app.js")) }),
        )
        .route("/ui/page.js", get(|| async { asset("text/javascript; charset=utf-8", crate::web::PAGE_JS) }))
        .route(
            "/ui/timeline.js",
            get(|| async { asset("text/javascript; charset=utf-8", include_str!("assets/timeline.js")) }),
        )
        .route(
            "/ui/app.css",
            get(|| async { asset("text/css; charset=utf-8", include_str!("assets/app.css")) }),
        )
}

fn asset(ctype: &'static str, body: &'static str) -> Response {
    let mut r = ([(header::CONTENT_TYPE, ctype)], body).into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

/// Refuses a write whose `Origin` is not this server's own (`http://` + its `Host`). Clients
/// other than browsers send no `Origin` and pass.
pub async fn same_origin(req: Request, next: Next) -> Response {
    let h = req.headers();
    if !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS)
        && let Some(origin) = h.get(header::ORIGIN)
    {
        let own = h.get(header::HOST).and_then(|v| v.to_str().ok()).map(|host| format!("http://{host}"));
        if own.is_none() || origin.to_str().ok() != own.as_deref() {
            let body = json!({ "errors": [ { "message": "cross-origin requests are refused",
                "extensions": { "code": "FORBIDDEN" } } ] });
            return (StatusCode::FORBIDDEN, axum::Json(body)).into_response();
        }
    }
    next.run(req).await
}
