//! Where hookctl keeps its files: the platform config and data directories (the `directories`
//! crate), overridable with `HOOKCTL_CONFIG_DIR` / `HOOKCTL_DATA_DIR` (tests use these).

use std::path::PathBuf;

use crate::error::{Error, Result};

fn project_dirs() -> Result<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "hookctl").ok_or_else(|| {
        Error::config("cannot find a home directory").with_hint("set HOME or HOOKCTL_CONFIG_DIR")
    })
}

/// The directory holding `config.toml`.
pub fn config_dir() -> Result<PathBuf> {
    match std::env::var_os("HOOKCTL_CONFIG_DIR") {
        Some(dir) if !dir.is_empty() => Ok(PathBuf::from(dir)),
        _ => Ok(project_dirs()?.config_dir().to_path_buf()),
    }
}

/// The directory holding data such as the sandbox database.
pub fn data_dir() -> Result<PathBuf> {
    match std::env::var_os("HOOKCTL_DATA_DIR") {
        Some(dir) if !dir.is_empty() => Ok(PathBuf::from(dir)),
        _ => Ok(project_dirs()?.data_dir().to_path_buf()),
    }
}
