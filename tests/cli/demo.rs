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
    // Notes carry fields; the errors step is `errors list`'s own table; the clock step its summary.
    let in_step = |n: u64| events.iter().filter(move |e| e["event"] == "note" && e["step"] == n);
    let errors = in_step(6).find(|e| e.get("errors").is_some()).expect("the errors list note");
    let text = errors["text"].as_str().unwrap();
    assert!(text.contains("ATTEMPT") && text.contains("JOB") && text.contains("HTTP 500"), "{text}");
    assert_eq!(errors["count"], 1);
    assert!(errors["errors"][0]["jobId"].is_string() && errors["subscriptionId"].is_string(), "{errors}");
    let clock = in_step(7).find(|e| e.get("attempts").is_some() && e.get("interrupted").is_some()).unwrap();
    assert_eq!((clock["attempts"].as_i64(), clock["failed"].as_i64()), (Some(24), Some(24)), "{clock}");
    assert_eq!(clock["subscriptionsDisabled"], 1, "{clock}");
    assert!(clock["text"].as_str().unwrap().contains("Attempts   24: 0 succeeded, 24 failed"), "{clock}");
    let created = in_step(3).find(|e| e.get("webhookId").is_some()).expect("the create note");
    let text = created["text"].as_str().unwrap();
    assert!(text.contains("Webhook UUID") && text.contains(created["webhookId"].as_str().unwrap()), "{text}");
    assert!(in_step(8).any(|e| e["text"].as_str().unwrap().starts_with("enabled ") && e["ok"] == true));
    let titles: Vec<&str> =
        events.iter().filter(|e| e["event"] == "step").map(|e| e["title"].as_str().unwrap()).collect();
    for user in ["Ada Lovelace", "Alain Bloch", "Grace Hopper"] {
        assert!(titles.iter().any(|t| t.contains(user)), "{user} is introduced: {titles:?}");
    }
    assert!(titles[8].contains("Grace Hopper"), "the test toggle says whom it delivers: {titles:?}");
    let bare: Vec<&serde_json::Value> = events
        .iter()
        .filter(|e| e["event"] == "note" && e.as_object().unwrap().len() == 3)
        .filter(|e| !e["text"].as_str().unwrap().starts_with(['(', ' ', 'N']))
        .collect();
    assert!(bare.is_empty(), "notes without fields: {bare:?}");
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

/// With colour on, FAILED, SKIPPED and the disabled state are coloured.
#[test]
fn demo_colours_failed_skipped_and_disabled() {
    let home = support::home();
    let out = hookctl(home.path()).args(["--color", "always", "demo"]).run().success();
    for painted in ["\x1b[31mFAILED\x1b[0m", "\x1b[33mSKIPPED\x1b[0m", "disabled: \x1b[31mtrue\x1b[0m"] {
        assert!(out.stdout.contains(painted), "{painted:?} in:\n{}", out.stdout);
    }
    // `auto` (the default) with stdout a pipe: no colour.
    let plain = hookctl(home.path()).args(["demo"]).run().success();
    assert!(!plain.stdout.contains('\x1b') && plain.stdout.contains("FAILED"), "{}", plain.stdout);
}
