//! The delivery worker of Scope's notifications: sends the pending rows of the `deliveries`
//! table the way the vendor's server does, through the one HTTP engine in [`crate::delivery`].
//!
//! - It starts with the sandbox and looks for due rows (`pending`, `next_attempt_at <=` now on the
//!   sandbox clock) whenever the scheduler wakes it (deliveries queued, clock moved, outcomes
//!   written back) and when its own timer for the next due time runs out.
//! - Due rows are claimed in the scheduler (one process never sends a row twice at once), then
//!   loaded in one read (the row checked again, its subscription, node and owner). At most
//!   `concurrency` attempts are in flight.
//! - Outcomes go to one writer task that commits whatever arrived meanwhile in one transaction
//!   (see [`crate::sandbox::scope::outcome`]) and only then releases the claims. A row still `pending`
//!   after a crash is sent again on the next start: delivery is at-least-once, and the job id lets
//!   receivers drop duplicates.
//! - One attempt: the subscription gone → failed; disabled → failed unless it is a test delivery;
//!   the payload (the subscription's query run as its owner through the [`QueryRunner`] given at
//!   spawn, or the default), then [`delivery::prepare`] and [`Engine::deliver`].
//! - Clock advances are [`crate::sandbox::scope::advance`]; the retry policy is the scheduler's.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use rand::Rng;
use serde_json::Value;
use tokio::sync::{Semaphore, mpsc};
use tokio::task::{JoinHandle, JoinSet};

use crate::delivery::snapshot::{RequestSnapshot, ResponseSnapshot};
use crate::delivery::{self, Engine, Envelope, Notification, Prepared, Templates, Validate};
use crate::error::{Error, Result};
use crate::global_id as ids;
use crate::payload::{self, ContentType};
use crate::sandbox::scope::outcome::{self, Failure, Outcome, Written};
use crate::sandbox::scope::store::{self, DeliveryRow, NodeRow, SubscriptionRow};
use crate::sandbox::state::AppState;

/// How long the worker sleeps at most when nothing is due (it is woken earlier by the scheduler).
const IDLE: Duration = Duration::from_secs(60);
/// How long a row is put off after an internal error (the database failing, say).
const POSTPONE_MS: i64 = 60_000;
/// Due rows read per look, beyond the claimed ones (in flight or waiting for their write-back).
const LOOK_AHEAD: usize = 1024;
/// Outcomes written in one transaction at most.
const MAX_BATCH: usize = 4096;

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

/// Whose query runs, and about which node: what the worker asks of a [`QueryRunner`].
#[derive(Debug, Clone)]
pub struct QueryJob {
    pub user_id: i64,
    pub org_id: i64,
    pub user_name: String,
    pub query: String,
    /// The node's global id (`$nodeId`) and GraphQL type (`$nodeType`).
    pub node_id: String,
    pub node_type: String,
}

/// What a subscription's query answered: `{"data": …}`, or `Err((message, retry))`.
pub type QueryResult = std::result::Result<Value, (String, bool)>;

/// Runs a subscription's query as its owner. Given at spawn (the schema's runner), so the worker
/// does not depend on the GraphQL schema that enqueues its work.
pub type QueryRunner =
    Arc<dyn Fn(Arc<AppState>, QueryJob) -> Pin<Box<dyn Future<Output = QueryResult> + Send>> + Send + Sync>;

/// Starts the worker on the current runtime; abort the handle to stop it (in-flight attempts stop
/// too and stay pending).
pub fn spawn(state: Arc<AppState>, config: &WorkerConfig, queries: QueryRunner) -> Result<JoinHandle<()>> {
    let engine = Engine::new(config.timeout).map_err(Error::internal)?;
    Ok(tokio::spawn(run(state, engine, queries, config.concurrency.max(1))))
}

/// What every attempt task shares.
struct Ctx {
    state: Arc<AppState>,
    engine: Engine,
    queries: QueryRunner,
    written: mpsc::UnboundedSender<(Written, InFlight)>,
}

async fn run(state: Arc<AppState>, engine: Engine, queries: QueryRunner, concurrency: usize) {
    let (written, outcomes) = mpsc::unbounded_channel();
    let _writer = WriterTask(tokio::spawn(write_back(state.clone(), outcomes)));
    let ctx = Arc::new(Ctx { state: state.clone(), engine, queries, written });
    let mut waker = state.scheduler.waker();
    let permits = Arc::new(Semaphore::new(concurrency));
    let mut tasks = JoinSet::new();
    loop {
        while tasks.try_join_next().is_some() {}
        // Listening before the look: a write-back during it may make a retry due sooner.
        let progress = state.scheduler.progress();
        tokio::pin!(progress);
        progress.as_mut().enable();
        let now = state.clock.now_ms();
        let limit = (state.scheduler.in_flight() + LOOK_AHEAD) as i64;
        let due = match state.db.read(move |c| store::due_ids(c, now, limit)).await {
            Ok(due) => due,
            Err(e) => {
                eprintln!("sandbox worker: cannot read due deliveries: {e:#}");
                tokio::time::sleep(Duration::from_secs(1)).await;
                continue;
            }
        };
        let claimed: Vec<InFlight> = due
            .into_iter()
            .filter(|id| state.scheduler.claim(*id))
            .map(|id| InFlight { state: state.clone(), id })
            .collect();
        if !claimed.is_empty() {
            let Some(loaded) = load(&state, claimed, now).await else { continue };
            for (guard, row) in loaded {
                let Ok(permit) = permits.clone().acquire_owned().await else { return };
                let ctx = ctx.clone();
                tasks.spawn(async move {
                    let due = row.delivery.next_attempt_at.unwrap_or(now);
                    let at = ctx.state.scheduler.attempt_time(due, ctx.state.clock.now_ms());
                    let outcome = attempt_loaded(&ctx, row, at).await;
                    drop(permit);
                    let jitter = rand::rng().random_range(0..10);
                    // The guard travels with the outcome: the claim ends once it is committed.
                    let _ = ctx.written.send((Written { id: guard.id, outcome, at, jitter }, guard));
                });
            }
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

/// Aborts the writer with the worker (claims still held are released by their guards).
struct WriterTask(JoinHandle<()>);

impl Drop for WriterTask {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Commits every outcome that has arrived, in one transaction per batch, then releases the
/// claims (waking the worker and a clock advance once per batch).
async fn write_back(state: Arc<AppState>, mut outcomes: mpsc::UnboundedReceiver<(Written, InFlight)>) {
    let mut batch = Vec::new();
    while outcomes.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let (written, guards): (Vec<Written>, Vec<InFlight>) = batch.drain(..).unzip();
        let ids: Vec<i64> = written.iter().map(|w| w.id).collect();
        let postpone_at = state.clock.now_ms() + POSTPONE_MS;
        let result = state.db.write(move |tx| outcome::apply_batch(tx, written, postpone_at)).await;
        if let Err(e) = result {
            eprintln!(
                "sandbox worker: cannot write {} outcomes back: {e:#}; trying again in a minute",
                ids.len()
            );
            let _ = state
                .db
                .write(move |tx| ids.iter().try_for_each(|id| store::postpone_delivery(tx, *id, postpone_at)))
                .await;
        }
        let ids: Vec<i64> = guards.into_iter().map(InFlight::keep).collect();
        state.scheduler.release_all(&ids);
    }
}

/// A claimed row: released (also when its task panics or is aborted) when dropped.
struct InFlight {
    state: Arc<AppState>,
    id: i64,
}

impl InFlight {
    /// Hands the claim over to the caller, who releases it.
    fn keep(self) -> i64 {
        let id = self.id;
        std::mem::forget(self);
        id
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.state.scheduler.release(self.id);
    }
}

struct Loaded {
    delivery: DeliveryRow,
    sub: Option<SubscriptionRow>,
    node: Option<NodeRow>,
    owner_name: String,
}

/// Loads the claimed rows in one read, each checked again (still pending and due at `now`: an
/// outcome may have been written meanwhile); the others are released. `None` after a database
/// error (logged; every claim released).
async fn load(state: &Arc<AppState>, claimed: Vec<InFlight>, now: i64) -> Option<Vec<(InFlight, Loaded)>> {
    let ids: Vec<i64> = claimed.iter().map(|g| g.id).collect();
    let rows = state.db.read(move |c| load_rows(c, &ids, now)).await;
    let mut rows = match rows {
        Ok(rows) => rows,
        Err(e) => {
            eprintln!("sandbox worker: cannot load due deliveries: {e:#}");
            tokio::time::sleep(Duration::from_secs(1)).await;
            return None;
        }
    };
    Some(claimed.into_iter().filter_map(|g| rows.remove(&g.id).map(|row| (g, row))).collect())
}

fn load_rows(c: &rusqlite::Connection, ids: &[i64], now: i64) -> anyhow::Result<HashMap<i64, Loaded>> {
    let mut subs: HashMap<i64, Option<SubscriptionRow>> = HashMap::new();
    let mut nodes: HashMap<i64, Option<NodeRow>> = HashMap::new();
    let mut out = HashMap::new();
    for &id in ids {
        let Some(delivery) = store::get_delivery(c, id)? else { continue };
        if delivery.status != store::PENDING || delivery.next_attempt_at.is_none_or(|t| t > now) {
            continue;
        }
        let sub = match subs.get(&delivery.subscription_id) {
            Some(s) => s.clone(),
            None => {
                let s = store::get_subscription(c, delivery.subscription_id)?;
                subs.insert(delivery.subscription_id, s.clone());
                s
            }
        };
        let mut node = |id: i64| -> anyhow::Result<Option<NodeRow>> {
            if let Some(n) = nodes.get(&id) {
                return Ok(n.clone());
            }
            let n = store::get_node(c, id)?;
            nodes.insert(id, n.clone());
            Ok(n)
        };
        let owner_name = match &sub {
            Some(s) => node(s.user_id)?.map(|u| u.name).unwrap_or_default(),
            None => String::new(),
        };
        let node = node(delivery.node_id)?;
        out.insert(id, Loaded { delivery, sub, node, owner_name });
    }
    Ok(out)
}

/// One attempt of a loaded row at sandbox time `at`.
async fn attempt_loaded(ctx: &Ctx, loaded: Loaded, at: i64) -> Outcome {
    let state = &ctx.state;
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
            let job = QueryJob {
                user_id: sub.user_id,
                org_id: sub.org_id,
                user_name: owner_name,
                query: query.to_string(),
                node_id: global_id.clone(),
                node_type: d.node_type.clone(),
            };
            match (ctx.queries)(state.clone(), job).await {
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
    let attempt = ctx.engine.deliver(request, templates.error.as_ref()).await;
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
