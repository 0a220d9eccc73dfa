//! `hookctl listen --tunnel…`, offline: a loopback relay (tests/fixtures/tunnel/relay.py) plays
//! the tunnel tool, through `--tunnel-command` and as stand-in `cloudflared`, `ngrok` and `bore`
//! executables on PATH that print each real tool's output format.

use std::path::{Path, PathBuf};
use std::process::ExitStatus;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::{self as common, Server, hookctl};

const T: Duration = Duration::from_secs(20);
const NODE: &str = "t5V3S3X8Trt/weWu0A2YHb0cRFJfcRA2rXT3vAGTz1A=";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tunnel")
}

/// `--tunnel-command` running the relay with extra arguments.
fn relay_command(extra: &str) -> String {
    format!("python3 '{}' {extra} {{port}}", fixtures().join("relay.py").display())
}

/// PATH with the stand-in tools first.
fn standin_path() -> String {
    format!("{}:{}", fixtures().join("bin").display(), std::env::var("PATH").unwrap_or_default())
}

/// Waits until stderr has a line starting with `prefix` (the `n`-th such line), returns its rest.
fn wait_stderr_line(srv: &Server, prefix: &str, n: usize) -> String {
    let start = Instant::now();
    loop {
        let err = srv.stderr();
        if let Some(l) = err.lines().filter_map(|l| l.strip_prefix(prefix)).nth(n - 1) {
            return l.trim().to_string();
        }
        assert!(start.elapsed() < T, "no {prefix:?} line #{n} on stderr:\n{err}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn wait_exit(srv: &mut Server, within: Duration) -> ExitStatus {
    let start = Instant::now();
    loop {
        if let Ok(Some(status)) = srv.child.try_wait() {
            std::thread::sleep(Duration::from_millis(100));
            return status;
        }
        assert!(start.elapsed() < within, "listen still runs after {within:?}; stderr:\n{}", srv.stderr());
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn read_pid(file: &Path) -> u32 {
    let start = Instant::now();
    loop {
        if let Ok(s) = std::fs::read_to_string(file)
            && let Ok(pid) = s.trim().parse()
        {
            return pid;
        }
        assert!(start.elapsed() < T, "the relay wrote no pid file");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Alive and not a zombie.
fn alive(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => stat.rsplit_once(')').is_some_and(|(_, rest)| !rest.trim_start().starts_with('Z')),
        Err(_) => false,
    }
}

fn wait_gone(pid: u32) {
    let start = Instant::now();
    while alive(pid) {
        assert!(start.elapsed() < Duration::from_secs(10), "the relay (pid {pid}) outlived listen");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn signal(pid: u32, sig: &str) {
    let _ = std::process::Command::new("kill").args([sig, &pid.to_string()]).status();
}

/// `hookctl send URL` signed with `k`, which must succeed: its stdout.
fn send(home: &Path, url: &str) -> String {
    let out = hookctl(home)
        .args(["send", url, "--node-id", NODE, "--secret-env", "S", "--topic", "user/created"])
        .env("S", "k")
        .run();
    assert_eq!(out.code, 0, "send: {}{}", out.stdout, out.stderr);
    out.stdout
}

fn json_lines(srv: &Server, n: usize) -> Vec<Value> {
    srv.wait_stdout_lines(n, T).iter().map(|l| serde_json::from_str(l).unwrap()).collect()
}

/// A listener with a tunnel, stopped with SIGTERM when dropped (even when a test fails), so it
/// stops its tool: `Server`'s own drop is a SIGKILL, which would leave the relay running.
struct Listen(Server);

impl Drop for Listen {
    fn drop(&mut self) {
        if let Ok(None) = self.0.child.try_wait() {
            signal(self.0.child.id(), "-TERM");
            let start = Instant::now();
            while matches!(self.0.child.try_wait(), Ok(None)) && start.elapsed() < Duration::from_secs(5) {
                std::thread::sleep(Duration::from_millis(20));
            }
        }
    }
}

impl std::ops::Deref for Listen {
    type Target = Server;
    fn deref(&self) -> &Server {
        &self.0
    }
}

impl std::ops::DerefMut for Listen {
    fn deref_mut(&mut self) -> &mut Server {
        &mut self.0
    }
}

fn listen(home: &Path, extra: &[&str], env: &[(&str, &str)]) -> Listen {
    let mut args = vec!["listen", "--port", "0", "--secret-env", "S", "-o", "json"];
    args.extend_from_slice(extra);
    let mut env = env.to_vec();
    env.push(("S", "k"));
    Listen(Server::start_with_env(home, &args, &env))
}

#[test]
fn a_relay_command_delivers_verified_and_its_death_ends_listen() {
    let home = common::home();
    let pid_file = home.path().join("relay.pid");
    let cmd = relay_command(&format!("--pid-file '{}'", pid_file.display()));
    let mut srv = listen(home.path(), &["--tunnel-command", &cmd, "--tunnel-probe", "1s"], &[]);
    let url = wait_stderr_line(&srv, "tunnel: ", 1);
    let event = &json_lines(&srv, 1)[0];
    assert_eq!(event["event"], "tunnel");
    assert_eq!(event["url"], url.as_str());
    assert!(url.starts_with("http://127.0.0.1:") && !srv.url.starts_with(&url), "{url} is the relay's");

    let out = send(home.path(), &url);
    assert!(out.starts_with("HTTP 200"), "{out}");
    let cap = &json_lines(&srv, 2)[1];
    assert_eq!(cap["verified"], true, "the exact bytes crossed the tunnel: {cap}");
    assert_eq!(cap["headers"]["x-scope-topic"], "user/created");

    signal(read_pid(&pid_file), "-KILL");
    let status = wait_exit(&mut srv, Duration::from_secs(5));
    assert_eq!(status.code(), Some(4), "{}", srv.stderr());
    let err = srv.stderr();
    assert!(err.contains("the tunnel tool `python3` exited (killed by signal 9)"), "{err}");
    assert!(srv.stdout().contains(r#"{"event":"tunnel_down""#), "{}", srv.stdout());
}

#[test]
fn the_probe_notices_a_tunnel_that_stops_answering() {
    let home = common::home();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let pid_file = home.path().join("relay.pid");
    // The user's own tunnel: the relay run by hand, pointing at the port listen will take.
    let mut relay = std::process::Command::new("python3")
        .arg(fixtures().join("relay.py"))
        .args(["--format", "ngrok", "--pid-file", pid_file.to_str().unwrap(), &port.to_string()])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    let mut out = std::io::BufReader::new(relay.stdout.take().unwrap());
    let public = loop {
        line.clear();
        assert!(std::io::BufRead::read_line(&mut out, &mut line).unwrap() > 0, "the relay printed no URL");
        if let Some(u) =
            serde_json::from_str::<Value>(&line).ok().and_then(|v| v["url"].as_str().map(str::to_string))
        {
            break u;
        }
    };
    let port = port.to_string();
    let mut srv = Server::start_with_env(
        home.path(),
        &["listen", "--port", &port, "--path", "/hooks", "--tunnel-url", &public, "--tunnel-probe", "300ms"],
        &[],
    );
    assert_eq!(wait_stderr_line(&srv, "tunnel: ", 1), format!("{public}/hooks"));
    std::thread::sleep(Duration::from_millis(800));
    assert!(srv.child.try_wait().unwrap().is_none(), "a working tunnel keeps listen up: {}", srv.stderr());
    let _ = relay.kill();
    let _ = relay.wait();
    let status = wait_exit(&mut srv, Duration::from_secs(8));
    assert_eq!(status.code(), Some(4));
    assert!(srv.stderr().contains("the tunnel stopped reaching this listener"), "{}", srv.stderr());
}

#[test]
fn a_probe_answered_by_another_listener_does_not_count() {
    let home = common::home();
    let other = Server::start(home.path(), &["listen", "--port", "0"]);
    let mut srv = Server::start(
        home.path(),
        &["listen", "--port", "0", "--tunnel-url", &other.url, "--tunnel-probe", "200ms"],
    );
    let status = wait_exit(&mut srv, Duration::from_secs(8));
    assert_eq!(status.code(), Some(4));
    let err = srv.stderr();
    assert!(err.contains("does not reach this listener yet"), "{err}");
    assert!(err.contains("reached another hookctl listener, not this one"), "{err}");
}

#[test]
fn presets_run_the_real_command_lines_and_read_each_format() {
    let path = standin_path();
    for (tool, extra) in [("cloudflared", None), ("ngrok", None), ("bore", Some("127.0.0.1"))] {
        let home = common::home();
        let pid_file = home.path().join("relay.pid");
        let mut args = vec!["--tunnel", tool];
        if let Some(server) = extra {
            args.extend(["--tunnel-server", server]);
        }
        let mut srv = listen(
            home.path(),
            &args,
            &[("PATH", path.as_str()), ("RELAY_PID_FILE", pid_file.to_str().unwrap())],
        );
        let url = wait_stderr_line(&srv, "tunnel: ", 1);
        assert!(url.starts_with("http://127.0.0.1:"), "{tool}: {url}");
        send(home.path(), &url);
        let cap = &json_lines(&srv, 2)[1];
        assert_eq!(cap["verified"], true, "{tool}: {cap}");
        let pid = read_pid(&pid_file);
        assert!(srv.interrupt().success(), "{tool}: {}", srv.stderr());
        wait_gone(pid);
    }
}

#[test]
fn a_missing_tool_says_how_to_install_it() {
    let home = common::home();
    let empty = home.path().join("empty-bin");
    std::fs::create_dir_all(&empty).unwrap();
    for (tool, how) in [
        ("cloudflared", "developers.cloudflare.com"),
        ("ngrok", "ngrok.com/download"),
        ("bore", "cargo install bore-cli"),
    ] {
        let out = hookctl(home.path())
            .args(["listen", "--port", "0", "--tunnel", tool])
            .args(if tool == "bore" { &["--tunnel-server", "bore.example"][..] } else { &[] })
            .env("PATH", &empty)
            .run();
        let err = &out.stderr;
        assert_eq!(out.code, 10, "{err}");
        assert!(err.contains(&format!("`{tool}` is not installed")), "{err}");
        assert!(err.contains(how) && err.contains("never downloads"), "{err}");
        assert!(out.stdout.is_empty());
    }
    // bore needs its server, and only bore takes one: usage errors.
    for args in [&["--tunnel", "bore"][..], &["--tunnel", "ngrok", "--tunnel-server", "x"]] {
        let out = hookctl(home.path()).args(["listen", "--port", "0"]).args(args).run();
        let err = &out.stderr;
        assert_eq!(out.code, 2, "{err}");
        assert!(err.contains("--tunnel-server"), "{err}");
    }
}

#[test]
fn the_tools_own_error_lines_are_shown_when_it_fails_early() {
    let home = common::home();
    let out = hookctl(home.path())
        .args(["listen", "--port", "0", "--tunnel-command", &relay_command("--fail")])
        .run();
    let err = &out.stderr;
    assert_eq!(out.code, 4, "{err}");
    assert!(err.contains("exited (exit code 1) before printing a public URL"), "{err}");
    assert!(err.contains("python3| ") && err.contains("ERR failed to request quick Tunnel"), "{err}");
}

#[test]
fn no_url_within_the_timeout_stops_the_tool() {
    let home = common::home();
    let pid_file = home.path().join("relay.pid");
    let cmd = relay_command(&format!("--no-url --pid-file '{}'", pid_file.display()));
    let out = hookctl(home.path())
        .args(["listen", "--port", "0", "--tunnel-command", &cmd, "--tunnel-timeout", "1500ms"])
        .run();
    let err = &out.stderr;
    assert_eq!(out.code, 4, "{err}");
    assert!(err.contains("no public URL from `python3` after 1.5 s"), "{err}");
    wait_gone(read_pid(&pid_file));
}

#[test]
fn sigterm_stops_the_tool_with_listen() {
    let home = common::home();
    let pid_file = home.path().join("relay.pid");
    let cmd = relay_command(&format!("--pid-file '{}'", pid_file.display()));
    let mut srv = listen(home.path(), &["--tunnel-command", &cmd], &[]);
    wait_stderr_line(&srv, "tunnel: ", 1);
    let pid = read_pid(&pid_file);
    assert!(alive(pid));
    signal(srv.child.id(), "-TERM");
    let status = wait_exit(&mut srv, Duration::from_secs(10));
    assert_eq!(status.code(), Some(0), "{}", srv.stderr());
    wait_gone(pid);
}

#[test]
fn tunnel_restart_brings_a_new_url() {
    let home = common::home();
    let pid_file = home.path().join("relay.pid");
    let cmd = relay_command(&format!("--pid-file '{}'", pid_file.display()));
    let mut srv =
        listen(home.path(), &["--tunnel-command", &cmd, "--tunnel-restart", "--tunnel-probe", "1s"], &[]);
    let first = wait_stderr_line(&srv, "tunnel: ", 1);
    let pid = read_pid(&pid_file);
    std::fs::remove_file(&pid_file).unwrap();
    signal(pid, "-KILL");
    let second = wait_stderr_line(&srv, "tunnel: ", 2);
    assert_ne!(first, second);
    assert!(srv.stderr().contains("restarting it"), "{}", srv.stderr());
    send(home.path(), &second);
    let lines = json_lines(&srv, 3);
    assert_eq!(lines[1], serde_json::json!({"event": "tunnel", "url": second, "restarted": true}));
    assert_eq!(lines[2]["verified"], true);
    let new_pid = read_pid(&pid_file);
    assert!(srv.interrupt().success());
    wait_gone(new_pid);
}

#[test]
fn forwarding_through_a_tunnel_keeps_the_bytes_and_shows_the_apps_answer() {
    let home = common::home();
    let app = Server::start_with_env(
        home.path(),
        &["listen", "--port", "0", "--path", "/app", "--status", "202", "--secret-env", "S", "-o", "json"],
        &[("S", "k")],
    );
    let front = Listen(Server::start_with_env(
        home.path(),
        &["listen", "--port", "0", "--secret-env", "S", "--forward-to", &app.url]
            .into_iter()
            .chain(["--tunnel-command", &relay_command("")])
            .collect::<Vec<_>>(),
        &[("S", "k")],
    ));
    let url = wait_stderr_line(&front, "tunnel: ", 1);
    let out = send(home.path(), &url);
    assert!(out.starts_with("HTTP 202"), "the app's status comes back: {out}");
    assert!(out.contains("ok"), "and its body: {out}");
    let at_app = &json_lines(&app, 1)[0];
    assert_eq!(at_app["verified"], true, "the exact bytes reach the app: {at_app}");
    let start = Instant::now();
    while !front.stdout().contains("app ") {
        assert!(start.elapsed() < T, "{}", front.stdout());
        std::thread::sleep(Duration::from_millis(20));
    }
    let shown = front.stdout();
    let app_line = shown.lines().find(|l| l.trim_start().starts_with("app ")).unwrap();
    assert!(app_line.contains("202 in ") && app_line.ends_with(" ms"), "{shown}");
}

#[test]
fn forwarded_answers_are_recorded_in_json() {
    let home = common::home();
    let app = Server::start(home.path(), &["listen", "--port", "0", "--status", "503"]);
    let front = listen(home.path(), &["--forward-to", &app.url], &[]);
    send_expecting(home.path(), &front.url, 5);
    let cap = &json_lines(&front, 1)[0];
    assert_eq!(cap["status"], 503);
    assert_eq!(cap["forwarded"]["status"], 503);
    assert!(cap["forwarded"]["ms"].is_u64());
}

fn send_expecting(home: &Path, url: &str, code: i32) {
    let out = hookctl(home)
        .args(["send", url, "--node-id", NODE, "--secret-env", "S", "--topic", "user/created"])
        .env("S", "k")
        .run();
    assert_eq!(out.code, code, "{}", &out.stderr);
}

#[test]
fn a_new_tunnel_gets_the_timeout_to_become_reachable_then_counts_as_down() {
    let home = common::home();
    let cmd = r#"python3 -c 'import time; print("up at http://127.0.0.1:1/", flush=True); time.sleep(60)'"#;
    let started = Instant::now();
    let mut srv = Listen(Server::start(
        home.path(),
        &[
            "listen",
            "--port",
            "0",
            "--tunnel-command",
            cmd,
            "--tunnel-probe",
            "200ms",
            "--tunnel-timeout",
            "2s",
        ],
    ));
    assert_eq!(wait_stderr_line(&srv, "tunnel: ", 1), "http://127.0.0.1:1/");
    let status = wait_exit(&mut srv, Duration::from_secs(10));
    assert_eq!(status.code(), Some(4), "{}", srv.stderr());
    assert!(
        started.elapsed() >= Duration::from_millis(1900),
        "failed probes were forgiven for --tunnel-timeout"
    );
    assert!(
        srv.stderr().contains("the tunnel stopped reaching this listener: GET http://127.0.0.1:1/ failed"),
        "{}",
        srv.stderr()
    );
}
