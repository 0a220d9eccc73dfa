//! One module per command or noun; each turns its arguments and the resolved
//! [`Context`](crate::context::Context) into a call and a value that renders itself. `lib.rs`
//! dispatches to them; nothing here imports `cli`.

pub mod api;
pub mod args;
pub mod completions;
pub mod config;
pub mod deliveries;
pub mod demo;
pub mod errors;
pub mod events;
pub mod listen;
pub mod login;
pub mod manifest;
pub mod render;
pub mod replay;
pub mod sandbox;
pub mod send;
pub mod sign;
pub mod subscriptions;
pub mod topics;
pub mod verify;

use crate::context::Provider;
use crate::error::Error;

/// The error for a command one API cannot do (exit code 2, like other usage errors).
pub fn unsupported(command: &str, provider: Provider, why: &str, hint: &str) -> Error {
    Error::usage(format!("`hookctl {command}` is not available with {}: {why}", provider.label()))
        .with_hint(hint)
}
