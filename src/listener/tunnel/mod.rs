//! Tunnels for `hookctl listen`: the user's installed tunnel tool run as a child (or a tunnel
//! the user already runs), its public URL read from its output, a periodic probe through that
//! URL back to the listener, and a stop (or a restart) when the tunnel dies.
//!
//! ```text
//! args ──spec()──▶ Spec ──start(target)──▶ Running ──down()──▶ Error (exit code 4)
//!                          │ child::spawn, wait_url        │ supervise: child exit, probe,
//!                          ▼                               ▼ restart, URL-changed hook
//!                      "tunnel: URL" (stderr; -o json: {"event":"tunnel","url":…} on stdout)
//! ```

mod child;
pub mod command;
pub mod parse;
mod probe;
mod supervise;

use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{oneshot, watch};

pub use command::{Launch, Preset};
pub use probe::PROBE_HEADER;

use crate::duration;
use crate::error::{Error, Exit, Result};
use crate::output::{self, Ctx};

/// The tunnel flags of `hookctl listen`.
#[derive(Debug, Clone, clap::Args)]
pub struct TunnelArgs {
    /// Expose the listener through this installed tool, run as a child and stopped on exit
    /// (hookctl never downloads it).
    #[arg(long, value_enum, value_name = "TOOL", help_heading = "Tunnel",
          conflicts_with_all = ["tunnel_command", "tunnel_url"])]
    pub tunnel: Option<Preset>,
    /// Run this command as the tunnel: `{port}` (and `{host}`) are replaced, the words split as
    /// a shell would, no shell runs it; its first http(s) URL is the public URL.
    #[arg(long, value_name = "CMD", help_heading = "Tunnel", conflicts_with = "tunnel_url")]
    pub tunnel_command: Option<String>,
    /// Use a tunnel you already run: its public base URL (--path is appended). It is probed too.
    #[arg(long, value_name = "URL", help_heading = "Tunnel")]
    pub tunnel_url: Option<url::Url>,
    /// The bore server for --tunnel bore (`bore local PORT --to SERVER`).
    #[arg(long, value_name = "HOST", required_if_eq("tunnel", "bore"), help_heading = "Tunnel")]
    pub tunnel_server: Option<String>,
    /// How long to wait for the tool to print its public URL.
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = duration::parse,
          help_heading = "Tunnel")]
    pub tunnel_timeout: Duration,
    /// Check this often that the tunnel reaches the listener (a GET through the public URL);
    /// when it does not, listen exits with code 4.
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = duration::parse,
          help_heading = "Tunnel")]
    pub tunnel_probe: Duration,
    /// Restart the tool when it exits or stops answering, instead of exiting.
    #[arg(long, conflicts_with = "tunnel_url", help_heading = "Tunnel")]
    pub tunnel_restart: bool,
}

/// Where the public URL comes from.
#[derive(Debug, Clone)]
pub enum Source {
    Preset {
        preset: Preset,
        server: Option<String>,
    },
    Command(String),
    /// A tunnel the user runs: its base URL.
    Url(url::Url),
}

/// The validated tunnel settings.
#[derive(Debug, Clone)]
pub struct Spec {
    pub source: Source,
    pub timeout: Duration,
    pub probe: Duration,
    pub restart: bool,
}

impl TunnelArgs {
    /// The settings, or `None` without a tunnel flag; usage errors before anything starts.
    pub fn spec(&self) -> Result<Option<Spec>> {
        let source = match (&self.tunnel, &self.tunnel_command, &self.tunnel_url) {
            (Some(p), _, _) => Source::Preset { preset: *p, server: self.tunnel_server.clone() },
            (_, Some(c), _) => {
                command::split(c).map_err(Error::usage)?;
                Source::Command(c.clone())
            }
            (_, _, Some(u)) => {
                if !matches!(u.scheme(), "http" | "https") {
                    return Err(Error::usage(format!("--tunnel-url needs an http(s) URL, not {u}")));
                }
                Source::Url(u.clone())
            }
            _ => {
                if self.tunnel_restart || self.tunnel_server.is_some() {
                    return Err(Error::usage(
                        "--tunnel-restart and --tunnel-server need --tunnel or --tunnel-command",
                    ));
                }
                return Ok(None);
            }
        };
        if self.tunnel_server.is_some() && self.tunnel != Some(Preset::Bore) {
            return Err(Error::usage("--tunnel-server is for --tunnel bore"));
        }
        if self.tunnel_probe < Duration::from_millis(100) || self.tunnel_timeout.is_zero() {
            return Err(Error::usage("--tunnel-probe must be at least 100ms and --tunnel-timeout above 0"));
        }
        Ok(Some(Spec {
            source,
            timeout: self.tunnel_timeout,
            probe: self.tunnel_probe,
            restart: self.tunnel_restart,
        }))
    }
}

/// The listener a tunnel points at.
#[derive(Debug, Clone)]
pub struct Target {
    pub addr: SocketAddr,
    /// The delivery path (`/` or `/hooks`).
    pub path: String,
    /// What the listener answers a GET on its path with, in `PROBE_HEADER`.
    pub nonce: String,
}

/// A change of the public delivery URL after a restart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlChange {
    pub old: String,
    pub new: String,
}

/// Called (and awaited) when a restarted tunnel has a new URL, before probing resumes: the
/// place to re-point subscriptions at it.
pub type OnUrlChange = Arc<dyn Fn(UrlChange) -> Pin<Box<dyn Future<Output = ()> + Send>> + Send + Sync>;

/// A running tunnel: its supervisor owns the child process.
pub struct Running {
    url: watch::Receiver<String>,
    down: Option<oneshot::Receiver<Error>>,
    stop: Option<oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
}

impl Running {
    /// The public delivery URL now (the tunnel's URL plus the listener's path).
    pub fn url(&self) -> String {
        self.url.borrow().clone()
    }

    /// Every URL change from now on.
    pub fn url_changes(&self) -> watch::Receiver<String> {
        self.url.clone()
    }

    /// Resolves when the tunnel is down for good (never while it runs or after `stop`).
    pub async fn down(&mut self) -> Error {
        let Some(rx) = self.down.as_mut() else { return std::future::pending().await };
        let got = rx.await;
        self.down = None;
        match got {
            Ok(e) => e,
            Err(_) => std::future::pending().await,
        }
    }

    /// Stops the tool (SIGTERM, then SIGKILL after a grace period) and the supervisor.
    pub async fn stop(mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        let _ = (&mut self.task).await;
    }
}

/// `Running::down` for an optional tunnel: pending without one.
pub async fn down(tunnel: &mut Option<Running>) -> Error {
    match tunnel {
        Some(t) => t.down().await,
        None => std::future::pending().await,
    }
}

/// Stops an optional tunnel.
pub async fn stop(tunnel: Option<Running>) {
    if let Some(t) = tunnel {
        t.stop().await;
    }
}

/// Starts the tunnel for `target` and waits for its public URL (printed on stderr, and as an
/// event line on stdout with `-o json`).
pub async fn start(spec: Spec, target: Target, ctx: &Ctx, on_change: Option<OnUrlChange>) -> Result<Running> {
    let launch = match &spec.source {
        Source::Preset { preset, server } => Some(Launch::preset(*preset, target.addr, server.as_deref())),
        Source::Command(c) => Some(Launch::custom(c, target.addr).map_err(Error::usage)?),
        Source::Url(_) => None,
    };
    let prober = probe::Prober::new(target.nonce.clone(), spec.probe);
    let (child, base) = match (&launch, &spec.source) {
        (Some(l), _) => {
            // A custom command line may carry a token: show only its program.
            let shown = if l.install.is_some() { l.display() } else { format!("{} …", l.program) };
            ctx.info(format!("starting the tunnel: {shown}"));
            // Ctrl-C here must not leave the tool behind: dropping it kills it.
            let (c, u) = tokio::select! {
                r = open(l, spec.timeout) => r?,
                _ = interrupted() => return Err(Error::new(Exit::Interrupted, "interrupted while starting the tunnel")),
            };
            (Some(c), u)
        }
        (None, Source::Url(u)) => (None, u.to_string()),
        (None, _) => return Err(Error::internal("a tunnel with neither a tool nor a URL")),
    };
    let url = delivery_url(&base, &target.path);
    announce(ctx, &url, false);
    if child.is_none()
        && let Err(e) = prober.check(&url).await
    {
        ctx.warn(format!(
            "the tunnel does not reach this listener yet ({e}); it is probed every {} s",
            spec.probe.as_secs_f64()
        ));
    }
    ctx.info(format!("  probing the tunnel every {} s", spec.probe.as_secs_f64()));
    let (url_tx, url_rx) = watch::channel(url.clone());
    let (down_tx, down_rx) = oneshot::channel();
    let (stop_tx, stop_rx) = oneshot::channel();
    let sup = supervise::Supervisor {
        launch,
        child,
        url,
        path: target.path,
        prober,
        spec,
        ctx: ctx.clone(),
        on_change,
        url_tx,
    };
    let task = tokio::spawn(sup.run(stop_rx, down_tx));
    Ok(Running { url: url_rx, down: Some(down_rx), stop: Some(stop_tx), task })
}

/// Starts the tool and reads its public URL.
async fn open(launch: &Launch, timeout: Duration) -> Result<(child::Child, String)> {
    let mut c = child::spawn(launch)?;
    let mut reader = parse::UrlReader::new(launch.format);
    let url = c.wait_url(&mut reader, timeout).await?;
    Ok((c, url))
}

/// Ctrl-C or SIGTERM (listen's own handler is not running yet while the tunnel starts).
async fn interrupted() {
    #[cfg(unix)]
    if let Ok(mut term) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
        return;
    }
    let _ = tokio::signal::ctrl_c().await;
}

/// The tunnel's base URL joined with the listener's path.
pub fn delivery_url(base: &str, path: &str) -> String {
    format!("{}/{}", base.trim_end_matches('/'), path.trim_start_matches('/'))
}

/// "tunnel: URL" on stderr (even with --quiet: it is what the user came for), and the event
/// line on stdout with `-o json`.
fn announce(ctx: &Ctx, url: &str, restarted: bool) {
    eprintln!("tunnel: {url}");
    if ctx.is_json() {
        let mut ev = serde_json::json!({"event": "tunnel", "url": url});
        if restarted {
            ev["restarted"] = true.into();
        }
        output::json_line(&ev);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delivery_urls_join_the_path() {
        assert_eq!(delivery_url("https://a.trycloudflare.com", "/"), "https://a.trycloudflare.com/");
        assert_eq!(delivery_url("http://127.0.0.1:5/", "/hooks"), "http://127.0.0.1:5/hooks");
    }

    /// The hook the session-subscription work will use: called with the old and new URL.
    #[cfg(unix)]
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_restart_with_a_new_url_calls_the_hook() {
        use crate::output::{ColorChoice, OutputFormat};
        let dir = tempfile::tempdir().unwrap();
        let handle = crate::listener::start(crate::listener::Config::default()).await.unwrap();
        let relay = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tunnel/relay.py");
        let pid_file = dir.path().join("relay.pid");
        let command = format!("python3 '{relay}' --pid-file '{}' {{port}}", pid_file.display());
        let spec = Spec {
            source: Source::Command(command),
            timeout: Duration::from_secs(20),
            probe: Duration::from_secs(60),
            restart: true,
        };
        let (tx, mut changes) = tokio::sync::mpsc::unbounded_channel();
        let hook: OnUrlChange = Arc::new(move |c| {
            let tx = tx.clone();
            Box::pin(async move {
                let _ = tx.send(c);
            })
        });
        let ctx = Ctx::new(OutputFormat::Table, true, ColorChoice::Never, true, 0);
        let tunnel = start(spec, handle.tunnel_target(), &ctx, Some(hook)).await.unwrap();
        let first = tunnel.url();
        let pid = std::fs::read_to_string(&pid_file).unwrap();
        std::fs::remove_file(&pid_file).unwrap();
        std::process::Command::new("kill").args(["-KILL", pid.trim()]).status().unwrap();
        let change = tokio::time::timeout(Duration::from_secs(20), changes.recv()).await.unwrap().unwrap();
        assert_eq!(change.old, first);
        assert_ne!(change.new, first);
        assert_eq!(tunnel.url(), change.new);
        tunnel.stop().await;
        handle.shutdown().await;
    }
}
