//! Argument groups that several commands flatten into their own.

use std::path::PathBuf;

use chrono::{DateTime, Utc};

use crate::api::Client;
use crate::duration::When;
use crate::error::{Error, Result};
use crate::input::read_secret_file;
use crate::output::Ctx;
use crate::prompt::prompt_secret;
use crate::secret::Secret;

/// The flags every API command takes besides the global ones.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ApiArgs {
    /// Seconds to wait for each API request [default: 30].
    // Shown with the global flags: every API command has it, whatever heading precedes it.
    #[arg(long, value_name = "SECONDS", env = "HOOKCTL_TIMEOUT", help_heading = "Global options")]
    pub timeout: Option<f64>,
}

/// `--since WHEN` of the listings (`errors list`, `deliveries list`).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct SinceArg {
    /// Only those since: RFC 3339, a date (UTC) or an age (30m, 2h, 7d, 2w; on a sandbox,
    /// counted back from its clock).
    #[arg(long, value_name = "WHEN")]
    pub since: Option<String>,
}

impl SinceArg {
    /// The flag parsed (a bad value fails before anything is sent), to [`resolve`] on the
    /// server's clock.
    pub fn parse(&self) -> Result<Option<When>> {
        crate::duration::parse_when("--since", self.since.as_deref())
    }
}

/// An optional `--since`-style time on the server's clock: an age counts back from a sandbox's
/// own time (its records carry sandbox time, which `clock advance` moves ahead), else from this
/// machine's.
pub async fn resolve(when: Option<When>, flag: &str, client: &Client) -> Result<Option<DateTime<Utc>>> {
    match when {
        None => Ok(None),
        Some(When::At(t)) => Ok(Some(t)),
        Some(ago) => ago.before(flag, crate::api::scope::sandbox::server_now(client).await).map(Some),
    }
}

/// The shared-secret flags every signing or verifying command takes.
#[derive(Debug, Clone, Default, clap::Args)]
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
                Ok(v) if !v.is_empty() => Ok(Some(Secret::new(v))),
                _ => Err(Error::input(format!("the environment variable {name} is not set or empty"))
                    .with_hint(format!("export {name}=… or pass --secret-file PATH"))),
            };
        }
        if let Some(v) = &self.secret {
            ctx.warn("--secret puts the secret where other processes can see it; prefer --secret-file or --secret-env");
            if v.is_empty() {
                return Err(Error::input("--secret is empty"));
            }
            return Ok(Some(Secret::new(v.clone())));
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
