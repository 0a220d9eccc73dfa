//! `hookctl listen --ui`: a local web inspector of the deliveries the listener captures — a page
//! (assets embedded, nothing from the network) and a JSON API on `--ui-addr`:
//!
//! - `GET /api/captures?offset=&limit=&topic=&verdict=&status=&q=` newest first, one page;
//! - `GET /api/captures/{id}` one in full; `GET /api/captures/{id}/record` its `--save` line;
//!   `GET /api/captures.jsonl` all of them in the `--save` format;
//! - `POST /api/captures/{id}/replay` `{"to", "body", "headers", "sign"}`; `DELETE /api/captures`;
//! - `GET /api/events` server-sent events (`capture`, `clear`, `resync`).
//!
//! Off loopback every API request needs the generated token in the `X-Hookctl-Token` header.
//! Writes from another origin are refused; the page inserts every captured value as text.

mod api;
mod replay;
pub mod store;
mod view;

use std::net::SocketAddr;
use std::sync::Arc;

pub use store::{Forwarded, Store};

use crate::delivery::Engine;
use crate::error::{Error, Result};
use crate::listener::Config;
use crate::secret::Secret;

/// The `listen` flags of the inspector.
#[derive(Debug, Clone, clap::Args)]
pub struct UiArgs {
    /// Serve a web inspector of the deliveries (and a JSON API) on --ui-addr.
    #[arg(long)]
    pub ui: bool,
    /// Address of the inspector; off loopback it requires a token (printed once on stderr).
    #[arg(long, value_name = "HOST:PORT", default_value = "127.0.0.1:4040")]
    pub ui_addr: String,
    /// With --ui: open the inspector in a browser, when one is available.
    #[arg(long, requires = "ui")]
    pub open: bool,
    /// How many deliveries the inspector keeps in memory.
    #[arg(long, value_name = "N", default_value_t = 1000, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub ui_keep: u64,
    /// With --ui and --save: also show what the save file already holds.
    #[arg(long, requires_all = ["ui", "save"])]
    pub ui_load: bool,
}

/// An inspector whose store is wired into the listener's config, not yet serving.
pub struct Pending {
    args: UiArgs,
    store: Arc<Store>,
    secret: Option<Secret>,
    forward_to: Option<String>,
}

/// The running inspector (it serves until the process ends).
pub struct Running {
    pub addr: SocketAddr,
    _task: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl UiArgs {
    /// With `--ui`: makes the store the listener feeds and wires it into `config`.
    pub fn attach(&self, config: &mut Config) -> Result<Option<Pending>> {
        if !self.ui {
            return Ok(None);
        }
        let store = Arc::new(Store::new(self.ui_keep as usize));
        if self.ui_load
            && let Some(path) = config.save.as_ref().filter(|p| p.exists())
        {
            let bad = store
                .load(path)
                .map_err(|e| Error::input(format!("cannot read {} for --ui-load: {e}", path.display())))?;
            if bad > 0 {
                eprintln!("warning: {bad} lines of {} are not captures; not shown", path.display());
            }
        }
        config.inspector = Some(store.clone());
        Ok(Some(Pending {
            args: self.clone(),
            store,
            secret: config.secret.clone(),
            forward_to: config.forward_to.as_ref().map(|u| u.to_string()),
        }))
    }
}

/// Starts the inspector next to a started listener (`listener` is its delivery URL) and
/// announces its address on stderr.
pub async fn serve(
    pending: Option<Pending>,
    listener: &crate::listener::ListenerHandle,
) -> Result<Option<Running>> {
    let Some(p) = pending else { return Ok(None) };
    let socket = tokio::net::TcpListener::bind(p.args.ui_addr.as_str()).await.map_err(|e| {
        Error::network(format!("cannot serve the inspector on {}: {e}", p.args.ui_addr))
            .with_hint("pick another --ui-addr (port 0 for a free one)")
    })?;
    let addr = socket.local_addr().map_err(|e| Error::network(format!("no local address: {e}")))?;
    let loopback = addr.ip().is_loopback();
    let token = (!loopback).then(|| Secret::new(uuid::Uuid::new_v4().simple().to_string()));
    let hosts = loopback.then(|| vec![addr.to_string(), format!("localhost:{}", addr.port())]);
    let engine = Engine::new(replay::TIMEOUT).map_err(Error::internal)?;
    let app = Arc::new(api::App {
        store: p.store,
        engine,
        secret: p.secret,
        forward_to: p.forward_to,
        listener_base: format!("http://{}", listener.addr()),
        listener_url: listener.url(),
        token: token.clone(),
        hosts,
    });
    let router = api::router(app);
    let task = tokio::spawn(async move { axum::serve(socket, router).await });
    // The token is printed once, as a fragment: browsers never send fragments to servers or log them.
    let url = match &token {
        Some(t) => format!("http://{addr}/#token={}", t.expose()),
        None => format!("http://{addr}/"),
    };
    let note = if token.is_some() { "  (not on loopback: API calls need this token)" } else { "" };
    eprintln!("inspector on {url}{note}");
    if p.args.open {
        open_browser(&url);
    }
    Ok(Some(Running { addr, _task: task }))
}

/// `xdg-open` (or macOS `open`); silently nothing when neither is there.
fn open_browser(url: &str) {
    for cmd in ["xdg-open", "open"] {
        let spawned = std::process::Command::new(cmd)
            .arg(url)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn();
        if spawned.is_ok() {
            return;
        }
    }
}
