//! A change whose answer was lost (issue 10, item 4): the mutation went out once and is never
//! resent; instead the subscription is read back (a query, retried like queries) and what the
//! server holds says whether the change applied. A failed read-back leaves the outcome unknown.

use super::subscriptions::{self, Changes, Subscription};
use super::{ApiError, Client};

/// `sent` as is, unless its outcome is unknown: then the subscription `id` is read back and
/// `applied` decides from it (`None` when it no longer exists) whether the change took effect.
pub(super) async fn settle<T>(
    sent: Result<T, ApiError>,
    client: &Client,
    id: &str,
    what: &str,
    applied: impl FnOnce(Option<&Subscription>) -> Option<T>,
) -> Result<T, ApiError> {
    let lost = match sent {
        Err(lost @ ApiError::OutcomeUnknown { .. }) => lost,
        other => return other,
    };
    let ctx = client.ctx();
    ctx.info(format!("note: {lost}; reading {id} back"));
    let state = match subscriptions::get(client, id).await {
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

/// Whether `s` shows every change in `c` that can be read back (the secret cannot).
pub(super) fn shows(c: &Changes, s: &Subscription) -> bool {
    fn same<T: PartialEq + ?Sized>(want: Option<&T>, have: &T) -> bool {
        want.is_none_or(|w| w == have)
    }
    same(c.name.as_deref(), s.name.as_str())
        && same(c.topic.as_deref(), s.topic.key.as_str())
        && same(c.callback_url.as_deref(), s.callback_url.as_str())
        && same(c.disabled.as_ref(), &s.disabled)
        && c.query.as_ref().is_none_or(|q| s.query.as_ref() == Some(q))
        && c.template.as_ref().is_none_or(|t| s.template.as_ref() == Some(t))
}
