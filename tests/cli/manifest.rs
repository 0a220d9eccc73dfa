//! Subscriptions as code: `export`, `plan` and `apply` against the sandbox, on both APIs.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::sandbox::Sandbox;
use crate::support::{Hookctl, Outcome, hookctl};

/// A sandbox and a directory for the manifest, with hookctl run from that directory.
struct Fixture {
    sb: Sandbox,
    dir: tempfile::TempDir,
    sentera: bool,
}

impl Fixture {
    fn scope() -> Fixture {
        Fixture { sb: Sandbox::start(), dir: tempfile::tempdir().unwrap(), sentera: false }
    }

    fn sentera() -> Fixture {
        Fixture { sb: Sandbox::start(), dir: tempfile::tempdir().unwrap(), sentera: true }
    }

    fn cmd(&self) -> Hookctl {
        let c = self.sb.cmd().current_dir(self.dir.path()).env("HOOKCTL_SECRET_USERS", "s3cret-users");
        if self.sentera {
            c.env("HOOKCTL_ENDPOINT", self.sb.endpoint.replace("/graphql", "/sentera/graphql"))
                .env("HOOKCTL_PROVIDER", "sentera")
        } else {
            c
        }
    }

    fn run(&self, args: &[&str]) -> Outcome {
        self.cmd().args(args).run()
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    fn write(&self, rel: &str, text: &str) {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap()
    }

    /// `plan -o json` with its exit code checked.
    fn plan(&self, code: i32, extra: &[&str]) -> Value {
        self.cmd().args(["plan", "-o", "json"]).args(extra).run().status(code).stdout_json()
    }
}

/// The plan's changes as `(action, key, [fields])`.
fn changes(plan: &Value) -> Vec<(String, String, Vec<String>)> {
    plan["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let fields =
                c["fields"].as_array().unwrap().iter().map(|f| f["field"].as_str().unwrap().to_string());
            (c["action"].as_str().unwrap().into(), c["key"].as_str().unwrap().into(), fields.collect())
        })
        .collect()
}

fn one(action: &str, key: &str, fields: &[&str]) -> Vec<(String, String, Vec<String>)> {
    vec![(action.into(), key.into(), fields.iter().map(|f| f.to_string()).collect())]
}

fn replace_in(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from:?} not in {}:\n{text}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// Two Scope subscriptions with every kind of field, made with `subs create`.
fn scope_subscriptions(f: &Fixture) {
    f.write("in/secret.txt", "s3cret-users");
    f.write("in/body.liquid", "{\"id\": \"{{ data.id }}\"}\n");
    f.write("in/valid.liquid", "{% if data.id %}true{% else %}false{% endif %}");
    f.write("in/error.liquid", "{% if body.error %}{{ body.error }}{% endif %}");
    f.write("in/query.graphql", "query($nodeId: ID!) { node(id: $nodeId) { id } }\n");
    f.run(&[
        "subs",
        "create",
        "--name",
        "users",
        "--topic",
        "user/created",
        "--callback-url",
        "https://127.0.0.1:9/hooks",
        "--secret-file",
        "in/secret.txt",
        "--template-file",
        "in/body.liquid",
        "--validation-template-file",
        "in/valid.liquid",
        "--error-template-file",
        "in/error.liquid",
        "--query-file",
        "in/query.graphql",
    ])
    .success();
    f.run(&[
        "subs",
        "create",
        "--name",
        "plain",
        "--topic",
        "user/updated",
        "--callback-url",
        "https://example.com/x",
    ])
    .success();
}

#[test]
fn export_then_plan_shows_nothing_and_each_edit_plans_exactly_that_change() {
    let f = Fixture::scope();
    scope_subscriptions(&f);
    f.run(&["export", "--file", "hooks.toml"]).success().never_prints("s3cret-users");
    let toml = f.read("hooks.toml");
    assert!(toml.contains("secret = { env = \"HOOKCTL_SECRET_USERS\" }\nsecret_version = 1"), "{toml}");
    assert!(toml.contains("template = { file = \"hooks/users.body.liquid\" }"), "{toml}");
    assert_eq!(f.read("hooks/users.body.liquid"), "{\"id\": \"{{ data.id }}\"}\n");
    assert!(!toml.contains("s3cret"));
    f.run(&["plan", "-f", "hooks.toml"])
        .success()
        .stdout_contains("0 to create, 0 to update")
        .stdout_contains("2 unchanged");

    let manifest = f.path("hooks.toml");
    let edits: &[(&str, &str, &str, &str)] = &[
        ("hooks.toml", "https://example.com/x", "https://example.com/y", "callback_url"),
        (
            "hooks.toml",
            "content_type = \"json\"\ncallback_url = \"https://example.com/x\"",
            "content_type = \"xml\"\ncallback_url = \"https://example.com/x\"",
            "content_type",
        ),
        ("hooks.toml", "topic = \"user/updated\"", "topic = \"user/created\"", "topic"),
        ("hooks/users.body.liquid", "{{ data.id }}", "{{ data.id }}-2", "template"),
        ("hooks/users.validation.liquid", "true", "true ", "validation_template"),
        ("hooks/users.error.liquid", "body.error }}", "body.error | upcase }}", "error_template"),
        ("hooks/users.query.graphql", "{ id }", "{ id __typename }", "query"),
        ("hooks.toml", "secret = { env = \"HOOKCTL_SECRET_USERS\" }\nsecret_version = 1\n", "", "secret"),
    ];
    for (file, from, to, field) in edits {
        let path = f.path(file);
        let before = std::fs::read_to_string(&path).unwrap();
        replace_in(&path, from, to);
        let key = if file.starts_with("hooks/") || *field == "secret" { "users" } else { "plain" };
        assert_eq!(
            changes(&f.plan(2, &["-f", "hooks.toml"])),
            one("update", key, &[field]),
            "editing {field}"
        );
        std::fs::write(&path, before).unwrap();
    }
    // Formatting the server does not distinguish is not a change.
    replace_in(&manifest, "https://example.com/x", "HTTPS://EXAMPLE.com:443/x");
    replace_in(&f.path("hooks/users.body.liquid"), "}\n", "}\r\n\n");
    f.plan(0, &["-f", "hooks.toml"]);
    // A template diff is unified.
    replace_in(&f.path("hooks/users.body.liquid"), "{{ data.id }}", "{{ data.id | upcase }}");
    f.run(&["plan", "-f", "hooks.toml"])
        .status(2)
        .stdout_contains("--- server\n      +++ manifest\n      @@ -1,1 +1,1 @@\n      -{\"id\": \"{{ data.id }}\"}\n      +{\"id\": \"{{ data.id | upcase }}\"}");
    // enabled = false plans a disable.
    replace_in(&f.path("hooks/users.body.liquid"), "{{ data.id | upcase }}", "{{ data.id }}");
    replace_in(
        &manifest,
        "callback_url = \"https://127.0.0.1:9/hooks\"",
        "callback_url = \"https://127.0.0.1:9/hooks\"\nenabled = false",
    );
    assert_eq!(changes(&f.plan(2, &["-f", "hooks.toml"])), one("update", "users", &["enabled"]));
}

#[test]
fn apply_converges_prune_guards_deletes_and_drift_is_re_enabled() {
    let f = Fixture::scope();
    f.write(
        "hooks.toml",
        "[[subscription]]\nname = \"a\"\ntopic = \"user/created\"\ncallback_url = \"https://${HOOK_HOST}/a\"\n\
         template = { file = \"a.liquid\" }\n\n[[subscription]]\nname = \"b\"\ntopic = \"user/updated\"\n\
         callback_url = \"https://example.com/b\"\ncontent_type = \"xml\"\n",
    );
    f.write("a.liquid", "{{ data.id }}");
    let run = |args: &[&str]| f.cmd().env("HOOK_HOST", "example.com").args(args).run();
    let plan = |code: i32, extra: &[&str]| {
        f.cmd()
            .env("HOOK_HOST", "example.com")
            .args(["plan", "-o", "json"])
            .args(extra)
            .run()
            .status(code)
            .stdout_json()
    };
    assert_eq!(plan(2, &[])["summary"]["create"], 2);
    // Without a terminal, apply needs --yes (and changes nothing without it).
    run(&["apply"]).status(2).stderr_contains("--yes");
    assert_eq!(plan(2, &[])["summary"]["create"], 2);
    let out = run(&["apply", "--yes"]).success();
    assert_eq!(out.stdout.lines().filter(|l| l.starts_with("created ")).count(), 2, "{}", out.stdout);
    assert_eq!(plan(0, &[])["summary"]["unchanged"], 2);
    let listed = f.sb.json(&["subs", "list"]);
    let a = listed.as_array().unwrap().iter().find(|s| s["name"] == "a").unwrap().clone();
    assert_eq!(a["callbackUrl"], "https://example.com/a");
    // An unset variable is an error before any request.
    f.cmd().args(["plan"]).run().status(3).stderr_contains("HOOK_HOST is not set");

    // Extra subscriptions are unmanaged; only --prune deletes them.
    let extra = f.sb.create("extra", "user/created", &[]);
    let p = plan(0, &[]);
    assert_eq!(p["unmanaged"][0]["id"], extra.as_str());
    run(&["apply", "--yes"]).success();
    assert_eq!(changes(&plan(2, &["--prune"])), one("delete", "extra", &[]));
    run(&["apply", "--prune", "--yes"]).success().stdout_contains(format!("deleted extra [{extra}]"));
    plan(0, &["--prune"]);

    // A subscription the server disabled is drift, with its reason; apply re-enables it.
    let a_id = a["id"].as_str().unwrap();
    f.sb.run(&["subs", "disable", a_id]).success();
    let p = plan(2, &[]);
    assert_eq!(changes(&p), one("enable", "a", &[]));
    assert!(p["changes"][0]["reason"].as_str().unwrap().contains("disabled"), "{p}");
    let results = f
        .cmd()
        .env("HOOK_HOST", "example.com")
        .args(["apply", "--yes", "-o", "json"])
        .run()
        .success()
        .stdout_json();
    assert_eq!(results[0]["action"], "enable");
    assert_eq!(results[0]["ok"], true);
    assert_eq!(f.sb.json(&["subs", "show", a_id])["disabled"], false);
    plan(0, &[]);
}

#[test]
fn secret_rotation_by_secret_version_and_saved_plans() {
    let f = Fixture::scope();
    f.write(
        "hooks.toml",
        "[[subscription]]\nname = \"users\"\ntopic = \"user/created\"\ncallback_url = \"https://example.com/u\"\n\
         secret = { env = \"HOOKCTL_SECRET_USERS\" }\nsecret_version = 1\n",
    );
    f.run(&["apply", "--yes"]).success().never_prints("s3cret-users");
    f.plan(0, &[]);
    // The version survives on the server, in a comment that renders nothing.
    let id = f.sb.json(&["subs", "list"])[0]["id"].as_str().unwrap().to_string();
    let shown = f.sb.json(&["subs", "show", &id]);
    assert_eq!(shown["hasSharedSecret"], true);
    assert_eq!(shown["errorHandlingTemplate"], "{% comment %}hookctl:secret_version=1{% endcomment %}");
    // The same version with another value is not a change (write-only: compared by version).
    f.cmd().env("HOOKCTL_SECRET_USERS", "other").args(["plan"]).run().success();
    replace_in(&f.path("hooks.toml"), "secret_version = 1", "secret_version = 2");
    let p = f.plan(2, &["--out", "plan.json"]);
    assert_eq!(changes(&p), one("update", "users", &["secret_version"]));
    assert_eq!(p["changes"][0]["fields"][0]["from"], "1");
    // A saved plan is applied only while the server matches it.
    f.sb.run(&["subs", "update", &id, "--callback-url", "https://example.com/moved"]).success();
    f.run(&["apply", "plan.json", "--yes"])
        .status(1)
        .stderr_contains("changed since the plan")
        .stderr_contains("users");
    f.run(&["plan", "--out", "plan.json"]).status(2);
    f.run(&["apply", "plan.json", "--yes"]).success().stdout_contains("updated users");
    // A manifest where a saved plan goes is named for what it is.
    f.run(&["apply", "hooks.toml", "--yes"])
        .status(3)
        .stderr_contains("is not a saved plan")
        .stderr_contains("apply it with `hookctl apply -f hooks.toml`");
    assert_eq!(
        f.sb.json(&["subs", "show", &id])["errorHandlingTemplate"],
        "{% comment %}hookctl:secret_version=2{% endcomment %}"
    );
    f.plan(0, &[]);
    f.run(&["export"]).success().stdout_contains("secret_version = 2").stdout_lacks("hookctl:secret_version");
    // `-o ids` prints the id of each subscription changed.
    replace_in(&f.path("hooks.toml"), "example.com/u\"", "example.com/u2\"");
    f.run(&["apply", "--yes", "-o", "ids"]).success().stdout_is(format!("{id}\n"));
}

#[test]
fn sentera_export_plan_apply_and_rotation() {
    let f = Fixture::sentera();
    let org = f.run(&["sandbox", "sentera", "orgs", "-o", "json"]).success().stdout_json()[0]["sentera_id"]
        .as_str()
        .unwrap()
        .to_string();
    let entry = |key: &str, callback: &str, types: &str| {
        format!(
            "\n[[subscription]]\nkey = \"{key}\"\norganization = \"{org}\"\ncallback_url = \"{callback}\"\nevent_types = {types}\n"
        )
    };
    f.write(
        "hooks.toml",
        &format!(
            "provider = \"sentera\"\n{}{}{}",
            entry("plain", "https://example.com/w", "[\"FIELD_CREATED\", \"FEATURE_SET_CREATED\"]"),
            entry("oauth", "https://example.com/o", "[\"FIELD_CREATED\"]"),
            "secret = { env = \"HOOKCTL_OAUTH_SECRET_APP\" }\nsecret_version = 1\n[subscription.oauth]\n\
             token_url = \"https://idp.example/token\"\nclient_id = \"app\"\nscope = \"webhooks\"\n"
        ),
    );
    let cmd = || f.cmd().env("HOOKCTL_OAUTH_SECRET_APP", "client-secret");
    cmd()
        .args(["apply", "--yes"])
        .run()
        .success()
        .stdout_contains("created oauth")
        .never_prints("client-secret");
    // The server does not answer OAuth settings: apply records what it sent, never the secret.
    let state = f.read("hooks.state.json");
    assert!(state.contains("\"client_id\": \"app\"") && !state.contains("client-secret"), "{state}");
    cmd().args(["plan"]).run().success().stdout_contains("2 unchanged");
    // Export writes the recorded OAuth block with a placeholder for the secret.
    std::fs::remove_file(f.path("hooks.toml")).unwrap();
    cmd().args(["export", "--file", "hooks.toml"]).run().success().never_prints("client-secret");
    let toml = f.read("hooks.toml");
    assert!(toml.contains("provider = \"sentera\"") && toml.contains("key = \"oauth\""), "{toml}");
    assert!(toml.contains("secret = { env = \"HOOKCTL_OAUTH_SECRET_APP\" }"), "{toml}");
    for line in ["token_url = \"https://idp.example/token\"", "client_id = \"app\"", "scope = \"webhooks\""] {
        assert!(toml.contains(line), "{line} not in {toml}");
    }
    assert!(!toml.contains("client-secret"), "{toml}");
    cmd().args(["plan"]).run().success().stdout_contains("2 unchanged");
    // Event type order and spelling are not changes.
    replace_in(
        &f.path("hooks.toml"),
        "[\"FEATURE_SET_CREATED\", \"FIELD_CREATED\"]",
        "[\"field-created\", \"FEATURE_SET_CREATED\"]",
    );
    cmd().args(["plan"]).run().success();
    // An edit is a replacement (Sentera has no update), field by field.
    replace_in(&f.path("hooks.toml"), "https://example.com/w\"", "https://example.com/w2\"");
    let p = cmd().args(["plan", "-o", "json"]).run().status(2).stdout_json();
    assert_eq!(p["changes"][0]["fields"][0]["field"], "callback_url");
    assert_eq!(p["changes"][0]["replace"], true);
    cmd().args(["apply", "--yes"]).run().success().stdout_contains("replaced ");
    cmd().args(["plan"]).run().success();
    // Rotation: the applied version is recorded in the local state beside the manifest.
    replace_in(&f.path("hooks.toml"), "secret_version = 1", "secret_version = 2");
    let p = cmd().args(["plan", "-o", "json"]).run().status(2).stdout_json();
    assert_eq!(p["changes"][0]["fields"][0]["field"], "secret_version");
    cmd().args(["apply", "--yes"]).run().success();
    cmd().args(["plan"]).run().success();
    assert!(f.read("hooks.state.json").contains("\"secret_version\": 2"));
    replace_in(&f.path("hooks.toml"), "client_id = \"app\"", "client_id = \"app2\"");
    let p = cmd().args(["plan", "-o", "json"]).run().status(2).stdout_json();
    assert_eq!(p["changes"][0]["fields"][0]["field"], "oauth.client_id");
    assert_eq!(p["changes"][0]["fields"][0]["to"], "app2");
    assert_eq!(p["changes"].as_array().unwrap().len(), 1);
    cmd().args(["apply", "--yes"]).run().success();
    cmd().args(["plan"]).run().success().stdout_contains("2 unchanged");
    let listed = f.run(&["subs", "list", "--org", &org, "-o", "json"]).success().stdout_json();
    assert_eq!(listed.as_array().unwrap().len(), 2, "{listed}");
    // Pruning deletes what the manifest no longer names.
    f.run(&[
        "subs",
        "create",
        "--org",
        &org,
        "--callback-url",
        "https://example.com/z",
        "--event-type",
        "FILE_CREATED",
    ])
    .success();
    cmd().args(["apply", "--prune", "--yes"]).run().success().stdout_contains("deleted ");
    cmd().args(["plan", "--prune"]).run().success();
}

#[test]
fn bad_manifests_fail_before_any_request_with_file_and_line() {
    let home = crate::support::home();
    let dir = home.path();
    // Nothing listens on this endpoint: a request would exit 4, not 3.
    let run = |toml: &str| {
        std::fs::write(dir.join("hooks.toml"), toml).unwrap();
        hookctl(dir)
            .current_dir(dir)
            .env("HOOKCTL_ENDPOINT", "http://127.0.0.1:9/graphql")
            .env("HOOKCTL_TOKEN", "t")
            .args(["plan"])
            .run()
            .status(3)
    };
    let sub = "[[subscription]]\nname = \"a\"\ntopic = \"user/created\"\ncallback_url = \"https://example.com/a\"\n";
    run(&format!("{sub}\n{sub}"))
        .stderr_contains("hooks.toml:6: two subscriptions have the key \"a\" (the first is at line 1)");
    run(&format!("{sub}calback_url = \"x\"\n"))
        .stderr_contains("hooks.toml:5")
        .stderr_contains("did you mean `callback_url`?");
    run(&format!("{sub}template = {{ file = \"missing.liquid\" }}\n"))
        .stderr_contains("hooks.toml:5: cannot read the body template file missing.liquid");
    run(&format!("{sub}secret = {{ env = \"HOOKCTL_TEST_NO_SUCH_VAR\" }}\n"))
        .stderr_contains("hooks.toml:5: the secret is unreadable");
    run(&format!("{sub}template = \"{{% if x %}}\"\n"))
        .stderr_contains("hooks.toml:5: the body template does not parse");
    run(&format!("{sub}query = \"query {{\"\n")).stderr_contains("hooks.toml:5: the query does not parse");
    run(&sub.replace("https://example.com/a", "http://example.com/a"))
        .stderr_contains("hooks.toml:4: callback_url");
    run(&format!("{sub}event_types = [\"X\"]\n"))
        .stderr_contains("`event_types` is not a field of Scope subscriptions");
    run("provider = \"sentera\"\n").stderr_contains("--provider sentera");
}

#[test]
fn unknown_topics_fail_before_any_change() {
    let f = Fixture::scope();
    f.write(
        "hooks.toml",
        "[[subscription]]\nname = \"ok\"\ntopic = \"user/created\"\ncallback_url = \"https://example.com/a\"\n\n\
         [[subscription]]\nname = \"typo\"\ntopic = \"user/craeted\"\ncallback_url = \"https://example.com/a\"\n",
    );
    f.run(&["apply", "--yes"])
        .status(3)
        .stderr_contains("hooks.toml:8: unknown topic \"user/craeted\"; did you mean user/created?");
    assert_eq!(f.sb.json(&["subs", "list"]).as_array().unwrap().len(), 0);
}
