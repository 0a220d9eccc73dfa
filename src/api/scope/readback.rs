//! A change whose answer was lost (issue 10, item 4): the mutation went out once and is never
//! resent; instead the subscription is read back (a query, retried like queries) and what the
//! server holds says whether the change applied. A failed read-back leaves the outcome unknown.

use std::future::Future;

use super::{ApiError, Client};

/// `sent` as is, unless its outcome is unknown: then `id` is read back with `read` (awaited
/// only then) and `applied` decides from what it answered (`None` when it no longer exists)
/// whether the change took effect.
pub(super) async fn settle<T, S>(
    sent: Result<T, ApiError>,
    client: &Client,
    id: &str,
    what: &str,
    read: impl Future<Output = Result<S, ApiError>>,
    applied: impl FnOnce(Option<&S>) -> Option<T>,
) -> Result<T, ApiError> {
    let lost = match sent {
        Err(lost @ ApiError::OutcomeUnknown { .. }) => lost,
        other => return other,
    };
    let ctx = client.ctx();
    ctx.info(format!("note: {lost}; reading {id} back"));
    let state = match read.await {
        Ok(s) => Some(s),
        Err(e) if e.is_not_found() => None,
        Err(e) => {
            ctx.debug(format!("reading {id} back failed: {e}"));
            return Err(lost);
        }
    };
    match applied(state.as_ref()) {
        Some(done) => {
            ctx.info(format!("note: {id} read back: {what} applied"));
            Ok(done)
        }
        None => Err(ApiError::NotApplied { what: format!("{what} {id}") }),
    }
}
