//! One delivery, exactly as the vendor's server makes it, for every caller (`send`,
//! `subscriptions deliver`, the sandbox's workers):
//!
//! - [`prepare`]: payload → data-validation template → body template → envelope → signature;
//! - [`envelope`]: the request and its headers, also first-generation and Sentera requests;
//! - [`engine`]: POST with a 5 s timeout and no redirects, then [`classify`]: only 2xx
//!   succeeds, and an error-handling template may still turn a 2xx into a failure;
//! - [`snapshot`]: the request and response as error records store and show them.

pub mod engine;
pub mod envelope;
pub mod prepare;
pub mod snapshot;

use std::time::Duration;

pub use engine::{Attempt, Engine, Failure, MAX_RESPONSE_BODY, Response, classify, header};
pub use envelope::{API_VERSION, Envelope, Request, WEBHOOK_TYPE};
pub use prepare::{Notification, PrepareError, Prepared, Templates, Validate, Validation, prepare};

/// The guide's delivery timeout.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(5);
