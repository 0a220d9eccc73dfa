//! Records and the SQL that reads and writes them. Plain functions over a connection (or a
//! transaction), so the GraphQL resolvers, the CLI's direct commands (`token create`,
//! `fixtures load`) and the delivery worker share them. Times are milliseconds since the epoch.
//!
//! The tables every API of the sandbox shares (meta, nodes, tokens) and paging; Scope's own
//! tables are in [`crate::sandbox::scope::store`]. One file per table; every item is re-exported
//! here, so callers say `store::get_node`.

mod meta;
mod nodes;
mod page;
mod tokens;

pub use meta::*;
pub use nodes::*;
pub use page::*;
pub use tokens::*;
