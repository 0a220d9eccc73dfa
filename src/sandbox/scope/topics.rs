//! The topic catalogue: `<type>/created|updated|deleted` for every modelled node type, plus the
//! guide's special topics. Every topic is at version 1.1 (the guide's example version).

use std::sync::LazyLock;

use crate::global_id::{Kind, MODELLED};

pub const VERSION: &str = "1.1";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topic {
    /// Position in the catalogue; the topic's global ID encodes it.
    pub index: i64,
    pub key: String,
    pub version: &'static str,
    pub description: String,
    pub kind: Kind,
}

const SPECIAL: &[(&str, Kind, &str)] = &[
    ("call/completed", Kind::Call, "A call ended."),
    ("call_recording/completed", Kind::CallRecording, "A call recording finished processing."),
    ("scenario_session/paused", Kind::ScenarioSession, "A user paused a scenario session."),
    ("scenario_session/resumed", Kind::ScenarioSession, "A user resumed a paused scenario session."),
    ("scenario_session/completed", Kind::ScenarioSession, "A user completed a scenario session."),
    (
        "scenario_session_part/completed",
        Kind::ScenarioSessionPart,
        "A user completed a part of a scenario session.",
    ),
    (
        "scenario_session_step/completed",
        Kind::ScenarioSessionStep,
        "A user completed a step of a scenario session.",
    ),
];

static CATALOGUE: LazyLock<Vec<Topic>> = LazyLock::new(|| {
    let mut out = Vec::new();
    for kind in MODELLED {
        for (event, verb) in
            [("created", "was created"), ("updated", "was updated"), ("deleted", "was deleted")]
        {
            out.push((
                format!("{}/{event}", kind.snake()),
                *kind,
                format!("{} {} {verb}.", article(kind.type_name()), kind.type_name()),
            ));
        }
    }
    for (key, kind, description) in SPECIAL {
        out.push((key.to_string(), *kind, description.to_string()));
    }
    out.into_iter()
        .enumerate()
        .map(|(i, (key, kind, description))| Topic {
            index: i as i64,
            key,
            version: VERSION,
            description,
            kind,
        })
        .collect()
});

/// Every topic, in catalogue order.
pub fn all() -> &'static [Topic] {
    &CATALOGUE
}

/// A topic by key and (optionally) version; `None` version means the newest.
pub fn find(key: &str, version: Option<&str>) -> Option<&'static Topic> {
    all().iter().find(|t| t.key == key && version.is_none_or(|v| v == t.version))
}

pub fn by_index(index: i64) -> Option<&'static Topic> {
    usize::try_from(index).ok().and_then(|i| all().get(i))
}

/// The `<type>/<event>` topic for a node change.
pub fn for_change(kind: Kind, event: &str) -> Option<&'static Topic> {
    find(&format!("{}/{event}", kind.snake()), None)
}

/// "An" before a vowel sound ("An Organization", "An Integration"), else "A" ("A User": a
/// leading U sounds "you" in every type name here).
fn article(word: &str) -> &'static str {
    if word.starts_with(['A', 'E', 'I', 'O']) { "An" } else { "A" }
}

/// The closest known key, for "did you mean" hints.
pub fn suggest(key: &str) -> Option<&'static str> {
    all()
        .iter()
        .map(|t| (strsim(key, &t.key), t.key.as_str()))
        .filter(|(d, _)| *d <= 3)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Levenshtein distance (small strings only).
fn strsim(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_has_crud_and_special_topics() {
        assert_eq!(all().len(), MODELLED.len() * 3 + SPECIAL.len());
        let t = find("scenario_session_part/created", None).unwrap();
        assert_eq!(t.kind, Kind::ScenarioSessionPart);
        assert_eq!(t.version, "1.1");
        assert!(find("scenario_session/completed", Some("1.1")).is_some());
        assert!(find("scenario_session/completed", Some("9")).is_none());
        assert!(find("user/created", None).is_some());
        assert_eq!(by_index(t.index), Some(t));
        assert_eq!(suggest("scenario_sesion/created"), Some("scenario_session/created"));
        assert_eq!(suggest("zzzzzzzzzzzzzzzz"), None);
    }
}
