//! Scope's API in the sandbox: its GraphQL schema and HTTP routes, its tables (subscriptions,
//! notifications, error records), its topics and fixtures, and the worker that sends its
//! notifications over the shared [`scheduler`](crate::sandbox::scheduler).

pub mod advance;
pub mod fixtures;
pub mod outcome;
pub mod schema;
pub mod server;
pub mod store;
pub mod topics;
pub mod worker;
