//! Reading secrets without requiring them on the command line, and keeping them off screens and logs.

use std::fmt;
use std::path::PathBuf;

use clap::Args;

use crate::error::{Error, Result};
use crate::output::Ctx;

/// A secret value. `Debug` and `Display` mask it so it cannot leak into logs by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
    pub fn as_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(****)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&mask(&self.0))
    }
}

/// Masks a secret for display: never more than its last two characters, and only when long.
pub fn mask(secret: &str) -> String {
    let n = secret.chars().count();
    if n >= 12 {
        let tail: String = secret.chars().skip(n - 2).collect();
        format!("****{tail}")
    } else {
        "****".to_string()
    }
}

/// The shared-secret flags every signing or verifying command takes.
#[derive(Debug, Clone, Default, Args)]
pub struct SecretArgs {
    /// Read the HMAC shared secret from a file (`-` for standard input); one trailing newline is dropped.
    #[arg(long, value_name = "PATH", conflicts_with_all = ["secret_env", "secret"])]
    pub secret_file: Option<PathBuf>,
    /// Read the HMAC shared secret from this environment variable.
    #[arg(long, value_name = "NAME", conflicts_with = "secret")]
    pub secret_env: Option<String>,
    /// The HMAC shared secret itself (visible to other processes: prefer --secret-file or --secret-env).
    #[arg(long, value_name = "VALUE", hide_env_values = true)]
    pub secret: Option<String>,
}

impl SecretArgs {
    pub fn is_given(&self) -> bool {
        self.secret_file.is_some() || self.secret_env.is_some() || self.secret.is_some()
    }

    /// Resolves the secret from the flags; with none given, prompts when interactive
    /// (`prompt` is the question) or returns `None`.
    pub fn resolve(&self, ctx: &Ctx, prompt: Option<&str>) -> Result<Option<Secret>> {
        if let Some(path) = &self.secret_file {
            return read_secret_file(path).map(Some);
        }
        if let Some(name) = &self.secret_env {
            return match std::env::var(name) {
                Ok(v) if !v.is_empty() => Ok(Some(Secret(v))),
                _ => Err(Error::input(format!("the environment variable {name} is not set or empty"))
                    .with_hint(format!("export {name}=… or pass --secret-file PATH"))),
            };
        }
        if let Some(v) = &self.secret {
            ctx.warn("--secret puts the secret where other processes can see it; prefer --secret-file or --secret-env");
            if v.is_empty() {
                return Err(Error::input("--secret is empty"));
            }
            return Ok(Some(Secret(v.clone())));
        }
        match prompt {
            Some(question) if ctx.interactive => prompt_secret(question).map(Some),
            _ => Ok(None),
        }
    }

    /// Like `resolve`, but a secret is required: says how to give one when none was.
    pub fn require(&self, ctx: &Ctx, what: &str) -> Result<Secret> {
        self.resolve(ctx, Some(&format!("Shared secret for {what}")))?.ok_or_else(|| {
            Error::usage(format!("{what} needs the shared secret"))
                .with_hint("pass --secret-file PATH, --secret-env NAME, or run in a terminal to be prompted")
        })
    }
}

/// Reads a secret from a file or stdin, dropping one trailing newline (as `echo` adds).
pub fn read_secret_file(path: &std::path::Path) -> Result<Secret> {
    let raw = if path.as_os_str() == "-" {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut s).map_err(|e| Error::file(path, e))?;
        s
    } else {
        std::fs::read_to_string(path).map_err(|e| Error::file(path, e))?
    };
    let v = raw.strip_suffix('\n').map(|s| s.strip_suffix('\r').unwrap_or(s)).unwrap_or(&raw);
    if v.is_empty() {
        return Err(Error::input(format!("the secret file {} is empty", path.display())));
    }
    Ok(Secret(v.to_string()))
}

pub fn prompt_secret(question: &str) -> Result<Secret> {
    let v = dialoguer::Password::new()
        .with_prompt(question)
        .interact()
        .map_err(|e| Error::input(format!("could not read the secret: {e}")))?;
    if v.is_empty() {
        return Err(Error::input("the secret is empty"));
    }
    Ok(Secret(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks() {
        assert_eq!(mask("short"), "****");
        assert_eq!(mask("a-much-longer-secret"), "****et");
        assert_eq!(format!("{:?}", Secret::new("x")), "Secret(****)");
    }
}
