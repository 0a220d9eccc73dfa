//! The periodic check that the tunnel still reaches this listener: a GET through the public
//! URL to the listener's own path, which answers with this process's nonce in a header, so an
//! answer from another process (a stale tunnel, a reused port) does not count.

use std::time::Duration;

/// The header the listener answers GETs on its path with: its per-process nonce.
pub const PROBE_HEADER: &str = "x-hookctl-listener";

/// Tries per probe before the tunnel counts as down (one blip is not an outage).
const ATTEMPTS: u32 = 3;

pub struct Prober {
    client: reqwest::Client,
    nonce: String,
    interval: Duration,
}

impl Prober {
    pub fn new(nonce: String, interval: Duration) -> Self {
        let timeout = interval.clamp(Duration::from_secs(1), Duration::from_secs(10));
        let client = reqwest::Client::builder()
            .timeout(timeout)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap_or_default();
        Prober { client, nonce, interval }
    }

    /// Ok when `url` reaches this listener, within a few quick tries.
    pub async fn check(&self, url: &str) -> Result<(), String> {
        let pause = (self.interval / 4).clamp(Duration::from_millis(100), Duration::from_secs(1));
        let mut last = String::new();
        for n in 0..ATTEMPTS {
            if n > 0 {
                tokio::time::sleep(pause).await;
            }
            match self.once(url).await {
                Ok(()) => return Ok(()),
                Err(e) => last = e,
            }
        }
        Err(last)
    }

    async fn once(&self, url: &str) -> Result<(), String> {
        let resp = self
            .client
            .get(url)
            // ngrok's free plan shows browsers an interstitial page; this header skips it.
            .header("ngrok-skip-browser-warning", "1")
            .send()
            .await
            .map_err(|e| format!("GET {url} failed: {}", root_cause(&e)))?;
        let status = resp.status().as_u16();
        match resp.headers().get(PROBE_HEADER).and_then(|v| v.to_str().ok()) {
            Some(n) if n == self.nonce => Ok(()),
            Some(_) => Err(format!("GET {url} reached another hookctl listener, not this one")),
            None => Err(format!("GET {url} answered {status}, not from this listener")),
        }
    }
}

fn root_cause(e: &reqwest::Error) -> String {
    let mut cause: &dyn std::error::Error = e;
    while let Some(next) = cause.source() {
        cause = next;
    }
    if e.is_timeout() { "timed out".into() } else { cause.to_string() }
}
