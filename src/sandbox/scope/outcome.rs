//! Writing attempts back: an attempt's [`Outcome`] becomes the delivery's new state, an error
//! record, a retry on the scheduler's policy, or the end of the notification (and perhaps the
//! subscription's auto-disable). The worker hands its outcomes to one writer that commits all
//! outcomes that arrived meanwhile in one transaction ([`apply_batch`]); a row stays `pending` and
//! claimed until its outcome is committed, so delivery stays at-least-once.

use anyhow::Context as _;

use crate::delivery::snapshot::{RequestSnapshot, ResponseSnapshot};
use crate::sandbox::clock::rfc3339;
use crate::sandbox::scheduler::{MAX_CONSECUTIVE_FAILURES, MAX_ERRORS_PER_HOUR, RETRIES, retry_delay_secs};
use crate::sandbox::scope::store::{self, ErrorRow};

const HOUR_MS: i64 = 3_600_000;

/// How an attempt ended.
#[derive(Debug)]
pub(crate) enum Outcome {
    /// A 2xx the error-handling template accepted.
    Delivered { status: u16 },
    /// The data-validation template said no.
    Skipped(String),
    /// Not attempted: the subscription is gone or disabled.
    Abandoned(String),
    /// An error record.
    Failed(Failure),
}

#[derive(Debug)]
pub(crate) struct Failure {
    pub message: String,
    pub request: RequestSnapshot,
    pub response: Option<ResponseSnapshot>,
    pub duration_ms: i64,
    /// False for problems a retry cannot fix.
    pub retry: bool,
}
/// One attempt's outcome waiting to be written back.
#[derive(Debug)]
pub(crate) struct Written {
    pub id: i64,
    pub outcome: Outcome,
    /// The sandbox time of the attempt.
    pub at: i64,
    /// The random part of the retry delay (0..=9).
    pub jitter: i64,
}

/// Writes a batch of outcomes in the transaction `tx`. Each runs in its own savepoint: one that
/// fails (a broken row, say) is rolled back alone and its row put off until `postpone_at`, so
/// the others are still written. Answers the ids that were put off.
pub(crate) fn apply_batch(
    tx: &rusqlite::Connection,
    batch: Vec<Written>,
    postpone_at: i64,
) -> anyhow::Result<Vec<i64>> {
    let mut postponed = Vec::new();
    for w in batch {
        // Cached statements: parsing these two anew for every outcome cost a tenth of the worker.
        tx.prepare_cached("SAVEPOINT outcome")?.execute([])?;
        match apply_outcome(tx, w.id, w.outcome, w.at, w.jitter) {
            Ok(()) => _ = tx.prepare_cached("RELEASE outcome")?.execute([])?,
            Err(e) => {
                eprintln!("sandbox worker: delivery {}: {e:#}; trying again in a minute", w.id);
                tx.execute_batch("ROLLBACK TO outcome; RELEASE outcome")?;
                store::postpone_delivery(tx, w.id, postpone_at)?;
                postponed.push(w.id);
            }
        }
    }
    Ok(postponed)
}

/// Writes an attempt's outcome back to delivery `id`: the error record, the retry or the end of
/// the notification, and the auto-disable rules. `now` is the sandbox time of the outcome and
/// `jitter` the random part of the retry delay (0..=9).
pub(crate) fn apply_outcome(
    tx: &rusqlite::Connection,
    id: i64,
    outcome: Outcome,
    now: i64,
    jitter: i64,
) -> anyhow::Result<()> {
    // Gone with its subscription, or finished meanwhile: nothing to write.
    let Some(mut d) = store::get_delivery(tx, id)? else { return Ok(()) };
    if d.status != store::PENDING {
        return Ok(());
    }
    d.updated_at = now;
    match outcome {
        Outcome::Delivered { status } => {
            d.attempts += 1;
            d.status = store::SUCCEEDED.into();
            d.consecutive_failures = 0;
            d.next_attempt_at = None;
            d.last_response_status = Some(i64::from(status));
            d.outcome = Some(format!("delivered: HTTP {status} on attempt {}", d.attempts));
        }
        Outcome::Skipped(message) => {
            d.status = store::SKIPPED.into();
            d.next_attempt_at = None;
            d.outcome = Some(message);
        }
        Outcome::Abandoned(message) => {
            d.status = store::FAILED.into();
            d.next_attempt_at = None;
            d.outcome = Some(message);
        }
        Outcome::Failed(f) => {
            d.attempts += 1;
            d.consecutive_failures += 1;
            let error_id = store::insert_error_id(
                tx,
                &ErrorRow {
                    id: 0,
                    subscription_id: d.subscription_id,
                    delivery_id: Some(d.id),
                    attempt: d.attempts,
                    message: f.message.clone(),
                    job_id: d.job_id.clone(),
                    request: f.request,
                    response: f.response.clone(),
                    duration_ms: f.duration_ms,
                    created_at: now,
                },
            )?;
            d.last_error_id = Some(error_id);
            d.last_response_status = f.response.as_ref().map(|r| r.status);
            let (disabled, enabled_at) =
                store::disable_state(tx, d.subscription_id)?.context("the subscription vanished")?;
            // Errors from before the subscription was (re-)enabled do not count.
            let since = (now - HOUR_MS).max(enabled_at.unwrap_or(i64::MIN));
            let recent = store::count_errors_since(tx, d.subscription_id, since)?;
            let disable = if recent > MAX_ERRORS_PER_HOUR {
                Some(format!(
                    "disabled automatically: more than {MAX_ERRORS_PER_HOUR} errors within an hour ({recent} since {})",
                    rfc3339(since)
                ))
            } else if d.consecutive_failures >= MAX_CONSECUTIVE_FAILURES {
                Some(format!(
                    "disabled automatically: {MAX_CONSECUTIVE_FAILURES} consecutive failures delivering job {} (last: {})",
                    d.job_id, f.message
                ))
            } else {
                None
            };
            if let Some(reason) = disable {
                if !disabled {
                    store::disable_subscription(tx, d.subscription_id, &reason, now)?;
                }
                d.status = store::FAILED.into();
                d.next_attempt_at = None;
                d.outcome = Some(format!("attempt {} failed: {}; stopped, {reason}", d.attempts, f.message));
            } else if !f.retry || d.attempts > RETRIES {
                d.status = store::FAILED.into();
                d.next_attempt_at = None;
                d.outcome = Some(format!("attempt {} failed: {}; not retried", d.attempts, f.message));
            } else {
                let next = now + retry_delay_secs(d.attempts - 1, jitter) * 1000;
                d.next_attempt_at = Some(next);
                d.outcome = Some(format!(
                    "attempt {} failed: {}; retry {} of {RETRIES} at {}",
                    d.attempts,
                    f.message,
                    d.attempts,
                    rfc3339(next)
                ));
            }
        }
    }
    store::save_delivery(tx, &d)
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::global_id::Kind;
    use crate::sandbox::db::Db;
    use crate::sandbox::scope::store::{DeliveryRow, SubscriptionRow};
    use crate::sandbox::scope::topics;

    #[test]
    fn twenty_five_retries_take_about_21_days() {
        let total = |jitter: i64| (0..RETRIES).map(|n| retry_delay_secs(n, jitter)).sum::<i64>();
        let day = 86_400.0;
        // 1,763,020 s of n⁴, 375 s of 15 s, and 0..=9 × 325 s of jitter: 20.41 to 20.44 days.
        assert_eq!(total(0), 1_763_395);
        assert_eq!(total(9), 1_763_395 + 9 * 325);
        assert!((20.4..20.5).contains(&(total(0) as f64 / day)));
        assert!((20.4..20.5).contains(&(total(9) as f64 / day)));
        assert_eq!(retry_delay_secs(0, 0), 15);
        assert_eq!(retry_delay_secs(0, 9), 24);
        assert_eq!(retry_delay_secs(3, 2), 81 + 15 + 8);
    }

    fn failure() -> Outcome {
        Outcome::Failed(Failure {
            message: "answered HTTP 500; only 2xx counts as received".into(),
            request: RequestSnapshot {
                url: "http://127.0.0.1:9/".into(),
                method: "POST".into(),
                headers: vec![],
                body: "{}".into(),
            },
            response: Some(ResponseSnapshot { status: 500, headers: vec![], body: String::new() }),
            duration_ms: 1,
            retry: true,
        })
    }

    /// A database with one subscription to user/created and `n` queued notifications.
    fn setup(n: usize) -> (tempfile::TempDir, Db, i64, Vec<i64>) {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(&dir.path().join("t.db")).unwrap();
        let (sub, ids) = db
            .write_blocking(|tx| {
                let org = store::ensure_org(tx, "o", 0)?;
                let user = store::ensure_user(tx, org.id, "u", 0)?;
                let mut s = SubscriptionRow::new(org.id, user.id, 0);
                s.name = "s".into();
                s.topic_key = "user/created".into();
                s.topic_version = "1.1".into();
                s.callback_url = "http://127.0.0.1:9/".into();
                let s = store::insert_subscription(tx, &s)?;
                let topic = topics::find("user/created", None).unwrap();
                let node = store::insert_node(tx, org.id, Kind::User, "n", &Default::default(), 0)?;
                let mut ids = Vec::new();
                for _ in 0..n {
                    ids.extend(store::enqueue(tx, topic, &node, 0)?.into_iter().map(|d| d.id));
                }
                Ok((s.id, ids))
            })
            .unwrap();
        (dir, db, sub, ids)
    }

    #[test]
    fn a_clock_window_ends_at_the_earliest_possible_retry() {
        let (_dir, db, _sub, ids) = setup(1);
        for attempts in 0..=RETRIES {
            let earliest = db
                .write_blocking(|tx| {
                    tx.execute(
                        "UPDATE deliveries SET attempts = ?2, next_attempt_at = 7000 WHERE id = ?1",
                        [ids[0], attempts],
                    )?;
                    store::earliest_retry_from(tx, 7000)
                })
                .unwrap();
            assert_eq!(
                earliest,
                Some(7000 + retry_delay_secs(attempts, 0) * 1000),
                "after {attempts} attempts"
            );
            assert_eq!(db.read_blocking(|c| store::earliest_retry_from(c, 7001)).unwrap(), None);
        }
    }

    #[test]
    fn the_25th_consecutive_failure_disables() {
        let (_dir, db, sub, ids) = setup(1);
        let id = ids[0];
        let mut now = 0;
        for attempt in 1..=25 {
            db.write_blocking(|tx| apply_outcome(tx, id, failure(), now, 9)).unwrap();
            let (d, s) = db
                .read_blocking(|c| {
                    Ok((store::get_delivery(c, id)?.unwrap(), store::get_subscription(c, sub)?.unwrap()))
                })
                .unwrap();
            assert_eq!(d.attempts, attempt);
            assert_eq!(d.consecutive_failures, attempt);
            if attempt < 25 {
                assert_eq!(d.status, store::PENDING, "attempt {attempt}");
                assert!(!s.disabled);
                let next = d.next_attempt_at.unwrap();
                assert_eq!(next - now, retry_delay_secs(attempt - 1, 9) * 1000);
                now = next;
            } else {
                assert_eq!(d.status, store::FAILED);
                assert_eq!(d.next_attempt_at, None);
                assert!(s.disabled);
                let reason = s.disabled_reason.unwrap();
                assert!(reason.contains("25 consecutive failures delivering job"), "{reason}");
                assert!(reason.contains(&d.job_id), "{reason}");
            }
        }
    }

    #[test]
    fn the_101st_error_within_an_hour_disables() {
        let (_dir, db, sub, ids) = setup(101);
        for (i, id) in ids.iter().enumerate() {
            // Spread over 59 minutes.
            let now = i as i64 * 35_000;
            db.write_blocking(|tx| apply_outcome(tx, *id, failure(), now, 0)).unwrap();
            let s = db.read_blocking(|c| store::get_subscription(c, sub)).unwrap().unwrap();
            assert_eq!(s.disabled, i == 100, "after error {}", i + 1);
        }
        let s = db.read_blocking(|c| store::get_subscription(c, sub)).unwrap().unwrap();
        assert!(s.disabled_reason.unwrap().contains("more than 100 errors within an hour"));
        let last = db.read_blocking(|c| store::get_delivery(c, ids[100])).unwrap().unwrap();
        assert_eq!(last.status, store::FAILED);
        let first = db.read_blocking(|c| store::get_delivery(c, ids[0])).unwrap().unwrap();
        assert_eq!(first.status, store::PENDING, "others fail when they come up");
    }

    #[test]
    fn errors_older_than_an_hour_do_not_count() {
        let (_dir, db, sub, ids) = setup(101);
        for (i, id) in ids.iter().enumerate() {
            let now = i as i64 * 37_000; // 101 errors over 61.7 minutes
            db.write_blocking(|tx| apply_outcome(tx, *id, failure(), now, 0)).unwrap();
        }
        assert!(!db.read_blocking(|c| store::get_subscription(c, sub)).unwrap().unwrap().disabled);
    }

    #[test]
    fn outcomes_that_end_a_notification() {
        let (_dir, db, _sub, ids) = setup(4);
        let delivered = Outcome::Delivered { status: 204 };
        db.write_blocking(|tx| apply_outcome(tx, ids[0], delivered, 5, 0)).unwrap();
        db.write_blocking(|tx| apply_outcome(tx, ids[1], Outcome::Skipped("skipped".into()), 5, 0)).unwrap();
        let Outcome::Failed(mut f) = failure() else { unreachable!() };
        f.retry = false;
        db.write_blocking(|tx| apply_outcome(tx, ids[2], Outcome::Failed(f), 5, 0)).unwrap();
        let gone = Outcome::Abandoned("not sent: subscription disabled".into());
        db.write_blocking(|tx| apply_outcome(tx, ids[3], gone, 5, 0)).unwrap();
        let rows: Vec<DeliveryRow> = ids
            .iter()
            .map(|id| db.read_blocking(|c| store::get_delivery(c, *id)).unwrap().unwrap())
            .collect();
        assert_eq!(rows[0].status, store::SUCCEEDED);
        assert_eq!((rows[0].attempts, rows[0].last_response_status), (1, Some(204)));
        assert_eq!((rows[1].status.as_str(), rows[1].attempts), (store::SKIPPED, 0));
        assert_eq!((rows[2].status.as_str(), rows[2].attempts), (store::FAILED, 1));
        assert!(rows[2].last_error_id.is_some());
        assert!(rows[2].outcome.as_deref().unwrap().contains("not retried"));
        assert_eq!((rows[3].status.as_str(), rows[3].last_error_id), (store::FAILED, None));
        assert!(rows.iter().all(|r| r.next_attempt_at.is_none()));
        // Written back once: a second outcome for a finished row changes nothing.
        db.write_blocking(|tx| apply_outcome(tx, ids[0], failure(), 9, 0)).unwrap();
        assert_eq!(db.read_blocking(|c| store::get_delivery(c, ids[0])).unwrap().unwrap(), rows[0]);
    }
}
