//! `hookctl demo`: the README's first command runs the whole life cycle with no configuration.

use crate::support::{self, hookctl};

#[test]
fn demo_runs_the_life_cycle_and_cleans_up() {
    let home = support::home();
    let tmp = home.path().join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let out = hookctl(home.path()).args(["-o", "json", "demo"]).env("TMPDIR", &tmp).run().success();
    let events: Vec<serde_json::Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not a JSON line ({e}): {l}")))
        .collect();
    let steps = events.iter().filter(|e| e["event"] == "step").count();
    assert_eq!(steps, 10, "{events:?}");
    let notes: Vec<&str> =
        events.iter().filter(|e| e["event"] == "note").map(|e| e["text"].as_str().unwrap()).collect();
    let has = |needle: &str| notes.iter().filter(|n| n.contains(needle)).count();
    assert_eq!(has("signature verified"), 2, "the first delivery and the test delivery: {notes:?}");
    assert_eq!(has("delivery status: SKIPPED"), 1, "{notes:?}");
    assert_eq!(has("after 25 attempts"), 1, "{notes:?}");
    assert_eq!(
        has("subscription disabled: true — disabled automatically: 25 consecutive failures"),
        1,
        "{notes:?}"
    );
    assert_eq!(has("subscription disabled: false"), 1, "{notes:?}");
    assert!(notes.iter().all(|n| !n.contains("demo-")), "the shared secret is never shown: {notes:?}");
    // Nothing is left behind in the temporary directory, and no config was needed or written.
    assert_eq!(std::fs::read_dir(&tmp).unwrap().count(), 0);
    assert!(!home.path().join("config/hookctl/config.toml").exists());
}
