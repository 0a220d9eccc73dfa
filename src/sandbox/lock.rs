//! One sandbox per database: an exclusive `flock` on `<db>.lock`, held while the sandbox runs.
//! The kernel releases it when the process exits, crashes or is killed, so a stale lock file
//! never blocks a restart. A start that fails removes the files it created.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Held for the life of a running sandbox; dropping it releases the lock.
#[derive(Debug)]
pub struct DbLock {
    _file: File,
}

/// `<db>.lock` beside the database.
pub fn lock_file_for(db: &Path) -> PathBuf {
    let mut name = db.file_name().map(|n| n.to_os_string()).unwrap_or_else(|| "sandbox.db".into());
    name.push(".lock");
    db.with_file_name(name)
}

/// Takes the database's lock, or explains that another sandbox holds it.
pub fn acquire(db: &Path) -> Result<DbLock> {
    let path = lock_file_for(db);
    if let Some(dir) = db.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| Error::config(format!("cannot create {}: {e}", dir.display())))?;
    }
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(|e| Error::config(format!("cannot open the lock file {}: {e}", path.display())))?;
    match file.try_lock() {
        Ok(()) => Ok(DbLock { _file: file }),
        Err(TryLockError::WouldBlock) => {
            Err(Error::config(format!("another sandbox is already serving the database {}", db.display()))
                .with_hint("stop it first, or give this one its own database with --db FILE"))
        }
        Err(TryLockError::Error(e)) => Err(Error::config(format!("cannot lock {}: {e}", path.display()))),
    }
}

/// The files a start may create (database, its WAL and shared memory, token and lock files)
/// and the database's directory, that do not exist yet: removed again if the start fails.
pub fn new_files(db: &Path, token_file: &Path) -> Vec<PathBuf> {
    let with = |suffix: &str| {
        let mut s = db.as_os_str().to_os_string();
        s.push(suffix);
        PathBuf::from(s)
    };
    // The database's directory last, so it is removed (when new, and so empty) after its files.
    let dir = db.parent().filter(|d| !d.as_os_str().is_empty()).map(Path::to_path_buf);
    [
        db.to_path_buf(),
        with("-wal"),
        with("-shm"),
        with("-journal"),
        token_file.to_path_buf(),
        lock_file_for(db),
    ]
    .into_iter()
    .chain(dir)
    .filter(|p| !p.exists())
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_on_the_same_database_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("s.db");
        let first = acquire(&db).unwrap();
        let err = acquire(&db).unwrap_err();
        assert!(err.to_string().contains("another sandbox"), "{err}");
        drop(first);
        acquire(&db).unwrap();
    }
}
