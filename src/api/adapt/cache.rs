//! The schema cache: one file per endpoint in the platform cache directory (`HOOKCTL_CACHE_DIR`
//! overrides it), named by a hash of the endpoint URL so the URL itself (which could carry a
//! credential) is never written. It holds only the schema and a learnt page-size limit: never a
//! token or secret. Written atomically (a temporary file renamed over the old one).

use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::schema::Schema;

/// How long a cached schema is trusted.
pub const TTL: Duration = Duration::from_secs(24 * 60 * 60);
const VERSION: u32 = 1;

/// What is kept for one endpoint.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    version: u32,
    /// Seconds since the Unix epoch when the schema was introspected.
    pub fetched_at: u64,
    /// The largest `first` the server accepts, learnt from an error naming it.
    #[serde(default)]
    pub page_limit: Option<i64>,
    pub schema: Schema,
}

impl Entry {
    pub fn new(schema: Schema, page_limit: Option<i64>) -> Entry {
        Entry { version: VERSION, fetched_at: now(), page_limit, schema }
    }
    /// Introspected within the last minute (so introspecting again would tell nothing new).
    pub fn is_recent(&self) -> bool {
        now().saturating_sub(self.fetched_at) < 60
    }
    pub fn is_fresh(&self) -> bool {
        self.version == VERSION && now().saturating_sub(self.fetched_at) < TTL.as_secs()
    }
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or_default()
}

/// The cache directory for schemas, if there is one.
pub fn dir() -> Option<PathBuf> {
    match std::env::var_os("HOOKCTL_CACHE_DIR") {
        Some(d) if !d.is_empty() => Some(PathBuf::from(d).join("schemas")),
        _ => directories::ProjectDirs::from("", "", "hookctl").map(|d| d.cache_dir().join("schemas")),
    }
}

/// The cache file of `endpoint`.
pub fn path(endpoint: &url::Url) -> Option<PathBuf> {
    let digest = Sha256::digest(endpoint.as_str().as_bytes());
    let key: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
    Some(dir()?.join(format!("{key}.json")))
}

/// The cached entry of `endpoint`, fresh or not; `None` when absent or unreadable.
pub fn load(endpoint: &url::Url) -> Option<Entry> {
    let bytes = std::fs::read(path(endpoint)?).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// Stores `entry` for `endpoint`. A cache that cannot be written is not an error: the schema is
/// introspected again next time.
pub fn store(endpoint: &url::Url, entry: &Entry) -> std::io::Result<()> {
    let Some(path) = path(endpoint) else { return Ok(()) };
    let parent = path.parent().unwrap_or(&path).to_path_buf();
    std::fs::create_dir_all(&parent)?;
    let tmp = parent.join(format!(
        ".{}.{}.tmp",
        path.file_name().unwrap_or_default().to_string_lossy(),
        std::process::id()
    ));
    std::fs::write(&tmp, serde_json::to_vec(entry).map_err(std::io::Error::other)?)?;
    std::fs::rename(&tmp, &path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}
