//! Profiles, login and logout, against a scripted API (no sandbox needed).

use serde_json::json;

use crate::support::{Hookctl, Reply, Scripted, home};

/// hookctl sending operations as written: these scripted servers answer a fixed sequence and no
/// introspection (adaptation's round trip is tested in api.rs).
fn hookctl(home: &std::path::Path) -> Hookctl {
    crate::support::hookctl(home).env("HOOKCTL_ADAPT", "0")
}

const TOKEN: &str = "login-token-abcdef-123456";

fn viewer() -> Reply {
    Reply::json(json!({"data": {"viewer": {"id": "u1", "name": "Ada", "email": null,
        "organization": {"id": "o1", "name": "Acme"}}}}))
}

fn topics() -> Reply {
    Reply::json(json!({"data": {"webhookTopics": {"totalCount": 0,
        "pageInfo": {"hasNextPage": false, "endCursor": null}, "nodes": []}}}))
}

#[test]
fn login_from_stdin_saves_a_private_profile_and_commands_use_it() {
    let home = home();
    let h = home.path();
    let api = Scripted::api(vec![viewer(), topics()]);
    hookctl(h)
        .args(["login", "--endpoint", &api.url, "--token-stdin", "--profile", "work"])
        .stdin(format!("{TOKEN}\n"))
        .run()
        .success()
        .stderr_contains("as Ada (Acme)")
        .stderr_lacks(TOKEN);
    let path = h.join("config/hookctl/config.toml");
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
    hookctl(h).args(["topics", "list", "-o", "json"]).run().success().stdout_is("[]\n");
    assert_eq!(api.requests()[1].header("authorization"), Some(format!("Bearer {TOKEN}").as_str()));

    // Listing and showing profiles never prints the token.
    for args in [
        &["config", "list"][..],
        &["config", "show"],
        &["config", "show", "-o", "json"],
        &["config", "list", "-o", "json"],
    ] {
        let out = hookctl(h).args(args).run().success().never_prints(TOKEN);
        assert!((out.stdout + &out.stderr).contains("work"), "{args:?}");
    }
    let v = hookctl(h).args(["config", "show", "-o", "json"]).run().stdout_json();
    assert_eq!(v["name"], "work");
    assert_eq!(v["current"], true);
    assert_eq!(v["token"], "****56");
    assert_eq!(v["endpoint"], api.url);

    // Logout drops the token, keeps the endpoint, and commands then say how to log in.
    hookctl(h).args(["logout"]).run().success();
    let file = std::fs::read_to_string(&path).unwrap();
    assert!(!file.contains(TOKEN) && file.contains(&api.url), "{file}");
    hookctl(h)
        .args(["topics", "list"])
        .run()
        .status(10)
        .stderr_contains("not logged in")
        .stderr_contains("hookctl login --profile work");
}

#[test]
fn login_needs_a_token_source_when_not_interactive() {
    let home = home();
    hookctl(home.path())
        .args(["login", "--endpoint", "http://127.0.0.1:9/graphql"])
        .run()
        .status(2)
        .stderr_contains("--token-stdin");
    hookctl(home.path())
        .args(["login", "--token-stdin"])
        .stdin("x")
        .run()
        .status(2)
        .stderr_contains("--endpoint");
}

#[test]
fn a_rejected_login_saves_nothing() {
    let home = home();
    let api = Scripted::api(vec![Reply::status(401, "{\"errors\":[{\"message\":\"bad token\"}]}")]);
    hookctl(home.path())
        .args(["login", "--endpoint", &api.url, "--token-stdin"])
        .stdin("nope")
        .run()
        .status(7)
        .stderr_contains("bad token");
    assert!(!home.path().join("config/hookctl/config.toml").exists());
}

#[test]
fn token_env_profiles_and_overrides() {
    let home = home();
    let h = home.path();
    let api = Scripted::api(vec![viewer(), topics()]);
    hookctl(h)
        .env("MY_SCOPE_TOKEN", TOKEN)
        .args(["login", "--endpoint", &api.url, "--token-env", "MY_SCOPE_TOKEN"])
        .run()
        .success();
    let file = std::fs::read_to_string(h.join("config/hookctl/config.toml")).unwrap();
    assert!(file.contains("token_env = \"MY_SCOPE_TOKEN\"") && !file.contains(TOKEN), "{file}");

    // Without the variable, the message says which one to set.
    hookctl(h).args(["topics", "list"]).run().status(10).stderr_contains("MY_SCOPE_TOKEN");

    // HOOKCTL_TOKEN wins over the profile's source; HOOKCTL_ENDPOINT over its endpoint.
    hookctl(h)
        .env("HOOKCTL_TOKEN", "override-token")
        .env("HOOKCTL_ENDPOINT", &api.url)
        .args(["topics", "list"])
        .run()
        .success();
    assert_eq!(api.requests()[1].header("authorization"), Some("Bearer override-token"));
}

#[test]
fn profiles_by_name() {
    let home = home();
    let h = home.path();
    hookctl(h).args(["config", "set", "endpoint", "https://a.example/graphql"]).run().success();
    hookctl(h)
        .args(["--profile", "staging", "config", "set", "endpoint", "https://b.example/graphql"])
        .run()
        .success();
    hookctl(h).args(["config", "use", "staging"]).run().success();
    let v = hookctl(h).args(["config", "list", "-o", "json"]).run().stdout_json();
    let current: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["current"] == true)
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(current, ["staging"]);

    hookctl(h).args(["config", "use", "stagng"]).run().status(10).stderr_contains("did you mean staging?");
    hookctl(h).args(["config", "set", "token", "abc"]).run().status(2).stderr_contains("hookctl login");
    hookctl(h)
        .env("HOOKCTL_PROFILE", "nope")
        .args(["topics", "list"])
        .run()
        .status(10)
        .stderr_contains("no profile named \"nope\"");

    // A broken config file is a config error naming the file.
    std::fs::write(h.join("config/hookctl/config.toml"), "current = [").unwrap();
    hookctl(h).args(["config", "list"]).run().status(10).stderr_contains("config.toml");
}
