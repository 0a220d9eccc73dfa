//! The sandbox: a local server speaking the vendor's GraphQL schema over a SQLite database.
//!
//! - [`start`] opens the database, makes sure the default user, organization and token exist,
//!   binds and serves; the returned [`SandboxHandle`] says where and stops it.
//! - [`AppState`] is what every request (and the delivery workers) share: the database, the
//!   clock, the domain, and the [`scheduler::Scheduler`] (one wake signal for every worker).
//! - Pending notifications are rows of the `deliveries` table (see `scope/store/`), so a
//!   restarted sandbox carries on where it stopped.
//! - Layout: one API per folder ([`scope`], [`sentera`], [`first_generation`]) over the shared
//!   [`scheduler`], [`clock`], [`lock`], [`db`], the shared tables in [`store`] and the
//!   [`dashboard`].

pub mod auth;
pub mod clock;
pub mod dashboard;
pub mod db;
pub mod first_generation;
pub mod lock;
pub mod scheduler;
pub mod scope;
pub mod sentera;
pub mod state;
pub mod store;
pub mod validate;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use tokio::sync::oneshot;

use crate::error::{Error, Result};
use crate::secret::Secret;

pub use state::{AppState, DEFAULT_ORG, DEFAULT_USER};

pub const DEFAULT_DOMAIN: &str = "scopear.com";
pub const DB_FILE: &str = "sandbox.db";

/// What [`start`] needs; `Default` binds 127.0.0.1 on a free port with the default database.
#[derive(Debug, Clone)]
pub struct SandboxConfig {
    pub host: String,
    /// 0 picks a free port.
    pub port: u16,
    /// The database file; `None`: `sandbox.db` in the data directory.
    pub db: Option<PathBuf>,
    /// The default user's token; `None`: the one in the token file, or a new one written there.
    pub token: Option<Secret>,
    /// `X-Scope-Domain` of deliveries.
    pub domain: String,
    /// How much faster than wall time the sandbox clock runs.
    pub time_scale: f64,
    /// A fixture file of subscriptions and error records to load on start.
    pub fixtures: Option<PathBuf>,
    /// How the delivery worker sends (5 s timeout, 64 at a time by default).
    pub worker: scope::worker::WorkerConfig,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig {
            host: "127.0.0.1".into(),
            port: 0,
            db: None,
            token: None,
            domain: DEFAULT_DOMAIN.into(),
            time_scale: 1.0,
            fixtures: None,
            worker: scope::worker::WorkerConfig::default(),
        }
    }
}

/// A running sandbox.
#[derive(Debug)]
pub struct SandboxHandle {
    pub addr: SocketAddr,
    /// `http://HOST:PORT/graphql`
    pub url: String,
    /// The default user's token.
    pub token: Secret,
    /// Where that token is stored (mode 0600), when it came from or went to the token file.
    pub token_file: Option<PathBuf>,
    pub db_path: PathBuf,
    pub org_name: String,
    pub user_name: String,
    pub state: Arc<AppState>,
    /// One sandbox per database: released when the handle is dropped (or the process dies).
    _lock: lock::DbLock,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
    worker: Option<tokio::task::JoinHandle<()>>,
}

impl SandboxHandle {
    /// Stops accepting requests, lets running ones finish, and waits.
    /// In-flight deliveries are abandoned; they are still pending in the database and are sent
    /// again on the next start (at-least-once).
    pub async fn shutdown(mut self) -> Result<()> {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(w) = self.worker.take() {
            w.abort();
        }
        self.join().await
    }

    async fn join(&mut self) -> Result<()> {
        match self.task.take() {
            Some(task) => match task.await {
                Ok(Ok(())) => Ok(()),
                Ok(Err(e)) => Err(Error::internal(format!("the sandbox server failed: {e}"))),
                Err(e) => Err(Error::internal(format!("the sandbox server task failed: {e}"))),
            },
            None => Ok(()),
        }
    }
}

impl Drop for SandboxHandle {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(w) = self.worker.take() {
            w.abort();
        }
    }
}

fn db_error(e: anyhow::Error) -> Error {
    Error::config(format!("{e:#}")).with_hint("check the --db path and that no other program holds the file")
}

/// The database file: `--db`, or `sandbox.db` in the data directory.
pub fn db_path(db: Option<PathBuf>) -> Result<PathBuf> {
    match db {
        Some(p) => Ok(p),
        None => Ok(crate::paths::data_dir()?.join(DB_FILE)),
    }
}

/// Locks and opens the database and starts serving; a start that fails removes the files it
/// created.
pub async fn start(config: SandboxConfig) -> Result<SandboxHandle> {
    let db_path = db_path(config.db.clone())?;
    let created = lock::new_files(&db_path, &auth::token_file_for(&db_path));
    let lock = lock::acquire(&db_path)?;
    let started = start_locked(config, db_path, lock).await;
    if started.is_err() {
        for f in &created {
            let _ = if f.is_dir() { std::fs::remove_dir(f) } else { std::fs::remove_file(f) };
        }
    }
    started
}

async fn start_locked(config: SandboxConfig, db_path: PathBuf, lock: lock::DbLock) -> Result<SandboxHandle> {
    let db = db::Db::open(&db_path).map_err(db_error)?;

    let token_file = auth::token_file_for(&db_path);
    let (token, token_file) = match config.token.clone() {
        Some(t) => (t.expose().to_string(), None),
        None => match auth::read_token_file(&token_file).map_err(db_error)? {
            Some(t) => (t, Some(token_file)),
            None => {
                let t = auth::generate();
                auth::write_token_file(&token_file, &t).map_err(db_error)?;
                (t, Some(token_file))
            }
        },
    };
    let t = token.clone();
    let (org_name, user_name, offset) = db
        .write(move |tx| {
            let now = clock::wall_ms();
            let org = store::ensure_org(tx, DEFAULT_ORG, now)?;
            let user = store::ensure_user(tx, org.id, DEFAULT_USER, now)?;
            store::add_token(tx, user.id, &t, now)?;
            let offset =
                store::meta_get(tx, store::CLOCK_OFFSET_KEY)?.and_then(|s| s.parse().ok()).unwrap_or(0);
            Ok((org.name, user.name, offset))
        })
        .await
        .map_err(db_error)?;
    let clock = clock::Clock::new(config.time_scale, offset);
    if let Some(path) = &config.fixtures {
        let (db2, path2, now) = (db.clone(), path.clone(), clock.now_ms());
        tokio::task::spawn_blocking(move || {
            scope::fixtures::load(&db2, &path2, DEFAULT_ORG, DEFAULT_USER, now)
        })
        .await
        .map_err(|e| Error::internal(format!("fixture task failed: {e}")))?
        .map_err(|e| Error::input(format!("{e:#}")))?;
    }

    let listener = tokio::net::TcpListener::bind((config.host.as_str(), config.port)).await.map_err(|e| {
        Error::network(format!("cannot listen on {}:{}: {e}", config.host, config.port))
            .with_hint("pick another --port, or --port 0 for any free one")
    })?;
    let addr = listener.local_addr()?;
    let base_url = format!("http://{addr}");
    let state = Arc::new(AppState {
        db,
        clock,
        domain: config.domain.clone(),
        base_url: base_url.clone(),
        scheduler: scheduler::Scheduler::default(),
    });
    let worker = scope::worker::spawn(state.clone(), &config.worker, scope::schema::delivery_query_runner())?;
    let (tx, rx) = oneshot::channel::<()>();
    let sentera_routes = sentera::start(state.clone()).await.map_err(db_error)?;
    first_generation::start(state.clone()).await.map_err(db_error)?;
    let app = scope::server::router(state.clone()).merge(sentera_routes);
    let task = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async move {
                let _ = rx.await;
            })
            .await
    });
    Ok(SandboxHandle {
        addr,
        url: format!("{base_url}/graphql"),
        token: Secret::new(token),
        token_file,
        db_path,
        org_name,
        user_name,
        state,
        _lock: lock,
        shutdown: Some(tx),
        task: Some(task),
        worker: Some(worker),
    })
}

/// Adds a token for `user` of `org` (both created if new), working on the database directly.
/// Safe while a server runs on the same file (SQLite WAL). Answers the new token.
pub fn create_token(db: Option<PathBuf>, org: &str, user: &str) -> Result<(String, PathBuf)> {
    validate::name(org).map_err(|m| Error::usage(format!("--org {m}")))?;
    validate::name(user).map_err(|m| Error::usage(format!("--user {m}")))?;
    let path = db_path(db)?;
    let db = db::Db::open(&path).map_err(db_error)?;
    let token = auth::generate();
    let (t, org, user) = (token.clone(), org.trim().to_string(), user.trim().to_string());
    db.write_blocking(move |tx| {
        let now = clock::wall_ms();
        let org = store::ensure_org(tx, &org, now)?;
        let user = store::ensure_user(tx, org.id, &user, now)?;
        store::add_token(tx, user.id, &t, now)
    })
    .map_err(db_error)?;
    Ok((token, path))
}
