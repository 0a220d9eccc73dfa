//! `hookctl listen --subscribe`: session subscriptions on a real sandbox, delivered to through
//! the loopback relay (tests/fixtures/tunnel/relay.py) run by `--tunnel-command`; the sweep of
//! leftovers, `subs list --temporary` and `subs prune-temporary`.

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::support::Server;
use crate::support::sandbox::Sandbox;

const T: Duration = Duration::from_secs(20);

/// The relay, writing its pid to `pid_file`.
fn relay_with_pid(pid_file: &Path) -> String {
    relay_command().replace(" {port}", &format!(" --pid-file '{}' {{port}}", pid_file.display()))
}

fn kill_relay(pid_file: &Path) {
    let pid = std::fs::read_to_string(pid_file).unwrap();
    std::fs::remove_file(pid_file).unwrap();
    let _ = std::process::Command::new("kill").args(["-KILL", pid.trim()]).status();
}

fn relay_command() -> String {
    let relay = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tunnel/relay.py");
    format!("python3 '{}' {{port}}", relay.display())
}

fn hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap().trim().to_string()
}

/// `hookctl listen --subscribe …` against the sandbox, stopped with SIGTERM when dropped (so it
/// cleans up even when a test fails).
struct Listen(Server);

impl Listen {
    fn start(sb: &Sandbox, extra: &[&str]) -> Listen {
        Self::start_env(sb, extra, &[("HOOKCTL_ENDPOINT", sb.endpoint.as_str())])
    }

    /// With `env` (the endpoint, the provider) besides the sandbox's token.
    fn start_env(sb: &Sandbox, extra: &[&str], env: &[(&str, &str)]) -> Listen {
        let mut args = vec!["listen", "--port", "0", "-o", "json"];
        args.extend_from_slice(extra);
        let mut env = env.to_vec();
        env.push(("HOOKCTL_TOKEN", crate::support::sandbox::TOKEN));
        let l = Listen(Server::start_with_env(sb.home.path(), &args, &env));
        l.wait_events("subscribed", 1);
        l
    }

    /// Waits until stdout has `n` JSON lines with this `event`; answers them.
    fn wait_events(&self, event: &str, n: usize) -> Vec<Value> {
        let start = Instant::now();
        loop {
            let found = self.events(event);
            if found.len() >= n {
                return found;
            }
            assert!(
                start.elapsed() < T,
                "no {n} {event:?} events:\n{}\n{}",
                self.0.stdout(),
                self.0.stderr()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits for a stderr line starting with `prefix`; answers its rest.
    fn wait_stderr(&self, prefix: &str) -> String {
        let start = Instant::now();
        loop {
            let err = self.0.stderr();
            if let Some(l) = err.lines().find_map(|l| l.strip_prefix(prefix)) {
                return l.to_string();
            }
            assert!(start.elapsed() < T, "no {prefix:?} on stderr:\n{err}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The JSON lines on stdout with this `event`.
    fn events(&self, event: &str) -> Vec<Value> {
        self.0
            .stdout()
            .lines()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
            .filter(|v| v["event"] == event)
            .collect()
    }

    fn signal(&self, sig: &str) {
        let _ = std::process::Command::new("kill").args([sig, &self.0.child.id().to_string()]).status();
    }

    fn wait_exit(&mut self) -> std::process::ExitStatus {
        let start = Instant::now();
        loop {
            if let Ok(Some(s)) = self.0.child.try_wait() {
                std::thread::sleep(Duration::from_millis(100));
                return s;
            }
            assert!(start.elapsed() < T, "listen still runs; stderr:\n{}", self.0.stderr());
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Listen {
    fn drop(&mut self) {
        if let Ok(None) = self.0.child.try_wait() {
            self.signal("-TERM");
            let start = Instant::now();
            while matches!(self.0.child.try_wait(), Ok(None)) && start.elapsed() < Duration::from_secs(5) {
                std::thread::sleep(Duration::from_millis(20));
            }
        }
    }
}

fn temporary(sb: &Sandbox) -> Vec<Value> {
    sb.json(&["subs", "list", "--temporary"]).as_array().unwrap().clone()
}

fn wait_capture(l: &Listen) -> Value {
    let start = Instant::now();
    loop {
        let caps: Vec<Value> =
            l.0.stdout()
                .lines()
                .filter_map(|x| serde_json::from_str::<Value>(x).ok())
                .filter(|v| v.get("event").is_none())
                .collect();
        if let Some(c) = caps.into_iter().next() {
            return c;
        }
        assert!(start.elapsed() < T, "no delivery arrived:\n{}\n{}", l.0.stdout(), l.0.stderr());
        std::thread::sleep(Duration::from_millis(25));
    }
}

#[test]
fn the_sandbox_delivers_through_the_tunnel_verified_and_sigterm_removes_the_subscription() {
    let sb = Sandbox::start();
    let mut l = Listen::start(&sb, &["--subscribe", "user/created", "--tunnel-command", &relay_command()]);
    let tunnel = &l.events("tunnel")[0]["url"];
    let subscribed = &l.events("subscribed")[0];
    assert_eq!(&subscribed["url"], tunnel);
    assert_eq!(subscribed["topics"], json!(["user/created"]));
    let id = subscribed["id"].as_str().unwrap().to_string();

    let temp = temporary(&sb);
    assert_eq!(temp.len(), 1, "{temp:?}");
    assert_eq!(temp[0]["id"], id.as_str());
    assert_eq!(temp[0]["state"], "running");
    assert_eq!(temp[0]["host"], hostname().as_str());
    assert_eq!(temp[0]["pid"], l.0.child.id());
    assert_eq!(&temp[0]["callbackUrl"], tunnel);
    let shown = sb.json(&["subs", "show", &id]);
    assert_eq!(shown["name"], temp[0]["name"]);
    assert!(shown["name"].as_str().unwrap().starts_with(&format!(
        "hookctl-listen {} {} ",
        hostname(),
        l.0.child.id()
    )));
    assert_eq!(shown["hasSharedSecret"], true);

    sb.run(&["sandbox", "node", "create", "User", "--set", "name=Ada"]).success();
    let cap = wait_capture(&l);
    assert_eq!(cap["verified"], true, "signed with the fresh secret, checked by the listener: {cap}");
    assert_eq!(cap["headers"]["x-scope-topic"], "user/created");

    l.signal("-TERM");
    assert_eq!(l.wait_exit().code(), Some(0), "{}", l.0.stderr());
    assert!(l.0.stderr().contains(&format!("deleted the session subscription {id}")), "{}", l.0.stderr());
    assert_eq!(l.events("unsubscribed"), [json!({"event": "unsubscribed", "id": id})]);
    assert_eq!(temporary(&sb), Vec::<Value>::new());
    sb.run(&["subs", "show", &id]).status(8);
}

#[test]
fn a_killed_listens_subscriptions_are_swept_at_the_next_start_and_no_others() {
    let sb = Sandbox::start();
    // Not ours: another host's, a look-alike name, and a live listen's.
    let other_host = "hookctl-listen elsewhere.example 4242 2026-01-01T00:00:00Z";
    let other = sb.create(other_host, "user/created", &[]);
    let lookalike = sb.create("hookctl-listen my notes", "user/created", &[]);
    let live = Listen::start(&sb, &["--subscribe", "user/created"]);
    let live_id = live.events("subscribed")[0]["id"].as_str().unwrap().to_string();

    let mut killed = Listen::start(&sb, &["--subscribe", "user/created,user/updated", "--path", "/hooks"]);
    let stale: Vec<String> =
        killed.wait_events("subscribed", 2).iter().map(|e| e["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(stale.len(), 2);
    assert!(killed.events("subscribed")[0]["url"].as_str().unwrap().ends_with("/hooks"));
    killed.signal("-KILL");
    killed.wait_exit();
    let states: Vec<(String, String)> = temporary(&sb)
        .iter()
        .map(|t| (t["id"].as_str().unwrap().to_string(), t["state"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(states.len(), 4, "{states:?}");
    assert!(states.contains(&(stale[0].clone(), "gone".into())), "{states:?}");
    assert!(states.contains(&(other.clone(), "other host".into())), "{states:?}");
    assert!(states.contains(&(live_id.clone(), "running".into())), "{states:?}");

    let next = Listen::start(&sb, &["--subscribe", "user/created"]);
    for id in &stale {
        assert!(next.0.stderr().contains(&format!("removed {id} left behind")), "{}", next.0.stderr());
        sb.run(&["subs", "show", id]).status(8);
    }
    for id in [&other, &lookalike, &live_id] {
        sb.run(&["subs", "show", id]).success();
    }
    drop(next);
    drop(live);
}

#[test]
fn prune_temporary_removes_this_hosts_leftovers_and_with_all_hosts_everyones() {
    let sb = Sandbox::start();
    // A process of this host that is gone: a pid that ran and ended.
    let mut child = std::process::Command::new("true").spawn().unwrap();
    let dead = child.id();
    child.wait().unwrap();
    let mine =
        sb.create(&format!("hookctl-listen {} {dead} 2026-01-01T00:00:00Z", hostname()), "user/created", &[]);
    let other = sb.create("hookctl-listen elsewhere.example 4242 2026-01-01T00:00:00Z", "user/created", &[]);
    let unrelated = sb.create("users", "user/created", &[]);

    sb.run(&["subs", "prune-temporary"]).status(2).stderr_contains("--yes");
    let out = sb.json(&["subs", "prune-temporary", "--yes"]);
    assert_eq!(out.as_array().unwrap().len(), 1, "{out}");
    assert_eq!(out[0]["id"], mine.as_str());
    assert_eq!(out[0]["state"], "gone");
    sb.run(&["subs", "show", &other]).success();

    let table = sb.run(&["subs", "list", "--temporary"]).success().stdout;
    assert!(table.contains("elsewhere.example") && table.contains("other host"), "{table}");
    assert_eq!(sb.run(&["subs", "list", "--temporary", "-o", "ids"]).success().stdout, format!("{other}\n"));

    let out = sb.json(&["subs", "prune-temporary", "--all-hosts", "--yes"]);
    assert_eq!(out[0]["id"], other.as_str());
    assert_eq!(temporary(&sb), Vec::<Value>::new());
    sb.run(&["subs", "show", &unrelated]).success();
    sb.run(&["subs", "prune-temporary", "--yes"]).success().stderr_contains("No session subscriptions");
}

#[test]
fn a_tunnel_restart_points_the_subscription_at_the_new_url() {
    let sb = Sandbox::start();
    let pid_file = sb.home.path().join("relay.pid");
    let relay = relay_with_pid(&pid_file);
    let l =
        Listen::start(&sb, &["--subscribe", "user/created", "--tunnel-command", &relay, "--tunnel-restart"]);
    let id = l.events("subscribed")[0]["id"].as_str().unwrap().to_string();
    let first = l.events("tunnel")[0]["url"].as_str().unwrap().to_string();
    kill_relay(&pid_file);
    let moved = l.wait_stderr("resubscribed: ");
    let now = sb.json(&["subs", "show", &id])["callbackUrl"].as_str().unwrap().to_string();
    assert_ne!(now, first);
    assert!(moved.ends_with(&now), "{moved} vs {now}");
    sb.run(&["sandbox", "node", "create", "User", "--set", "name=Grace"]).success();
    assert_eq!(wait_capture(&l)["verified"], true);
}

#[test]
fn tunnel_death_removes_the_subscription_before_listen_exits() {
    let sb = Sandbox::start();
    let pid_file = sb.home.path().join("relay.pid");
    let mut l =
        Listen::start(&sb, &["--subscribe", "user/created", "--tunnel-command", &relay_with_pid(&pid_file)]);
    let id = l.events("subscribed")[0]["id"].as_str().unwrap().to_string();
    kill_relay(&pid_file);
    assert_eq!(l.wait_exit().code(), Some(4), "{}", l.0.stderr());
    assert!(l.0.stderr().contains(&format!("deleted the session subscription {id}")), "{}", l.0.stderr());
    sb.run(&["subs", "show", &id]).status(8);
}

#[test]
fn sentera_session_subscriptions_are_tagged_in_the_callback_url() {
    let sb = Sandbox::start();
    let sentera = sb.endpoint.replace("/graphql", "/sentera/graphql");
    let env = [("HOOKCTL_ENDPOINT", sentera.as_str()), ("HOOKCTL_PROVIDER", "sentera")];
    let run = |args: &[&str]| sb.cmd().envs(&env).args(args).run();
    let org = run(&["sandbox", "sentera", "orgs", "-o", "json"]).success().stdout_json()[0]["sentera_id"]
        .as_str()
        .unwrap()
        .to_string();
    let mut l = Listen::start_env(&sb, &["--subscribe", "field_created", "--org", &org], &env);
    let made = &l.events("subscribed")[0];
    assert_eq!(made["topics"], json!(["FIELD_CREATED"]));
    let url = made["url"].as_str().unwrap();
    assert!(url.contains("?hookctl-listen=hookctl-listen+"), "{url}");
    let temp = run(&["subs", "list", "--temporary", "--org", &org, "-o", "json"]).success().stdout_json();
    assert_eq!(temp[0]["id"], made["id"]);
    assert_eq!(temp[0]["state"], "running");
    run(&["sandbox", "sentera", "emit", "FIELD_CREATED", "--org", &org]).success();
    let cap = wait_capture(&l);
    assert_eq!(cap["body"].as_str().map(|b| b.contains("FIELD_CREATED")), Some(true), "{cap}");
    l.signal("-TERM");
    assert_eq!(l.wait_exit().code(), Some(0), "{}", l.0.stderr());
    let temp = run(&["subs", "list", "--temporary", "--org", &org, "-o", "json"]).success().stdout_json();
    assert_eq!(temp, json!([]));
    run(&["listen", "--port", "0", "--subscribe", "NOPE", "--org", &org]).status(2);
}

#[test]
fn from_copies_the_topic_content_type_query_and_templates() {
    let sb = Sandbox::start();
    let dir = sb.home.path();
    let query = crate::support::sandbox::write(dir, "q.graphql", "query($id: ID!) { node(id: $id) { id } }");
    let body = crate::support::sandbox::write(dir, "t.liquid", "{{ data.node.id }}");
    let check = crate::support::sandbox::write(dir, "v.liquid", "true");
    let from = sb.create(
        "users",
        "user/created",
        &[
            "--content-type",
            "xml",
            "--query-file",
            &query,
            "--template-file",
            &body,
            "--validation-template-file",
            &check,
        ],
    );
    let l = Listen::start(&sb, &["--from", &from]);
    let id = l.events("subscribed")[0]["id"].as_str().unwrap().to_string();
    let (orig, copy) = (sb.json(&["subs", "show", &from]), sb.json(&["subs", "show", &id]));
    for field in
        ["topic", "contentType", "query", "template", "dataValidationTemplate", "errorHandlingTemplate"]
    {
        assert_eq!(copy[field], orig[field], "{field}");
    }
    assert_ne!(copy["callbackUrl"], orig["callbackUrl"]);
    assert!(copy["name"].as_str().unwrap().starts_with("hookctl-listen "));
}

/// Linux's PR_SET_PDEATHSIG: a tool that would otherwise sleep on outlives no `kill -9`.
#[cfg(target_os = "linux")]
#[test]
fn a_killed_listen_takes_its_tunnel_tool_along() {
    let sb = Sandbox::start();
    let pid_file = sb.home.path().join("tool.pid");
    let tool = format!(
        "python3 -c 'import os, time; open(\"{}\", \"w\").write(str(os.getpid())); print(\"up at http://127.0.0.1:1/\", flush=True); time.sleep(60)'",
        pid_file.display()
    );
    let mut l = Listen::start(&sb, &["--subscribe", "user/created", "--tunnel-command", &tool]);
    let pid = std::fs::read_to_string(&pid_file).unwrap();
    let proc = format!("/proc/{}", pid.trim());
    assert!(Path::new(&proc).exists());
    l.signal("-KILL");
    l.wait_exit();
    let start = Instant::now();
    while std::fs::read_to_string(format!("{proc}/stat")).is_ok_and(|s| !s.contains(") Z")) {
        assert!(start.elapsed() < Duration::from_secs(5), "the tool outlived hookctl");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(temporary(&sb)[0]["state"], "gone", "left for the next start's sweep");
}

#[test]
fn usage_errors_come_before_anything_starts() {
    let sb = Sandbox::start();
    sb.run(&["listen", "--port", "0", "--subscribe", "user/created", "--from", "x"]).status(2);
    sb.run(&["listen", "--port", "0", "--subscribe", "user/created", "--org", "o"]).status(2);
    sb.run(&["listen", "--port", "0", "--from", "bm9uZQ=="]).status(8);
    crate::support::hookctl(sb.home.path())
        .args(["listen", "--port", "0", "--subscribe", "user/created"])
        .run()
        .status(10)
        .stderr_contains("no API endpoint")
        .stderr_lacks("listening on");
    assert_eq!(temporary(&sb), Vec::<Value>::new());
}
