//! Sandbox API tokens: generation, and the token file written next to the database.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use rand::Rng;

/// A new random token, e.g. `hks_3q…` (40 characters).
pub fn generate() -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    let mut rng = rand::rng();
    let tail: String = (0..36).map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char).collect();
    format!("hks_{tail}")
}

/// Where the default token of the database `db` is kept: `<db>.token` beside it.
pub fn token_file_for(db: &Path) -> PathBuf {
    let mut name = db.file_name().map(|n| n.to_os_string()).unwrap_or_else(|| "sandbox.db".into());
    name.push(".token");
    db.with_file_name(name)
}

/// Reads a token file (one trailing newline dropped); `None` when it does not exist.
pub fn read_token_file(path: &Path) -> Result<Option<String>> {
    match std::fs::read_to_string(path) {
        Ok(s) => {
            let t = s.trim_end_matches(['\n', '\r']).to_string();
            Ok((!t.is_empty()).then_some(t))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("cannot read the token file {}", path.display())),
    }
}

/// Writes a token file readable by its owner only (mode 0600 on Unix).
pub fn write_token_file(path: &Path, token: &str) -> Result<()> {
    use std::io::Write;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts.open(path).with_context(|| format!("cannot write the token file {}", path.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        f.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    f.write_all(format!("{token}\n").as_bytes())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_long() {
        let a = generate();
        assert_eq!(a.len(), 40);
        assert!(a.starts_with("hks_"));
        assert_ne!(a, generate());
        assert_eq!(token_file_for(Path::new("/x/sandbox.db")), PathBuf::from("/x/sandbox.db.token"));
    }

    #[test]
    fn token_file_round_trips_with_mode_0600() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("t.token");
        assert_eq!(read_token_file(&p).unwrap(), None);
        write_token_file(&p, "hks_abc").unwrap();
        assert_eq!(read_token_file(&p).unwrap().as_deref(), Some("hks_abc"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&p).unwrap().permissions().mode() & 0o777, 0o600);
        }
    }
}
