//! The mutation root: subscriptions and errors as the guide describes them, plus the
//! sandbox-only node, emit and clock mutations.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use serde_json::{Map, Value};

use super::nodes::links;
use super::{
    DateTime, Json, Node, UserError, Viewer, WebhookContentType, WebhookDelivery, WebhookSubscription, app,
    node_of, spawn_query_check, viewer,
};
use crate::sandbox::ids::{self, Kind, MODELLED};
use crate::sandbox::store::{self, NodeRow, SubscriptionRow};
use crate::sandbox::{AppState, first_generation, topics, validate};

pub struct Mutation;

#[derive(Debug, InputObject)]
pub struct WebhookSubscriptionCreateInput {
    pub name: String,
    /// Topic key, e.g. scenario_session/completed.
    pub topic: String,
    /// Topic version; the newest when omitted.
    pub topic_version: Option<String>,
    /// JSON when omitted.
    pub content_type: Option<WebhookContentType>,
    pub callback_url: String,
    pub integration_id: Option<ID>,
    pub shared_secret: Option<String>,
    pub query: Option<String>,
    pub data_validation_template: Option<String>,
    pub template: Option<String>,
    pub error_handling_template: Option<String>,
    /// false when omitted.
    pub disabled: Option<bool>,
}

/// Omitted fields are left as they are; an empty string clears an optional text field.
#[derive(Debug, InputObject)]
pub struct WebhookSubscriptionUpdateInput {
    pub id: ID,
    pub name: Option<String>,
    pub topic: Option<String>,
    pub topic_version: Option<String>,
    pub content_type: Option<WebhookContentType>,
    pub callback_url: Option<String>,
    pub integration_id: Option<ID>,
    pub shared_secret: Option<String>,
    pub query: Option<String>,
    pub data_validation_template: Option<String>,
    pub template: Option<String>,
    pub error_handling_template: Option<String>,
    pub disabled: Option<bool>,
    /// The test toggle: deliver the last node created for the topic now (the validation template is not used).
    pub test: Option<bool>,
}

#[derive(Debug, InputObject)]
pub struct WebhookSubscriptionDeleteInput {
    pub id: ID,
}

#[derive(Debug, InputObject)]
pub struct WebhookErrorsDeleteInput {
    pub ids: Option<Vec<ID>>,
    /// Delete every error of this subscription.
    pub webhook_subscription_id: Option<ID>,
}

#[derive(Debug, InputObject)]
pub struct SandboxNodeCreateInput {
    /// One of the modelled types, e.g. ScenarioSession.
    #[graphql(name = "type")]
    pub ty: String,
    /// Attribute values, e.g. {"name": "Alain Bloch"}.
    pub attributes: Option<Json>,
}

#[derive(Debug, InputObject)]
pub struct SandboxNodeUpdateInput {
    pub id: ID,
    pub attributes: Json,
}

#[derive(Debug, InputObject)]
pub struct SandboxNodeDeleteInput {
    pub id: ID,
}

#[derive(Debug, InputObject)]
pub struct SandboxEmitInput {
    pub topic: String,
    pub node_id: ID,
}

#[derive(SimpleObject, Default)]
pub struct WebhookSubscriptionPayload {
    pub errors: Vec<UserError>,
    pub webhook_subscription: Option<WebhookSubscription>,
    /// The delivery started by `test: true`.
    pub test_delivery: Option<WebhookDelivery>,
}

#[derive(SimpleObject, Default)]
pub struct WebhookSubscriptionDeletePayload {
    pub errors: Vec<UserError>,
    pub deleted_webhook_subscription_id: Option<ID>,
}

#[derive(SimpleObject, Default)]
pub struct WebhookErrorsDeletePayload {
    pub errors: Vec<UserError>,
    pub deleted_webhook_error_ids: Vec<ID>,
}

#[derive(SimpleObject, Default)]
pub struct SandboxNodePayload {
    pub errors: Vec<UserError>,
    pub node: Option<Node>,
    /// Notifications queued by this change.
    pub deliveries: Vec<WebhookDelivery>,
}

#[derive(SimpleObject, Default)]
pub struct SandboxEmitPayload {
    pub errors: Vec<UserError>,
    pub deliveries: Vec<WebhookDelivery>,
}

#[derive(SimpleObject)]
pub struct SandboxLegacyWebhooksPayload {
    pub errors: Vec<UserError>,
    pub legacy_webhooks: Option<first_generation::LegacyWebhooks>,
}

#[derive(SimpleObject)]
pub struct SandboxClockPayload {
    pub now: DateTime,
}

/// The subscription fields a create or update sets; `None` leaves a field as it is.
#[derive(Default)]
struct Changes {
    name: Option<String>,
    topic: Option<String>,
    topic_version: Option<String>,
    content_type: Option<WebhookContentType>,
    callback_url: Option<String>,
    integration_id: Option<ID>,
    shared_secret: Option<String>,
    query: Option<String>,
    data_validation_template: Option<String>,
    template: Option<String>,
    error_handling_template: Option<String>,
    disabled: Option<bool>,
}

fn not_found(what: &str) -> String {
    format!(
        "not found: no {what} with this id is visible to you (it does not exist, or belongs to another user or organization)"
    )
}

/// `""` clears an optional text field.
fn optional_text(v: String) -> Option<String> {
    if v.is_empty() { None } else { Some(v) }
}

/// Validates `c` and applies it to `row`; answers the problems (nothing is saved when there are any).
async fn apply(
    app: &std::sync::Arc<AppState>,
    v: &Viewer,
    row: &mut SubscriptionRow,
    c: Changes,
    now: i64,
) -> Vec<UserError> {
    let mut errors = Vec::new();
    if let Some(name) = c.name {
        match validate::name(&name) {
            Ok(()) => row.name = name.trim().to_string(),
            Err(m) => errors.push(UserError::on("name", m)),
        }
    }
    if c.topic.is_some() || c.topic_version.is_some() {
        let key = c.topic.clone().unwrap_or_else(|| row.topic_key.clone());
        let version = c.topic_version.as_deref().filter(|v| !v.is_empty());
        match (topics::find(key.trim(), None), topics::find(key.trim(), version)) {
            (_, Some(t)) => {
                row.topic_key = t.key.clone();
                row.topic_version = t.version.to_string();
            }
            (Some(t), None) => errors.push(UserError::on(
                "topicVersion",
                format!(
                    "topic {} has no version {:?}; known versions: {}",
                    t.key,
                    version.unwrap_or(""),
                    t.version
                ),
            )),
            (None, None) => {
                let hint = match topics::suggest(key.trim()) {
                    Some(s) => format!(" (did you mean {s:?}?)"),
                    None => String::new(),
                };
                let msg = if key.trim().is_empty() {
                    "can't be blank".to_string()
                } else {
                    format!("is not a known topic: {key:?}{hint}; the webhookTopics query lists them")
                };
                errors.push(UserError::on("topic", msg));
            }
        }
    }
    if let Some(ct) = c.content_type {
        row.content_type = ct.as_str().to_string();
    }
    if let Some(url) = c.callback_url {
        match validate::callback_url(&url) {
            Ok(()) => row.callback_url = url.trim().to_string(),
            Err(m) => errors.push(UserError::on("callbackUrl", m)),
        }
    }
    if let Some(id) = c.integration_id {
        if id.is_empty() {
            row.integration_id = None;
        } else {
            let org = v.org_id;
            let found = match ids::decode_as(&id, Kind::Integration) {
                Some(rid) => app
                    .db
                    .read(move |c| store::find_node(c, org, Kind::Integration, rid))
                    .await
                    .ok()
                    .flatten(),
                None => None,
            };
            match found {
                Some(n) => row.integration_id = Some(n.id),
                None => errors.push(UserError::on(
                    "integrationId",
                    "no integration with this id exists in your organization",
                )),
            }
        }
    }
    if let Some(secret) = c.shared_secret {
        row.shared_secret = optional_text(secret);
    }
    for (field, value, slot) in [
        ("dataValidationTemplate", c.data_validation_template, &mut row.data_validation_template),
        ("template", c.template, &mut row.template),
        ("errorHandlingTemplate", c.error_handling_template, &mut row.error_handling_template),
    ] {
        if let Some(src) = value {
            let src = optional_text(src);
            match src.as_deref().map(validate::liquid_template).unwrap_or(Ok(())) {
                Ok(()) => *slot = src,
                Err(m) => errors.push(UserError::on(field, m)),
            }
        }
    }
    if let Some(q) = c.query {
        let q = optional_text(q).filter(|q| !q.trim().is_empty());
        if let Some(src) = &q {
            let check = spawn_query_check(app.clone(), v.clone(), src.clone()).await;
            match check {
                Ok(Ok(())) => {}
                Ok(Err(m)) => errors.push(UserError::on("query", m)),
                Err(e) => errors.push(UserError::on("query", format!("could not be checked: {e}"))),
            }
        }
        row.query = q;
    }
    match c.disabled {
        Some(true) if !row.disabled => {
            row.disabled = true;
            row.disabled_reason = Some(format!("disabled by {}", v.user_name));
            row.disabled_at = Some(now);
        }
        Some(false) if row.disabled => {
            row.disabled = false;
            row.disabled_reason = None;
            row.disabled_at = None;
            row.enabled_at = Some(now);
        }
        _ => {}
    }
    row.updated_at = now;
    errors
}

/// Checks node attributes: a JSON object whose link attributes name live nodes of the right
/// type in the organization. Fills in `userId` with the viewer where the type links a user.
async fn check_attributes(
    app: &std::sync::Arc<AppState>,
    v: &Viewer,
    kind: Kind,
    attrs: &mut Map<String, Value>,
    default_user: bool,
) -> Vec<UserError> {
    let mut errors = Vec::new();
    if let Some(name) = attrs.get("name") {
        match name.as_str() {
            Some(s) if !s.trim().is_empty() => {}
            Some(_) => errors.push(UserError::on("attributes.name", "can't be blank")),
            None if name.is_null() => {}
            None => errors.push(UserError::on("attributes.name", "must be a string")),
        }
    }
    for (key, target) in links(kind) {
        match attrs.get(*key) {
            None if default_user && *target == Kind::User => {
                attrs.insert(key.to_string(), Value::String(ids::encode(Kind::User, v.user_id)));
            }
            None | Some(Value::Null) => {}
            Some(Value::String(gid)) => {
                let org = v.org_id;
                let target = *target;
                let found = match ids::decode_as(gid, target) {
                    Some(rid) => {
                        app.db.read(move |c| store::find_node(c, org, target, rid)).await.ok().flatten()
                    }
                    None => None,
                };
                if found.is_none() {
                    errors.push(UserError::on(
                        &format!("attributes.{key}"),
                        format!("must be the id of a {} in your organization", target.type_name()),
                    ));
                }
            }
            Some(_) => errors.push(UserError::on(&format!("attributes.{key}"), "must be a global ID string")),
        }
    }
    errors
}

fn modelled_types() -> String {
    MODELLED
        .iter()
        .filter(|k| **k != Kind::Organization)
        .map(|k| k.type_name())
        .collect::<Vec<_>>()
        .join(", ")
}

fn deliveries(rows: Vec<store::DeliveryRow>) -> Vec<WebhookDelivery> {
    rows.into_iter().map(WebhookDelivery).collect()
}

/// A node change the sandbox emits an event for.
#[derive(Clone, Copy)]
enum NodeChange {
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
async fn commit_node_change(
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
fn wake(app: &AppState, queued: &[store::DeliveryRow], first_gen: bool) {
    if first_gen || !queued.is_empty() {
        app.scheduler.wake();
    }
}

/// A live node of the viewer's organization by global ID.
async fn visible_node(
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
            integration_id: i.integration_id,
            shared_secret: i.shared_secret,
            query: i.query,
            data_validation_template: i.data_validation_template,
            template: i.template,
            error_handling_template: i.error_handling_template,
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
            integration_id: i.integration_id,
            shared_secret: i.shared_secret,
            query: i.query,
            data_validation_template: i.data_validation_template,
            template: i.template,
            error_handling_template: i.error_handling_template,
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
    async fn sandbox_set_legacy_webhooks(
        &self,
        ctx: &Context<'_>,
        base_url: Option<String>,
    ) -> async_graphql::Result<SandboxLegacyWebhooksPayload> {
        let (app, v) = (app(ctx), viewer(ctx));
        let url = base_url.map(|u| u.trim().to_string()).filter(|u| !u.is_empty());
        if let Some(u) = &url
            && let Err(m) = validate::callback_url(u)
        {
            return Ok(SandboxLegacyWebhooksPayload {
                errors: vec![UserError::on("baseUrl", m)],
                legacy_webhooks: None,
            });
        }
        let (org, now) = (v.org_id, app.clock.now_ms());
        app.db.write(move |tx| first_generation::set_base_url(tx, org, url.as_deref(), now)).await?;
        Ok(SandboxLegacyWebhooksPayload {
            errors: vec![],
            legacy_webhooks: Some(first_generation::settings(app, org).await?),
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
        let now = crate::sandbox::advance::advance_clock(app, i64::from(seconds) * 1000).await?;
        Ok(SandboxClockPayload { now: DateTime(now) })
    }
}
