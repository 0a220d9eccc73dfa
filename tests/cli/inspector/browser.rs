//! The inspector page in headless Chromium, driven through chromedriver with the W3C WebDriver
//! JSON protocol spoken over this file's small HTTP helper (no WebDriver crate: fantoccini and
//! thirtyfour each pull in dozens of crates for the five endpoints these tests need).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine as _;
use serde_json::{Value, json};

use super::{HOSTILE, T, deliver, http, received, receiver, start_ui};
use crate::support;

const CHROMIUM: &str = "/usr/bin/chromium";
const DRIVER: &str = "/usr/bin/chromedriver";

/// A chromedriver process and one browser session; both end when dropped.
struct Browser {
    driver: Child,
    base: String,
    session: String,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// None (and a message) when chromium or chromedriver is not installed.
    fn start() -> Option<Browser> {
        if !Path::new(CHROMIUM).exists() || !Path::new(DRIVER).exists() {
            eprintln!(
                "skipped: {CHROMIUM} or {DRIVER} is missing (apt-get install chromium chromium-driver; .ci/run does)"
            );
            return None;
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let driver = Command::new(DRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let base = format!("http://127.0.0.1:{port}");
        let start = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(start.elapsed() < T, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        let profile = tempfile::tempdir().unwrap();
        let args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--window-size=1400,900",
        ]
        .iter()
        .map(|s| s.to_string())
        .chain([format!("--user-data-dir={}", profile.path().display())])
        .collect::<Vec<_>>();
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": CHROMIUM, "args": args}
        }}});
        let mut b = Browser { driver, base, session: String::new(), _profile: profile };
        let v = b.call("POST", "/session", &caps);
        b.session = v["sessionId"].as_str().expect("a WebDriver session").to_string();
        Some(b)
    }

    fn call(&self, method: &str, path: &str, body: &Value) -> Value {
        let url = format!("{}{path}", self.base);
        let data = if method == "GET" { Vec::new() } else { body.to_string().into_bytes() };
        let (status, _, out) = http(method, &url, &[("Content-Type", "application/json")], &data);
        let v: Value = serde_json::from_slice(&out).unwrap_or(Value::Null);
        assert_eq!(status, 200, "WebDriver {method} {path}: {v}");
        v["value"].clone()
    }

    fn go(&self, url: &str) {
        self.call("POST", &format!("/session/{}/url", self.session), &json!({ "url": url }));
    }

    /// Runs a script in the page (its `return` value comes back).
    fn js(&self, script: &str) -> Value {
        self.call(
            "POST",
            &format!("/session/{}/execute/sync", self.session),
            &json!({"script": script, "args": []}),
        )
    }

    /// Polls a script until it returns something truthy.
    fn until(&self, script: &str) -> Value {
        let start = Instant::now();
        loop {
            let v = self.js(script);
            if !(v.is_null() || v == false || v == 0 || v == "") {
                return v;
            }
            assert!(start.elapsed() < T, "timed out waiting for: {script}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn screenshot(&self, to: &Path) {
        let v = self.call("GET", &format!("/session/{}/screenshot", self.session), &Value::Null);
        let png = base64::engine::general_purpose::STANDARD.decode(v.as_str().unwrap()).unwrap();
        std::fs::write(to, png).unwrap();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = http("DELETE", &format!("{}/session/{}", self.base, self.session), &[], b"");
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

fn screenshot_path() -> Option<PathBuf> {
    std::env::var_os("HOOKCTL_SCREENSHOTS")
        .map(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/inspector.png"))
}

#[test]
fn the_page_shows_deliveries_live_as_text_and_replays_them() {
    let Some(br) = Browser::start() else { return };
    let home = support::home();
    let b = receiver(home.path());
    let (_a, url, base) = start_ui(home.path(), &["--forward-to", &b.url]);
    br.go(&format!("{base}/"));
    br.until("return document.body.dataset.ready === '1' && document.getElementById('live').textContent === 'live'");
    assert_eq!(br.js("return document.querySelectorAll('tr.row').length"), 0);

    // A delivery made with `hookctl send` appears without a reload.
    let secret = support::write(home.path(), "secret-send", super::SECRET);
    support::hookctl(home.path())
        .args(["send", &url, "--secret-file", secret.to_str().unwrap(), "--topic", "user/created"])
        .run()
        .success();
    br.until("return document.querySelectorAll('tr.row').length === 1");
    assert_eq!(br.js("return document.querySelector('tr.row td:nth-child(4)').textContent"), "verified");
    received(&b, 1);

    // Hostile markup in body and headers stays text: no script runs, nothing is injected.
    let (s, _, _) = http("POST", &url, &[("X-Evil", "<b id=\"injected2\">h</b>")], HOSTILE.as_bytes());
    assert_eq!(s, 200);
    received(&b, 2);
    br.until("return document.querySelectorAll('tr.row').length === 2");
    br.js("document.querySelector('tr.row').click()");
    br.until("return document.querySelector('#detail .body-pretty') !== null");
    br.js("document.querySelector('[data-tab=headers]').click()");
    br.until("return document.getElementById('detail').textContent.includes('injected2')");
    let safe = br.js(
        "return [document.title, typeof window.pwned, document.getElementById('injected') === null, \
         document.getElementById('injected2') === null, document.querySelectorAll('#detail img, #detail script, #detail b').length]",
    );
    assert_eq!(safe, json!(["hookctl inspector", "undefined", true, true, 0]));
    br.js("document.querySelector('[data-tab=body]').click()");
    let shown = br.js("return document.querySelector('#detail .body-pretty').textContent");
    assert!(shown.as_str().unwrap().contains("<script>document.title='pwned'"), "{shown}");

    // Replay the signed one to the second listener: it arrives verified.
    br.js("document.querySelectorAll('tr.row')[1].click()");
    br.until("return document.querySelector('#detail h2') && document.querySelector('#detail h2').textContent.startsWith('#1 ')");
    assert_eq!(br.js("return document.getElementById('replay-to').value"), b.url.as_str());
    br.js("document.getElementById('replay-btn').click()");
    br.until("return document.getElementById('replay-result').dataset.status === '200'");
    let got = received(&b, 3);
    assert_eq!(got[2]["verified"], true);
    assert_eq!(got[2]["headers"]["x-scope-topic"], "user/created");

    // Edit and replay, re-signed: the edited body arrives verified.
    br.js("document.getElementById('edit-btn').click()");
    br.until("return document.getElementById('edit-body') !== null");
    br.js("const b = document.getElementById('edit-body'); b.value = '{\"edited\":true}'; \
         document.getElementById('edit-sign').value = 'sign'; \
         document.getElementById('replay-result').dataset.status = ''; \
         document.getElementById('edit-send').click()");
    br.until("return document.getElementById('replay-result').dataset.status === '200'");
    let got = received(&b, 4);
    assert_eq!(
        (got[3]["verified"].as_bool(), got[3]["body"].as_str()),
        (Some(true), Some(r#"{"edited":true}"#))
    );
    // The replays went to the second listener only.
    assert_eq!(br.js("return document.querySelectorAll('tr.row').length"), 2);

    if let Some(path) = screenshot_path() {
        br.js("document.querySelector('[data-tab=body]').click()");
        br.screenshot(&path);
    }
}

#[test]
fn ten_thousand_deliveries_render_the_first_screen_in_under_a_second() {
    let Some(br) = Browser::start() else { return };
    let home = support::home();
    let save = home.path().join("many.jsonl");
    let mut lines = String::new();
    for i in 0..10_000 {
        let body = format!(r#"{{"data":{{"id":"{i}"}}}}"#);
        let c = json!({"received_at": "2026-01-01T00:00:00.000Z", "method": "POST", "path": "/hooks",
            "headers": {"x-scope-topic": "user/created", "x-scope-webhook-job-id": format!("job-{i}")},
            "body": body, "verified": null, "status": 200, "kind": "scope"});
        lines.push_str(&c.to_string());
        lines.push('\n');
    }
    std::fs::write(&save, lines).unwrap();
    let (_a, url, base) =
        start_ui(home.path(), &["--save", save.to_str().unwrap(), "--ui-load", "--ui-keep", "10000"]);
    br.go(&format!("{base}/"));
    let ms = br.until("return document.body.dataset.firstScreenMs");
    let ms: f64 = ms.as_str().unwrap().parse().unwrap();
    assert_eq!(br.js("return document.querySelectorAll('tr.row').length"), 100);
    assert!(
        br.js("return document.getElementById('page-info').textContent")
            .as_str()
            .unwrap()
            .ends_with("of 10000")
    );
    eprintln!("10,000 deliveries: first screen after {ms} ms");
    assert!(ms < 1000.0, "first screen after {ms} ms");
    // Still live at that size.
    assert_eq!(deliver(&url, "{}", "job-new"), 200);
    br.until("return document.querySelector('tr.row td:nth-child(7)').textContent === 'job-new'");
}
