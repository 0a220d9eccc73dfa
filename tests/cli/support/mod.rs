//! What the integration tests share: a spec-like builder for running `hookctl`
//! ([`hookctl`] → [`Outcome`]), long-running `hookctl` processes ([`Server`]), one scripted HTTP
//! server for fake APIs and webhook receivers ([`Scripted`], [`Reply`]), a raw client and signer
//! for sending to listeners ([`post`], [`sign`]), a real sandbox ([`sandbox`]) and GraphQL servers
//! that are not ours ([`foreign`]).
//!
//! ```ignore
//! let api = Scripted::api(vec![Reply::status(500, "oops"), Reply::json(page)]);
//! let v = hookctl(home.path())
//!     .env("HOOKCTL_TOKEN", TOKEN)
//!     .args(["--endpoint", &api.url, "topics", "list", "-o", "json"])
//!     .run()
//!     .success()
//!     .stdout_json();
//! hookctl(home.path()).args(["subs", "show", "x"]).run().status(8).stderr_contains("not found");
//! assert_eq!(api.requests().len(), 2);
//! ```

#![allow(dead_code)]

pub mod browser;
mod cmd;
pub mod foreign;
mod http;
mod process;
pub mod sandbox;
mod webhook;

use std::path::{Path, PathBuf};

pub use cmd::{Hookctl, Outcome, hookctl, program};
pub use http::{Recorded, Reply, Scripted};
pub use process::Server;
pub use webhook::{delivery, post, raw, request, sign, split};

/// The built binary under test.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_hookctl"))
}

/// A fresh temporary home directory for one test.
pub fn home() -> tempfile::TempDir {
    tempfile::tempdir().expect("tempdir")
}

/// Writes `contents` to `dir/name` and returns the path.
pub fn write(dir: &Path, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, contents).unwrap();
    p
}

/// The caller's `HOOKCTL_*` variables: no test process inherits them.
fn inherited_vars() -> impl Iterator<Item = String> {
    std::env::vars().map(|(k, _)| k).filter(|k| k.starts_with("HOOKCTL_"))
}

/// What every test process gets instead: its own home, config and data dirs, no colour.
fn hermetic_vars(home: &Path) -> [(&'static str, PathBuf); 6] {
    [
        ("HOME", home.to_path_buf()),
        ("XDG_CONFIG_HOME", home.join("config")),
        ("XDG_DATA_HOME", home.join("data")),
        ("HOOKCTL_CONFIG_DIR", home.join("config/hookctl")),
        ("HOOKCTL_DATA_DIR", home.join("data/hookctl")),
        ("NO_COLOR", PathBuf::from("1")),
    ]
}
