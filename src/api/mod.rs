//! The typed GraphQL clients of the vendor APIs.
//!
//! `client` is the shared HTTP transport (auth header, timeout, retries, error decoding);
//! `scope/` and `sentera/` run the operation files of `graphql/` and `graphql/sentera/` and
//! convert between the generated `Variables`/`ResponseData` and plain domain types, so nothing
//! outside this directory sees a generated type.

pub mod adapt;
pub mod client;
pub mod scope;
pub mod sentera;

pub use crate::provider::Provider;
pub use client::{ApiError, Client, ClientOptions, FieldError};

/// The page size used when listing: the most the API allows.
pub const PAGE_SIZE: i64 = 250;

/// One page of a connection, already converted to domain types.
#[derive(Debug, Clone)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Absent where the server gives no count (the vendor documents promise none).
    pub total_count: Option<i64>,
    /// The cursor of the next page, when there is one.
    pub next: Option<String>,
}

impl<T> From<Page<T>> for crate::output::PageOf<T> {
    fn from(p: Page<T>) -> Self {
        crate::output::PageOf { items: p.items, next: p.next }
    }
}

/// Every item of the pages `fetch` answers, following the cursors from the first page.
pub async fn all_pages<T, Fut>(mut fetch: impl FnMut(Option<String>) -> Fut) -> Result<Vec<T>, ApiError>
where
    Fut: std::future::Future<Output = Result<Page<T>, ApiError>>,
{
    let (mut all, mut after, mut seen) = (Vec::new(), None, Cursors::default());
    loop {
        let page = fetch(after).await?;
        all.extend(page.items);
        match page.next {
            Some(next) => after = Some(seen.check(next)?),
            None => return Ok(all),
        }
    }
}

/// The cursors followed so far: a server that answers one twice would page forever.
#[derive(Default)]
pub(crate) struct Cursors(std::collections::HashSet<String>);

impl Cursors {
    /// `next`, unless it was followed before.
    pub(crate) fn check(&mut self, next: String) -> Result<String, ApiError> {
        if self.0.insert(next.clone()) {
            Ok(next)
        } else {
            Err(ApiError::Malformed {
                detail: format!("the server answered the page cursor {next:?} twice; stopped paging"),
            })
        }
    }
}

/// The cursor to follow, if the page says there is a next one.
pub(crate) fn next_cursor(has_next_page: bool, end_cursor: Option<String>) -> Option<String> {
    if has_next_page { end_cursor } else { None }
}
