//! The mutation root: subscriptions and errors as the guide describes them, plus the
//! sandbox-only node, emit and clock mutations.

mod changes;
mod inputs;
mod node_change;

use async_graphql::{Context, ID, Object};
use serde_json::{Map, Value};

use super::{UserError, WebhookDelivery, WebhookSubscription, app, viewer};
use crate::global_id::{self as ids, Kind};
use crate::sandbox::scope::store::{self, SubscriptionRow};
use crate::sandbox::scope::topics;
use crate::sandbox::{first_generation, validate};
use changes::{Changes, apply, check_attributes, not_found};
pub use inputs::*;
use node_change::{NodeChange, commit_node_change, deliveries, modelled_types, visible_node, wake};

/// The mutation root (the resolvers below; their helpers in the files beside this one).
pub struct Mutation;

#[Object]
impl Mutation {
    async fn create_webhook_subscription(
        &self,
        ctx: &Context<'_>,
        webhook_subscription: WebhookSubscriptionCreateInput,
    ) -> async_graphql::Result<WebhookSubscriptionPayload> {
        let (app, v) = (app(ctx), viewer(ctx));
        let now = app.clock.now_ms();
        let i = webhook_subscription;
        let mut row = SubscriptionRow::new(v.org_id, v.user_id, now);
        let changes = Changes {
            name: Some(i.name),
            topic: Some(i.topic),
            topic_version: i.topic_version,
            content_type: i.content_type,
            callback_url: Some(i.callback_url),
            settings: i.settings,
            disabled: i.disabled,
        };
        let errors = apply(app, v, &mut row, changes, now).await;
        if !errors.is_empty() {
            return Ok(WebhookSubscriptionPayload { errors, ..Default::default() });
        }
        if row.disabled {
            row.enabled_at = None;
        }
        let saved = app.db.write(move |tx| store::insert_subscription(tx, &row)).await?;
        Ok(WebhookSubscriptionPayload {
            webhook_subscription: Some(WebhookSubscription(saved)),
            ..Default::default()
        })
    }

    /// Change any field; `disabled: false` re-enables a disabled subscription; `test: true` delivers the topic's last node.
    async fn update_webhook_subscription(
        &self,
        ctx: &Context<'_>,
        webhook_subscription: WebhookSubscriptionUpdateInput,
    ) -> async_graphql::Result<WebhookSubscriptionPayload> {
        let (app, v) = (app(ctx), viewer(ctx));
        let now = app.clock.now_ms();
        let i = webhook_subscription;
        let (org, user) = (v.org_id, v.user_id);
        let existing = match ids::decode_as(&i.id, Kind::WebhookSubscription) {
            Some(rid) => app.db.read(move |c| store::owned_subscription(c, org, user, rid)).await?,
            None => None,
        };
        let Some(mut row) = existing else {
            return Ok(WebhookSubscriptionPayload {
                errors: vec![UserError::on("id", not_found("webhook subscription"))],
                ..Default::default()
            });
        };
        let changes = Changes {
            name: i.name,
            topic: i.topic,
            topic_version: i.topic_version,
            content_type: i.content_type,
            callback_url: i.callback_url,
            settings: i.settings,
            disabled: i.disabled,
        };
        let mut errors = apply(app, v, &mut row, changes, now).await;
        let test = i.test == Some(true);
        let topic = topics::find(&row.topic_key, Some(&row.topic_version));
        let test_node = match (test, topic) {
            (true, Some(t)) if errors.is_empty() => {
                let kind = t.kind;
                let node = app.db.read(move |c| store::last_node(c, org, kind)).await?;
                if node.is_none() {
                    errors.push(UserError::on(
                        "test",
                        format!(
                            "no {} has been created yet, so topic {} has no node to test with; create one with sandboxCreateNode (hookctl sandbox node create {})",
                            kind.type_name(),
                            t.key,
                            kind.type_name()
                        ),
                    ));
                }
                node
            }
            _ => None,
        };
        if !errors.is_empty() {
            return Ok(WebhookSubscriptionPayload { errors, ..Default::default() });
        }
        let (saved, delivery) = app
            .db
            .write(move |tx| {
                let saved = store::save_subscription(tx, &row)?;
                let delivery = match &test_node {
                    Some(node) => Some(store::enqueue_test(tx, &saved, node, now)?),
                    None => None,
                };
                Ok((saved, delivery))
            })
            .await?;
        if delivery.is_some() {
            app.scheduler.wake();
        }
        Ok(WebhookSubscriptionPayload {
            errors: vec![],
            webhook_subscription: Some(WebhookSubscription(saved)),
            test_delivery: delivery.map(WebhookDelivery),
        })
    }

    async fn delete_webhook_subscription(
        &self,
        ctx: &Context<'_>,
        webhook_subscription: WebhookSubscriptionDeleteInput,
    ) -> async_graphql::Result<WebhookSubscriptionDeletePayload> {
        let (app, v) = (app(ctx), viewer(ctx));
        let (org, user) = (v.org_id, v.user_id);
        let Some(rid) = ids::decode_as(&webhook_subscription.id, Kind::WebhookSubscription) else {
            return Ok(WebhookSubscriptionDeletePayload {
                errors: vec![UserError::on("id", not_found("webhook subscription"))],
                ..Default::default()
            });
        };
        let deleted = app
            .db
            .write(move |tx| match store::owned_subscription(tx, org, user, rid)? {
                Some(_) => store::delete_subscription(tx, rid),
                None => Ok(false),
            })
            .await?;
        if !deleted {
            return Ok(WebhookSubscriptionDeletePayload {
                errors: vec![UserError::on("id", not_found("webhook subscription"))],
                ..Default::default()
            });
        }
        Ok(WebhookSubscriptionDeletePayload {
            errors: vec![],
            deleted_webhook_subscription_id: Some(webhook_subscription.id),
        })
    }

    /// Delete errors by id, or every error of one subscription.
    async fn delete_webhook_errors(
        &self,
        ctx: &Context<'_>,
        webhook_errors: WebhookErrorsDeleteInput,
    ) -> async_graphql::Result<WebhookErrorsDeletePayload> {
        let (app, v) = (app(ctx), viewer(ctx));
        let (org, user) = (v.org_id, v.user_id);
        let fail = |e: UserError| Ok(WebhookErrorsDeletePayload { errors: vec![e], ..Default::default() });
        match (webhook_errors.ids, webhook_errors.webhook_subscription_id) {
            (Some(list), None) => {
                let wanted: Vec<(ID, Option<i64>)> = list
                    .into_iter()
                    .map(|id| {
                        let r = ids::decode_as(&id, Kind::WebhookError);
                        (id, r)
                    })
                    .collect();
                let rows: Vec<Option<i64>> = wanted.iter().map(|(_, r)| *r).collect();
                let result = app
                    .db
                    .write(move |tx| {
                        let mut missing = Vec::new();
                        let mut ok = Vec::new();
                        for (i, r) in rows.iter().enumerate() {
                            let visible = match r {
                                Some(rid) => match store::get_error(tx, *rid)? {
                                    Some(e) => {
                                        store::owned_subscription(tx, org, user, e.subscription_id)?.is_some()
                                    }
                                    None => false,
                                },
                                None => false,
                            };
                            if visible { ok.push(r.unwrap_or_default()) } else { missing.push(i) }
                        }
                        if !missing.is_empty() {
                            return Ok(Err(missing));
                        }
                        Ok(Ok(store::delete_errors(tx, &ok)?))
                    })
                    .await?;
                match result {
                    Err(missing) => Ok(WebhookErrorsDeletePayload {
                        errors: missing
                            .into_iter()
                            .map(|i| {
                                UserError::on(
                                    "ids",
                                    format!(
                                        "{} (id {}); nothing was deleted",
                                        not_found("webhook error"),
                                        wanted[i].0.as_str()
                                    ),
                                )
                            })
                            .collect(),
                        ..Default::default()
                    }),
                    Ok(deleted) => Ok(WebhookErrorsDeletePayload {
                        errors: vec![],
                        deleted_webhook_error_ids: deleted
                            .into_iter()
                            .map(|id| ID(ids::encode(Kind::WebhookError, id)))
                            .collect(),
                    }),
                }
            }
            (None, Some(sub)) => {
                let Some(rid) = ids::decode_as(&sub, Kind::WebhookSubscription) else {
                    return fail(UserError::on("webhookSubscriptionId", not_found("webhook subscription")));
                };
                let deleted = app
                    .db
                    .write(move |tx| match store::owned_subscription(tx, org, user, rid)? {
                        Some(_) => Ok(Some(store::delete_errors_of(tx, rid)?)),
                        None => Ok(None),
                    })
                    .await?;
                match deleted {
                    None => fail(UserError::on("webhookSubscriptionId", not_found("webhook subscription"))),
                    Some(d) => Ok(WebhookErrorsDeletePayload {
                        errors: vec![],
                        deleted_webhook_error_ids: d
                            .into_iter()
                            .map(|id| ID(ids::encode(Kind::WebhookError, id)))
                            .collect(),
                    }),
                }
            }
            _ => fail(UserError::whole("give either ids or webhookSubscriptionId (exactly one)")),
        }
    }

    /// Sandbox only: create a node of a modelled type; emits <type>/created.
    async fn sandbox_create_node(
        &self,
        ctx: &Context<'_>,
        node: SandboxNodeCreateInput,
    ) -> async_graphql::Result<SandboxNodePayload> {
        let (app, v) = (app(ctx), viewer(ctx));
        let fail = |e: UserError| Ok(SandboxNodePayload { errors: vec![e], ..Default::default() });
        let kind = match Kind::from_name(node.ty.trim()).filter(|k| k.is_modelled()) {
            Some(Kind::Organization) => {
                return fail(UserError::on(
                    "type",
                    "organizations are not created through the API: use `hookctl sandbox token create --org NAME --user NAME`",
                ));
            }
            Some(k) => k,
            None => {
                return fail(UserError::on(
                    "type",
                    format!("unknown node type {:?}; one of: {}", node.ty, modelled_types()),
                ));
            }
        };
        let mut attrs = match node.attributes.map(|j| j.0) {
            None | Some(Value::Null) => Map::new(),
            Some(Value::Object(m)) => m,
            Some(_) => return fail(UserError::on("attributes", "must be a JSON object")),
        };
        let errors = check_attributes(app, v, kind, &mut attrs, true).await;
        if !errors.is_empty() {
            return Ok(SandboxNodePayload { errors, ..Default::default() });
        }
        let org = v.org_id;
        commit_node_change(app, NodeChange::Created, move |tx, now| {
            let name = attrs.get("name").and_then(Value::as_str).map(str::to_string);
            let row = store::insert_node(tx, org, kind, name.as_deref().unwrap_or(""), &attrs, now)?;
            match name {
                Some(_) => Ok(row),
                None => {
                    store::update_node(tx, row.id, &format!("{} {}", kind.type_name(), row.id), &attrs, now)
                }
            }
        })
        .await
    }

    /// Sandbox only: change a node's attributes; emits <type>/updated.
    async fn sandbox_update_node(
        &self,
        ctx: &Context<'_>,
        node: SandboxNodeUpdateInput,
    ) -> async_graphql::Result<SandboxNodePayload> {
        let (app, v) = (app(ctx), viewer(ctx));
        let fail = |e: UserError| Ok(SandboxNodePayload { errors: vec![e], ..Default::default() });
        let Some(existing) = visible_node(app, v, &node.id).await? else {
            return fail(UserError::on("id", not_found("node")));
        };
        let Value::Object(mut patch) = node.attributes.0 else {
            return fail(UserError::on("attributes", "must be a JSON object"));
        };
        let errors = check_attributes(app, v, existing.kind, &mut patch, false).await;
        if !errors.is_empty() {
            return Ok(SandboxNodePayload { errors, ..Default::default() });
        }
        let mut attrs = existing.attributes.clone();
        for (k, val) in patch {
            if val.is_null() {
                attrs.remove(&k);
            } else {
                attrs.insert(k, val);
            }
        }
        let name =
            attrs.get("name").and_then(Value::as_str).map(str::to_string).unwrap_or(existing.name.clone());
        commit_node_change(app, NodeChange::Updated, move |tx, now| {
            store::update_node(tx, existing.id, &name, &attrs, now)
        })
        .await
    }

    /// Sandbox only: delete a node; emits <type>/deleted.
    async fn sandbox_delete_node(
        &self,
        ctx: &Context<'_>,
        node: SandboxNodeDeleteInput,
    ) -> async_graphql::Result<SandboxNodePayload> {
        let (app, v) = (app(ctx), viewer(ctx));
        let fail = |e: UserError| Ok(SandboxNodePayload { errors: vec![e], ..Default::default() });
        let Some(existing) = visible_node(app, v, &node.id).await? else {
            return fail(UserError::on("id", not_found("node")));
        };
        if existing.kind == Kind::Organization {
            return fail(UserError::on("id", "an organization cannot be deleted in the sandbox"));
        }
        if existing.kind == Kind::User && existing.id == v.user_id {
            return fail(UserError::on(
                "id",
                "this is the user the token belongs to; delete it with another user's token",
            ));
        }
        commit_node_change(app, NodeChange::Deleted, move |tx, now| store::delete_node(tx, existing.id, now))
            .await
    }

    /// Sandbox only: emit any topic (e.g. scenario_session/completed) for a node.
    async fn sandbox_emit(
        &self,
        ctx: &Context<'_>,
        event: SandboxEmitInput,
    ) -> async_graphql::Result<SandboxEmitPayload> {
        let (app, v) = (app(ctx), viewer(ctx));
        let fail = |e: UserError| Ok(SandboxEmitPayload { errors: vec![e], ..Default::default() });
        let Some(topic) = topics::find(event.topic.trim(), None) else {
            let hint = topics::suggest(event.topic.trim())
                .map(|s| format!(" (did you mean {s:?}?)"))
                .unwrap_or_default();
            return fail(UserError::on("topic", format!("is not a known topic: {:?}{hint}", event.topic)));
        };
        let Some(node) = visible_node(app, v, &event.node_id).await? else {
            return fail(UserError::on("nodeId", not_found("node")));
        };
        if node.kind != topic.kind {
            return fail(UserError::on(
                "nodeId",
                format!(
                    "topic {} is about {} nodes, but this node is a {}",
                    topic.key,
                    topic.kind.type_name(),
                    node.kind.type_name()
                ),
            ));
        }
        let now = app.clock.now_ms();
        let queued = app.db.write(move |tx| store::enqueue(tx, topic, &node, now)).await?;
        wake(app, &queued, false);
        Ok(SandboxEmitPayload { errors: vec![], deliveries: deliveries(queued) })
    }

    /// Sandbox only: enable the organization's first-generation webhooks (Call.create, Call.update,
    /// ScenarioSession.create, ScenarioSession.update) to one base URL, or disable them with null.
    async fn sandbox_set_first_generation_webhooks(
        &self,
        ctx: &Context<'_>,
        base_url: Option<String>,
    ) -> async_graphql::Result<SandboxFirstGenerationWebhooksPayload> {
        let (app, v) = (app(ctx), viewer(ctx));
        let url = base_url.map(|u| u.trim().to_string()).filter(|u| !u.is_empty());
        if let Some(u) = &url
            && let Err(m) = validate::callback_url(u)
        {
            return Ok(SandboxFirstGenerationWebhooksPayload {
                errors: vec![UserError::on("baseUrl", m)],
                first_generation_webhooks: None,
            });
        }
        let (org, now) = (v.org_id, app.clock.now_ms());
        app.db.write(move |tx| first_generation::set_base_url(tx, org, url.as_deref(), now)).await?;
        Ok(SandboxFirstGenerationWebhooksPayload {
            errors: vec![],
            first_generation_webhooks: Some(first_generation::settings(app, org).await?),
        })
    }

    /// Sandbox only: move the sandbox clock forward, running every retry that falls due on the way,
    /// in order; answers when they are done.
    async fn sandbox_advance_clock(
        &self,
        ctx: &Context<'_>,
        seconds: i32,
    ) -> async_graphql::Result<SandboxClockPayload> {
        let app = app(ctx);
        if seconds < 0 {
            return Err("seconds must be zero or more: the sandbox clock only moves forward".into());
        }
        use crate::sandbox::scope::advance;
        let org = viewer(ctx).org_id;
        let before = advance::tally(app, org).await?;
        let now = advance::advance_clock(app, i64::from(seconds) * 1000).await?;
        let after = advance::tally(app, org).await?;
        Ok(SandboxClockPayload::new(now, before, after, advance::next_due(app).await?))
    }
}
