//! One integration-test binary (links once, runs fast): a module per area, driving the built
//! `hookctl` binary against servers it starts on free loopback ports.

mod common;

mod completions;
mod receiver;
mod sandbox;
mod send;
mod sign_verify;
