//! The tunnel's supervisor task: drains the tool's output, notices its exit, probes the public
//! URL, and either reports the tunnel down or (with --tunnel-restart) restarts the tool and
//! calls the URL-changed hook.

use std::time::Duration;

use tokio::sync::{oneshot, watch};
use tokio::time::{Instant, MissedTickBehavior};

use super::child::{self, Child, Event};
use super::{Launch, OnUrlChange, Spec, UrlChange, announce, delivery_url, open, probe::Prober};
use crate::error::Error;
use crate::output::{self, Ctx};

/// Restart attempts in a row before giving up; the pause doubles from one second.
const RESTARTS: u32 = 5;

pub(super) struct Supervisor {
    pub launch: Option<Launch>,
    pub child: Option<Child>,
    /// The public delivery URL.
    pub url: String,
    pub path: String,
    pub prober: Prober,
    pub spec: Spec,
    pub ctx: Ctx,
    pub on_change: Option<OnUrlChange>,
    pub url_tx: watch::Sender<String>,
}

/// Why the loop ended.
enum End {
    Stopped,
    Down(Error),
}

impl Supervisor {
    pub async fn run(mut self, mut stop: oneshot::Receiver<()>, down: oneshot::Sender<Error>) {
        let end = self.watch(&mut stop).await;
        if let Some(c) = &mut self.child {
            c.stop().await;
        }
        if let End::Down(e) = end {
            if self.ctx.is_json() {
                output::json_line(&serde_json::json!({"event": "tunnel_down", "reason": e.message}));
            }
            let _ = down.send(e);
        }
    }

    async fn watch(&mut self, stop: &mut oneshot::Receiver<()>) -> End {
        let every = self.spec.probe;
        // A new quick tunnel can take a while to be reachable (cloudflared says so): until it
        // has answered once, failed probes count only after --tunnel-timeout.
        let mut opened = (Instant::now(), self.launch.is_none());
        let mut tick = tokio::time::interval_at(Instant::now() + every, every);
        tick.set_missed_tick_behavior(MissedTickBehavior::Delay);
        loop {
            let why = tokio::select! {
                _ = &mut *stop => return End::Stopped,
                ev = next_event(&mut self.child) => match ev {
                    Event::Line(l) => {
                        self.ctx.debug(format!("  {}| {l}", self.program()));
                        continue;
                    }
                    Event::Exited(status) => {
                        if let Some(c) = &self.child {
                            c.show_tail();
                        }
                        format!("the tunnel tool `{}` exited ({})", self.program(), child::describe(status))
                    }
                },
                _ = tick.tick() => {
                    let checked = tokio::select! {
                        r = self.prober.check(&self.url) => r,
                        _ = &mut *stop => return End::Stopped,
                    };
                    match checked {
                        Ok(()) => {
                            opened.1 = true;
                            continue;
                        }
                        Err(e) if !opened.1 && opened.0.elapsed() < self.spec.timeout => {
                            self.ctx.debug(format!("the new tunnel does not reach this listener yet: {e}"));
                            continue;
                        }
                        Err(e) => format!("the tunnel stopped reaching this listener: {e}"),
                    }
                }
            };
            if !self.spec.restart || self.launch.is_none() {
                let hint = if self.launch.is_some() {
                    "deliveries can no longer reach this listener; --tunnel-restart restarts the tool instead"
                } else {
                    "deliveries can no longer reach this listener; check the tunnel you run for it"
                };
                return End::Down(Error::network(why).with_hint(hint));
            }
            self.ctx.warn(format!("{why}; restarting it"));
            match self.restart(stop).await {
                Ok(true) => {
                    tick.reset();
                    opened = (Instant::now(), false);
                }
                Ok(false) => return End::Stopped,
                Err(e) => return End::Down(e),
            }
        }
    }

    fn program(&self) -> &str {
        self.launch.as_ref().map_or("tunnel", |l| l.program.as_str())
    }

    /// Restarts the tool, a few times with growing pauses. `Ok(false)` when stopped meanwhile.
    async fn restart(&mut self, stop: &mut oneshot::Receiver<()>) -> Result<bool, Error> {
        let Some(launch) = self.launch.clone() else { return Ok(false) };
        if let Some(mut old) = self.child.take() {
            old.stop().await;
        }
        let mut last = None;
        for n in 0..RESTARTS {
            if n > 0 {
                tokio::select! {
                    _ = tokio::time::sleep(Duration::from_secs(1 << (n - 1))) => {}
                    _ = &mut *stop => return Ok(false),
                }
            }
            let opened = tokio::select! {
                r = open(&launch, self.spec.timeout) => r,
                _ = &mut *stop => return Ok(false),
            };
            match opened {
                Ok((c, base)) => {
                    self.child = Some(c);
                    self.url_changed(delivery_url(&base, &self.path)).await;
                    return Ok(true);
                }
                Err(e) => {
                    self.ctx.warn(format!("restart {} of {RESTARTS} failed: {}", n + 1, e.message));
                    last = Some(e);
                }
            }
        }
        let e = last.unwrap_or_else(|| Error::internal("no restart attempted"));
        Err(Error::network(format!("the tunnel could not be restarted: {}", e.message))
            .with_hint(e.hint.unwrap_or_else(|| "run the tool by hand to see what fails".into())))
    }

    async fn url_changed(&mut self, url: String) {
        announce(&self.ctx, &url, true);
        if url == self.url {
            return;
        }
        let change = UrlChange { old: std::mem::replace(&mut self.url, url.clone()), new: url.clone() };
        let _ = self.url_tx.send(url);
        if let Some(hook) = &self.on_change {
            hook(change).await;
        }
    }
}

/// The child's next event; pending when there is no child (a tunnel the user runs).
async fn next_event(child: &mut Option<Child>) -> Event {
    match child {
        Some(c) => c.next().await,
        None => std::future::pending().await,
    }
}
