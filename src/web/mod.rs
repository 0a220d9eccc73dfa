//! What the two browser pages (the listener's inspector and the sandbox dashboard) share: one
//! script of DOM and token helpers, embedded once and served by each server beside its own.

/// `$`, `el` (elements from text, never HTML) and `pageToken` (the `#token=` fragment).
pub const PAGE_JS: &str = include_str!("page.js");
