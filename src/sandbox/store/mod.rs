//! Records and the SQL that reads and writes them. Plain functions over a connection (or a
//! transaction), so the GraphQL resolvers, the CLI's direct commands (`token create`,
//! `fixtures load`) and the delivery worker share them. Times are milliseconds since the epoch.
//!
//! One file per table; every item is re-exported here, so callers say `store::get_delivery`.

mod deliveries;
mod errors;
mod meta;
mod nodes;
mod page;
mod subscriptions;
mod tokens;

pub use deliveries::*;
pub use errors::*;
pub use meta::*;
pub use nodes::*;
pub use page::*;
pub use subscriptions::*;
pub use tokens::*;
