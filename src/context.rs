//! The global options resolved once, and handed to every command: the terminal settings
//! (`output::Ctx`, reached through `Deref`), the profile (the config file is read at most once,
//! and only by commands that need it), the provider, the endpoint and token (resolved lazily, so
//! commands that need no API never fail on a missing profile), and the one way to build a client.

use std::sync::OnceLock;
use std::time::Duration;

use crate::api::{Client, ClientOptions};
use crate::config::{Config, DEFAULT_PROFILE, Profile, TOKEN_ENV, env_token, parse_endpoint, token_of};
use crate::error::{Error, Result};
use crate::output::Ctx;
use crate::secret::Secret;

pub use crate::config::Provider;

/// The global flags as parsed (clap's `GlobalArgs` without the terminal settings).
#[derive(Debug, Clone, Default)]
pub struct Globals {
    pub profile: Option<String>,
    pub endpoint: Option<String>,
    pub provider: Option<Provider>,
}

/// What every command gets besides its own arguments.
#[derive(Debug)]
pub struct Context {
    term: Ctx,
    globals: Globals,
    config: OnceLock<std::result::Result<Config, Error>>,
}

impl std::ops::Deref for Context {
    type Target = Ctx;
    fn deref(&self) -> &Ctx {
        &self.term
    }
}

/// Where a command's endpoint and token come from, resolved.
#[derive(Debug, Clone)]
pub struct Connection {
    pub profile: String,
    pub endpoint: url::Url,
    pub token: Secret,
    /// The command that fixes a rejected token.
    pub login_hint: String,
}

impl Context {
    pub fn new(term: Ctx, globals: Globals) -> Context {
        Context { term, globals, config: OnceLock::new() }
    }

    /// The terminal settings alone (for code below the command layer).
    pub fn term(&self) -> &Ctx {
        &self.term
    }

    /// The config file, read on first use.
    pub fn config(&self) -> Result<&Config> {
        self.config.get_or_init(Config::load).as_ref().map_err(Clone::clone)
    }

    /// `--endpoint` / `HOOKCTL_ENDPOINT`, when given and not empty.
    pub fn endpoint_flag(&self) -> Option<&str> {
        self.globals.endpoint.as_deref().filter(|e| !e.is_empty())
    }

    /// Whether `--profile` / `HOOKCTL_PROFILE` named a profile.
    pub fn profile_named(&self) -> bool {
        self.globals.profile.as_deref().is_some_and(|p| !p.is_empty())
    }

    /// The profile in use: `--profile`/`HOOKCTL_PROFILE`, else `current`, else `default`.
    pub fn profile_name(&self) -> Result<String> {
        Ok(self.config()?.profile_name(self.globals.profile.as_deref()))
    }

    /// The profile in use, if the config file has it.
    pub fn profile(&self) -> Result<Option<&Profile>> {
        let name = self.profile_name()?;
        Ok(self.config()?.profiles.get(&name))
    }

    /// `--provider` / `HOOKCTL_PROVIDER` as given, without looking at the profile.
    pub fn provider_flag(&self) -> Option<Provider> {
        self.globals.provider
    }

    /// The API the command talks to: the flag, else the profile's `provider`, else Scope.
    pub fn provider(&self) -> Result<Provider> {
        if let Some(p) = self.globals.provider {
            return Ok(p);
        }
        Ok(self.profile()?.and_then(|p| p.provider).unwrap_or(Provider::Scope))
    }

    /// The profile's `organization` (Sentera's default `--org`).
    pub fn organization(&self) -> Result<Option<String>> {
        Ok(self.profile()?.and_then(|p| p.organization.clone()).filter(|o| !o.trim().is_empty()))
    }

    /// Resolves the endpoint and token of the profile in use, with messages saying what to do
    /// when either is missing.
    pub fn connection(&self) -> Result<Connection> {
        let config = self.config()?;
        let name = self.profile_name()?;
        let profile = config.profiles.get(&name).cloned();
        if self.profile_named()
            && profile.is_none()
            && (self.endpoint_flag().is_none() || env_token().is_none())
        {
            let known = config.profiles.keys().cloned().collect::<Vec<_>>();
            let e = Error::config(format!("there is no profile named {name:?}"));
            return Err(e.with_hint(if known.is_empty() {
                format!("create it with `hookctl login --profile {name} --endpoint URL`")
            } else {
                format!(
                    "known profiles: {}; create this one with `hookctl login --profile {name} --endpoint URL`",
                    known.join(", ")
                )
            }));
        }
        let profile = profile.unwrap_or_default();
        let login_flag = if name == DEFAULT_PROFILE { String::new() } else { format!(" --profile {name}") };
        let Some(endpoint_raw) = self.endpoint_flag().map(str::to_string).or(profile.endpoint.clone()) else {
            return Err(Error::config(format!("no API endpoint is configured (profile {name:?})"))
                .with_hint(format!(
                    "run `hookctl login{login_flag} --endpoint https://…/graphql`, or start a local API with \
                     `hookctl sandbox serve` and log in to the URL it prints"
                )));
        };
        let endpoint = parse_endpoint(&endpoint_raw)?;
        let login_hint = format!("hookctl login{login_flag} --endpoint {endpoint}");
        let token = match env_token() {
            Some(t) => t,
            None => token_of(&profile, &name).map_err(|e| {
                if std::env::var(TOKEN_ENV).is_ok() {
                    // Set but blank: the user meant to give one; say so rather than "not logged in".
                    Error::config(format!("{TOKEN_ENV} is set but empty, and profile {name:?} has no token"))
                        .with_hint(format!("set {TOKEN_ENV} to a token, or unset it and run `{login_hint}`"))
                } else if e.hint.is_some() {
                    e
                } else {
                    e.with_hint(format!(
                        "run `{login_hint}`, or set {TOKEN_ENV}{}",
                        local_token_hint(&endpoint)
                    ))
                }
            })?,
        };
        Ok(Connection { profile: name, endpoint, token, login_hint: format!("run `{login_hint}`") })
    }

    /// A client for the profile's API (Scope's or Sentera's, whichever the endpoint speaks), with
    /// `--timeout` seconds per request.
    pub fn client(&self, timeout: Option<f64>) -> Result<Client> {
        let conn = self.connection()?;
        self.debug(format!("profile {:?}, endpoint {}", conn.profile, conn.endpoint));
        self.client_for(conn, Some(request_timeout(timeout)?))
    }

    /// The one place a client is built: for a resolved connection; `None` waits as long as the
    /// server takes.
    pub fn client_for(&self, conn: Connection, timeout: Option<Duration>) -> Result<Client> {
        let opts = ClientOptions {
            endpoint: conn.endpoint,
            token: conn.token,
            timeout,
            max_retries: crate::api::client::MAX_RETRIES,
            login_hint: conn.login_hint,
        };
        Ok(Client::new(opts, &self.term)?)
    }
}

/// For an endpoint on this machine (most likely a sandbox): where a sandbox keeps its token.
fn local_token_hint(endpoint: &url::Url) -> String {
    if !crate::api::scope::sandbox::is_local(endpoint) {
        return String::new();
    }
    let default = crate::sandbox::db_path(None).map(|db| crate::sandbox::auth::token_file_for(&db));
    match default {
        Ok(file) if file.exists() => format!(
            "; a local sandbox keeps its token in {}: export {TOKEN_ENV}=\"$(cat '{}')\"",
            file.display(),
            file.display()
        ),
        _ => "; a local sandbox keeps its token next to its database (sandbox.db.token beside --db, \
              named by `hookctl sandbox serve` when it starts)"
            .to_string(),
    }
}

/// The request timeout: `--timeout` (or `HOOKCTL_TIMEOUT`) seconds, else 30 s.
pub fn request_timeout(seconds: Option<f64>) -> Result<Duration> {
    match seconds {
        None => Ok(crate::api::client::DEFAULT_TIMEOUT),
        Some(s) if s.is_finite() && s > 0.0 => Ok(Duration::from_secs_f64(s)),
        Some(s) => Err(Error::usage(format!("--timeout must be a positive number of seconds, not {s}"))),
    }
}
