//! Node changes: the sandbox's create/update/delete of a node and the events they queue.

use super::super::{Viewer, WebhookDelivery, node_of};
use super::inputs::SandboxNodePayload;
use crate::global_id::{self as ids, Kind, MODELLED};
use crate::sandbox::first_generation;
use crate::sandbox::scope::store::{self, NodeRow};
use crate::sandbox::scope::topics;
use crate::sandbox::state::AppState;

pub(super) fn modelled_types() -> String {
    MODELLED
        .iter()
        .filter(|k| **k != Kind::Organization)
        .map(|k| k.type_name())
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn deliveries(rows: Vec<store::DeliveryRow>) -> Vec<WebhookDelivery> {
    rows.into_iter().map(WebhookDelivery).collect()
}

/// A node change the sandbox emits an event for.
#[derive(Clone, Copy)]
pub(super) enum NodeChange {
    Created,
    Updated,
    Deleted,
}

impl NodeChange {
    /// The second part of the topic key (`user/created`).
    fn topic(self) -> &'static str {
        match self {
            NodeChange::Created => "created",
            NodeChange::Updated => "updated",
            NodeChange::Deleted => "deleted",
        }
    }

    /// The first-generation action (`Call.create`); deletions have none.
    fn first_generation_action(self) -> Option<&'static str> {
        match self {
            NodeChange::Created => Some("create"),
            NodeChange::Updated => Some("update"),
            NodeChange::Deleted => None,
        }
    }
}

/// Makes a node change (`apply`, given the transaction and the sandbox time) and queues its
/// `<type>/<change>` deliveries and first-generation notification in the same transaction; wakes
/// the workers and answers the payload.
pub(super) async fn commit_node_change(
    app: &AppState,
    change: NodeChange,
    apply: impl FnOnce(&rusqlite::Transaction<'_>, i64) -> anyhow::Result<NodeRow> + Send + 'static,
) -> async_graphql::Result<SandboxNodePayload> {
    let now = app.clock.now_ms();
    let (row, queued, first_gen) = app
        .db
        .write(move |tx| {
            let row = apply(tx, now)?;
            let topic = topics::for_change(row.kind, change.topic())
                .ok_or_else(|| anyhow::anyhow!("no {} topic", change.topic()))?;
            let queued = store::enqueue(tx, topic, &row, now)?;
            let first_gen = match change.first_generation_action() {
                Some(action) => first_generation::enqueue(tx, &row, action, now)?,
                None => false,
            };
            Ok((row, queued, first_gen))
        })
        .await?;
    wake(app, &queued, first_gen);
    Ok(SandboxNodePayload { errors: vec![], node: Some(node_of(row)), deliveries: deliveries(queued) })
}

/// Wakes the delivery workers when something was queued.
pub(super) fn wake(app: &AppState, queued: &[store::DeliveryRow], first_gen: bool) {
    if first_gen || !queued.is_empty() {
        app.scheduler.wake();
    }
}

/// A live node of the viewer's organization by global ID.
pub(super) async fn visible_node(
    app: &std::sync::Arc<AppState>,
    v: &Viewer,
    id: &str,
) -> async_graphql::Result<Option<NodeRow>> {
    let Some((kind, rid)) = ids::decode(id) else { return Ok(None) };
    if !kind.is_modelled() {
        return Ok(None);
    }
    let org = v.org_id;
    Ok(app.db.read(move |c| store::find_node(c, org, kind, rid)).await?)
}
