//! The modelled node types: users, organizations, integrations and the Scope objects webhooks are
//! about. All live in the `nodes` table; links to parents are attributes holding global IDs
//! (e.g. a ScenarioSession's `scenarioId`).

use async_graphql::{Context, ID, Object, OutputType};
use serde_json::Value;

use super::{Connection, DateTime, Json, app, page_req};
use crate::global_id::{self as ids, Kind};
use crate::sandbox::scope::store::{self, NodeRow};

/// The attribute links of each type: attribute key → the type it points at.
pub fn links(kind: Kind) -> &'static [(&'static str, Kind)] {
    match kind {
        Kind::ScenarioSession => &[("scenarioId", Kind::Scenario), ("userId", Kind::User)],
        Kind::ScenarioSessionPart => &[("scenarioSessionId", Kind::ScenarioSession)],
        Kind::ScenarioSessionStep => &[("scenarioSessionPartId", Kind::ScenarioSessionPart)],
        Kind::ScenarioSessionEvent => &[("scenarioSessionId", Kind::ScenarioSession)],
        Kind::Call => &[("userId", Kind::User)],
        Kind::CallRecording => &[("callId", Kind::Call)],
        _ => &[],
    }
}

async fn linked(
    ctx: &Context<'_>,
    row: &NodeRow,
    key: &str,
    kind: Kind,
) -> async_graphql::Result<Option<NodeRow>> {
    let Some(id) = row.attr_str(key).and_then(|s| ids::decode_as(s, kind)) else { return Ok(None) };
    let org = row.org_id;
    Ok(app(ctx).db.read(move |c| store::find_node(c, org, kind, id)).await?)
}

async fn children<T: OutputType>(
    ctx: &Context<'_>,
    parent: &NodeRow,
    kind: Kind,
    key: &'static str,
    first: Option<i32>,
    after: Option<String>,
    wrap: fn(NodeRow) -> T,
) -> async_graphql::Result<Connection<T>> {
    let page = page_req(first, after.as_deref())?;
    let (org, parent_id) = (parent.org_id, ids::encode(parent.kind, parent.id));
    let rows =
        app(ctx).db.read(move |c| store::list_nodes(c, org, kind, Some((key, &parent_id)), page)).await?;
    Ok(Connection::from_page(rows, wrap))
}

macro_rules! node_object {
    ($(#[$doc:meta])* $name:ident, $kind:expr, { $($extra:tt)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone)]
        pub struct $name(pub NodeRow);

        $(#[$doc])*
        #[Object]
        impl $name {
            pub async fn id(&self) -> ID {
                ID(ids::encode($kind, self.0.id))
            }
            async fn name(&self) -> &str {
                &self.0.name
            }
            $($extra)*
            async fn created_at(&self) -> DateTime {
                DateTime(self.0.created_at)
            }
            async fn updated_at(&self) -> DateTime {
                DateTime(self.0.updated_at)
            }
            /// Every attribute, as set with `sandboxCreateNode` / `sandboxUpdateNode`.
            async fn attributes(&self) -> Json {
                Json(Value::Object(self.0.attributes.clone()))
            }
        }
    };
}

node_object!(
    /// A person who uses Scope.
    User, Kind::User, {
    async fn email(&self) -> Option<&str> {
        self.0.attr_str("email")
    }
    /// Nullable: the guide does not pin it, so hookctl selects it only where a server has it.
    async fn organization(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Organization>> {
        let org = self.0.org_id;
        let row = app(ctx).db.read(move |c| store::get_node(c, org)).await?;
        Ok(Some(row.map(Organization).ok_or("the user's organization is missing")?))
    }
});

node_object!(
    /// A Scope customer.
    Organization, Kind::Organization, {});

node_object!(
    /// An integration subscriptions may belong to.
    Integration, Kind::Integration, {});

node_object!(
    /// An AR work instruction.
    Scenario, Kind::Scenario, {
    /// Free text, e.g. draft or published.
    async fn status(&self) -> Option<&str> {
        self.0.attr_str("status")
    }
    async fn scenario_sessions(&self, ctx: &Context<'_>, first: Option<i32>, after: Option<String>) -> async_graphql::Result<Connection<ScenarioSession>> {
        children(ctx, &self.0, Kind::ScenarioSession, "scenarioId", first, after, ScenarioSession).await
    }
});

node_object!(
    /// One user's run through a scenario.
    ScenarioSession, Kind::ScenarioSession, {
    /// Free text, e.g. in_progress, paused, completed.
    async fn status(&self) -> Option<&str> {
        self.0.attr_str("status")
    }
    async fn scenario(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Scenario>> {
        Ok(linked(ctx, &self.0, "scenarioId", Kind::Scenario).await?.map(Scenario))
    }
    async fn user(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<User>> {
        Ok(linked(ctx, &self.0, "userId", Kind::User).await?.map(User))
    }
    async fn scenario_session_parts(&self, ctx: &Context<'_>, first: Option<i32>, after: Option<String>) -> async_graphql::Result<Connection<ScenarioSessionPart>> {
        children(ctx, &self.0, Kind::ScenarioSessionPart, "scenarioSessionId", first, after, ScenarioSessionPart).await
    }
    async fn scenario_session_events(&self, ctx: &Context<'_>, first: Option<i32>, after: Option<String>) -> async_graphql::Result<Connection<ScenarioSessionEvent>> {
        children(ctx, &self.0, Kind::ScenarioSessionEvent, "scenarioSessionId", first, after, ScenarioSessionEvent).await
    }
});

node_object!(
    /// A part of a scenario session.
    ScenarioSessionPart, Kind::ScenarioSessionPart, {
    async fn status(&self) -> Option<&str> {
        self.0.attr_str("status")
    }
    async fn scenario_session(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<ScenarioSession>> {
        Ok(linked(ctx, &self.0, "scenarioSessionId", Kind::ScenarioSession).await?.map(ScenarioSession))
    }
    async fn scenario_session_steps(&self, ctx: &Context<'_>, first: Option<i32>, after: Option<String>) -> async_graphql::Result<Connection<ScenarioSessionStep>> {
        children(ctx, &self.0, Kind::ScenarioSessionStep, "scenarioSessionPartId", first, after, ScenarioSessionStep).await
    }
});

node_object!(
    /// A step of a scenario session part.
    ScenarioSessionStep, Kind::ScenarioSessionStep, {
    async fn status(&self) -> Option<&str> {
        self.0.attr_str("status")
    }
    async fn scenario_session_part(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<ScenarioSessionPart>> {
        Ok(linked(ctx, &self.0, "scenarioSessionPartId", Kind::ScenarioSessionPart).await?.map(ScenarioSessionPart))
    }
});

node_object!(
    /// Something that happened during a scenario session.
    ScenarioSessionEvent, Kind::ScenarioSessionEvent, {
    async fn scenario_session(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<ScenarioSession>> {
        Ok(linked(ctx, &self.0, "scenarioSessionId", Kind::ScenarioSession).await?.map(ScenarioSession))
    }
});

node_object!(
    /// A remote-assistance call.
    Call, Kind::Call, {
    async fn status(&self) -> Option<&str> {
        self.0.attr_str("status")
    }
    async fn user(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<User>> {
        Ok(linked(ctx, &self.0, "userId", Kind::User).await?.map(User))
    }
    async fn call_recordings(&self, ctx: &Context<'_>, first: Option<i32>, after: Option<String>) -> async_graphql::Result<Connection<CallRecording>> {
        children(ctx, &self.0, Kind::CallRecording, "callId", first, after, CallRecording).await
    }
});

node_object!(
    /// A recording of a call.
    CallRecording, Kind::CallRecording, {
    async fn status(&self) -> Option<&str> {
        self.0.attr_str("status")
    }
    async fn call(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Call>> {
        Ok(linked(ctx, &self.0, "callId", Kind::Call).await?.map(Call))
    }
});
