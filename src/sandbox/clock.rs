//! The sandbox clock: wall time, sped up by `--time-scale`, plus a stored offset that
//! `sandboxAdvanceClock` moves forward. Every timestamp the sandbox writes comes from here, and
//! the delivery worker compares `next_attempt_at` against it.
//!
//! Times are milliseconds since the Unix epoch (UTC).

use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Instant;

#[derive(Debug)]
pub struct Clock {
    /// Wall time when the clock was created.
    start_wall_ms: i64,
    start: Instant,
    scale: f64,
    /// Milliseconds added by `advance` (persisted by the store in `meta`).
    offset_ms: AtomicI64,
}

pub fn wall_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

impl Clock {
    /// A clock running `scale` times faster than wall time, starting `offset_ms` ahead of it.
    pub fn new(scale: f64, offset_ms: i64) -> Clock {
        let scale = if scale.is_finite() && scale > 0.0 { scale } else { 1.0 };
        Clock { start_wall_ms: wall_ms(), start: Instant::now(), scale, offset_ms: AtomicI64::new(offset_ms) }
    }

    /// Now, on the sandbox clock.
    pub fn now_ms(&self) -> i64 {
        let elapsed = self.start.elapsed().as_millis() as f64 * self.scale;
        self.start_wall_ms + elapsed as i64 + self.offset_ms.load(Ordering::SeqCst)
    }

    pub fn scale(&self) -> f64 {
        self.scale
    }

    pub fn offset_ms(&self) -> i64 {
        self.offset_ms.load(Ordering::SeqCst)
    }

    /// Moves the clock forward; answers the new offset (for the store to persist).
    pub fn advance(&self, ms: i64) -> i64 {
        self.offset_ms.fetch_add(ms, Ordering::SeqCst) + ms
    }

    /// How long to wait on the real clock for `sandbox_ms` to pass on this one.
    pub fn real_duration(&self, sandbox_ms: i64) -> std::time::Duration {
        let ms = (sandbox_ms.max(0) as f64 / self.scale).ceil() as u64;
        std::time::Duration::from_millis(ms)
    }
}

/// Formats milliseconds since the epoch as RFC 3339 UTC with milliseconds, e.g. `2020-10-20T18:06:02.000Z`.
pub fn rfc3339(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .unwrap_or_default()
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// Parses an RFC 3339 timestamp into milliseconds since the epoch.
pub fn parse_rfc3339(s: &str) -> Option<i64> {
    chrono::DateTime::parse_from_rfc3339(s.trim()).ok().map(|t| t.timestamp_millis())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn advances_and_scales() {
        let c = Clock::new(1.0, 0);
        let before = c.now_ms();
        c.advance(3_600_000);
        assert!(c.now_ms() >= before + 3_600_000);
        assert_eq!(c.offset_ms(), 3_600_000);
        let fast = Clock::new(1000.0, 0);
        assert_eq!(fast.real_duration(5000), std::time::Duration::from_millis(5));
        assert_eq!(Clock::new(-1.0, 0).scale(), 1.0);
    }

    #[test]
    fn formats_and_parses() {
        assert_eq!(rfc3339(1_603_217_162_000), "2020-10-20T18:06:02.000Z");
        assert_eq!(parse_rfc3339("2020-10-20T18:06:02Z"), Some(1_603_217_162_000));
        assert_eq!(parse_rfc3339("2020-10-20T20:06:02+02:00"), Some(1_603_217_162_000));
        assert_eq!(parse_rfc3339("yesterday"), None);
    }
}
