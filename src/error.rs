//! The one error type every command returns, and the one place that maps library errors to
//! messages, hints and exit codes.

use std::fmt;

/// Documented exit codes (see the README's "Exit codes" table).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Success.
    Ok = 0,
    /// A check answered "no": signature invalid, validation template rendered false, an error
    /// template rendered an error message.
    Negative = 1,
    /// Bad command-line usage (clap uses the same code).
    Usage = 2,
    /// Unusable input: unreadable file, malformed JSON, template syntax error, bad signature text.
    Input = 3,
    /// Could not reach a server: connection refused, DNS, TLS, timeout.
    Network = 4,
    /// A webhook delivery was not accepted: non-2xx, redirect, or error-template failure.
    Delivery = 5,
    /// The API answered with an error (GraphQL errors, field validation errors).
    Api = 6,
    /// Not authenticated or not allowed: log in or use another token.
    Auth = 7,
    /// The named object does not exist (or is not visible to this user).
    NotFound = 8,
    /// A bulk operation where some items failed.
    Partial = 9,
    /// Configuration problem: missing or broken profile, config file.
    Config = 10,
    /// The endpoint's schema cannot serve a command (`hookctl api check` found one, or an
    /// operation was refused before sending).
    Incompatible = 11,
    /// A change was sent but its outcome is still unknown (the answer was lost and reading the
    /// object back failed too): check before retrying.
    Unknown = 12,
    /// A bug in hookctl.
    Internal = 70,
    /// Interrupted by Ctrl-C before finishing.
    Interrupted = 130,
}

impl Exit {
    pub fn code(self) -> u8 {
        self as u8
    }
}

/// Stands for the provider in use ("Scope's API", "Sentera's API") in a hint: errors are made
/// where the provider is not known, and `crate::run` fills it in before reporting.
pub const PROVIDER_API: &str = "{provider}";

/// An error as the user sees it: what went wrong, what to do, and how the process exits.
#[derive(Debug, Clone)]
pub struct Error {
    pub exit: Exit,
    pub message: String,
    pub hint: Option<String>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(exit: Exit, message: impl Into<String>) -> Self {
        Error { exit, message: message.into(), hint: None }
    }
    pub fn input(message: impl Into<String>) -> Self {
        Self::new(Exit::Input, message)
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Exit::Usage, message)
    }
    pub fn network(message: impl Into<String>) -> Self {
        Self::new(Exit::Network, message)
    }
    pub fn config(message: impl Into<String>) -> Self {
        Self::new(Exit::Config, message)
    }
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(Exit::Internal, message)
    }
    /// The hint with [`PROVIDER_API`] replaced by `label`.
    pub fn naming_provider(mut self, label: &str) -> Self {
        if let Some(h) = &mut self.hint {
            *h = h.replace(PROVIDER_API, label);
        }
        self
    }
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
    /// Wraps an I/O error on a named file.
    pub fn file(path: &std::path::Path, err: std::io::Error) -> Self {
        let what =
            if path.as_os_str() == "-" { "standard input".to_string() } else { path.display().to_string() };
        let hint = match err.kind() {
            std::io::ErrorKind::NotFound => Some("check the path; use - to read standard input"),
            std::io::ErrorKind::PermissionDenied => Some("check the file's permissions"),
            _ => None,
        };
        let e = Self::input(format!("cannot read {what}: {err}"));
        match hint {
            Some(h) => e.with_hint(h),
            None => e,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Self {
        Error::new(Exit::Input, format!("I/O error: {err}"))
    }
}

impl From<serde_json::Error> for Error {
    fn from(err: serde_json::Error) -> Self {
        Error::input(format!("invalid JSON: {err}"))
    }
}

impl From<crate::output::WriteError> for Error {
    fn from(e: crate::output::WriteError) -> Self {
        Error::internal(format!("cannot write to stdout: {}", e.0))
    }
}

impl From<&crate::delivery::Failure> for Exit {
    fn from(f: &crate::delivery::Failure) -> Exit {
        if f.is_network() { Exit::Network } else { Exit::Delivery }
    }
}

impl From<crate::templates::TemplateError> for Error {
    fn from(e: crate::templates::TemplateError) -> Self {
        Error::input(format!("template error: {e}"))
            .with_hint("fix the template; `hookctl render` shows where")
    }
}

impl From<crate::api::ApiError> for Error {
    fn from(err: crate::api::ApiError) -> Self {
        use crate::api::ApiError as A;
        let message = err.to_string();
        match err {
            A::Timeout { .. } => Error::network(message).with_hint(
                "the server may be overloaded or hung; retry, or raise --timeout (HOOKCTL_TIMEOUT)",
            ),
            // On this machine it is most likely a sandbox that is not started.
            A::Connect { endpoint, .. }
                if url::Url::parse(&endpoint).is_ok_and(|u| crate::api::scope::sandbox::is_local(&u)) =>
            {
                Error::network(message).with_hint(
                    "is the sandbox running? start it with `hookctl sandbox serve` (or check the endpoint: `hookctl config show`)",
                )
            }
            A::Connect { .. } => Error::network(message)
                .with_hint("check the endpoint (`hookctl config show`) and that the server is running"),
            A::Auth { login_hint, .. } => Error::new(Exit::Auth, message)
                .with_hint(format!("{login_hint} with a valid token (or set HOOKCTL_TOKEN)")),
            A::Http { status: 429, retry_after, .. } => {
                Error::new(Exit::Api, message).with_hint(match retry_after {
                    Some(s) => format!("rate limited: retry in {s} s"),
                    None => "rate limited: retry in a moment".to_string(),
                })
            }
            A::Http { status, .. } if status >= 500 => Error::new(Exit::Api, message)
                .with_hint("a server-side failure; hookctl retried queries already, try again later"),
            A::Http { status: 404, .. } => Error::new(Exit::Api, message)
                .with_hint("check the endpoint: it must be the GraphQL URL, e.g. https://…/graphql"),
            A::Http { .. } => Error::new(Exit::Api, message),
            A::Malformed { .. } => Error::new(Exit::Api, message)
                .with_hint(format!("check the endpoint: it must be the GraphQL URL of {PROVIDER_API}")),
            A::GraphQl(_) => Error::new(Exit::Api, message),
            ref rejected @ A::Rejected { .. } if rejected.is_not_found() => {
                Error::new(Exit::NotFound, message)
                    .with_hint("list what exists with `hookctl subscriptions list`")
            }
            A::Rejected { .. } => Error::new(Exit::Api, message),
            A::OutcomeUnknown { .. } => Error::new(Exit::Unknown, message).with_hint(
                "the server may have applied it: check with `hookctl subscriptions show ID` before sending it again",
            ),
            A::NotApplied { .. } => Error::new(Exit::Api, message),
            A::TooLarge { .. } => Error::input(message),
            A::Unworkable { .. } => Error::new(Exit::Incompatible, message)
                .with_hint("`hookctl api check` lists what this server supports; `hookctl api graphql` sends your own query"),
            A::NotFound { what, .. } => Error::new(Exit::NotFound, message).with_hint(match what {
                "error" => "list a subscription's errors with `hookctl errors list SUBSCRIPTION_ID`",
                _ => "list what exists with `hookctl subscriptions list`; ids are case-sensitive",
            }),
        }
    }
}
