//! Profiles: `config.toml` in `paths::config_dir()`, and resolving which endpoint and token a
//! command uses.
//!
//! ```toml
//! current = "default"
//!
//! [profiles.default]
//! endpoint = "http://127.0.0.1:4000/graphql"
//! token = "…"                 # or token_env = "SCOPE_TOKEN", or token_command = "pass show scope"
//! organization = "Acme"
//! provider = "sandbox"
//! ```
//!
//! Precedence: `--endpoint` / `HOOKCTL_ENDPOINT` over the profile's endpoint; `HOOKCTL_TOKEN`
//! over the profile's `token_env`, `token_command` and `token`; `--profile` / `HOOKCTL_PROFILE`
//! over `current`, over `default`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::paths;
pub use crate::provider::Provider;
use crate::secret::{Secret, mask};

pub const DEFAULT_PROFILE: &str = "default";
pub const TOKEN_ENV: &str = "HOOKCTL_TOKEN";

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The profile used when none is named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

#[derive(Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// The GraphQL endpoint, e.g. `https://cms.scopear.com/api/v3/graphql`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
    /// The API token itself (the file is mode 0600).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// Read the token from this environment variable instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_env: Option<String>,
    /// Run this shell command and use its output as the token (e.g. a password manager).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_command: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// Which vendor API the endpoint speaks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<Provider>,
}

impl std::fmt::Debug for Profile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Profile")
            .field("endpoint", &self.endpoint)
            .field("token", &self.token.as_ref().map(|_| "****"))
            .field("token_env", &self.token_env)
            .field("token_command", &self.token_command)
            .field("organization", &self.organization)
            .field("provider", &self.provider)
            .finish()
    }
}

impl Profile {
    /// Where the token comes from, for display: never the token itself.
    pub fn token_source(&self) -> String {
        if let Some(name) = &self.token_env {
            format!("from ${name}")
        } else if let Some(cmd) = &self.token_command {
            format!("from `{cmd}`")
        } else if let Some(t) = &self.token {
            mask(t)
        } else {
            "(none)".to_string()
        }
    }

    pub fn has_token(&self) -> bool {
        self.token.is_some() || self.token_env.is_some() || self.token_command.is_some()
    }

    /// Removes every token source.
    pub fn clear_token(&mut self) {
        self.token = None;
        self.token_env = None;
        self.token_command = None;
    }
}

/// The settable keys of `hookctl config set`.
pub const SETTABLE: &[&str] = &["endpoint", "token_env", "token_command", "organization", "provider"];

impl Config {
    pub fn path() -> Result<PathBuf> {
        Ok(paths::config_dir()?.join("config.toml"))
    }

    /// Loads the config file; a missing file is an empty config.
    pub fn load() -> Result<Config> {
        Self::load_from(&Self::path()?)
    }

    pub fn load_from(path: &Path) -> Result<Config> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => return Err(Error::config(format!("cannot read {}: {e}", path.display()))),
        };
        toml::from_str(&text).map_err(|e| {
            Error::config(format!("{} is not a valid hookctl config: {}", path.display(), e.message().trim()))
                .with_hint(match e.span() {
                    Some(span) => {
                        let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
                        format!("fix line {line}, or move the file away and run `hookctl login`")
                    }
                    None => "fix the file, or move it away and run `hookctl login`".to_string(),
                })
        })
    }

    /// Writes the config file with mode 0600 (its directory 0700), atomically.
    pub fn save(&self) -> Result<PathBuf> {
        let path = Self::path()?;
        self.save_to(&path)?;
        Ok(path)
    }

    pub fn save_to(&self, path: &Path) -> Result<()> {
        let dir = path.parent().ok_or_else(|| Error::config("the config path has no directory"))?;
        create_private_dir(dir)?;
        let text = toml::to_string_pretty(self)
            .map_err(|e| Error::internal(format!("cannot encode the config: {e}")))?;
        let tmp = dir.join(format!(".config.toml.{}.tmp", std::process::id()));
        let write = || -> std::io::Result<()> {
            use std::io::Write;
            let mut opts = std::fs::OpenOptions::new();
            opts.write(true).create(true).truncate(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
            let mut f = opts.open(&tmp)?;
            #[cfg(unix)]
            f.set_permissions(std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
            f.write_all(b"# hookctl profiles; written by `hookctl login` and `hookctl config`.\n")?;
            f.write_all(text.as_bytes())?;
            f.sync_all()?;
            std::fs::rename(&tmp, path)
        };
        write().map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            Error::config(format!("cannot write {}: {e}", path.display()))
        })
    }

    /// The profile name a command uses: `--profile`/`HOOKCTL_PROFILE`, else `current`, else `default`.
    pub fn profile_name(&self, flag: Option<&str>) -> String {
        flag.filter(|p| !p.is_empty())
            .map(str::to_string)
            .or_else(|| self.current.clone())
            .unwrap_or_else(|| DEFAULT_PROFILE.to_string())
    }
}

fn create_private_dir(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).map_err(|e| Error::config(format!("cannot create {}: {e}", dir.display())))
}

/// Checks and normalizes an endpoint URL.
pub fn parse_endpoint(raw: &str) -> Result<url::Url> {
    let url = url::Url::parse(raw.trim()).map_err(|e| {
        Error::config(format!("the endpoint {raw:?} is not a URL: {e}"))
            .with_hint("give the full GraphQL URL, e.g. https://cms.scopear.com/api/v3/graphql")
    })?;
    if url.scheme() != "http" && url.scheme() != "https" {
        return Err(Error::config(format!("the endpoint {raw} must be an http or https URL")));
    }
    Ok(url)
}

/// `HOOKCTL_TOKEN`, when set and not blank.
pub fn env_token() -> Option<Secret> {
    std::env::var(TOKEN_ENV).ok().filter(|t| !t.trim().is_empty()).map(|t| Secret::new(t.trim()))
}

/// Reads a profile's token from wherever it is kept.
pub fn token_of(profile: &Profile, name: &str) -> Result<Secret> {
    if let Some(var) = &profile.token_env {
        return match std::env::var(var) {
            Ok(t) if !t.trim().is_empty() => Ok(Secret::new(t.trim())),
            _ => {
                Err(Error::config(format!("profile {name:?} reads its token from ${var}, which is not set"))
                    .with_hint(format!("export {var}=… (or set {TOKEN_ENV})")))
            }
        };
    }
    if let Some(cmd) = &profile.token_command {
        return run_token_command(cmd, name);
    }
    match &profile.token {
        Some(t) if !t.is_empty() => Ok(Secret::new(t.clone())),
        _ => Err(Error::config(format!("not logged in: profile {name:?} has no token"))),
    }
}

fn run_token_command(cmd: &str, name: &str) -> Result<Secret> {
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(cmd)
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| Error::config(format!("cannot run the token command of profile {name:?}: {e}")))?;
    if !out.status.success() {
        return Err(Error::config(format!("the token command of profile {name:?} failed ({})", out.status))
            .with_hint(format!("check it with `hookctl config show {name}`")));
    }
    let token = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if token.is_empty() {
        return Err(Error::config(format!("the token command of profile {name:?} printed nothing")));
    }
    Ok(Secret::new(token))
}

/// A value for `hookctl config set provider`.
pub fn parse_provider(raw: &str) -> Result<Provider> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "scope" => Ok(Provider::Scope),
        "sentera" => Ok(Provider::Sentera),
        other => Err(Error::usage(format!("provider {other:?} is not one of: scope, sentera"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_with_private_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/dir/config.toml");
        let mut c = Config { current: Some("work".into()), ..Config::default() };
        c.profiles.insert(
            "work".into(),
            Profile {
                endpoint: Some("http://x/graphql".into()),
                token: Some("t0ken".into()),
                ..Profile::default()
            },
        );
        c.save_to(&path).unwrap();
        assert_eq!(Config::load_from(&path).unwrap(), c);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
            assert_eq!(
                std::fs::metadata(path.parent().unwrap()).unwrap().permissions().mode() & 0o777,
                0o700
            );
        }
    }

    #[test]
    fn broken_files_say_where() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "current = \"a\"\n[profiles.a]\nendpont = 1\n").unwrap();
        let e = Config::load_from(&path).unwrap_err();
        assert!(e.message.contains("not a valid hookctl config"), "{}", e.message);
        assert!(e.hint.unwrap().contains("line 3"));
    }

    #[test]
    fn debug_masks_the_token() {
        let p = Profile { token: Some("very-secret-token".into()), ..Profile::default() };
        assert!(!format!("{p:?}").contains("very-secret"));
        assert!(!p.token_source().contains("very-secret"));
    }
}
