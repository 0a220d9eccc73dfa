//! Delivers Sentera events through the one delivery engine ([`crate::delivery::Engine`]).
//!
//! Before each attempt of a subscription with `authentication`, a token is obtained from its
//! token URL (OAuth2 client credentials: a form-encoded POST of `grant_type=client_credentials`,
//! `client_id`, `client_secret` and `scope`), kept until shortly before `expires_in`, and sent as
//! `Authorization: Bearer`. A 401 from the callback drops the kept token.
//!
//! Attempts: 3 in all, the retries 10 s and 60 s (sandbox clock) after the failure before; then
//! the event is FAILED.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use anyhow::Result;
use serde_json::json;

use super::Shared;
use super::store::{self, Auth, EventRow};
use crate::delivery::{self, Engine, Request};
use crate::sandbox::clock::rfc3339;

/// Attempts per event.
pub const MAX_ATTEMPTS: i64 = 3;
/// Sandbox milliseconds before retry n (1-based).
const RETRY_AFTER_MS: [i64; 2] = [10_000, 60_000];
/// Tokens are renewed this long before they expire.
const TOKEN_MARGIN_MS: i64 = 30_000;

/// Tokens per subscription: (access token, expiry on the wall clock in ms).
#[derive(Debug, Default)]
pub struct TokenCache(Mutex<HashMap<i64, (String, i64)>>);

impl TokenCache {
    fn get(&self, sub: i64) -> Option<String> {
        let now = crate::sandbox::clock::wall_ms();
        let map = self.0.lock().ok()?;
        map.get(&sub).filter(|(_, exp)| *exp > now).map(|(t, _)| t.clone())
    }
    fn put(&self, sub: i64, token: String, expires_in_s: Option<i64>) {
        let ttl = expires_in_s.unwrap_or(3600).saturating_mul(1000);
        let exp = crate::sandbox::clock::wall_ms() + (ttl - TOKEN_MARGIN_MS).max(0);
        if let Ok(mut map) = self.0.lock() {
            map.insert(sub, (token, exp));
        }
    }
    fn drop_token(&self, sub: i64) {
        if let Ok(mut map) = self.0.lock() {
            map.remove(&sub);
        }
    }
}

/// Starts the worker; it ends when the sandbox's state is dropped.
pub fn spawn(shared: Weak<Shared>) -> Result<()> {
    let engine = Engine::new(delivery::DEFAULT_TIMEOUT).map_err(anyhow::Error::msg)?;
    let http = reqwest::Client::builder()
        .timeout(delivery::DEFAULT_TIMEOUT)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("hookctl-sandbox/", env!("CARGO_PKG_VERSION")))
        .build()?;
    let Some(mut waker) = shared.upgrade().map(|s| s.app.scheduler.waker()) else { return Ok(()) };
    tokio::spawn(async move {
        loop {
            let Some(s) = shared.upgrade() else { return };
            // Marked seen before the look, so a wake during it is not lost.
            waker.borrow_and_update();
            let wait = match tick(&s, &engine, &http).await {
                Ok(wait) => wait,
                Err(e) => {
                    eprintln!("sentera worker: {e:#}");
                    Duration::from_secs(1)
                }
            };
            drop(s);
            let wait = wait.min(Duration::from_secs(1));
            let _ = tokio::time::timeout(wait, waker.changed()).await;
        }
    });
    Ok(())
}

/// Runs every due event; answers how long to sleep.
async fn tick(s: &Arc<Shared>, engine: &Engine, http: &reqwest::Client) -> Result<Duration> {
    let now = s.app.clock.now_ms();
    let due = s.app.db.read(move |c| store::due_events(c, now, 32)).await?;
    if !due.is_empty() {
        let mut set = tokio::task::JoinSet::new();
        for ev in due {
            let (s, engine, http) = (s.clone(), engine.clone(), http.clone());
            set.spawn(async move { attempt(&s, &engine, &http, ev).await });
        }
        while let Some(r) = set.join_next().await {
            if let Ok(Err(e)) = r {
                eprintln!("sentera worker: {e:#}");
            }
        }
        return Ok(Duration::ZERO);
    }
    let next = s.app.db.read(store::next_due_at).await?;
    Ok(match next {
        Some(at) => s.app.clock.real_duration(at - s.app.clock.now_ms()),
        None => Duration::from_secs(1),
    })
}

/// The body of an event's delivery (the reference does not show one; this is the sandbox's).
pub fn payload(ev: &EventRow, sub_sentera_id: &str, org_sentera_id: &str) -> serde_json::Value {
    json!({
        "sentera_id": ev.sentera_id,
        "event_type": ev.event_type,
        "created_at": rfc3339(ev.created_at),
        "organization_sentera_id": org_sentera_id,
        "webhook_subscription_sentera_id": sub_sentera_id,
        "resource_sentera_id": ev.resource_sentera_id,
    })
}

async fn attempt(s: &Arc<Shared>, engine: &Engine, http: &reqwest::Client, mut ev: EventRow) -> Result<()> {
    let sub_id = ev.subscription_id;
    let found = s
        .app
        .db
        .read(move |c| {
            let Some(sub) = store::get_subscription(c, sub_id)? else { return Ok(None) };
            let org = store::get_org(c, sub.org_id)?;
            Ok(org.map(|o| (sub, o)))
        })
        .await?;
    let Some((sub, org)) = found else { return Ok(()) };
    let body = serde_json::to_vec(&payload(&ev, &sub.sentera_id, &org.sentera_id))?;
    let mut failure: Option<String> = None;
    let mut status = None;
    let mut bearer = None;
    if let Some(auth) = &sub.auth {
        match token(s, http, sub.id, auth).await {
            Ok(t) => bearer = Some(t),
            Err(e) => failure = Some(format!("could not obtain an OAuth token from {}: {e}", auth.token_url)),
        }
    }
    if failure.is_none() {
        let request = Request::sentera(&sub.callback_url, body, bearer.as_deref());
        let outcome = engine.deliver(request, None).await;
        status = outcome.response.as_ref().map(|r| i64::from(r.status));
        if let Some(f) = outcome.failure {
            if status == Some(401) {
                s.tokens.drop_token(sub.id);
            }
            failure = Some(f.to_string());
        }
    }
    let now = s.app.clock.now_ms();
    ev.attempts += 1;
    ev.last_response_status = status;
    ev.updated_at = now;
    match failure {
        None => {
            ev.status = store::DELIVERED.into();
            ev.next_attempt_at = None;
            ev.last_error = None;
        }
        Some(msg) => {
            ev.last_error = Some(msg);
            if ev.attempts >= MAX_ATTEMPTS {
                ev.status = store::FAILED.into();
                ev.next_attempt_at = None;
            } else {
                let wait = RETRY_AFTER_MS[(ev.attempts - 1) as usize];
                ev.next_attempt_at = Some(now + wait);
            }
        }
    }
    s.app.db.write(move |tx| store::save_event(tx, &ev)).await
}

/// A kept token, or a new one from the token URL.
async fn token(s: &Shared, http: &reqwest::Client, sub: i64, auth: &Auth) -> Result<String, String> {
    if let Some(t) = s.tokens.get(sub) {
        return Ok(t);
    }
    let (t, expires_in) = fetch_token(http, auth).await?;
    s.tokens.put(sub, t.clone(), expires_in);
    Ok(t)
}

/// OAuth2 client credentials (RFC 6749 §4.4), the client authenticating in the form body.
pub async fn fetch_token(http: &reqwest::Client, auth: &Auth) -> Result<(String, Option<i64>), String> {
    let mut form = vec![
        ("grant_type", "client_credentials"),
        ("client_id", auth.client_id.as_str()),
        ("client_secret", auth.client_secret.as_str()),
    ];
    if let Some(scope) = &auth.scope {
        form.push(("scope", scope.as_str()));
    }
    let body: String = url::form_urlencoded::Serializer::new(String::new()).extend_pairs(form).finish();
    let resp = http
        .post(&auth.token_url)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .body(body)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    let status = resp.status();
    let bytes = resp.bytes().await.map_err(|e| e.to_string())?;
    let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
    if !status.is_success() {
        let why = v.get("error").and_then(|e| e.as_str()).unwrap_or("no error code");
        return Err(format!("the token endpoint answered HTTP {} ({why})", status.as_u16()));
    }
    let token = v
        .get("access_token")
        .and_then(|t| t.as_str())
        .filter(|t| !t.is_empty())
        .ok_or("the token endpoint's answer has no access_token")?;
    Ok((token.to_string(), v.get("expires_in").and_then(|e| e.as_i64())))
}
