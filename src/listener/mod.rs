//! The local webhook receiver behind `hookctl listen`, usable in-process (the demo runs one).
//!
//! ```no_run
//! # async fn demo() -> hookctl::error::Result<()> {
//! use hookctl::listener::{self, Config};
//! let handle = listener::start(Config { save: Some("captures.jsonl".into()), ..Config::default() }).await?;
//! let mut deliveries = handle.subscribe();       // every capture, as it is answered
//! println!("send deliveries to {}", handle.url());
//! handle.set_status(503);                        // the receiver now fails…
//! handle.set_status(200);                        // …and recovers
//! let first = deliveries.recv().await.unwrap();  // Arc<Capture>
//! println!("{} {}", first.status, first.verified == Some(true));
//! let summary = handle.shutdown().await;         // graceful: in-flight requests finish
//! println!("{} captured", summary.total);
//! # Ok(()) }
//! ```
//!
//! How a request is answered, in order:
//! - a path other than `Config::path` (or the OAuth token path, when served) → 404;
//! - `GET`/`HEAD` on the path → 200 with a one-paragraph help text and this process's nonce in
//!   `tunnel::PROBE_HEADER` (what the tunnel probe looks for); other methods but `POST` → 405;
//! - a body over `max_body` → 413; a body that cannot be read (bad chunking, reset) → 400;
//! - otherwise the delivery is captured, and answered: 401 when a bearer token is required and
//!   missing or wrong, 401 when `reject_invalid` and the signature is wrong or missing, 500 on
//!   every `fail_every`-th delivery, else the configured status; with `forward_to` (and a 2xx so
//!   far) the forward target's status and body. `delay` is waited before answering.
//! - The capture is appended to the save file and synced before the answer is sent, whatever
//!   the status; a capture that cannot be saved is answered 500.

pub mod capture;
pub mod display;
pub mod inspector;
mod oauth;
pub mod session;
pub mod store;
pub mod tunnel;

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU16, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use tokio::sync::{broadcast, oneshot};

pub use capture::{Capture, Forwarded, Headers, Kind};
use oauth::OAuthServer;

use crate::error::{Error, Result};
use crate::secret::Secret;
use crate::signing::{self, SIGNATURE_HEADER};

/// The path of the OAuth2 token endpoint, when `Config::oauth` is set.
pub const TOKEN_PATH: &str = "/oauth/token";

/// What the listener does; `Config::default()` is `hookctl listen` with no flags but `--port 0`.
#[derive(Debug, Clone)]
pub struct Config {
    pub host: String,
    /// 0 picks a free port.
    pub port: u16,
    /// The path deliveries are posted to (leading `/` added when missing).
    pub path: String,
    /// The shared secret; without one, captures have `verified: null`.
    pub secret: Option<Secret>,
    /// Answer 401 to deliveries whose signature is wrong or missing.
    pub reject_invalid: bool,
    /// Append each capture as a JSON line here (parent directories are created).
    pub save: Option<PathBuf>,
    /// Sync the save file (`fdatasync`) before answering, so captures survive a machine crash,
    /// not only the process being killed.
    pub fsync: bool,
    /// The status to answer (runtime-adjustable with `ListenerHandle::set_status`).
    pub status: u16,
    pub delay: Duration,
    /// Answer 500 to every N-th delivery.
    pub fail_every: Option<u64>,
    /// Relay each delivery to this URL and answer with its response.
    pub forward_to: Option<url::Url>,
    pub max_body: usize,
    /// Deliveries must carry `Authorization: Bearer` with this token.
    pub bearer: Option<Secret>,
    /// Serve an OAuth2 client-credentials token endpoint at `TOKEN_PATH`, and require one of the
    /// tokens it issued on deliveries.
    pub oauth: Option<OAuthConfig>,
    /// How many captures a slow subscriber may fall behind before it misses some.
    pub channel_capacity: usize,
    /// `--ui`: every capture (and what the forward target answered) is also kept here.
    pub inspector: Option<Arc<inspector::Store>>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            host: "127.0.0.1".into(),
            port: 0,
            path: "/".into(),
            secret: None,
            reject_invalid: false,
            save: None,
            fsync: true,
            status: 200,
            delay: Duration::ZERO,
            fail_every: None,
            forward_to: None,
            max_body: DEFAULT_MAX_BODY,
            bearer: None,
            oauth: None,
            channel_capacity: 4096,
            inspector: None,
        }
    }
}

pub const DEFAULT_MAX_BODY: usize = 10 << 20;

/// The client the token endpoint accepts.
#[derive(Debug, Clone)]
pub struct OAuthConfig {
    pub client_id: String,
    pub client_secret: Secret,
    /// Lifetime of issued tokens.
    pub token_ttl: Duration,
}

/// Counts kept while the listener runs; the Ctrl-C summary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Deliveries captured (every POST on the path that was read whole).
    pub total: u64,
    pub verified: u64,
    /// A signature was present but did not match (or was unusable).
    pub invalid: u64,
    /// A secret was configured but the delivery had no signature header.
    pub unsigned: u64,
    /// No secret configured: not checked.
    pub unchecked: u64,
    /// Answered statuses of captured deliveries.
    pub statuses: BTreeMap<u16, u64>,
    /// Requests refused before capture (404, 405, 413, 400).
    pub refused: u64,
    /// OAuth tokens issued.
    pub tokens_issued: u64,
}

struct Sim {
    status: AtomicU16,
    delay_ms: AtomicU64,
    fail_every: AtomicU64,
    seen: AtomicU64,
}

struct Shared {
    path: String,
    secret: Option<Secret>,
    reject_invalid: bool,
    max_body: usize,
    sim: Sim,
    forward: Option<(reqwest::Client, url::Url)>,
    bearer: Option<Secret>,
    oauth: Option<OAuthServer>,
    store: Option<store::Store>,
    tx: broadcast::Sender<Arc<Capture>>,
    summary: Mutex<Summary>,
    /// Answered to GETs on the path, so a tunnel probe knows it reached this process.
    nonce: String,
    inspector: Option<Arc<inspector::Store>>,
}

/// A running listener. Dropping it without `shutdown` leaves the server running until the
/// runtime stops.
pub struct ListenerHandle {
    addr: SocketAddr,
    shared: Arc<Shared>,
    stop: Option<oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
}

/// Binds the address and starts serving in the background.
pub async fn start(config: Config) -> Result<ListenerHandle> {
    let mut path = config.path.clone();
    if !path.starts_with('/') {
        path.insert(0, '/');
    }
    if path == TOKEN_PATH && config.oauth.is_some() {
        return Err(Error::usage(format!("--path {TOKEN_PATH} is taken by the OAuth token endpoint")));
    }
    let store = match &config.save {
        Some(p) => Some(store::Store::open(p, config.fsync).map_err(|e| {
            Error::input(format!("cannot open {} for appending: {e}", p.display()))
                .with_hint("check the directory exists and is writable")
        })?),
        None => None,
    };
    let forward = match &config.forward_to {
        Some(u) => {
            let client = reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .timeout(Duration::from_secs(30))
                .build()
                .map_err(|e| Error::internal(format!("cannot build the HTTP client: {e}")))?;
            Some((client, u.clone()))
        }
        None => None,
    };
    let listener = tokio::net::TcpListener::bind((config.host.as_str(), config.port)).await.map_err(|e| {
        let hint = if e.kind() == std::io::ErrorKind::AddrInUse {
            "another program uses this port: pick another with --port, or --port 0 for a free one"
        } else {
            "check --host and --port"
        };
        Error::network(format!("cannot listen on {}:{}: {e}", config.host, config.port)).with_hint(hint)
    })?;
    let addr = listener.local_addr().map_err(|e| Error::network(format!("no local address: {e}")))?;
    let (tx, _) = broadcast::channel(config.channel_capacity.max(1));
    let shared = Arc::new(Shared {
        path,
        secret: config.secret,
        reject_invalid: config.reject_invalid,
        max_body: config.max_body,
        sim: Sim {
            status: AtomicU16::new(config.status),
            delay_ms: AtomicU64::new(config.delay.as_millis() as u64),
            fail_every: AtomicU64::new(config.fail_every.unwrap_or(0)),
            seen: AtomicU64::new(0),
        },
        forward,
        bearer: config.bearer,
        oauth: config.oauth.map(OAuthServer::new),
        store,
        tx,
        summary: Mutex::new(Summary::default()),
        nonce: uuid::Uuid::new_v4().simple().to_string(),
        inspector: config.inspector,
    });
    let app = Router::new().fallback(handle).with_state(shared.clone());
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async move {
                let _ = stopped.await;
            })
            .await
    });
    Ok(ListenerHandle { addr, shared, stop: Some(stop), task })
}

impl ListenerHandle {
    /// The bound address (the real port when 0 was asked for).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The URL to deliver to: `http://HOST:PORT/PATH`.
    pub fn url(&self) -> String {
        format!("http://{}{}", self.addr, self.shared.path)
    }

    /// What a tunnel for this listener points at and probes.
    pub fn tunnel_target(&self) -> tunnel::Target {
        tunnel::Target { addr: self.addr, path: self.shared.path.clone(), nonce: self.shared.nonce.clone() }
    }

    /// The token endpoint's URL, when it is served.
    pub fn token_url(&self) -> Option<String> {
        self.shared.oauth.as_ref().map(|_| format!("http://{}{TOKEN_PATH}", self.addr))
    }

    /// The save file, when there is one.
    pub fn save_path(&self) -> Option<&std::path::Path> {
        self.shared.store.as_ref().map(|s| s.path())
    }

    /// Every capture from now on, after it was answered (and saved).
    pub fn subscribe(&self) -> broadcast::Receiver<Arc<Capture>> {
        self.shared.tx.subscribe()
    }

    /// The status to answer from now on (200 to recover).
    pub fn set_status(&self, status: u16) {
        self.shared.sim.status.store(status, Ordering::Relaxed);
    }

    pub fn set_delay(&self, delay: Duration) {
        self.shared.sim.delay_ms.store(delay.as_millis() as u64, Ordering::Relaxed);
    }

    /// Answer 500 to every N-th delivery from now on (`None` to stop).
    pub fn set_fail_every(&self, n: Option<u64>) {
        self.shared.sim.fail_every.store(n.unwrap_or(0), Ordering::Relaxed);
    }

    /// The counts so far.
    pub fn summary(&self) -> Summary {
        self.shared.summary.lock().expect("summary lock").clone()
    }

    /// Stops accepting connections, lets in-flight requests finish (up to 5 s), and returns the
    /// final counts. Every acknowledged capture is on disk by then.
    pub async fn shutdown(mut self) -> Summary {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let abort = self.task.abort_handle();
        if tokio::time::timeout(Duration::from_secs(5), &mut self.task).await.is_err() {
            abort.abort();
        }
        self.summary()
    }
}

fn text(status: StatusCode, body: impl Into<String>) -> Response {
    (status, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], body.into() + "\n").into_response()
}

async fn handle(State(s): State<Arc<Shared>>, req: Request) -> Response {
    let path = req.uri().path();
    if let Some(oauth) = &s.oauth
        && path == TOKEN_PATH
    {
        let resp = oauth.token_endpoint(req, s.max_body).await;
        if resp.status().is_success() {
            s.summary.lock().expect("summary lock").tokens_issued += 1;
        }
        return resp;
    }
    if path != s.path {
        return refuse(&s, text(StatusCode::NOT_FOUND, format!("nothing here: deliveries go to {}", s.path)));
    }
    match *req.method() {
        Method::POST => {}
        Method::GET | Method::HEAD => {
            let mut r = text(
                StatusCode::OK,
                "hookctl listen: a local webhook receiver. POST deliveries to this URL; \
                 each one is verified, shown and (with --save) saved.",
            );
            if let Ok(v) = HeaderValue::from_str(&s.nonce) {
                r.headers_mut().insert(tunnel::PROBE_HEADER, v);
            }
            return r;
        }
        _ => {
            let mut r = text(StatusCode::METHOD_NOT_ALLOWED, "deliveries are POST requests");
            r.headers_mut().insert(header::ALLOW, HeaderValue::from_static("GET, HEAD, POST"));
            return refuse(&s, r);
        }
    }
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > s.max_body as u64) {
        return refuse(&s, too_large(s.max_body));
    }
    let (parts, body) = req.into_parts();
    let bytes = match axum::body::to_bytes(body, s.max_body).await {
        Ok(b) => b,
        Err(e) if e.to_string().contains("length limit") => return refuse(&s, too_large(s.max_body)),
        Err(e) => return refuse(&s, text(StatusCode::BAD_REQUEST, format!("cannot read the body: {e}"))),
    };
    let path_and_query = parts.uri.path_and_query().map_or("/", |p| p.as_str());
    let mut cap = Capture::new(parts.method.as_str(), path_and_query, Headers::from(&parts.headers), &bytes);
    let signature = cap.header(SIGNATURE_HEADER);
    let unsigned = signature.is_none();
    let verified = s.secret.as_ref().map(|secret| {
        signature.is_some_and(|sig| signing::verify(secret.as_bytes(), &bytes, sig).unwrap_or(false))
    });
    cap.verified = verified;

    let mut response = decide(&s, &cap);
    let mut forwarded = None;
    if response.status().is_success()
        && let Some((client, url)) = &s.forward
    {
        let (r, f) = forward(client, url, &cap, bytes).await;
        response = r;
        cap.forwarded =
            Some(Forwarded { status: f.status, ms: f.duration.as_millis() as u64, error: f.error.clone() });
        forwarded = Some(f);
    }
    let delay = s.sim.delay_ms.load(Ordering::Relaxed);
    if delay > 0 {
        tokio::time::sleep(Duration::from_millis(delay)).await;
    }
    cap.status = response.status().as_u16();
    if let Some(store) = &s.store
        && let Err(e) = store.append(cap.to_json_line()).await
    {
        eprintln!("error: cannot save a capture to {}: {e}", store.path().display());
        cap.status = 500;
        response = text(StatusCode::INTERNAL_SERVER_ERROR, "the capture could not be saved");
    }
    {
        let mut sum = s.summary.lock().expect("summary lock");
        sum.total += 1;
        match cap.verified {
            None => sum.unchecked += 1,
            Some(true) => sum.verified += 1,
            Some(false) if unsigned => sum.unsigned += 1,
            Some(false) => sum.invalid += 1,
        }
        *sum.statuses.entry(cap.status).or_default() += 1;
    }
    let cap = Arc::new(cap);
    if let Some(store) = &s.inspector {
        store.push(cap.clone(), forwarded);
    }
    let _ = s.tx.send(cap);
    response
}

/// The answer before any forwarding: auth, signature policy, failure simulation.
fn decide(s: &Shared, cap: &Capture) -> Response {
    if s.bearer.is_some() || s.oauth.is_some() {
        let token = cap.header("authorization").and_then(|v| {
            let (scheme, tok) = v.trim().split_once(' ')?;
            scheme.eq_ignore_ascii_case("bearer").then(|| tok.trim())
        });
        let ok = token.is_some_and(|t| {
            s.bearer.as_ref().is_some_and(|b| oauth::same(b.expose(), t))
                || s.oauth.as_ref().is_some_and(|o| o.accepts(t))
        });
        if !ok {
            let mut r = text(StatusCode::UNAUTHORIZED, "a valid Authorization: Bearer token is required");
            r.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            return r;
        }
    }
    if s.reject_invalid && cap.verified == Some(false) {
        return text(
            StatusCode::UNAUTHORIZED,
            format!("the {SIGNATURE_HEADER} signature is missing or wrong"),
        );
    }
    let n = s.sim.seen.fetch_add(1, Ordering::Relaxed) + 1;
    let every = s.sim.fail_every.load(Ordering::Relaxed);
    if every > 0 && n.is_multiple_of(every) {
        return text(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("simulated failure (every {every}th delivery)"),
        );
    }
    let status = StatusCode::from_u16(s.sim.status.load(Ordering::Relaxed)).unwrap_or(StatusCode::OK);
    if status.is_success() {
        text(status, "ok")
    } else {
        text(status, format!("simulated failure ({})", status.as_u16()))
    }
}

/// Relays the exact body bytes and end-to-end headers; answers with the app's status and body
/// (502 when it cannot be reached), and records what the app answered and how fast.
async fn forward(
    client: &reqwest::Client,
    url: &url::Url,
    cap: &Capture,
    body: axum::body::Bytes,
) -> (Response, inspector::Forwarded) {
    let start = std::time::Instant::now();
    let mut seen = inspector::Forwarded { url: url.to_string(), ..Default::default() };
    let method = reqwest::Method::from_bytes(cap.method.as_bytes()).unwrap_or(reqwest::Method::POST);
    let mut req = client.request(method, url.clone()).body(body);
    for (k, v) in cap.end_to_end_headers() {
        req = req.header(k, v);
    }
    match req.send().await {
        Ok(resp) => {
            let status = StatusCode::from_u16(resp.status().as_u16()).unwrap_or(StatusCode::BAD_GATEWAY);
            let ctype = resp.headers().get(reqwest::header::CONTENT_TYPE).cloned();
            seen.status = Some(status.as_u16());
            seen.headers = resp
                .headers()
                .iter()
                .map(|(k, v)| (k.to_string(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
                .collect();
            let body = match resp.bytes().await {
                Ok(b) => b,
                Err(e) => {
                    seen.error = Some(format!("the app's body was cut: {e}"));
                    Default::default()
                }
            };
            seen.body = body.clone();
            seen.duration = start.elapsed();
            let mut r = Response::new(Body::from(body));
            *r.status_mut() = status;
            if let Some(ct) = ctype.and_then(|c| HeaderValue::from_bytes(c.as_bytes()).ok()) {
                r.headers_mut().insert(header::CONTENT_TYPE, ct);
            }
            (r, seen)
        }
        Err(e) => {
            let error = format!("cannot forward to {url}: {e}");
            seen.duration = start.elapsed();
            seen.error = Some(error.clone());
            (text(StatusCode::BAD_GATEWAY, error), seen)
        }
    }
}

fn too_large(max: usize) -> Response {
    text(StatusCode::PAYLOAD_TOO_LARGE, format!("the body is larger than {max} bytes (--max-body)"))
}

fn refuse(s: &Shared, r: Response) -> Response {
    s.summary.lock().expect("summary lock").refused += 1;
    r
}
