//! Profiles, login and logout, against a scripted API (no sandbox needed).

use serde_json::{Value, json};

use crate::client_faults::{FakeApi, Reply, ok};
use crate::common;

const TOKEN: &str = "login-token-abcdef-123456";

fn viewer() -> Reply {
    ok(json!({"data": {"viewer": {"id": "u1", "name": "Ada", "email": null,
        "organization": {"id": "o1", "name": "Acme"}}}}))
}

fn topics() -> Reply {
    ok(
        json!({"data": {"webhookTopics": {"totalCount": 0, "pageInfo": {"hasNextPage": false, "endCursor": null},
        "nodes": []}}}),
    )
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn login_from_stdin_saves_a_private_profile_and_commands_use_it() {
    let home = common::home();
    let api = FakeApi::start(vec![viewer(), topics()]);
    let out = common::hookctl(home.path())
        .args(["login", "--endpoint", &api.url, "--token-stdin", "--profile", "work"])
        .write_stdin(format!("{TOKEN}\n"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("as Ada (Acme)"), "{}", text(&out.stderr));
    assert!(!text(&out.stderr).contains(TOKEN));
    let path = home.path().join("config/hookctl/config.toml");
    let file = std::fs::read_to_string(&path).unwrap();
    assert!(file.contains("current = \"work\"") && file.contains("[profiles.work]"), "{file}");
    assert!(file.contains("organization = \"Acme\""), "{file}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let reqs = api.requests();
    assert_eq!(reqs[0].header("authorization"), Some(format!("Bearer {TOKEN}").as_str()));
    assert!(reqs[0].query().contains("viewer"));

    // The current profile is used with no flags.
    let out = common::hookctl(home.path()).args(["topics", "list", "-o", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "[]\n");
    assert_eq!(api.requests()[1].header("authorization"), Some(format!("Bearer {TOKEN}").as_str()));

    // Listing and showing profiles never prints the token.
    for args in [
        &["config", "list"][..],
        &["config", "show"],
        &["config", "show", "-o", "json"],
        &["config", "list", "-o", "json"],
    ] {
        let out = common::hookctl(home.path()).args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        let all = text(&out.stdout) + &text(&out.stderr);
        assert!(!all.contains(TOKEN), "{args:?} leaked the token: {all}");
        assert!(all.contains("work"), "{all}");
    }
    let out = common::hookctl(home.path()).args(["config", "show", "-o", "json"]).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["name"], "work");
    assert_eq!(v["current"], true);
    assert_eq!(v["token"], "****56");
    assert_eq!(v["endpoint"], api.url);

    // Logout drops the token, keeps the endpoint, and commands then say how to log in.
    let out = common::hookctl(home.path()).args(["logout"]).output().unwrap();
    assert!(out.status.success());
    let file = std::fs::read_to_string(&path).unwrap();
    assert!(!file.contains(TOKEN) && file.contains(&api.url), "{file}");
    let out = common::hookctl(home.path()).args(["topics", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(10));
    assert!(
        text(&out.stderr).contains("not logged in")
            && text(&out.stderr).contains("hookctl login --profile work")
    );
}

#[test]
fn login_needs_a_token_source_when_not_interactive() {
    let home = common::home();
    let out = common::hookctl(home.path())
        .args(["login", "--endpoint", "http://127.0.0.1:9/graphql"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--token-stdin"), "{}", text(&out.stderr));
    let out =
        common::hookctl(home.path()).args(["login", "--token-stdin"]).write_stdin("x").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--endpoint"), "{}", text(&out.stderr));
}

#[test]
fn a_rejected_login_saves_nothing() {
    let home = common::home();
    let api =
        FakeApi::start(vec![Reply::Http(401, vec![], "{\"errors\":[{\"message\":\"bad token\"}]}".into())]);
    let out = common::hookctl(home.path())
        .args(["login", "--endpoint", &api.url, "--token-stdin"])
        .write_stdin("nope")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("bad token"));
    assert!(!home.path().join("config/hookctl/config.toml").exists());
}

#[test]
fn token_env_profiles_and_overrides() {
    let home = common::home();
    let api = FakeApi::start(vec![viewer(), topics()]);
    let out = common::hookctl(home.path())
        .env("MY_SCOPE_TOKEN", TOKEN)
        .args(["login", "--endpoint", &api.url, "--token-env", "MY_SCOPE_TOKEN"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let file = std::fs::read_to_string(home.path().join("config/hookctl/config.toml")).unwrap();
    assert!(file.contains("token_env = \"MY_SCOPE_TOKEN\"") && !file.contains(TOKEN), "{file}");

    // Without the variable, the message says which one to set.
    let out = common::hookctl(home.path()).args(["topics", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(10));
    assert!(text(&out.stderr).contains("MY_SCOPE_TOKEN"), "{}", text(&out.stderr));

    // HOOKCTL_TOKEN wins over the profile's source; HOOKCTL_ENDPOINT over its endpoint.
    let out = common::hookctl(home.path())
        .env("HOOKCTL_TOKEN", "override-token")
        .env("HOOKCTL_ENDPOINT", &api.url)
        .args(["topics", "list"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(api.requests()[1].header("authorization"), Some("Bearer override-token"));
}

#[test]
fn profiles_by_name() {
    let home = common::home();
    let out = common::hookctl(home.path())
        .args(["config", "set", "endpoint", "https://a.example/graphql"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = common::hookctl(home.path())
        .args(["--profile", "staging", "config", "set", "endpoint", "https://b.example/graphql"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let out = common::hookctl(home.path()).args(["config", "use", "staging"]).output().unwrap();
    assert!(out.status.success());
    let out = common::hookctl(home.path()).args(["config", "list", "-o", "json"]).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let current: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["current"] == true)
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(current, ["staging"]);

    let out = common::hookctl(home.path()).args(["config", "use", "stagng"]).output().unwrap();
    assert_eq!(out.status.code(), Some(10));
    assert!(text(&out.stderr).contains("did you mean staging?"), "{}", text(&out.stderr));

    let out = common::hookctl(home.path()).args(["config", "set", "token", "abc"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("hookctl login"));

    let out = common::hookctl(home.path())
        .env("HOOKCTL_PROFILE", "nope")
        .args(["topics", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(10));
    assert!(text(&out.stderr).contains("no profile named \"nope\""), "{}", text(&out.stderr));

    // A broken config file is a config error naming the file.
    std::fs::write(home.path().join("config/hookctl/config.toml"), "current = [").unwrap();
    let out = common::hookctl(home.path()).args(["config", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(10));
    assert!(text(&out.stderr).contains("config.toml"), "{}", text(&out.stderr));
}
