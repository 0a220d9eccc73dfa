//! The sandbox database: one SQLite file in WAL mode, one writer connection and a few readers.
//! Every call runs on tokio's blocking pool, so SQLite never blocks the async workers.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use anyhow::{Context, Result, anyhow};
use rusqlite::Connection;

const READERS: usize = 3;

/// The schema. `user_version` tracks it; every statement is idempotent.
const MIGRATIONS: &str = r#"
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Every modelled node: organizations (org_id = their own id), users, integrations, scenarios, …
CREATE TABLE IF NOT EXISTS nodes (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id      INTEGER,
    type        TEXT NOT NULL,
    name        TEXT NOT NULL,
    attributes  TEXT NOT NULL DEFAULT '{}',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted_at  INTEGER
);
CREATE INDEX IF NOT EXISTS nodes_org_type ON nodes (org_id, type, id);
CREATE INDEX IF NOT EXISTS nodes_type_name ON nodes (type, name);

-- API tokens, stored as SHA-256 hex: the database never holds a usable token.
CREATE TABLE IF NOT EXISTS tokens (
    token_sha256 TEXT PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES nodes (id),
    created_at   INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS subscriptions (
    id                        INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid                      TEXT NOT NULL UNIQUE,
    org_id                    INTEGER NOT NULL REFERENCES nodes (id),
    user_id                   INTEGER NOT NULL REFERENCES nodes (id),
    name                      TEXT NOT NULL,
    topic_key                 TEXT NOT NULL,
    topic_version             TEXT NOT NULL,
    content_type              TEXT NOT NULL,
    callback_url              TEXT NOT NULL,
    integration_id            INTEGER REFERENCES nodes (id),
    shared_secret             TEXT,
    query                     TEXT,
    data_validation_template  TEXT,
    template                  TEXT,
    error_handling_template   TEXT,
    disabled                  INTEGER NOT NULL DEFAULT 0,
    disabled_reason           TEXT,
    disabled_at               INTEGER,
    enabled_at                INTEGER,
    created_at                INTEGER NOT NULL,
    updated_at                INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS subs_owner ON subscriptions (org_id, user_id, created_at, id);
CREATE INDEX IF NOT EXISTS subs_owner_topic ON subscriptions (org_id, user_id, topic_key, created_at, id);
CREATE INDEX IF NOT EXISTS subs_owner_disabled ON subscriptions (org_id, user_id, disabled, created_at, id);
CREATE INDEX IF NOT EXISTS subs_dispatch ON subscriptions (org_id, topic_key, disabled);

-- One notification of one subscription: the delivery worker's queue.
CREATE TABLE IF NOT EXISTS deliveries (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id                INTEGER NOT NULL,
    subscription_id       INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    topic_key             TEXT NOT NULL,
    topic_version         TEXT NOT NULL,
    node_id               INTEGER NOT NULL,
    node_type             TEXT NOT NULL,
    job_id                TEXT NOT NULL UNIQUE,
    status                TEXT NOT NULL DEFAULT 'pending',
    attempts              INTEGER NOT NULL DEFAULT 0,
    consecutive_failures  INTEGER NOT NULL DEFAULT 0,
    next_attempt_at       INTEGER,
    last_error_id         INTEGER,
    last_response_status  INTEGER,
    test                  INTEGER NOT NULL DEFAULT 0,
    created_at            INTEGER NOT NULL,
    updated_at            INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS deliveries_due ON deliveries (status, next_attempt_at);
CREATE INDEX IF NOT EXISTS deliveries_sub ON deliveries (subscription_id, created_at, id);

CREATE TABLE IF NOT EXISTS webhook_errors (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    subscription_id   INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    delivery_id       INTEGER REFERENCES deliveries (id) ON DELETE SET NULL,
    attempt           INTEGER NOT NULL,
    message           TEXT NOT NULL,
    job_id            TEXT NOT NULL,
    request_url       TEXT NOT NULL,
    request_method    TEXT NOT NULL,
    request_headers   TEXT NOT NULL,
    request_body      TEXT NOT NULL,
    response_status   INTEGER,
    response_headers  TEXT,
    response_body     TEXT,
    duration_ms       INTEGER NOT NULL,
    created_at        INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS errors_sub ON webhook_errors (subscription_id, created_at, id);
CREATE UNIQUE INDEX IF NOT EXISTS errors_job_attempt ON webhook_errors (subscription_id, job_id, attempt);
"#;

fn open_conn(path: &Path) -> Result<Connection> {
    let conn = Connection::open(path)
        .with_context(|| format!("cannot open the sandbox database {}", path.display()))?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(conn)
}

/// Adds a column to a table made by an older version (SQLite has no `ADD COLUMN IF NOT EXISTS`).
fn add_column(conn: &Connection, table: &str, column: &str, decl: &str) -> Result<()> {
    let exists: bool = conn
        .prepare(&format!("SELECT 1 FROM pragma_table_info('{table}') WHERE name = ?"))?
        .exists([column])?;
    if !exists {
        conn.execute_batch(&format!("ALTER TABLE {table} ADD COLUMN {column} {decl}"))
            .with_context(|| format!("cannot add {table}.{column}"))?;
    }
    Ok(())
}

struct Inner {
    path: PathBuf,
    writer: Mutex<Connection>,
    readers: Vec<Mutex<Connection>>,
    next: AtomicUsize,
}

/// A handle on the database; cheap to clone.
#[derive(Clone)]
pub struct Db(Arc<Inner>);

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Db({})", self.0.path.display())
    }
}

impl Db {
    /// Opens (creating it and its directory if needed) and migrates the database.
    pub fn open(path: &Path) -> Result<Db> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        }
        let writer = open_conn(path)?;
        writer.execute_batch(MIGRATIONS).context("cannot create the sandbox tables")?;
        add_column(&writer, "deliveries", "outcome", "TEXT")?;
        writer.pragma_update(None, "user_version", 1)?;
        let readers = (0..READERS).map(|_| open_conn(path).map(Mutex::new)).collect::<Result<Vec<_>>>()?;
        Ok(Db(Arc::new(Inner {
            path: path.to_path_buf(),
            writer: Mutex::new(writer),
            readers,
            next: AtomicUsize::new(0),
        })))
    }

    pub fn path(&self) -> &Path {
        &self.0.path
    }

    /// Runs `f` with a read connection, off the async runtime.
    pub async fn read<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T> + Send + 'static,
    {
        let db = self.clone();
        tokio::task::spawn_blocking(move || db.read_blocking(f))
            .await
            .map_err(|e| anyhow!("database task failed: {e}"))?
    }

    /// Runs `f` in a write transaction (committed when `f` succeeds), off the async runtime.
    pub async fn write<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&rusqlite::Transaction<'_>) -> Result<T> + Send + 'static,
    {
        let db = self.clone();
        tokio::task::spawn_blocking(move || db.write_blocking(f))
            .await
            .map_err(|e| anyhow!("database task failed: {e}"))?
    }

    pub fn read_blocking<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let i = self.0.next.fetch_add(1, Ordering::Relaxed) % self.0.readers.len();
        let conn = self.0.readers[i].lock().map_err(|_| anyhow!("a database reader panicked"))?;
        f(&conn)
    }

    pub fn write_blocking<T>(&self, f: impl FnOnce(&rusqlite::Transaction<'_>) -> Result<T>) -> Result<T> {
        let mut conn = self.0.writer.lock().map_err(|_| anyhow!("the database writer panicked"))?;
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }
}
