//! Opaque global IDs.
//!
//! An ID is the standard base64 (padded) of 32 bytes: a format byte, a kind byte, the row id
//! (8 bytes, big-endian) and 22 bytes of a SHA-256 check over the first ten. They look like the
//! guide's IDs (`t5V3S3X8Trt/weWu0A2YHb0cRFJfcRA2rXT3vAGTz1A=`), say nothing readable, and a
//! mistyped or forged one decodes to nothing (so `node(id:)` answers null).

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha256};

const FORMAT: u8 = 1;
const CHECK_KEY: &[u8] = b"hookctl-sandbox-global-id";

/// Every kind of object that has a global ID.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Organization,
    User,
    Integration,
    Scenario,
    ScenarioSession,
    ScenarioSessionPart,
    ScenarioSessionStep,
    ScenarioSessionEvent,
    Call,
    CallRecording,
    WebhookTopic,
    WebhookSubscription,
    WebhookDelivery,
    WebhookError,
}

/// The node types the sandbox stores in its `nodes` table (each has created/updated/deleted topics).
pub const MODELLED: &[Kind] = &[
    Kind::User,
    Kind::Organization,
    Kind::Integration,
    Kind::Scenario,
    Kind::ScenarioSession,
    Kind::ScenarioSessionPart,
    Kind::ScenarioSessionStep,
    Kind::ScenarioSessionEvent,
    Kind::Call,
    Kind::CallRecording,
];

const ALL: &[(Kind, u8, &str, &str)] = &[
    (Kind::Organization, 1, "Organization", "organization"),
    (Kind::User, 2, "User", "user"),
    (Kind::Integration, 3, "Integration", "integration"),
    (Kind::Scenario, 4, "Scenario", "scenario"),
    (Kind::ScenarioSession, 5, "ScenarioSession", "scenario_session"),
    (Kind::ScenarioSessionPart, 6, "ScenarioSessionPart", "scenario_session_part"),
    (Kind::ScenarioSessionStep, 7, "ScenarioSessionStep", "scenario_session_step"),
    (Kind::ScenarioSessionEvent, 8, "ScenarioSessionEvent", "scenario_session_event"),
    (Kind::Call, 9, "Call", "call"),
    (Kind::CallRecording, 10, "CallRecording", "call_recording"),
    (Kind::WebhookTopic, 20, "WebhookTopic", "webhook_topic"),
    (Kind::WebhookSubscription, 21, "WebhookSubscription", "webhook_subscription"),
    (Kind::WebhookDelivery, 22, "WebhookDelivery", "webhook_delivery"),
    (Kind::WebhookError, 23, "WebhookError", "webhook_error"),
];

impl Kind {
    fn entry(self) -> &'static (Kind, u8, &'static str, &'static str) {
        ALL.iter().find(|e| e.0 == self).expect("every kind is listed")
    }
    fn tag(self) -> u8 {
        self.entry().1
    }
    /// The GraphQL type name, e.g. `ScenarioSession`.
    pub fn type_name(self) -> &'static str {
        self.entry().2
    }
    /// The topic prefix, e.g. `scenario_session`.
    pub fn snake(self) -> &'static str {
        self.entry().3
    }
    /// A kind by its GraphQL type name (exact) or snake_case name.
    pub fn from_name(name: &str) -> Option<Kind> {
        ALL.iter().find(|e| e.2 == name || e.3 == name).map(|e| e.0)
    }
    fn from_tag(tag: u8) -> Option<Kind> {
        ALL.iter().find(|e| e.1 == tag).map(|e| e.0)
    }
    pub fn is_modelled(self) -> bool {
        MODELLED.contains(&self)
    }
}

fn check(prefix: &[u8]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(CHECK_KEY);
    h.update(prefix);
    h.finalize().into()
}

/// The global ID of row `id` of `kind`.
pub fn encode(kind: Kind, id: i64) -> String {
    let mut bytes = [0u8; 32];
    bytes[0] = FORMAT;
    bytes[1] = kind.tag();
    bytes[2..10].copy_from_slice(&id.to_be_bytes());
    let sum = check(&bytes[..10]);
    bytes[10..].copy_from_slice(&sum[..22]);
    STANDARD.encode(bytes)
}

/// The kind and row id of a global ID, or `None` for anything that is not one of ours.
pub fn decode(id: &str) -> Option<(Kind, i64)> {
    let bytes = STANDARD.decode(id.trim()).ok()?;
    if bytes.len() != 32 || bytes[0] != FORMAT {
        return None;
    }
    let sum = check(&bytes[..10]);
    if bytes[10..] != sum[..22] {
        return None;
    }
    let kind = Kind::from_tag(bytes[1])?;
    let row = i64::from_be_bytes(bytes[2..10].try_into().ok()?);
    Some((kind, row))
}

/// Decodes an ID that must be of `kind`.
pub fn decode_as(id: &str, kind: Kind) -> Option<i64> {
    match decode(id) {
        Some((k, row)) if k == kind => Some(row),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_kind() {
        for (kind, ..) in ALL {
            for row in [0, 1, 42, i64::MAX] {
                let id = encode(*kind, row);
                assert_eq!(id.len(), 44, "{id}");
                assert_eq!(decode(&id), Some((*kind, row)));
            }
        }
    }

    #[test]
    fn ids_are_opaque_and_distinct() {
        let a = encode(Kind::User, 1);
        let b = encode(Kind::Scenario, 1);
        assert_ne!(a, b);
        assert!(!a.contains("User"));
        assert_eq!(decode_as(&a, Kind::User), Some(1));
        assert_eq!(decode_as(&a, Kind::Scenario), None);
    }

    #[test]
    fn rejects_garbage_and_tampering() {
        assert_eq!(decode(""), None);
        assert_eq!(decode("not base64!"), None);
        assert_eq!(decode("dGVzdA=="), None);
        let id = encode(Kind::WebhookSubscription, 7);
        let mut bytes = STANDARD.decode(&id).unwrap();
        bytes[9] ^= 1;
        assert_eq!(decode(&STANDARD.encode(bytes)), None);
    }

    #[test]
    fn names() {
        assert_eq!(Kind::from_name("ScenarioSessionPart"), Some(Kind::ScenarioSessionPart));
        assert_eq!(Kind::from_name("call_recording"), Some(Kind::CallRecording));
        assert_eq!(Kind::ScenarioSessionPart.snake(), "scenario_session_part");
        assert_eq!(Kind::from_name("Nope"), None);
    }
}
