//! Which vendor API an endpoint speaks: chosen by `--provider` or a profile's `provider`.

use serde::{Deserialize, Serialize};

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

    pub fn name(self) -> &'static str {
        match self {
            Provider::Scope => "scope",
            Provider::Sentera => "sentera",
        }
    }

    /// A profile's `provider` text: `sentera` selects Sentera; anything else (`scope`, and the
    /// free text older versions accepted, e.g. `sandbox`) is Scope.
    pub fn from_profile(raw: &str) -> Provider {
        if raw.trim().eq_ignore_ascii_case("sentera") { Provider::Sentera } else { Provider::Scope }
    }
}

impl Serialize for Provider {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

// Lenient, so that profiles written with free text before the enum still load.
impl<'de> Deserialize<'de> for Provider {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        Ok(Provider::from_profile(&String::deserialize(d)?))
    }
}
