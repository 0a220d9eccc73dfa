//! Completion values cached in the platform cache directory (`HOOKCTL_CACHE_DIR` overrides
//! it), one small JSON file per kind of value and API: a TAB within a minute of the last one
//! reads a file instead of asking the API.

use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// How long fetched values are used.
pub const TTL: Duration = Duration::from_secs(60);
/// How long a failed fetch is remembered: a dead API costs one slow TAB, not every one.
pub const FAILED_TTL: Duration = Duration::from_secs(10);

#[derive(Serialize, Deserialize)]
struct Stored<T> {
    at: u64,
    ok: bool,
    entries: Vec<T>,
}

/// The cached entries under `key`, if young enough (`Some(vec![])` for a recent failure).
pub fn load<T: DeserializeOwned>(key: &str) -> Option<Vec<T>> {
    let stored: Stored<T> = serde_json::from_slice(&std::fs::read(path(key)?).ok()?).ok()?;
    let ttl = if stored.ok { TTL } else { FAILED_TTL };
    (now().saturating_sub(stored.at) < ttl.as_secs()).then_some(stored.entries)
}

/// Stores what a fetch gave (`None`: it failed). A cache that cannot be written is no error.
pub fn store<T: Serialize + Clone>(key: &str, entries: Option<&[T]>) {
    let Some(path) = path(key) else { return };
    let Some(dir) = path.parent() else { return };
    let stored = Stored { at: now(), ok: entries.is_some(), entries: entries.unwrap_or_default().to_vec() };
    let Ok(bytes) = serde_json::to_vec(&stored) else { return };
    let tmp = dir.join(format!(".{key}.{}.tmp", std::process::id()));
    // Written aside and renamed: a concurrent TAB reads the old file or the new one, never half.
    if std::fs::create_dir_all(dir).is_ok()
        && std::fs::write(&tmp, bytes).is_ok()
        && std::fs::rename(&tmp, &path).is_err()
    {
        let _ = std::fs::remove_file(&tmp);
    }
}

/// A file name for what identifies the values (kind, profile, endpoint, provider,
/// organization): a digest, so no URL or name is spelled out on disk.
pub fn key(parts: &[&str]) -> String {
    let digest = Sha256::digest(parts.join("\n").as_bytes());
    digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
}

fn path(key: &str) -> Option<PathBuf> {
    let dir = match std::env::var_os("HOOKCTL_CACHE_DIR") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => directories::ProjectDirs::from("", "", "hookctl")?.cache_dir().to_path_buf(),
    };
    Some(dir.join("completions").join(format!("{key}.json")))
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or_default()
}
