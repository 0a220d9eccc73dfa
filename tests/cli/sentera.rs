//! Sentera's API: the sandbox's `/sentera/graphql` and hookctl's commands with `--provider sentera`.

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::support::sandbox::{Api, Sandbox, TOKEN};
use crate::support::{self, Hookctl, Outcome, Reply, Scripted, Server};

const T: Duration = Duration::from_secs(20);

/// The document's example, character for character.
const DOC_EXAMPLE: &str = r#"mutation CreateWebhookSubscription {
  create_webhook_subscription(organization_sentera_id: "6aeagny_OR_w3njAcmeGrand_CV_deve_ef64a0fce_220112_111024", callback_url: "https://example.com/webhooks", event_types: [FEATURE_SET_CREATED]) {
  sentera_id
  event_types
  callback_url
  }
}"#;
const DOC_ORG: &str = "6aeagny_OR_w3njAcmeGrand_CV_deve_ef64a0fce_220112_111024";

/// A sandbox, with hookctl pointed at its Sentera endpoint.
struct Sentera {
    sb: Sandbox,
    url: String,
}

impl Sentera {
    fn start() -> Sentera {
        Self::start_with(&[])
    }

    fn start_with(extra: &[&str]) -> Sentera {
        let sb = Sandbox::start_with(extra);
        let url = sb.endpoint.replace("/graphql", "/sentera/graphql");
        Sentera { sb, url }
    }

    /// `hookctl` with the sandbox's token and this Sentera endpoint.
    fn cmd(&self) -> Hookctl {
        self.sb.cmd().env("HOOKCTL_ENDPOINT", &self.url).env("HOOKCTL_PROVIDER", "sentera")
    }

    fn run(&self, args: &[&str]) -> Outcome {
        self.cmd().args(args).run()
    }

    fn run_env(&self, args: &[&str], env: &[(&str, &str)]) -> Outcome {
        self.cmd().envs(env).args(args).run()
    }

    fn ok(&self, args: &[&str]) -> String {
        self.run(args).success().stdout
    }

    fn json(&self, args: &[&str]) -> Value {
        self.cmd().args(args).args(["-o", "json"]).run().success().stdout_json()
    }

    /// The default root organization's sentera_id.
    fn root(&self) -> String {
        self.json(&["sandbox", "sentera", "orgs"])[0]["sentera_id"].as_str().unwrap().to_string()
    }

    fn create_org(&self, name: &str, parent: Option<&str>) -> String {
        let mut args = vec!["sandbox", "sentera", "create-org", name, "-o", "ids"];
        if let Some(p) = parent {
            args.extend(["--parent", p]);
        }
        self.ok(&args).trim().to_string()
    }

    fn create_sub(&self, org: &str, url: &str, types: &[&str], extra: &[&str]) -> String {
        let mut args = vec!["subscriptions", "create", "--org", org, "--callback-url", url, "--allow-http"];
        for t in types {
            args.extend(["--event-type", t]);
        }
        args.extend_from_slice(extra);
        args.extend(["-o", "ids"]);
        self.ok(&args).trim().to_string()
    }

    fn events(&self, sub: &str, extra: &[&str]) -> Vec<Value> {
        let mut args = vec!["events", "list", sub];
        args.extend_from_slice(extra);
        self.json(&args).as_array().unwrap().clone()
    }

    /// POSTs a raw GraphQL document; answers the whole response (data and errors).
    fn post(&self, query: &str) -> Value {
        Api::new(&self.url, TOKEN).post(Some(TOKEN), &json!({ "query": query }).to_string()).1
    }
}

fn wait_until(what: &str, mut f: impl FnMut() -> bool) {
    let start = Instant::now();
    while !f() {
        assert!(start.elapsed() < T, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn the_documents_example_is_answered_in_its_shape() {
    let s = Sentera::start();
    let org = s.ok(&["sandbox", "sentera", "create-org", "Acme Grand", "--id", DOC_ORG, "-o", "ids"]);
    assert_eq!(org.trim(), DOC_ORG);
    let v = s.post(DOC_EXAMPLE);
    assert!(v.get("errors").is_none(), "{v}");
    let created = &v["data"]["create_webhook_subscription"];
    let keys: Vec<&str> = created.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["sentera_id", "event_types", "callback_url"]);
    assert_eq!(created["event_types"], json!(["FEATURE_SET_CREATED"]));
    assert_eq!(created["callback_url"], "https://example.com/webhooks");
    let id = created["sentera_id"].as_str().unwrap();
    let parts: Vec<&str> = id.split('_').collect();
    assert_eq!((parts[0].len(), parts[1]), (7, "WS"), "{id}");
    // The typed client sees it.
    let listed = s.json(&["subscriptions", "list", "--org", DOC_ORG]);
    assert_eq!(listed[0]["sentera_id"], id);
    // An unknown organization is a NOT_FOUND error.
    let v = s.post(&DOC_EXAMPLE.replace(DOC_ORG, "nope_OR_x"));
    assert_eq!(v["errors"][0]["extensions"]["code"], "NOT_FOUND", "{v}");
}

#[test]
fn subscriptions_list_show_create_delete() {
    let s = Sentera::start();
    let root = s.root();
    let child = s.create_org("Farm 7", Some(&root));
    let orgs = s.json(&["sandbox", "sentera", "orgs"]);
    assert_eq!(orgs[1]["parent"]["sentera_id"], root.as_str());

    // Repeated and comma-separated --event-type, lower-case and dashes accepted.
    let a = s.create_sub(
        &root,
        "https://example.com/a",
        &["feature-set-created,FIELD_CREATED", "FIELD_CREATED"],
        &[],
    );
    let b = s.create_sub(&child, "https://example.com/b", &["SURVEY_CREATED"], &[]);
    let shown = s.json(&["subscriptions", "show", &a]);
    assert_eq!(shown["event_types"], json!(["FEATURE_SET_CREATED", "FIELD_CREATED"]));
    // The document's WebhookSubscription has no organization, authentication or creation time:
    // `show` reads none of them (absent); a listing knows the organization it asked for.
    assert_eq!(shown["organization_sentera_id"], Value::Null);
    assert_eq!(shown["authentication"], Value::Null);
    assert_eq!(shown["created_at"], Value::Null);
    let Outcome { stdout: text, .. } = s.run(&["subscriptions", "show", &a]).success();
    assert!(
        text.contains("FEATURE_SET_CREATED, FIELD_CREATED") && text.contains("https://example.com/a"),
        "{text}"
    );

    // Listing a parent says that events do not bubble up; a leaf does not.
    let listed = s
        .run(&["subscriptions", "list", "--org", &root, "-o", "json"])
        .success()
        .stderr_contains("do not bubble up")
        .stdout_json();
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["sentera_id"], a.as_str());
    assert_eq!(listed[0]["organization_sentera_id"], root.as_str());
    let listed =
        s.run(&["subscriptions", "list", "--org", &child, "-o", "ids"]).success().stderr_lacks("bubble");
    assert_eq!(listed.stdout.trim(), b.as_str());
    let Outcome { stdout: table, .. } = s.run(&["subscriptions", "list", "--org", &child]);
    assert!(table.contains("SURVEY_CREATED"), "{table}");

    // Delete: one at a time needs --yes off a terminal; a missing one is exit 8.
    s.run(&["subscriptions", "delete", &b]).status(2);
    assert_eq!(s.ok(&["subscriptions", "delete", &b, "--yes", "-o", "ids"]).trim(), b);
    s.run(&["subscriptions", "show", &b]).status(8).stderr_contains("not found");
    s.run(&["subscriptions", "delete", &b, "--yes"]).status(8);
    let results = s.run(&["subscriptions", "delete", &a, &b, "--yes", "-o", "json"]).status(9).stdout_json();
    assert_eq!(results[0]["deleted"], true);
    assert_eq!(results[1]["deleted"], false);
    assert_eq!(s.json(&["subscriptions", "list", "--org", &root]), json!([]));
}

#[test]
fn flags_and_commands_one_api_cannot_do_say_so() {
    let s = Sentera::start();
    let root = s.root();
    let sub = s.create_sub(&root, "https://example.com/a", &["FIELD_CREATED"], &[]);
    for (args, needle) in [
        (vec!["subscriptions", "enable", sub.as_str()], "no enabled/disabled state"),
        (vec!["subscriptions", "disable", sub.as_str()], "no enabled/disabled state"),
        (vec!["subscriptions", "update", sub.as_str(), "--name", "x"], "cannot be changed"),
        (vec!["subscriptions", "test", sub.as_str()], "no test delivery"),
        (
            vec!["subscriptions", "list", "--org", root.as_str(), "--topic", "user/created"],
            "--topic is an option of Scope's API",
        ),
        (vec!["subscriptions", "list"], "pass --org"),
        (
            vec![
                "subscriptions",
                "create",
                "--org",
                root.as_str(),
                "--callback-url",
                "https://x",
                "--event-type",
                "FEATURE_SET_CRATED",
            ],
            "did you mean FEATURE_SET_CREATED",
        ),
        (
            vec!["subscriptions", "create", "--org", root.as_str(), "--callback-url", "https://x"],
            "missing --event-type",
        ),
        (
            vec![
                "subscriptions",
                "create",
                "--org",
                root.as_str(),
                "--callback-url",
                "http://x.example",
                "--event-type",
                "FIELD_CREATED",
            ],
            "not https",
        ),
        (
            vec![
                "subscriptions",
                "create",
                "--org",
                root.as_str(),
                "--callback-url",
                "https://x",
                "--event-type",
                "FIELD_CREATED",
                "--name",
                "n",
            ],
            "--name is an option of Scope's API",
        ),
        (
            vec![
                "subscriptions",
                "create",
                "--org",
                root.as_str(),
                "--callback-url",
                "https://x",
                "--event-type",
                "FIELD_CREATED",
                "--oauth-client-id",
                "app",
            ],
            "both --oauth-token-url and --oauth-client-id",
        ),
        (
            vec![
                "subscriptions",
                "create",
                "--org",
                root.as_str(),
                "--callback-url",
                "https://x",
                "--event-type",
                "FIELD_CREATED",
                "--oauth-client-id",
                "app",
                "--oauth-token-url",
                "https://idp.example/token",
            ],
            "needs the client secret",
        ),
        (vec!["events", "list", sub.as_str(), "--status", "done"], "PENDING, DELIVERED, FAILED"),
    ] {
        s.run(&args).status(2).stderr_contains(needle);
    }
    // Scope's API selected: Sentera's flags and `events list` are refused.
    s.run_env(&["subscriptions", "list", "--org", &root], &[("HOOKCTL_PROVIDER", "scope")])
        .status(2)
        .stderr_contains("--org is an option of Sentera's API");
    let Outcome { stderr: err, .. } =
        s.run_env(&["events", "list", &sub], &[("HOOKCTL_PROVIDER", "scope")]).status(2);
    assert!(err.contains("not available with Scope's API") && err.contains("errors list"), "{err}");
    // The secret on the command line works, with a warning.
    s.run(&[
        "subscriptions",
        "create",
        "--org",
        &root,
        "--callback-url",
        "https://example.com/w",
        "--event-type",
        "FIELD_CREATED",
        "--oauth-token-url",
        "https://idp.example/token",
        "--oauth-client-id",
        "app",
        "--oauth-client-secret",
        "shh-secret",
    ])
    .success()
    .stderr_contains("warning: --oauth-client-secret puts the secret where other processes can see it")
    .stderr_lacks("shh-secret");
    // An unknown organization is exit 8.
    s.run(&["subscriptions", "list", "--org", "nope_OR_x"]).status(8);
}

#[test]
fn a_profile_selects_sentera_and_its_organization() {
    let s = Sentera::start();
    let root = s.root();
    let dir = s.sb.home.path().join("config/hookctl");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("config.toml"),
        format!(
            "[profiles.default]\nendpoint = \"{}\"\nprovider = \"sentera\"\norganization = \"{root}\"\n",
            s.url
        ),
    )
    .unwrap();
    let v = support::hookctl(s.sb.home.path())
        .env("HOOKCTL_TOKEN", TOKEN)
        .args([
            "subscriptions",
            "create",
            "--callback-url",
            "https://example.com/p",
            "--event-type",
            "FILE_CREATED",
            "-o",
            "json",
        ])
        .run()
        .success()
        .stdout_json();
    assert_eq!(v["organization_sentera_id"], root.as_str());
    let out = support::hookctl(s.sb.home.path())
        .env("HOOKCTL_TOKEN", TOKEN)
        .args(["subscriptions", "list", "-o", "ids"])
        .run();
    assert_eq!(out.stdout.trim(), v["sentera_id"].as_str().unwrap());
}

#[test]
fn events_filter_by_status_type_and_dates_and_paginate() {
    // 1000x clock: the retries (10 s, 60 s) come within a second.
    let s = Sentera::start_with(&["--time-scale", "1000"]);
    let root = s.root();
    let other = s.create_org("Other", Some(&root));
    let rx = Scripted::receiver(vec![Reply::ok(), Reply::ok(), Reply::status(500, "nope")]);
    let sub = s.create_sub(&root, &rx.url, &["FEATURE_SET_CREATED", "FIELD_CREATED"], &[]);
    s.ok(&["sandbox", "sentera", "emit", "FEATURE_SET_CREATED", "--org", &root, "--count", "3"]);
    s.ok(&[
        "sandbox",
        "sentera",
        "emit",
        "field-created",
        "--org",
        &root,
        "--count",
        "2",
        "--resource",
        "fld_1",
    ]);
    // Not subscribed, and another organization (no bubbling): no events.
    s.ok(&["sandbox", "sentera", "emit", "SURVEY_CREATED", "--org", &root]);
    let Outcome { stderr: err, .. } =
        s.run(&["sandbox", "sentera", "emit", "FIELD_CREATED", "--org", &other]);
    assert!(err.contains("nothing will be delivered"), "{err}");
    wait_until("every event to settle", || {
        s.events(&sub, &["--all"]).iter().all(|e| e["status"] != "PENDING")
    });
    let all = s.events(&sub, &["--all", "--page-size", "2"]);
    assert_eq!(all.len(), 5);
    assert_eq!(s.events(&sub, &["--status", "delivered"]).len(), 2);
    let failed = s.events(&sub, &["--status", "FAILED"]);
    assert_eq!(failed.len(), 3);
    assert!(failed.iter().all(|e| e["attempts"] == 3 && e["last_response_status"] == 500), "{failed:?}");
    let fields = s.events(&sub, &["--event-type", "FIELD_CREATED"]);
    assert_eq!(fields.len(), 2);
    assert!(fields.iter().all(|e| e["resource_sentera_id"] == "fld_1"));
    assert_eq!(
        s.events(&sub, &["--event-type", "FIELD_CREATED", "--status", "delivered"]).len()
            + s.events(&sub, &["--event-type", "FIELD_CREATED", "--status", "failed"]).len(),
        2
    );
    // Dates: everything is within the last day (sandbox clock runs ahead, so --until is far out).
    assert_eq!(s.events(&sub, &["--since", "1d"]).len(), 5);
    assert_eq!(s.events(&sub, &["--until", "2000-01-01"]).len(), 0);
    assert_eq!(s.events(&sub, &["--since", "2999-01-01T00:00:00Z"]).len(), 0);
    assert_eq!(s.events(&sub, &["--since", "2000-01-01", "--until", "2999-01-01"]).len(), 5);
    // Pages: 5 events by 2.
    let p1 = s.events(&sub, &["--page-size", "2"]);
    let p3 = s.events(&sub, &["--page-size", "2", "--page", "3"]);
    assert_eq!((p1.len(), p3.len()), (2, 1));
    let ids: Vec<&Value> = all.iter().map(|e| &e["sentera_id"]).collect();
    assert_eq!(&p1[0]["sentera_id"], ids[0]);
    assert_eq!(&p3[0]["sentera_id"], ids[4]);
    s.run(&["events", "list", &sub, "--page-size", "2"])
        .success()
        .stderr_contains("page 1 of 3 (5 events match); next: --page 2");
    s.run(&["events", "list", &sub, "--page-size", "251"]).status(2);
    s.run(&["events", "list", "nope_WS_x"]).status(8);
    // Deliveries carry the sandbox's payload.
    let body: Value = serde_json::from_slice(&rx.requests()[0].body).unwrap();
    assert_eq!(body["webhook_subscription_sentera_id"], sub.as_str());
    assert_eq!(body["organization_sentera_id"], root.as_str());
    assert_eq!(rx.requests()[0].header("authorization"), None);
}

#[test]
fn event_ages_count_back_from_the_sandbox_clock() {
    let s = Sentera::start();
    let root = s.root();
    let rx = Scripted::receiver(vec![Reply::ok()]);
    let sub = s.create_sub(&root, &rx.url, &["FEATURE_SET_CREATED"], &[]);
    s.ok(&["sandbox", "sentera", "emit", "FEATURE_SET_CREATED", "--org", &root]);
    wait_until("the event to be delivered", || {
        s.events(&sub, &[]).iter().any(|e| e["status"] == "DELIVERED")
    });
    assert_eq!(s.events(&sub, &["--since", "1h"]).len(), 1);
    // Two days later on the sandbox clock (this machine's clock has hardly moved): the event is
    // two days old, as its records say.
    s.sb.cmd().args(["sandbox", "clock", "advance", "2d"]).run().success();
    assert_eq!(s.events(&sub, &["--since", "1h"]).len(), 0);
    assert_eq!(s.events(&sub, &["--since", "3d"]).len(), 1);
    assert_eq!(s.events(&sub, &["--until", "1d"]).len(), 1);
    // A bad age is refused before anything is sent.
    s.run(&["events", "list", &sub, "--since", "3 fortnights"]).status(2);
}

#[test]
fn oauth_token_request_is_client_credentials_and_the_token_is_the_bearer() {
    let s = Sentera::start();
    let root = s.root();
    let idp = Scripted::receiver(vec![
        Reply::status(200, r#"{"access_token":"tkn-42","token_type":"Bearer","expires_in":3600}"#)
            .header("Content-Type", "application/json"),
    ]);
    let hook = Scripted::receiver(vec![Reply::ok()]);
    let home = s.sb.home.path();
    let secret = support::write(home, "cs.txt", "s3cret value&=\n");
    let sub = s.create_sub(
        &root,
        &hook.url,
        &["FEATURE_SET_CREATED"],
        &[
            "--oauth-token-url",
            &idp.url,
            "--oauth-client-id",
            "app",
            "--oauth-client-secret-file",
            secret.to_str().unwrap(),
            "--oauth-scope",
            "webhooks:write",
        ],
    );
    // The API never returns the authentication (not in the document): show has none, and the
    // secret is nowhere.
    let shown = s.json(&["subscriptions", "show", &sub]);
    assert_eq!(shown["authentication"], Value::Null);
    assert!(!shown.to_string().contains("s3cret"));
    s.ok(&["sandbox", "sentera", "emit", "FEATURE_SET_CREATED", "--org", &root, "--count", "2"]);
    wait_until("two deliveries", || hook.requests().len() >= 2);
    let token_reqs = idp.requests();
    assert_eq!(token_reqs.len(), 1, "the token is reused until it expires");
    let t = &token_reqs[0];
    assert_eq!(t.method, "POST");
    assert_eq!(t.header("content-type"), Some("application/x-www-form-urlencoded"));
    let form: Vec<(String, String)> = url::form_urlencoded::parse(&t.body).into_owned().collect();
    assert_eq!(
        form,
        [
            ("grant_type".to_string(), "client_credentials".to_string()),
            ("client_id".into(), "app".into()),
            ("client_secret".into(), "s3cret value&=".into()),
            ("scope".into(), "webhooks:write".into()),
        ]
    );
    for r in hook.requests() {
        assert_eq!(r.header("authorization"), Some("Bearer tkn-42"));
        assert_eq!(r.header("content-type"), Some("application/json"));
    }
    wait_until("both delivered", || s.events(&sub, &["--status", "delivered"]).len() == 2);
}

#[test]
fn oauth_flow_end_to_end_with_the_listener() {
    let s = Sentera::start();
    let root = s.root();
    let listener = Server::start_with_env(
        s.sb.home.path(),
        &[
            "listen",
            "--port",
            "0",
            "--path",
            "/hooks",
            "-o",
            "json",
            "--oauth-token-endpoint",
            "--oauth-client-id",
            "app",
            "--oauth-client-secret-env",
            "CS",
        ],
        &[("CS", "client-secret")],
    );
    let base = listener.url.trim_end_matches("/hooks").to_string();
    let token_url = format!("{base}/oauth/token");
    let secret = support::write(s.sb.home.path(), "cs", "client-secret\n");
    let good = s.create_sub(
        &root,
        &listener.url,
        &["FEATURE_SET_CREATED"],
        &[
            "--oauth-token-url",
            &token_url,
            "--oauth-client-id",
            "app",
            "--oauth-client-secret-file",
            secret.to_str().unwrap(),
        ],
    );
    let out = s
        .cmd()
        .env("BAD", "wrong")
        .args([
            "subscriptions",
            "create",
            "--org",
            &root,
            "--callback-url",
            &listener.url,
            "--allow-http",
            "--event-type",
            "FIELD_CREATED",
            "--oauth-token-url",
            &token_url,
            "--oauth-client-id",
            "app",
            "--oauth-client-secret-env",
            "BAD",
            "-o",
            "ids",
        ])
        .run()
        .success();
    let bad = out.stdout.trim().to_string();
    s.run_env(
        &[
            "subscriptions",
            "create",
            "--org",
            &root,
            "--callback-url",
            &listener.url,
            "--allow-http",
            "--event-type",
            "FIELD_CREATED",
        ],
        &[],
    )
    .success();
    s.ok(&["sandbox", "sentera", "emit", "FEATURE_SET_CREATED", "--org", &root]);
    s.ok(&["sandbox", "sentera", "emit", "FIELD_CREATED", "--org", &root]);
    wait_until("the delivery with a token", || s.events(&good, &["--status", "delivered"]).len() == 1);
    let line = listener.wait_stdout_lines(1, T);
    let captures: Vec<Value> = line.iter().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(
        captures.iter().any(|c| c["status"] == 200
            && c["headers"]["authorization"].as_str().is_some_and(|a| a.starts_with("Bearer "))),
        "{captures:?}"
    );
    // The wrong secret gets no token: the event records why and no delivery is made.
    wait_until("the failed token request", || {
        s.events(&bad, &[]).first().is_some_and(|e| e["attempts"] == 1)
    });
    let e = &s.events(&bad, &[])[0];
    assert_eq!(e["status"], "PENDING");
    assert!(e["last_error"].as_str().unwrap().contains("could not obtain an OAuth token"), "{e}");
    assert!(e["last_error"].as_str().unwrap().contains("401"), "{e}");
    // Without OAuth the listener refuses the delivery (401).
    wait_until("the 401", || listener.stdout().lines().any(|l| l.contains("\"status\":401")));
}

/// The committed `graphql/sentera/schema.graphql` must be what the server exports.
/// Regenerate with: `HOOKCTL_UPDATE_SCHEMA=1 cargo test schema`.
#[test]
fn committed_sentera_schema_is_the_servers() {
    let home = support::home();
    let out = support::hookctl(home.path()).args(["sandbox", "sentera", "schema"]).run().success();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("graphql/sentera/schema.graphql");
    if std::env::var_os("HOOKCTL_UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &out.stdout_bytes).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap();
    assert!(
        committed == out.stdout,
        "graphql/sentera/schema.graphql differs from `hookctl sandbox sentera schema`; regenerate with HOOKCTL_UPDATE_SCHEMA=1 cargo test schema"
    );
}

#[test]
fn login_with_provider_sentera_saves_a_sentera_profile() {
    let s = Sentera::start();
    let root = s.root();
    support::hookctl(s.sb.home.path())
        .args(["login", "--endpoint", &s.url, "--provider", "sentera", "--token-stdin"])
        .stdin(format!("{TOKEN}\n"))
        .run()
        .success()
        .stderr_contains(format!("default --org {root}"));
    let config = std::fs::read_to_string(s.sb.home.path().join("config/hookctl/config.toml")).unwrap();
    assert!(config.contains("provider = \"sentera\"") && config.contains(&root), "{config}");
    // No environment: the profile alone selects Sentera's API and the organization.
    let out =
        support::hookctl(s.sb.home.path()).args(["subscriptions", "list", "-o", "json"]).run().success();
    assert_eq!(out.stdout.trim(), "[]");
    // A wrong token is refused before anything is saved.
    support::hookctl(s.sb.home.path())
        .args(["login", "--profile", "bad", "--endpoint", &s.url, "--provider", "sentera", "--token-stdin"])
        .stdin("nope\n")
        .run()
        .status(7);
}
