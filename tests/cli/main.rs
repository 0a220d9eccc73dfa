//! One integration-test binary (links once, runs fast): a module per area, driving the built
//! `hookctl` binary against servers it starts on free loopback ports.

mod support;

mod api;
mod client_faults;
mod completions;
mod config;
mod dashboard;
mod deliver;
mod deliveries;
mod demo;
mod errors;
mod errors_replay;
mod first_generation;
mod foreign_commands;
mod foreign_servers;
mod help;
mod inspector;
mod liquid_conformance;
mod listen;
mod manifest;
mod render;
mod replay;
mod roundtrip;
mod sandbox;
mod send;
mod sentera;
#[cfg(unix)]
mod sessions;
mod sign_verify;
mod subscriptions;
mod topics;
#[cfg(unix)]
mod tunnel;
