//! The sandbox dashboard (`/ui` on the sandbox's address): its assets and CSP, the same-origin
//! guard of the GraphQL endpoint, and the page in headless Chromium (skipped, with a message,
//! when chromium or chromedriver is missing).

use std::path::Path;
use std::time::Instant;

use serde_json::{Value, json};

use crate::support::browser::{Browser, T, http};
use crate::support::sandbox::{Sandbox, TOKEN};
use crate::support::{Reply, Scripted};

const HOSTILE_NAME: &str =
    r#"<img src=x onerror="document.title='pwned';window.pwned=1"><b id="injected">x</b>"#;
const HOSTILE_BODY: &str =
    r#"<script>document.title='pwned';window.pwned=1</script><b id="injected2">down</b>"#;

/// The sandbox's `http://HOST:PORT`.
fn base(sb: &Sandbox) -> String {
    sb.endpoint.trim_end_matches("/graphql").to_string()
}

fn subscribe(sb: &Sandbox, name: &str, callback: &str) -> String {
    let d = sb.graphql(
        "mutation($s: WebhookSubscriptionCreateInput!) { createWebhookSubscription(webhookSubscription: $s) { errors { message } webhookSubscription { id } } }",
        json!({ "s": { "name": name, "topic": "user/created", "callbackUrl": callback } }),
    );
    let p = &d["createWebhookSubscription"];
    assert_eq!(p["errors"], json!([]), "{p}");
    p["webhookSubscription"]["id"].as_str().unwrap().to_string()
}

fn wait_until<R>(what: &str, mut f: impl FnMut() -> Option<R>) -> R {
    let start = Instant::now();
    loop {
        if let Some(r) = f() {
            return r;
        }
        assert!(start.elapsed() < T, "timed out waiting for {what}");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
fn serves_the_page_with_a_strict_csp_and_announces_it() {
    let sb = Sandbox::start();
    let base = base(&sb);
    let err = wait_until("the announcement", || {
        let e = sb._server.stderr();
        e.contains("dashboard:").then_some(e)
    });
    assert!(err.contains(&format!("dashboard:    {base}/ui ")), "{err}");
    assert!(!err.contains(TOKEN), "the token is never printed: {err}");
    for (path, ctype) in [
        ("/ui", "text/html"),
        ("/ui/app.js", "text/javascript"),
        ("/ui/page.js", "text/javascript"),
        ("/ui/timeline.js", "text/javascript"),
        ("/ui/app.css", "text/css"),
    ] {
        let (status, head, body) = http("GET", &format!("{base}{path}"), &[], b"");
        assert_eq!(status, 200, "{path}");
        assert!(head.contains(&format!("content-type: {ctype}")), "{path}: {head}");
        assert!(head.contains("content-security-policy: default-src 'none'; script-src 'self';"), "{head}");
        assert!(
            !head.contains("unsafe-inline") && head.contains("x-content-type-options: nosniff"),
            "{head}"
        );
        assert!(!body.is_empty());
    }
    let (_, _, page) = http("GET", &format!("{base}/ui"), &[], b"");
    let page = String::from_utf8(page).unwrap();
    assert!(!page.contains("<script>") && !page.contains("<style"), "no inline script or style");
    let handler = page.split(|c: char| c.is_whitespace()).any(|w| w.starts_with("on") && w.contains('='));
    assert!(!handler && !page.contains("style="), "no inline handlers or styles");
    assert!(!page.contains("http://") && !page.contains("https://"), "nothing from the network");
}

#[test]
fn the_graphql_endpoint_refuses_foreign_origins() {
    let sb = Sandbox::start();
    let base = base(&sb);
    let host = base.trim_start_matches("http://").to_string();
    let auth = format!("Bearer {TOKEN}");
    let q = br#"{"query":"mutation { sandboxAdvanceClock(seconds: 100000) { now } }"}"#;
    let now = || {
        let t = sb.graphql("{ sandboxNow }", json!({}))["sandboxNow"].as_str().unwrap().to_string();
        chrono::DateTime::parse_from_rfc3339(&t).unwrap()
    };
    let start = now();
    let post = |origin: Option<&str>| {
        let mut h = vec![("Content-Type", "application/json"), ("Authorization", auth.as_str())];
        if let Some(o) = origin {
            h.push(("Origin", o));
        }
        http("POST", &format!("{base}/graphql"), &h, q)
    };
    let (status, head, body) = post(Some("http://evil.example"));
    assert_eq!(status, 403, "{}", String::from_utf8_lossy(&body));
    assert!(!head.contains("access-control-allow"), "no CORS: {head}");
    assert_eq!(post(Some("null")).0, 403);
    let own = format!("http://{host}");
    assert_eq!(post(Some(&own)).0, 200, "the dashboard's own origin");
    assert_eq!(post(None).0, 200, "clients that are not browsers send no Origin");
    // A preflight gets no CORS answer either.
    let (_, head, _) = http(
        "OPTIONS",
        &format!("{base}/graphql"),
        &[("Origin", "http://evil.example"), ("Access-Control-Request-Method", "POST")],
        b"",
    );
    assert!(!head.contains("access-control-allow"), "{head}");
    // The refused writes did nothing: only the two allowed ones moved the clock.
    let moved = (now() - start).num_seconds();
    assert!((200_000..250_000).contains(&moved), "moved {moved} s");
}

fn screenshot_path() -> Option<std::path::PathBuf> {
    std::env::var_os("HOOKCTL_SCREENSHOTS")
        .map(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/dashboard.png"))
}

fn count(br: &Browser, selector: &str) -> i64 {
    br.js(&format!("return document.querySelectorAll({}).length", json!(selector))).as_i64().unwrap()
}

#[test]
fn logs_in_shows_live_deliveries_and_draws_the_retry_timeline_as_text() {
    let Some(br) = Browser::start() else { return };
    let sb = Sandbox::start();
    let base = base(&sb);
    let ok = Scripted::receiver(vec![Reply::status(200, "ok")]);
    let down = Scripted::receiver(vec![Reply::status(500, HOSTILE_BODY)]);
    subscribe(&sb, "happy", &ok.url);

    // Logged in by the fragment, which the page removes from the address at once.
    br.go(&format!("{base}/ui#token={TOKEN}"));
    br.until("return document.body.dataset.ready === '1'");
    assert_eq!(br.js("return location.hash + location.search"), "");
    br.until("return document.querySelectorAll('tr.sub').length === 1");
    assert_eq!(br.js("return document.querySelector('tr.sub td.name').textContent"), "happy");

    // A subscription made meanwhile appears live; its hostile name stays text.
    subscribe(&sb, HOSTILE_NAME, &down.url);
    br.until("return document.querySelectorAll('tr.sub').length === 2");
    let names = br.js("return [...document.querySelectorAll('tr.sub td.name')].map(t => t.textContent)");
    assert_eq!(names, json!(["happy", HOSTILE_NAME]));

    // The form creates a node; both deliveries show, the happy one delivered.
    br.js("document.getElementById('node-type').value = 'User'; \
           document.getElementById('node-name').value = 'Ada'; \
           document.getElementById('node-create').click()");
    br.until("return (document.getElementById('node-result').textContent || '').includes('2 notification(s) queued')");
    br.until("return document.querySelectorAll('tr.delivery[data-status=SUCCEEDED]').length === 1");
    br.until("return document.querySelectorAll('tr.delivery[data-status=PENDING]').length === 1");
    assert_eq!(ok.requests().len(), 1);

    // 21 days on the sandbox clock: 25 failures, then the subscription is disabled.
    br.js("document.querySelector('button.advance[data-seconds=\"1814400\"]').click()");
    br.until("return document.querySelectorAll('figure.timeline-row .disable').length === 1");
    let failing = "figure.timeline-row .failure";
    assert_eq!(count(&br, failing), 25);
    assert_eq!(down.requests().len(), 25);
    assert_eq!(count(&br, "figure.timeline-row .success"), 1);
    let state = br.js("return [...document.querySelectorAll('tr.sub')].map(r => r.children[2].textContent)");
    assert_eq!(state, json!(["enabled", "disabled"]));
    let reason = br.js("return document.querySelectorAll('tr.sub')[1].children[5].textContent");
    assert!(reason.as_str().unwrap().contains("25 consecutive failures"), "{reason}");

    // The errors' request and response: the hostile response body is text.
    assert_eq!(br.js("return document.getElementById('errors-count').textContent"), "25");
    br.js("document.querySelector('.error .error-head').click()");
    br.until("return document.querySelector('.error.open pre.body') !== null");
    let shown = br.js("return document.querySelector('.error.open').textContent");
    let shown = shown.as_str().unwrap();
    assert!(shown.contains(HOSTILE_BODY), "{shown}");
    assert!(shown.to_lowercase().contains("x-scope-webhook-job-id"), "request headers shown: {shown}");
    let safe = br.js(
        "return [document.title, typeof window.pwned, document.getElementById('injected') === null, \
         document.getElementById('injected2') === null, document.querySelectorAll('main img, main script, main b').length]",
    );
    assert_eq!(safe, json!(["hookctl sandbox", "undefined", true, true, 0]));

    if let Some(path) = screenshot_path() {
        // Tall enough to show the timelines and the errors below the tables.
        br.resize(1400, 1800);
        br.js("window.scrollTo(0, 0)");
        br.screenshot(&path);
    }

    // Signing out forgets the token; the login field brings it back.
    br.js("document.getElementById('logout').click()");
    br.until("return !document.getElementById('login').hidden");
    assert_eq!(br.js("return sessionStorage.length"), 0);
    br.js(&format!(
        "document.getElementById('token-input').value = {}; \
         document.querySelector('#login button').click()",
        Value::String(TOKEN.into())
    ));
    br.until(
        "return document.querySelectorAll('tr.sub').length === 2 && !document.getElementById('main').hidden",
    );
}

#[test]
fn a_wrong_token_shows_the_login_again() {
    let Some(br) = Browser::start() else { return };
    let sb = Sandbox::start();
    br.go(&format!("{}/ui#token=wrong-token", base(&sb)));
    br.until("return !document.getElementById('login').hidden && !document.getElementById('error').hidden");
    let msg = br.js("return document.getElementById('error').textContent");
    assert!(msg.as_str().unwrap().contains("invalid or revoked token"), "{msg}");
    assert_eq!(br.js("return document.getElementById('main').hidden"), true);
}

#[test]
fn huge_bodies_are_cut_in_the_list_and_shown_whole_on_demand() {
    let Some(br) = Browser::start() else { return };
    let sb = Sandbox::start();
    let huge = "x".repeat(5000) + "<b id=\"tail\">end</b>";
    let down = Scripted::receiver(vec![Reply::status(500, &huge)]);
    subscribe(&sb, "huge", &down.url);
    sb.graphql(
        "mutation { sandboxCreateNode(node: {type: \"User\", attributes: {name: \"Big\"}}) { errors { message } } }",
        json!({}),
    );
    wait_until("the first attempt", || (!down.requests().is_empty()).then_some(()));
    br.go(&format!("{}/ui#token={TOKEN}", base(&sb)));
    br.until("return document.querySelectorAll('.error .error-head').length === 1");
    br.js("document.querySelector('.error .error-head').click()");
    br.until("return document.querySelector('.error.open pre.body.cut') !== null");
    assert_eq!(br.js("return document.querySelector('pre.body.cut').textContent.length"), 2001);
    br.js("document.querySelector('button.show-all').click()");
    let whole = br.until(
        "const p = [...document.querySelectorAll('.error.open pre.body')].pop(); \
         return !p.classList.contains('cut') && p.textContent",
    );
    assert_eq!(whole.as_str(), Some(huge.as_str()));
    assert_eq!(br.js("return document.getElementById('tail')"), Value::Null);
}
