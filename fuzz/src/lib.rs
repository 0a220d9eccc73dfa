//! The Liquid engine compiled straight from `src/templates` (a self-contained module), so the
//! fuzz build needs only the engine's four dependencies, not the whole CLI's (tokio, axum,
//! reqwest…): minutes less to build on a small machine. The targets beyond the engine use the
//! `hookctl` crate itself (its server and network crates build unoptimized: see Cargo.toml).
#![allow(dead_code, unused_imports)]

#[path = "../../src/templates/mod.rs"]
pub mod templates;
