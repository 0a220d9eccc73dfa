//! The delivery worker: sends the pending notifications of the `deliveries` table the way the
//! vendor's server does, through the one HTTP engine in [`crate::delivery`].
//!
//! - It starts with the sandbox and looks for due rows (`pending`, `next_attempt_at <=` now on the
//!   sandbox clock) whenever `AppState.work` fires (deliveries queued, clock moved, an attempt
//!   finished) and when its own timer for the next due time runs out.
//! - At most `concurrency` notifications are in flight; a row is claimed in memory before it is
//!   sent, so one process never sends it twice at once. Outcomes are written back in one
//!   transaction per attempt. A row still `pending` after a crash is sent again on the next start:
//!   delivery is at-least-once, and the job id lets receivers drop duplicates.
//! - One attempt: load the subscription (deleted → failed; disabled → failed unless it is a test
//!   delivery), build the payload (the subscription's query run as its owner, or the default),
//!   apply the data-validation template (not for test deliveries), the body template, serialize,
//!   sign, POST with a 5 s timeout, classify (see [`crate::delivery::classify`]).
//! - A failure is an error record; the notification is retried on Sidekiq's schedule
//!   ([`retry_delay_secs`]) until it succeeds, fails 25 times in a row, or the subscription
//!   collects more than 100 errors within an hour: the last two disable the subscription with the
//!   reason stored. Problems no retry can fix (templates that fail, a validation template that
//!   renders neither `true` nor `false`, a query that does not parse) fail it at once.
//! - [`advance_clock`] moves the sandbox clock to a target, running every retry that falls due on
//!   the way, in order.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use rand::Rng;
use serde_json::{Value, json};
use tokio::sync::Semaphore;
use tokio::task::{JoinHandle, JoinSet};

use crate::delivery::snapshot::{RequestSnapshot, ResponseSnapshot};
use crate::delivery::{self, Engine, Envelope, Notification, Prepared, Templates, Validate};
use crate::error::{Error, Result};
use crate::payload::{self, ContentType};
use crate::sandbox::AppState;
use crate::sandbox::clock::rfc3339;
use crate::sandbox::ids;
use crate::sandbox::scheduler::{
    MAX_CONSECUTIVE_FAILURES, MAX_ERRORS_PER_HOUR, MIN_RETRY_DELAY_MS, RETRIES, retry_delay_secs,
};
use crate::sandbox::schema::{self, Viewer};
use crate::sandbox::store::{self, DeliveryRow, ErrorRow, NodeRow, SubscriptionRow};

const HOUR_MS: i64 = 3_600_000;
/// How long the worker sleeps at most when nothing is due (it is woken earlier by `work`).
const IDLE: Duration = Duration::from_secs(60);
/// How long a row is put off after an internal error (the database failing, say).
const POSTPONE_MS: i64 = 60_000;

/// How the worker sends.
#[derive(Debug, Clone)]
pub struct WorkerConfig {
    /// Per request; the guide's 5 s.
    pub timeout: Duration,
    /// Notifications in flight at most.
    pub concurrency: usize,
}

impl Default for WorkerConfig {
    fn default() -> Self {
        WorkerConfig { timeout: delivery::DEFAULT_TIMEOUT, concurrency: 64 }
    }
}

/// Starts the worker on the current runtime; abort the handle to stop it (in-flight attempts stop
/// too and stay pending).
pub fn spawn(state: Arc<AppState>, config: &WorkerConfig) -> Result<JoinHandle<()>> {
    let engine = Engine::new(config.timeout).map_err(Error::internal)?;
    Ok(tokio::spawn(run(state, engine, config.concurrency.max(1))))
}

async fn run(state: Arc<AppState>, engine: Engine, concurrency: usize) {
    let mut waker = state.scheduler.waker();
    let permits = Arc::new(Semaphore::new(concurrency));
    // Rows in flight stay at the head of the due list; fetch enough to see past them.
    let batch = (concurrency + 256) as i64;
    let mut tasks = JoinSet::new();
    loop {
        while tasks.try_join_next().is_some() {}
        // Listening before the look: a write-back during it may make a retry due sooner.
        let progress = state.scheduler.progress();
        tokio::pin!(progress);
        progress.as_mut().enable();
        let now = state.clock.now_ms();
        let due = match state.db.read(move |c| store::due_deliveries(c, now, batch)).await {
            Ok(due) => due,
            Err(e) => {
                eprintln!("sandbox worker: cannot read due deliveries: {e:#}");
                tokio::time::sleep(Duration::from_secs(1)).await;
                continue;
            }
        };
        let mut dispatched = 0;
        for d in due {
            if !state.scheduler.claim(d.id) {
                continue;
            }
            let Ok(permit) = permits.clone().acquire_owned().await else { return };
            let guard = InFlight { state: state.clone(), id: d.id };
            let (state, engine) = (state.clone(), engine.clone());
            tasks.spawn(async move {
                process(&state, &engine, d.id).await;
                drop(guard);
                drop(permit);
            });
            dispatched += 1;
        }
        if dispatched > 0 {
            continue;
        }
        let next = state.db.read(move |c| store::next_due_after(c, now)).await.ok().flatten();
        let wait = next.map_or(IDLE, |t| state.clock.real_duration(t - state.clock.now_ms()).min(IDLE));
        tokio::select! {
            _ = waker.changed() => {}
            _ = progress => {}
            _ = tokio::time::sleep(wait) => {}
        }
    }
}

/// Releases a claimed row (also when its task panics or is aborted) and wakes whoever waits.
struct InFlight {
    state: Arc<AppState>,
    id: i64,
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.state.scheduler.release(self.id);
    }
}

/// One attempt of one row, written back; internal errors put the row off for a minute.
async fn process(state: &Arc<AppState>, engine: &Engine, id: i64) {
    let result = async {
        let Some((outcome, now)) = attempt(state, engine, id).await? else { return Ok(()) };
        let jitter = rand::rng().random_range(0..10);
        state.db.write(move |tx| apply_outcome(tx, id, outcome, now, jitter)).await
    }
    .await;
    if let Err(e) = result {
        eprintln!("sandbox worker: delivery {id}: {e:#}; trying again in a minute");
        let at = state.clock.now_ms() + POSTPONE_MS;
        let _ = state.db.write(move |tx| store::postpone_delivery(tx, id, at)).await;
    }
}

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

struct Loaded {
    delivery: DeliveryRow,
    sub: Option<SubscriptionRow>,
    node: Option<NodeRow>,
    owner_name: String,
}

/// Makes one attempt; answers its outcome and when it happened (on the sandbox clock), or
/// `None` when the row is no longer due (written back meanwhile).
async fn attempt(state: &Arc<AppState>, engine: &Engine, id: i64) -> anyhow::Result<Option<(Outcome, i64)>> {
    let now = state.clock.now_ms();
    let loaded = state
        .db
        .read(move |c| {
            let Some(delivery) = store::get_delivery(c, id)? else { return Ok(None) };
            if delivery.status != store::PENDING || delivery.next_attempt_at.is_none_or(|t| t > now) {
                return Ok(None);
            }
            let sub = store::get_subscription(c, delivery.subscription_id)?;
            let node = store::get_node(c, delivery.node_id)?;
            let owner_name = match &sub {
                Some(s) => store::get_node(c, s.user_id)?.map(|u| u.name).unwrap_or_default(),
                None => String::new(),
            };
            Ok(Some(Loaded { delivery, sub, node, owner_name }))
        })
        .await?;
    let Some(loaded) = loaded else { return Ok(None) };
    let due = loaded.delivery.next_attempt_at.unwrap_or(now);
    let at = state.scheduler.attempt_time(due, state.clock.now_ms());
    Ok(Some((attempt_loaded(state, engine, loaded, at).await, at)))
}

/// One attempt of a loaded row at sandbox time `at`.
async fn attempt_loaded(state: &Arc<AppState>, engine: &Engine, loaded: Loaded, at: i64) -> Outcome {
    let Loaded { delivery: d, sub, node, owner_name } = loaded;
    let Some(sub) = sub else {
        return Outcome::Abandoned("not sent: the subscription was deleted".into());
    };
    if sub.disabled && !d.test {
        let why = sub.disabled_reason.as_deref().unwrap_or("disabled");
        return Outcome::Abandoned(format!("not sent: subscription disabled ({why})"));
    }
    let Some(node) = node else {
        return Outcome::Abandoned("not sent: the node no longer exists".into());
    };
    let global_id = ids::encode(node.kind, node.id);

    // The payload: the subscription's query run as its owner, or the default.
    let data = match sub.query.as_deref().filter(|q| !q.trim().is_empty()) {
        Some(query) => {
            let viewer = Viewer { user_id: sub.user_id, org_id: sub.org_id, user_name: owner_name };
            match run_query(state, viewer, query, &global_id, &d.node_type).await {
                Ok(data) => data,
                Err((message, retry)) => return not_sent(&sub, message, &Value::Null, retry),
            }
        }
        None => payload::default_payload(&global_id, &state.object_url(&global_id)),
    };
    let templates = match Templates::parse(
        sub.data_validation_template.as_deref(),
        sub.template.as_deref(),
        sub.error_handling_template.as_deref(),
    ) {
        Ok(t) => t,
        Err(e) => return not_sent(&sub, e.to_string(), &data, false),
    };
    let time = chrono::DateTime::from_timestamp_millis(at).unwrap_or_default();
    let notification = Notification {
        url: &sub.callback_url,
        content_type: ContentType::from_api(&sub.content_type),
        templates: &templates,
        envelope: Envelope::new(&d.topic_key, &d.topic_version, &state.domain, &sub.uuid, &d.job_id, time),
        secret: sub.shared_secret.as_deref().filter(|s| !s.is_empty()).map(str::as_bytes),
    };
    let validate = if d.test { Validate::Skip } else { Validate::Apply };
    let request = match delivery::prepare(notification, &data, validate) {
        Ok(Prepared::Send { request, .. }) => request,
        Ok(Prepared::Skip(_)) => {
            return Outcome::Skipped("skipped: the data-validation template rendered false".into());
        }
        Err(e) => return not_sent(&sub, e.to_string(), &data, false),
    };
    let attempt = engine.deliver(request, templates.error.as_ref()).await;
    match attempt.failure {
        None => Outcome::Delivered { status: attempt.response.as_ref().map_or(200, |r| r.status) },
        Some(failure) => Outcome::Failed(Failure {
            message: failure.to_string(),
            request: RequestSnapshot::of(&attempt.request),
            response: attempt.response.as_ref().map(ResponseSnapshot::of),
            duration_ms: i64::try_from(attempt.duration.as_millis()).unwrap_or(i64::MAX),
            retry: true,
        }),
    }
}

/// A failure before anything was sent: the snapshot holds the URL and the data the templates saw.
fn not_sent(sub: &SubscriptionRow, message: String, data: &Value, retry: bool) -> Outcome {
    Outcome::Failed(Failure {
        message,
        request: RequestSnapshot::not_sent(
            &sub.callback_url,
            if data.is_null() { String::new() } else { data.to_string() },
        ),
        response: None,
        duration_ms: 0,
        retry,
    })
}

/// Runs a subscription's query as its owner; `Err((message, retry))`.
async fn run_query(
    state: &Arc<AppState>,
    viewer: Viewer,
    query: &str,
    node_id: &str,
    node_type: &str,
) -> std::result::Result<Value, (String, bool)> {
    let request = schema::delivery_request(query, node_id, node_type)
        .map_err(|m| (format!("the subscription's query {m}"), false))?;
    let response = schema::schema().execute(request.data(state.clone()).data(viewer)).await;
    if !response.errors.is_empty() {
        let messages: Vec<String> = response.errors.iter().map(|e| e.message.clone()).collect();
        return Err((format!("the subscription's query failed: {}", messages.join("; ")), true));
    }
    let data = response
        .data
        .into_json()
        .map_err(|e| (format!("the subscription's query answered something that is not JSON: {e}"), true))?;
    Ok(json!({ "data": data }))
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
            let error = store::insert_error(
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
            d.last_error_id = Some(error.id);
            d.last_response_status = f.response.as_ref().map(|r| r.status);
            let sub = store::get_subscription(tx, d.subscription_id)?.context("the subscription vanished")?;
            // Errors from before the subscription was (re-)enabled do not count.
            let since = (now - HOUR_MS).max(sub.enabled_at.unwrap_or(i64::MIN));
            let recent = store::count_errors_since(tx, sub.id, since)?;
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
                if !sub.disabled {
                    store::disable_subscription(tx, sub.id, &reason, now)?;
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

/// Moves the sandbox clock `ms` forward, running every retry that falls due on the way in order:
/// take the next due time `t`, move the clock to the end of the window `t + 15 s` (no attempt in
/// it can cause a retry inside it), wait until everything due by then has been tried (each at its
/// own due time, see [`Scheduler::attempt_time`](crate::sandbox::scheduler::Scheduler::attempt_time)),
/// repeat; then set the clock to the target. Answers the new time. One advance runs at a time.
pub async fn advance_clock(state: &Arc<AppState>, ms: i64) -> anyhow::Result<i64> {
    let _turn = state.scheduler.advance.lock().await;
    let target = state.clock.now_ms() + ms.max(0);
    let result = run_windows(state, target).await;
    state.scheduler.close_window();
    result?;
    step_to(state, target).await?;
    Ok(state.clock.now_ms())
}

async fn run_windows(state: &Arc<AppState>, target: i64) -> anyhow::Result<()> {
    loop {
        let now = state.clock.now_ms();
        wait_until_tried(state, now).await?;
        let next = state.db.read(move |c| store::next_due_after(c, now)).await?;
        match next {
            Some(t) if t <= target => {
                state.scheduler.open_window(t);
                step_to(state, (t + MIN_RETRY_DELAY_MS - 1).min(target)).await?;
            }
            _ => return Ok(()),
        }
    }
}

async fn step_to(state: &Arc<AppState>, at: i64) -> anyhow::Result<()> {
    let by = at - state.clock.now_ms();
    if by > 0 {
        let offset = state.clock.advance(by);
        state.db.write(move |tx| store::meta_set(tx, store::CLOCK_OFFSET_KEY, &offset.to_string())).await?;
    }
    state.scheduler.wake();
    Ok(())
}

/// Waits until no pending delivery is due at `at`: each was tried and written back.
async fn wait_until_tried(state: &Arc<AppState>, at: i64) -> anyhow::Result<()> {
    loop {
        // Created before the check, so a write-back in between still wakes us.
        let progress = state.scheduler.progress();
        if state.db.read(move |c| store::count_due(c, at)).await? == 0 {
            return Ok(());
        }
        state.scheduler.wake();
        tokio::select! {
            _ = progress => {}
            _ = tokio::time::sleep(Duration::from_millis(50)) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::db::Db;
    use crate::sandbox::ids::Kind;
    use crate::sandbox::topics;

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
