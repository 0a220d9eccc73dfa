//! `hookctl api schema|check|graphql` against a sandbox, and the client's schema adaptation
//! (`HOOKCTL_ADAPT=1`) against the sandbox and a scripted server.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::sync::{Arc, Mutex};

use serde_json::{Value, json};

use crate::support;

const TOKEN: &str = "api-test-token-0123456789";

/// A sandbox on a free port, with hookctl pointed at it.
struct Sb {
    home: tempfile::TempDir,
    _server: support::Server,
    endpoint: String,
}

impl Sb {
    fn start() -> Sb {
        let home = support::home();
        let db = home.path().join("sandbox.db");
        let args = ["sandbox", "serve", "--port", "0", "--token", TOKEN, "--db", db.to_str().unwrap()];
        let server = support::Server::start(home.path(), &args);
        let base = server.url.trim_end_matches('/').to_string();
        let endpoint = if base.ends_with("/graphql") { base } else { format!("{base}/graphql") };
        Sb { home, _server: server, endpoint }
    }

    fn run_at(&self, endpoint: &str, env: &[(&str, &str)], args: &[&str]) -> (i32, String, String) {
        run(self.home.path(), endpoint, env, args)
    }

    fn run(&self, args: &[&str]) -> (i32, String, String) {
        self.run_at(&self.endpoint, &[], args)
    }

    fn cache_files(&self) -> Vec<String> {
        let dir = self.home.path().join(".cache/hookctl/schemas");
        std::fs::read_dir(dir)
            .map(|d| d.flatten().map(|e| std::fs::read_to_string(e.path()).unwrap()).collect())
            .unwrap_or_default()
    }
}

fn run(home: &Path, endpoint: &str, env: &[(&str, &str)], args: &[&str]) -> (i32, String, String) {
    // The schema cache in the test's own home, whatever XDG_CACHE_HOME says.
    let out = support::hookctl(home)
        .env("HOOKCTL_CACHE_DIR", home.join(".cache/hookctl"))
        .env("HOOKCTL_ENDPOINT", endpoint)
        .env("HOOKCTL_TOKEN", TOKEN)
        .envs(env.iter())
        .args(args)
        .timeout(std::time::Duration::from_secs(120))
        .run();
    (out.code, out.stdout.clone(), out.stderr.clone())
}

#[test]
fn check_and_schema_on_the_sandbox() {
    let sb = Sb::start();
    let (code, out, err) = sb.run(&["api", "check", "-o", "json"]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let commands = v["commands"].as_array().unwrap();
    assert_eq!(commands.len(), 14, "{v}");
    assert!(commands.iter().all(|c| c["status"] == "works"), "{v}");

    let sentera = sb.endpoint.replace("/graphql", "/sentera/graphql");
    let (code, out, err) = sb.run_at(&sentera, &[], &["--provider", "sentera", "api", "check"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("events list") && !out.contains("cannot"), "{out}");

    let (code, sdl, err) = sb.run(&["api", "schema"]);
    assert_eq!(code, 0, "{err}");
    assert!(sdl.contains("type WebhookSubscription implements Node {"), "{sdl}");
    let (code, again, _) = sb.run(&["api", "schema", "--refresh-schema"]);
    assert_eq!((code, again), (0, sdl));
    let cached = sb.cache_files();
    assert_eq!(cached.len(), 2, "one file per endpoint");
    for c in cached {
        assert!(!c.contains(TOKEN) && !c.contains("127.0.0.1"), "the cache holds only the schema");
    }
}

#[test]
fn graphql_sends_typed_variables_and_paginates() {
    let sb = Sb::start();
    // 600 subscriptions in one request: aliased mutations.
    let mut doc = String::from("mutation {\n");
    for i in 0..600 {
        doc.push_str(&format!(
            "  s{i}: createWebhookSubscription(webhookSubscription: {{ name: \"s{i}\", topic: \"user/created\", \
             callbackUrl: \"https://127.0.0.1:9/h\", disabled: {} }}) {{ errors {{ message }} }}\n",
            i % 3 == 0
        ));
    }
    doc.push('}');
    let file = support::write(sb.home.path(), "create.graphql", &doc);
    let (code, _, err) = sb.run(&["api", "graphql", "--query-file", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");

    let q = "query($first: Int, $after: String, $disabled: Boolean) { webhookSubscriptions(first: $first, \
             after: $after, disabled: $disabled) { pageInfo { hasNextPage endCursor } nodes { id name } } }";
    let (code, out, err) = sb.run(&["api", "graphql", "--query", q, "--paginate", "-F", "first=250"]);
    assert_eq!(code, 0, "{err}");
    let pages: Vec<Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(pages.len(), 3, "{out}");
    let ids: std::collections::HashSet<_> = pages
        .iter()
        .flat_map(|p| p["data"]["webhookSubscriptions"]["nodes"].as_array().unwrap().clone())
        .map(|n| n["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 600);

    // Typed: a boolean filter and a number; the default page size (100) when `first` is not given.
    let (code, out, err) = sb.run(&["api", "graphql", "--query", q, "-F", "disabled=true", "--paginate"]);
    assert_eq!(code, 0, "{err}");
    let count: usize = out
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["data"]["webhookSubscriptions"]["nodes"]
                .as_array()
                .unwrap()
                .len()
        })
        .sum();
    assert_eq!((out.lines().count(), count), (2, 200));
    let vars = support::write(sb.home.path(), "vars.json", r#"{"first": 7, "disabled": false}"#);
    let (code, out, _) = sb.run(&["api", "graphql", "--query", q, "--variables", vars.to_str().unwrap()]);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["data"]["webhookSubscriptions"]["nodes"].as_array().unwrap().len(), 7);
    // -f sends a string: the server refuses a string where a Boolean goes.
    let (code, out, err) = sb.run(&["api", "graphql", "--query", q, "-f", "disabled=true"]);
    assert_eq!((code, out.as_str()), (6, ""), "{err}");
}

#[test]
fn graphql_errors_limits_and_usage() {
    let sb = Sb::start();
    let (code, out, err) = sb.run(&["api", "graphql", "--query", "{ nope }"]);
    assert_eq!((code, out.as_str()), (6, ""));
    assert!(err.contains("nope"), "{err}");

    let big = support::write(sb.home.path(), "big.graphql", "#".repeat(10 << 20));
    let (code, _, err) = sb.run(&["api", "graphql", "--query-file", big.to_str().unwrap()]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("limit") && err.contains("not sent"), "{err}");

    let (code, _, err) = sb.run(&["api", "graphql", "--query", "{ viewer { name } }", "--paginate"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("$after"), "{err}");
    let (code, _, err) = sb.run(&["api", "graphql", "--query", "{ viewer { name } }", "-F", "oops"]);
    assert_eq!(code, 2, "{err}");
}

/// The sandbox's answer to hookctl's introspection query (`{"data": …}`), to serve elsewhere.
fn introspection_of(sb: &Sb) -> Value {
    let source = include_str!("../../src/api/adapt/introspect.rs");
    let query = source.split("QUERY: &str = \"").nth(1).unwrap().split("\";").next().unwrap();
    let (code, out, err) = sb.run(&["api", "graphql", "--query", query]);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap()
}

/// A scripted GraphQL server: `answer` maps each request body to a reply body; every request
/// body is recorded.
struct Scripted {
    url: String,
    seen: Arc<Mutex<Vec<Value>>>,
}

impl Scripted {
    fn start(answer: impl Fn(&Value, usize) -> Value + Send + Sync + 'static) -> Scripted {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/graphql", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut len = 0usize;
                let mut line = String::new();
                while reader.read_line(&mut line).unwrap_or(0) > 0 && line != "\r\n" {
                    if let Some((k, v)) = line.trim_end().split_once(':')
                        && k.eq_ignore_ascii_case("content-length")
                    {
                        len = v.trim().parse().unwrap_or(0);
                    }
                    line.clear();
                }
                let mut body = vec![0; len];
                let _ = reader.read_exact(&mut body);
                let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
                let n = {
                    let mut log = log.lock().unwrap();
                    log.push(body.clone());
                    log.len()
                };
                let reply = answer(&body, n).to_string();
                let mut stream = stream;
                let _ = write!(
                    stream,
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{reply}",
                    reply.len()
                );
            }
        });
        Scripted { url, seen }
    }

    fn queries(&self) -> Vec<String> {
        self.seen
            .lock()
            .unwrap()
            .iter()
            .map(|b| b["query"].as_str().unwrap_or_default().to_string())
            .collect()
    }
}

#[test]
fn paginate_stops_on_a_repeated_end_cursor() {
    let home = support::home();
    let api = Scripted::start(
        |_, _| json!({"data": {"items": {"pageInfo": {"hasNextPage": true, "endCursor": "same"}, "nodes": [1]}}}),
    );
    let q = "query($after: String) { items(after: $after) { pageInfo { hasNextPage endCursor } nodes } }";
    let (code, out, err) = run(home.path(), &api.url, &[], &["api", "graphql", "--query", q, "--paginate"]);
    assert_eq!(code, 6, "{err}");
    assert!(err.contains("same endCursor"), "{err}");
    assert_eq!(out.lines().count(), 2, "{out}");
    assert_eq!(api.queries().len(), 2);
}

#[test]
fn adapted_commands_work_on_the_sandbox_and_keep_secrets_out() {
    let sb = Sb::start();
    let on = [("HOOKCTL_ADAPT", "1")];
    let secret = support::write(sb.home.path(), "secret.txt", "readable-secret-value");
    let (code, id, err) = sb.run_at(
        &sb.endpoint,
        &on,
        &[
            "subs",
            "create",
            "--name",
            "a",
            "--topic",
            "user/created",
            "--callback-url",
            "https://127.0.0.1:9/h",
            "--secret-file",
            secret.to_str().unwrap(),
            "-o",
            "ids",
            "-v",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let id = id.trim().to_string();
    assert!(!err.contains(TOKEN) && !err.contains("readable-secret"), "{err}");
    for args in [
        vec!["subs", "list", "-o", "json", "-v"],
        vec!["subs", "show", &id, "-o", "json"],
        vec!["subs", "disable", &id],
        vec!["subs", "enable", &id],
        vec!["topics", "list", "--key", "user/created", "-o", "ids"],
    ] {
        let (code, out, err) = sb.run_at(&sb.endpoint, &on, &args);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(!out.contains(TOKEN) && !err.contains(TOKEN), "{args:?}");
        assert!(!out.contains("readable-secret") && !err.contains("readable-secret"), "{args:?}");
    }
    let cached = sb.cache_files();
    assert_eq!(cached.len(), 1);
    for c in cached {
        assert!(!c.contains(TOKEN) && !c.contains("readable-secret"));
    }
}

#[test]
fn a_validation_error_refreshes_the_schema_and_retries_once() {
    let sb = Sb::start();
    let introspection = introspection_of(&sb);
    let api = Scripted::start(move |body, n| {
        let q = body["query"].as_str().unwrap_or_default();
        if q.contains("__schema") {
            introspection.clone()
        } else if n <= 2 {
            json!({"errors": [{"message": "Cannot query field \"x\" on type \"Query\"."}]})
        } else {
            json!({"data": {"viewer": {"id": "u1", "name": "Ada", "email": null, "organization": {"id": "o1", "name": "Org"}}}})
        }
    });
    let home = support::home();
    let (code, _, err) = run(
        home.path(),
        &api.url,
        &[("HOOKCTL_ADAPT", "1")],
        &["login", "--endpoint", &api.url, "--token-env", "HOOKCTL_TOKEN", "-v"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("refreshing the schema"), "{err}");
    let kinds: Vec<bool> = api.queries().iter().map(|q| q.contains("__schema")).collect();
    assert_eq!(kinds, [true, false, true, false], "introspect, fail validation, introspect, retry");
}

/// Edits the one cached schema in `sb`'s cache directory.
fn edit_cached_schema(sb: &Sb, edit: impl FnOnce(&mut Value)) {
    let dir = sb.home.path().join(".cache/hookctl/schemas");
    let files: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).collect();
    assert_eq!(files.len(), 1);
    let mut entry: Value = serde_json::from_slice(&std::fs::read(&files[0]).unwrap()).unwrap();
    edit(&mut entry["schema"]["types"]);
    std::fs::write(&files[0], entry.to_string()).unwrap();
}

fn remove_named(list: &mut Value, name: &str) {
    list.as_array_mut().unwrap().retain(|f| f["name"] != name);
}

#[test]
fn commands_adapt_to_a_server_that_lacks_fields_and_queries() {
    let sb = Sb::start();
    let on = [("HOOKCTL_ADAPT", "1")];
    assert_eq!(sb.run(&["api", "schema"]).0, 0);
    // A server without `webhookSubscription(id:)`, `webhookTopics`, the `createdAtMin` filter,
    // `disabledAt` and the viewer's `organization`: a subset of the sandbox's schema, so what hookctl sends still runs there.
    edit_cached_schema(&sb, |types| {
        let query = &mut types["Query"]["fields"];
        remove_named(query, "webhookSubscription");
        remove_named(query, "webhookTopics");
        let list =
            query.as_array_mut().unwrap().iter_mut().find(|f| f["name"] == "webhookSubscriptions").unwrap();
        remove_named(&mut list["args"], "createdAtMin");
        remove_named(&mut types["WebhookSubscription"]["fields"], "disabledAt");
        remove_named(&mut types["User"]["fields"], "organization");
    });
    let args = [
        "subs",
        "create",
        "--name",
        "a",
        "--topic",
        "user/created",
        "--callback-url",
        "https://127.0.0.1:9/h",
    ];
    let (code, out, err) = sb.run_at(&sb.endpoint, &on, &[&args[..], &["-o", "json"]].concat());
    assert_eq!(code, 0, "{err}");
    let created: Value = serde_json::from_str(&out).unwrap();
    let id = created["id"].as_str().unwrap().to_string();
    assert!(created["disabledAt"].is_null(), "shown as absent: {created}");

    let (code, out, err) = sb.run_at(&sb.endpoint, &on, &["subs", "show", &id, "-o", "json", "-v"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("node(id:) on WebhookSubscription"), "{err}");
    assert_eq!(serde_json::from_str::<Value>(&out).unwrap()["id"], id.as_str());

    let (code, out, err) =
        sb.run_at(&sb.endpoint, &on, &["subs", "list", "--created-since", "1d", "-o", "ids"]);
    assert_eq!((code, out.trim()), (0, id.as_str()), "{err}");
    assert!(err.contains("note: the server has no argument webhookSubscriptions(createdAtMin)"), "{err}");

    let (code, _, err) = sb.run_at(&sb.endpoint, &on, &["topics", "list"]);
    assert_eq!(code, 11, "{err}");
    assert!(
        err.contains("`hookctl topics list` (ListTopics) cannot work on this server")
            && err.contains("`webhookTopics`"),
        "{err}"
    );

    let (code, out, err) = sb.run_at(
        &sb.endpoint,
        &on,
        &["login", "--endpoint", &sb.endpoint, "--token-env", "HOOKCTL_TOKEN", "-o", "json"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(serde_json::from_str::<Value>(&out).unwrap()["organization"].is_null(), "absent: {out}");

    let (code, out, _) = sb.run(&["api", "check", "-o", "json"]);
    assert_eq!(code, 11);
    let v: Value = serde_json::from_str(&out).unwrap();
    let status = |name: &str| {
        v["commands"].as_array().unwrap().iter().find(|c| c["command"] == name).unwrap()["status"].clone()
    };
    assert_eq!(status("topics list"), "unworkable");
    assert_eq!(status("subscriptions show"), "adapted");
    assert_eq!(status("subscriptions enable"), "works");
    assert_eq!(status("subscriptions enable --all-disabled"), "adapted");
    assert_eq!(status("errors delete"), "works");
    assert_eq!(status("login"), "adapted");
    // --refresh-schema reads the real schema again.
    assert_eq!(sb.run(&["api", "check", "--refresh-schema"]).0, 0);
}

#[test]
fn a_page_size_limit_named_in_an_error_is_used_and_remembered() {
    let introspection = introspection_of(&Sb::start());
    let api = Scripted::start(move |body, _| {
        if body["query"].as_str().unwrap_or_default().contains("__schema") {
            return introspection.clone();
        }
        match body["variables"]["first"].as_i64() {
            Some(n) if n > 40 => {
                json!({"errors": [{"message": format!("`first` must be at most 40, got {n}")}]})
            }
            _ => json!({"data": {"webhookTopics": {"totalCount": 1,
                "pageInfo": {"hasNextPage": false, "endCursor": null},
                "nodes": [{"id": "t1", "key": "user/created", "version": "1", "description": "d", "nodeType": "User"}]}}}),
        }
    });
    let home = support::home();
    let on = [("HOOKCTL_ADAPT", "1")];
    for _ in 0..2 {
        let (code, out, err) = run(home.path(), &api.url, &on, &["topics", "list", "-o", "ids"]);
        assert_eq!((code, out.as_str()), (0, "user/created\n"), "{err}");
    }
    let firsts: Vec<Value> = api
        .seen
        .lock()
        .unwrap()
        .iter()
        .filter(|b| !b["query"].as_str().unwrap_or_default().contains("__schema"))
        .map(|b| b["variables"]["first"].clone())
        .collect();
    assert_eq!(
        firsts,
        [json!(250), json!(40), json!(40)],
        "what hookctl asks without adapting, the limit, then the remembered limit"
    );
}

#[test]
fn without_introspection_operations_go_as_written() {
    let api = Scripted::start(|body, _| {
        if body["query"].as_str().unwrap_or_default().contains("__schema") {
            return json!({"errors": [{"message": "GraphQL introspection is not allowed"}]});
        }
        json!({"data": {"webhookTopics": {"totalCount": 0,
            "pageInfo": {"hasNextPage": false, "endCursor": null}, "nodes": []}}})
    });
    let home = support::home();
    let (code, out, err) =
        run(home.path(), &api.url, &[("HOOKCTL_ADAPT", "1")], &["topics", "list", "-o", "ids"]);
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    let seen = api.seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[1]["variables"]["first"], 250, "sent as written");
}
