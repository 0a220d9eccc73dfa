//! The one scheduler under the sandbox's three delivery workers (Scope's notifications,
//! first-generation notifications, Sentera events):
//!
//! - one wake signal: [`Scheduler::wake`] after queueing anything or moving the clock wakes
//!   every worker (a generation counter on a `watch` channel, so no wake-up is lost between a
//!   worker's look and its sleep);
//! - the claim set: rows a worker of this process is sending, so none is sent twice at once;
//! - progress: fired when a claimed row is written back (what a clock advance waits for);
//! - the retry policy of Scope's notifications (Sidekiq's schedule, the auto-disable limits);
//! - the clock-advance window: while `sandboxAdvanceClock` runs the retries due up to a time,
//!   an attempt happens at its own due time, so the schedule is the same as in real time.

use std::collections::HashSet;
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, Ordering};

use tokio::sync::{Notify, watch};

/// Retries after the first attempt, as the guide says ("25 retries over the next 21 days").
pub const RETRIES: i64 = 25;
/// Failed attempts of one notification in a row that disable its subscription.
pub const MAX_CONSECUTIVE_FAILURES: i64 = 25;
/// Errors of one subscription within an hour that it may have; one more disables it.
pub const MAX_ERRORS_PER_HOUR: i64 = 100;
/// The shortest retry delay ([`retry_delay_secs`]`(0, 0)`): an attempt at `t` is never retried
/// before `t + MIN_RETRY_DELAY_MS`, which is what lets a clock advance run a window at once.
pub const MIN_RETRY_DELAY_MS: i64 = 15_000;

/// Seconds before retry `n` (the first retry is `n = 0`): Sidekiq's default
/// `n⁴ + 15 + rand(10) · (n + 1)`, with `jitter` the `rand(10)` (0..=9).
pub fn retry_delay_secs(n: i64, jitter: i64) -> i64 {
    n.pow(4) + 15 + jitter * (n + 1)
}

const NO_WINDOW: i64 = i64::MIN;

#[derive(Debug)]
pub struct Scheduler {
    wake: watch::Sender<u64>,
    /// Rows claimed by this process and not yet written back.
    in_flight: Mutex<HashSet<i64>>,
    /// Fired after every claimed row is written back.
    progress: Notify,
    /// One clock advance at a time.
    pub(crate) advance: tokio::sync::Mutex<()>,
    /// The start of the clock-advance window being run, or [`NO_WINDOW`].
    window: AtomicI64,
}

impl Default for Scheduler {
    fn default() -> Self {
        Scheduler {
            wake: watch::Sender::new(0),
            in_flight: Mutex::default(),
            progress: Notify::new(),
            advance: tokio::sync::Mutex::new(()),
            window: AtomicI64::new(NO_WINDOW),
        }
    }
}

impl Scheduler {
    /// Wakes every worker: something was queued, the clock moved, or an attempt finished.
    pub fn wake(&self) {
        self.wake.send_modify(|n| *n = n.wrapping_add(1));
    }

    /// A receiver for [`wake`](Self::wake); `changed()` on it returns after the next wake.
    pub fn waker(&self) -> watch::Receiver<u64> {
        self.wake.subscribe()
    }

    pub(crate) fn claim(&self, id: i64) -> bool {
        self.in_flight.lock().unwrap_or_else(|p| p.into_inner()).insert(id)
    }

    pub(crate) fn release(&self, id: i64) {
        self.in_flight.lock().unwrap_or_else(|p| p.into_inner()).remove(&id);
        // The worker and a clock advance listen: a retry may now be due sooner.
        self.progress.notify_waiters();
    }

    /// Releases a batch of rows written back together; wakes the waiters once.
    pub(crate) fn release_all(&self, ids: &[i64]) {
        let mut in_flight = self.in_flight.lock().unwrap_or_else(|p| p.into_inner());
        for id in ids {
            in_flight.remove(id);
        }
        drop(in_flight);
        self.progress.notify_waiters();
    }

    /// How many notifications are being sent right now.
    pub fn in_flight(&self) -> usize {
        self.in_flight.lock().unwrap_or_else(|p| p.into_inner()).len()
    }

    /// A future that completes at the next write-back (create it before checking).
    pub(crate) fn progress(&self) -> tokio::sync::futures::Notified<'_> {
        self.progress.notified()
    }

    pub(crate) fn open_window(&self, start: i64) {
        self.window.store(start, Ordering::SeqCst);
    }

    pub(crate) fn close_window(&self) {
        self.window.store(NO_WINDOW, Ordering::SeqCst);
    }

    /// When an attempt of a row due at `due` happens, `now` being the sandbox clock: at its due
    /// time inside a clock-advance window, now otherwise.
    pub fn attempt_time(&self, due: i64, now: i64) -> i64 {
        let start = self.window.load(Ordering::SeqCst);
        if start != NO_WINDOW && due >= start && due <= now { due } else { now }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shortest_delay_bounds_the_window() {
        assert_eq!(retry_delay_secs(0, 0) * 1000, MIN_RETRY_DELAY_MS);
    }

    #[test]
    fn attempts_inside_a_window_happen_when_due() {
        let s = Scheduler::default();
        assert_eq!(s.attempt_time(5, 10), 10);
        s.open_window(3);
        assert_eq!(s.attempt_time(5, 10), 5);
        assert_eq!(s.attempt_time(2, 10), 10, "due before the window: late, so now");
        s.close_window();
        assert_eq!(s.attempt_time(5, 10), 10);
    }

    #[tokio::test]
    async fn one_wake_reaches_every_worker() {
        let s = Scheduler::default();
        let (mut a, mut b) = (s.waker(), s.waker());
        s.wake();
        a.changed().await.unwrap();
        b.changed().await.unwrap();
    }
}
