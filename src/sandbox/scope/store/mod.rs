//! Scope's tables (subscriptions, deliveries, webhook errors) and their SQL. The shared tables
//! (meta, nodes, tokens) and paging are re-exported, so Scope's code says `store::get_delivery`
//! and `store::get_node` alike.

mod deliveries;
mod errors;
mod subscriptions;

pub use crate::sandbox::store::*;
pub use deliveries::*;
pub use errors::*;
pub use subscriptions::*;
