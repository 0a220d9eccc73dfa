//! The Liquid engine compiled straight from `src/templates` (a self-contained module) for the
//! two Liquid targets; the other targets use the `hookctl` crate itself, whose server, network
//! and terminal crates build unoptimized (see Cargo.toml): linked, never run.
#![allow(dead_code, unused_imports)]

#[path = "../../src/templates/mod.rs"]
pub mod templates;
