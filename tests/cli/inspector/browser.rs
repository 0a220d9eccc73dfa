//! The inspector page in headless Chromium, driven through chromedriver ([`Browser`]).

use std::path::{Path, PathBuf};

use serde_json::json;

use super::{HOSTILE, deliver, http, received, receiver, start_ui};
use crate::support::{self, browser::Browser};

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
