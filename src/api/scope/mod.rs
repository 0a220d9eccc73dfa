//! Scope's webhook API (and the sandbox-only fields of its schema): one module per group of
//! operation files in `graphql/`.

/// One `#[derive(GraphQLQuery)]` per operation file, against Scope's schema: responses derive
/// `Debug` (or the `derives` given); a trailing `skip_serializing_none` leaves unset optional
/// variables out of the request.
macro_rules! operation {
    ($vis:vis $name:ident, $file:literal, derives = $derives:literal) => {
        #[derive(graphql_client::GraphQLQuery)]
        #[graphql(
            schema_path = "graphql/schema.graphql",
            query_path = $file,
            custom_scalars_module = "crate::api::scope::scalars",
            response_derives = $derives
        )]
        $vis struct $name;
    };
    ($vis:vis $name:ident, $file:literal $(, $flag:ident)?) => {
        #[derive(graphql_client::GraphQLQuery)]
        #[graphql(
            schema_path = "graphql/schema.graphql",
            query_path = $file,
            custom_scalars_module = "crate::api::scope::scalars",
            response_derives = "Debug"
            $(, $flag)?
        )]
        $vis struct $name;
    };
}

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
