//! `sandboxAdvanceClock`: moves the sandbox clock forward window by window over the one
//! scheduler, so every retry that falls due on the way runs at its own due time. It only moves
//! the clock, wakes the workers and waits for their write-backs; it never sends anything itself.

use std::sync::Arc;
use std::time::Duration;

use crate::sandbox::scheduler::MIN_RETRY_DELAY_MS;
use crate::sandbox::scope::store;
use crate::sandbox::state::AppState;

/// What one organization's notifications add up to; an advance reports the difference.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Attempts made, over every notification.
    pub attempts: i64,
    /// Notifications delivered.
    pub succeeded: i64,
    /// Subscriptions disabled.
    pub disabled: i64,
    /// Notifications still to be tried.
    pub pending: i64,
}

/// Reads the [`Tally`] of organization `org`.
pub async fn tally(state: &Arc<AppState>, org: i64) -> anyhow::Result<Tally> {
    let t = state
        .db
        .read(move |c| {
            c.query_row(
                "SELECT COALESCE(SUM(attempts), 0), COALESCE(SUM(status = 'succeeded'), 0),
                    COALESCE(SUM(status = 'pending'), 0),
                    (SELECT COUNT(*) FROM subscriptions WHERE org_id = ?1 AND disabled = 1)
                 FROM deliveries WHERE org_id = ?1",
                [org],
                |r| {
                    Ok(Tally {
                        attempts: r.get(0)?,
                        succeeded: r.get(1)?,
                        pending: r.get(2)?,
                        disabled: r.get(3)?,
                    })
                },
            )
            .map_err(anyhow::Error::from)
        })
        .await?;
    Ok(t)
}

/// When the next pending notification falls due, if any: where a client advancing in steps
/// makes its next step end.
pub async fn next_due(state: &Arc<AppState>) -> anyhow::Result<Option<i64>> {
    state.db.read(store::next_due_at).await
}

/// Moves the sandbox clock `ms` forward, running every retry that falls due on the way in order:
/// take the next due time `t`; move the clock to the end of the window that starts there, the
/// earliest retry any pending delivery can cause (at least `t + 15 s`, see
/// [`store::earliest_retry_from`]), so no attempt in the window causes a retry inside it; wait
/// until everything due by then has been tried (each at its own due time, see
/// [`Scheduler::attempt_time`](crate::sandbox::scheduler::Scheduler::attempt_time)); repeat; then
/// set the clock to the target. Answers the new time. One advance runs at a time.
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
                let retry = state.db.read(move |c| store::earliest_retry_from(c, t)).await?;
                let end = retry.unwrap_or(t + MIN_RETRY_DELAY_MS) - 1;
                step_to(state, end.min(target)).await?;
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
