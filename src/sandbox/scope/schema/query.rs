//! The query root.

#![allow(clippy::too_many_arguments)]

use async_graphql::{Context, ID, Object};

use super::{
    Connection, DateTime, Integration, Node, User, WebhookDelivery, WebhookError, WebhookSubscription,
    WebhookTopic, app, node_of, page_req, viewer,
};
use crate::global_id::{self as ids, Kind};
use crate::sandbox::scope::store::{self, Cursor, Page, SubscriptionFilter};
use crate::sandbox::scope::topics;

pub struct Query;

/// Resolves any global ID the viewer may see; `None` for the rest.
pub(crate) async fn resolve_node(ctx: &Context<'_>, id: &str) -> async_graphql::Result<Option<Node>> {
    let Some((kind, row)) = ids::decode(id) else { return Ok(None) };
    let (org, user) = (viewer(ctx).org_id, viewer(ctx).user_id);
    let db = &app(ctx).db;
    Ok(match kind {
        Kind::WebhookTopic => topics::by_index(row).map(|t| Node::WebhookTopic(WebhookTopic(t))),
        Kind::WebhookSubscription => db
            .read(move |c| store::owned_subscription(c, org, user, row))
            .await?
            .map(|s| Node::WebhookSubscription(WebhookSubscription(s))),
        Kind::WebhookDelivery => db
            .read(move |c| {
                let Some(d) = store::get_delivery(c, row)? else { return Ok(None) };
                Ok(store::owned_subscription(c, org, user, d.subscription_id)?.map(|_| d))
            })
            .await?
            .map(|d| Node::WebhookDelivery(WebhookDelivery(d))),
        Kind::WebhookError => owned_error(ctx, row).await?.map(Node::WebhookError),
        _ => db.read(move |c| store::find_node(c, org, kind, row)).await?.map(node_of),
    })
}

async fn owned_error(ctx: &Context<'_>, row: i64) -> async_graphql::Result<Option<WebhookError>> {
    let (org, user) = (viewer(ctx).org_id, viewer(ctx).user_id);
    Ok(app(ctx)
        .db
        .read(move |c| {
            let Some(e) = store::get_error(c, row)? else { return Ok(None) };
            Ok(store::owned_subscription(c, org, user, e.subscription_id)?.map(|_| e))
        })
        .await?
        .map(WebhookError))
}

#[Object]
impl Query {
    /// Any object by its global ID.
    async fn node(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Option<Node>> {
        resolve_node(ctx, &id).await
    }

    /// Sandbox only: the organization's first-generation webhooks and their recent notifications.
    async fn sandbox_first_generation_webhooks(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<crate::sandbox::first_generation::FirstGenerationWebhooks> {
        Ok(crate::sandbox::first_generation::settings(app(ctx), viewer(ctx).org_id).await?)
    }

    /// The authenticated user.
    async fn viewer(&self, ctx: &Context<'_>) -> async_graphql::Result<User> {
        let id = viewer(ctx).user_id;
        let row = app(ctx).db.read(move |c| store::get_node(c, id)).await?;
        row.map(User).ok_or_else(|| "the token's user no longer exists".into())
    }

    /// A subscription of the viewer's organization, or null.
    async fn webhook_subscription(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> async_graphql::Result<Option<WebhookSubscription>> {
        let Some(row) = ids::decode_as(&id, Kind::WebhookSubscription) else { return Ok(None) };
        let (org, user) = (viewer(ctx).org_id, viewer(ctx).user_id);
        Ok(app(ctx)
            .db
            .read(move |c| store::owned_subscription(c, org, user, row))
            .await?
            .map(WebhookSubscription))
    }

    /// The viewer's subscriptions, oldest first.
    async fn webhook_subscriptions(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        #[graphql(desc = "Only subscriptions to this topic key, e.g. scenario_session/completed.")] topic_key: Option<
            String,
        >,
        #[graphql(desc = "true: only disabled ones; false: only enabled ones.")] disabled: Option<bool>,
        created_at_min: Option<DateTime>,
        updated_at_min: Option<DateTime>,
    ) -> async_graphql::Result<Connection<WebhookSubscription>> {
        let page = page_req(first, after.as_deref())?;
        let filter = SubscriptionFilter {
            org_id: viewer(ctx).org_id,
            user_id: viewer(ctx).user_id,
            topic_key,
            disabled,
            created_at_min: created_at_min.map(|t| t.0),
            updated_at_min: updated_at_min.map(|t| t.0),
        };
        let rows = app(ctx).db.read(move |c| store::list_subscriptions(c, &filter, page)).await?;
        Ok(Connection::from_page(rows, WebhookSubscription))
    }

    /// Every topic one can subscribe to.
    async fn webhook_topics(
        &self,
        first: Option<i32>,
        after: Option<String>,
        key: Option<String>,
    ) -> async_graphql::Result<Connection<WebhookTopic>> {
        let page = page_req(first, after.as_deref())?;
        let matching: Vec<_> =
            topics::all().iter().filter(|t| key.as_ref().is_none_or(|k| &t.key == k)).collect();
        let start =
            page.after.map_or(0, |c| matching.iter().position(|t| t.index > c.id).unwrap_or(matching.len()));
        let items: Vec<_> = matching.iter().skip(start).take(page.first as usize).copied().collect();
        let has_next = start + items.len() < matching.len();
        let end_cursor = items.last().map(|t| Cursor { at: 0, id: t.index });
        let page = Page { items, has_next, end_cursor, total: matching.len() as i64 };
        Ok(Connection::from_page(page, WebhookTopic))
    }

    /// A delivery error of one of the viewer's subscriptions, or null.
    async fn webhook_error(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Option<WebhookError>> {
        let Some(row) = ids::decode_as(&id, Kind::WebhookError) else { return Ok(None) };
        owned_error(ctx, row).await
    }

    /// The organization's integrations.
    async fn integrations(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<Connection<Integration>> {
        let page = page_req(first, after.as_deref())?;
        let org = viewer(ctx).org_id;
        let rows =
            app(ctx).db.read(move |c| store::list_nodes(c, org, Kind::Integration, None, page)).await?;
        Ok(Connection::from_page(rows, Integration))
    }

    /// Sandbox only: now, on the sandbox clock.
    async fn sandbox_now(&self, ctx: &Context<'_>) -> DateTime {
        DateTime(app(ctx).clock.now_ms())
    }
}
