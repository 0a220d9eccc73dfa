//! Sentera's webhook API (shared/seeds/002_e231a9b3778eac88.txt): the typed client
//! (`api`, over `graphql/sentera/`), its plain domain types, and the command handlers that serve
//! `subscriptions list|show|create|delete`, `events list` and `sandbox sentera …` when Sentera's
//! API is selected (`--provider sentera`, `HOOKCTL_PROVIDER=sentera`, or a profile whose
//! `provider` is `sentera`).

pub mod api;
pub mod commands;
pub mod sandbox;
pub mod scalars;

use crate::cli::GlobalArgs;
use crate::config::Config;
use crate::error::{Error, Result};

/// Which vendor API an endpoint speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Provider {
    /// Scope's webhook API (the main one).
    Scope,
    /// Sentera's webhook API (organization-scoped subscriptions, snake_case schema).
    Sentera,
}

impl Provider {
    pub fn label(self) -> &'static str {
        match self {
            Provider::Scope => "Scope's API",
            Provider::Sentera => "Sentera's API",
        }
    }
}

/// The provider a command talks to: `--provider` / `HOOKCTL_PROVIDER`, else the profile's
/// `provider` (`sentera` selects Sentera; anything else, e.g. `scope` or `sandbox`, is Scope).
pub fn provider(global: &GlobalArgs) -> Result<Provider> {
    if let Some(p) = global.provider {
        return Ok(p);
    }
    let config = Config::load()?;
    let name = config.profile_name(global);
    let from_profile = config.profiles.get(&name).and_then(|p| p.provider.clone());
    Ok(match from_profile.as_deref().map(str::trim) {
        Some(p) if p.eq_ignore_ascii_case("sentera") => Provider::Sentera,
        _ => Provider::Scope,
    })
}

/// The profile's `organization`, used as the default `--org` with Sentera.
pub fn profile_org(global: &GlobalArgs) -> Result<Option<String>> {
    let config = Config::load()?;
    let name = config.profile_name(global);
    Ok(config.profiles.get(&name).and_then(|p| p.organization.clone()).filter(|o| !o.trim().is_empty()))
}

/// The error for a command one API cannot do (exit code 2, like other usage errors).
pub fn unsupported(command: &str, provider: Provider, why: &str, hint: &str) -> Error {
    Error::usage(format!("`hookctl {command}` is not available with {}: {why}", provider.label()))
        .with_hint(hint)
}

/// The event types the Sentera schema defines (checked against `graphql/sentera/schema.graphql`
/// by a test), so mistyped ones are caught before any request.
pub const EVENT_TYPES: &[&str] = &[
    "FEATURE_SET_CREATED",
    "FEATURE_SET_UPDATED",
    "FIELD_CREATED",
    "FIELD_UPDATED",
    "SURVEY_CREATED",
    "MOSAIC_CREATED",
    "FILE_CREATED",
];

/// The event statuses of the Sentera schema.
pub const EVENT_STATUSES: &[&str] = &["PENDING", "DELIVERED", "FAILED"];

/// Normalizes an enum value typed on the command line (`feature-set-created` →
/// `FEATURE_SET_CREATED`) and checks it against `known`.
pub fn enum_value(flag: &str, raw: &str, known: &[&str]) -> Result<String> {
    let v = raw.trim().replace('-', "_").to_ascii_uppercase();
    if known.contains(&v.as_str()) {
        return Ok(v);
    }
    let mut e = Error::usage(format!("{flag} {raw:?} is not one of: {}", known.join(", ")));
    if let Some(s) = crate::commands::subscriptions::did_you_mean(&v, known) {
        e = e.with_hint(format!("did you mean {s}?"));
    }
    Err(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enum_values_are_normalized_and_checked() {
        assert_eq!(
            enum_value("--event-type", "feature-set-created", EVENT_TYPES).unwrap(),
            "FEATURE_SET_CREATED"
        );
        let e = enum_value("--event-type", "FEATURE_SET_CRATED", EVENT_TYPES).unwrap_err();
        assert_eq!(e.hint.as_deref(), Some("did you mean FEATURE_SET_CREATED?"));
    }

    #[test]
    fn the_lists_match_the_schema() {
        let sdl = include_str!("../../graphql/sentera/schema.graphql");
        let block = |name: &str| -> Vec<String> {
            let start = sdl.find(&format!("enum {name} {{")).expect("enum in schema");
            let body = &sdl[start..];
            let body = &body[body.find('{').unwrap() + 1..body.find('}').unwrap()];
            body.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_uppercase() || c == '_'))
                .map(str::to_string)
                .collect()
        };
        assert_eq!(block("WebhookEventType"), EVENT_TYPES);
        assert_eq!(block("WebhookEventStatus"), EVENT_STATUSES);
    }
}
