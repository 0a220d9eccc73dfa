//! What every part of the running sandbox shares: the database, the clock, the scheduler, and
//! the names of the organization and user it starts with.

use crate::sandbox::{clock, db, scheduler};

pub const DEFAULT_ORG: &str = "Sandbox Organization";
pub const DEFAULT_USER: &str = "Sandbox Admin";

/// Shared by every request and by the delivery worker.
#[derive(Debug)]
pub struct AppState {
    pub db: db::Db,
    pub clock: clock::Clock,
    pub domain: String,
    /// `http://HOST:PORT`, for URLs the sandbox hands out (the REST fallback of payloads).
    pub base_url: String,
    /// The workers' one wake signal, claim set, retry policy and clock-advance window.
    pub scheduler: scheduler::Scheduler,
}

impl AppState {
    /// The guide's default payload URL for a node: the REST fallback of this sandbox.
    pub fn object_url(&self, global_id: &str) -> String {
        crate::payload::object_url(&self.base_url, global_id)
    }
}
