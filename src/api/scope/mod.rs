//! Scope's webhook API (and the sandbox-only fields of its schema): one module per group of
//! operation files in `graphql/`.

pub mod deliveries;
pub mod delivery_list;
pub mod errors;
pub mod first_generation;
mod readback;
pub mod sandbox;
pub mod scalars;
pub mod subscriptions;
pub mod topics;
pub mod viewer;

use super::{ApiError, Client, FieldError, PAGE_SIZE, Page, all_pages, next_cursor};
