//! The benchmark baseline for `benches/listen.sh`: a minimal HTTP server (axum on hyper, the same
//! stack and runtime as `hookctl listen`) that answers 200 to everything and does nothing else.
//!
//! `cargo run --release --example baseline_server -- PORT`

use axum::Router;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let port: u16 = std::env::args().nth(1).and_then(|p| p.parse().ok()).unwrap_or(0);
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    eprintln!("listening on http://{}/", listener.local_addr()?);
    let app = Router::new().fallback(|| async { "ok\n" });
    axum::serve(listener, app).await
}
