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

/// `demo --keep` names a real token file and the endpoint: what it leaves can be explored.
#[test]
fn demo_keep_leaves_a_sandbox_that_can_be_explored() {
    let home = support::home();
    let tmp = home.path().join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let tmp_s = tmp.to_str().unwrap().to_string();
    let mut demo =
        support::Server::spawn(home.path(), &["-o", "json", "demo", "--keep"], &[("TMPDIR", &tmp_s)]);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let kept = loop {
        let found = demo.stdout().lines().find_map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).ok()?;
            v.get("tokenFile").is_some().then_some(v)
        });
        if let Some(v) = found {
            break v;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no export line:\n{}\n{}",
            demo.stdout(),
            demo.stderr()
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    let text = kept["text"].as_str().unwrap();
    assert!(!text.contains("TOKEN_FILE"), "{text}");
    let token_file = kept["tokenFile"].as_str().unwrap();
    assert!(text.contains(token_file), "{text}");
    let token = std::fs::read_to_string(token_file).expect("the token file exists").trim().to_string();
    let endpoint = kept["endpoint"].as_str().unwrap();
    let subs = hookctl(home.path())
        .env("HOOKCTL_ENDPOINT", endpoint)
        .env("HOOKCTL_TOKEN", &token)
        .args(["subs", "list", "-o", "json"])
        .run()
        .success()
        .stdout_json();
    assert_eq!(subs.as_array().map(Vec::len), Some(1), "{subs}");
    demo.interrupt();
    assert!(!std::path::Path::new(token_file).exists(), "cleaned up on Ctrl-C");
}
