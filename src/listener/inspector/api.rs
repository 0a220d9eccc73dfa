//! The inspector's HTTP side: the page's assets, the JSON API and the event stream, behind one
//! guard (host, origin and token checks).

use std::convert::Infallible;
use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, Query, Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use serde_json::json;
use subtle::ConstantTimeEq;
use tokio::sync::broadcast::error::RecvError;

use super::replay::{self, ReplayRequest};
use super::store::{Change, Store};
use super::view::{self, Filter};
use crate::delivery::Engine;
use crate::secret::Secret;

/// The header the page sends the token in (never a query string: those end up in logs).
pub const TOKEN_HEADER: &str = "x-hookctl-token";

pub struct App {
    pub store: Arc<Store>,
    pub engine: Engine,
    pub secret: Option<Secret>,
    pub forward_to: Option<String>,
    /// The listener's `http://HOST:PORT`, for curl commands.
    pub listener_base: String,
    pub listener_url: String,
    /// Required on every API request when the inspector is not on loopback.
    pub token: Option<Secret>,
    /// On loopback, the `Host` values accepted (a guard against DNS rebinding).
    pub hosts: Option<Vec<String>>,
}

pub fn router(app: Arc<App>) -> Router {
    let api = Router::new()
        .route("/api/info", get(info))
        .route("/api/captures", get(list).delete(clear))
        .route("/api/captures.jsonl", get(download_all))
        .route("/api/captures/{id}", get(show))
        .route("/api/captures/{id}/record", get(record))
        .route("/api/captures/{id}/replay", post(replay))
        .route("/api/events", get(events))
        .layer(middleware::from_fn_with_state(app.clone(), guard));
    Router::new()
        .route("/", get(|| async { asset("text/html; charset=utf-8", include_str!("assets/index.html")) }))
        .route(
            "/app.js",
            get(|| async { asset("text/javascript; charset=utf-8", include_str!("assets/app.js")) }),
        )
        .route("/page.js", get(|| async { asset("text/javascript; charset=utf-8", crate::web::PAGE_JS) }))
        .route("/app.css", get(|| async { asset("text/css; charset=utf-8", include_str!("assets/app.css")) }))
        .merge(api)
        .layer(middleware::from_fn_with_state(app.clone(), hosts))
        .with_state(app)
}

fn asset(ctype: &'static str, body: &'static str) -> Response {
    let mut r = ([(header::CONTENT_TYPE, ctype)], body).into_response();
    let h = r.headers_mut();
    // Nothing inline, nothing from elsewhere: even a body that slipped into the DOM could not run.
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
        ),
    );
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    r
}

fn problem(status: StatusCode, msg: impl Into<String>) -> Response {
    (status, axum::Json(json!({ "error": msg.into() }))).into_response()
}

/// On loopback only the inspector's own host names are served (DNS rebinding).
async fn hosts(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    if let Some(allowed) = &app.hosts {
        let host = req.headers().get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("");
        if !allowed.iter().any(|a| a.eq_ignore_ascii_case(host)) {
            return problem(StatusCode::FORBIDDEN, format!("unexpected Host {host:?}"));
        }
    }
    next.run(req).await
}

/// Writes only from the inspector's own origin; the token when one is required.
async fn guard(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    let h = req.headers();
    if !matches!(*req.method(), Method::GET | Method::HEAD)
        && let Some(origin) = h.get(header::ORIGIN)
    {
        let own = h.get(header::HOST).and_then(|v| v.to_str().ok()).map(|host| format!("http://{host}"));
        if own.is_none() || origin.to_str().ok() != own.as_deref() {
            return problem(StatusCode::FORBIDDEN, "cross-origin writes are refused");
        }
    }
    if let Some(token) = &app.token {
        let given = h.get(TOKEN_HEADER).map(|v| v.as_bytes()).unwrap_or(b"");
        if !bool::from(given.ct_eq(token.as_bytes())) {
            return problem(
                StatusCode::UNAUTHORIZED,
                format!("the {TOKEN_HEADER} header must carry the inspector's token"),
            );
        }
    }
    let mut r = next.run(req).await;
    r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

async fn info(State(app): State<Arc<App>>) -> Response {
    axum::Json(json!({
        "listener_url": app.listener_url,
        "forward_to": app.forward_to,
        "has_secret": app.secret.is_some(),
        "keep": app.store.keep(),
    }))
    .into_response()
}

#[derive(Debug, Deserialize)]
struct Page {
    offset: Option<usize>,
    limit: Option<usize>,
    #[serde(flatten)]
    filter: Filter,
}

/// Newest first, filtered, one page.
async fn list(State(app): State<Arc<App>>, Query(p): Query<Page>) -> Response {
    let all = app.store.snapshot();
    let offset = p.offset.unwrap_or(0);
    let limit = p.limit.unwrap_or(100).clamp(1, 1000);
    let mut total = 0;
    let mut items = Vec::new();
    for e in all.iter().rev().filter(|e| p.filter.matches(e)) {
        if total >= offset && items.len() < limit {
            items.push(view::summary(e));
        }
        total += 1;
    }
    axum::Json(json!({ "total": total, "kept": all.len(), "offset": offset, "limit": limit, "items": items }))
        .into_response()
}

async fn show(State(app): State<Arc<App>>, Path(id): Path<u64>) -> Response {
    match app.store.get(id) {
        Some(e) => axum::Json(view::detail(&e, &app.listener_base)).into_response(),
        None => gone(id),
    }
}

fn gone(id: u64) -> Response {
    problem(StatusCode::NOT_FOUND, format!("no delivery {id} in memory (cleared, or beyond --ui-keep)"))
}

fn jsonl(name: &str, body: Vec<u8>) -> Response {
    let disposition = format!("attachment; filename=\"{name}\"");
    let mut r = ([(header::CONTENT_TYPE, "application/x-ndjson")], body).into_response();
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        r.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    r
}

/// One delivery as a `--save` line (readable by `replay`, `verify --headers`, `render --capture`).
async fn record(State(app): State<Arc<App>>, Path(id): Path<u64>) -> Response {
    match app.store.get(id) {
        Some(e) => jsonl(&format!("capture-{id}.jsonl"), e.capture.to_json_line()),
        None => gone(id),
    }
}

/// Every kept delivery, oldest first, in the `--save` format.
async fn download_all(State(app): State<Arc<App>>) -> Response {
    let mut out = Vec::new();
    for e in app.store.snapshot() {
        out.extend_from_slice(&e.capture.to_json_line());
    }
    jsonl("captures.jsonl", out)
}

async fn clear(State(app): State<Arc<App>>) -> Response {
    app.store.clear();
    StatusCode::NO_CONTENT.into_response()
}

async fn replay(State(app): State<Arc<App>>, Path(id): Path<u64>, body: axum::body::Bytes) -> Response {
    let Some(e) = app.store.get(id) else { return gone(id) };
    let r: ReplayRequest = if body.iter().all(u8::is_ascii_whitespace) {
        ReplayRequest::default()
    } else {
        match serde_json::from_slice(&body) {
            Ok(r) => r,
            Err(err) => {
                return problem(StatusCode::BAD_REQUEST, format!("the replay request is not valid: {err}"));
            }
        }
    };
    match replay::build(&e.capture, &r, app.forward_to.as_deref(), app.secret.as_ref()) {
        Ok(req) => axum::Json(replay::send(&app.engine, req).await).into_response(),
        Err(msg) => problem(StatusCode::BAD_REQUEST, msg),
    }
}

/// Server-sent events: `capture` (a list row) per new delivery, `clear`, and `resync` when this
/// stream fell behind and the page should reload its list.
async fn events(State(app): State<Arc<App>>) -> Response {
    let rx = app.store.subscribe();
    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
        let ev = match rx.recv().await {
            Ok(Change::Added(e)) => Event::default().event("capture").data(view::summary(&e).to_string()),
            Ok(Change::Cleared) => Event::default().event("clear").data("{}"),
            Err(RecvError::Lagged(_)) => Event::default().event("resync").data("{}"),
            Err(RecvError::Closed) => return None,
        };
        Some((Ok::<_, Infallible>(ev), rx))
    });
    Sse::new(stream).keep_alive(KeepAlive::default()).into_response()
}
