//! A strict Sentera API: exactly document 002's `create_webhook_subscription` and
//! `WebhookSubscription`, other names as listed in [`super`]. Start with [`start`]; the
//! document's organization exists from the start.

use std::sync::{Arc, Mutex};

use async_graphql::{
    Context, EmptySubscription, Enum, ID, InputObject, InputValueError, InputValueResult, Object, Result,
    Scalar, ScalarType, Schema, SimpleObject, Value,
};

use super::{Control, Foreign};

/// The organization in the document's example.
pub const DOC_ORG: &str = "6aeagny_OR_w3njAcmeGrand_CV_deve_ef64a0fce_220112_111024";
/// The most `page_size` may ask for.
pub const PAGE_LIMIT: i32 = 100;

#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum WebhookEventType {
    FeatureSetCreated,
    FeatureSetUpdated,
    FieldCreated,
}

#[derive(Enum, Copy, Clone, Debug, PartialEq, Eq)]
pub enum WebhookEventStatus {
    Pending,
    Delivered,
    Failed,
}

#[derive(Debug, Clone)]
pub struct Org {
    pub sentera_id: String,
    pub name: String,
    pub parent: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Event {
    pub sentera_id: String,
    pub event_type: WebhookEventType,
    pub status: WebhookEventStatus,
    pub resource_sentera_id: String,
    pub created_at: String,
}

/// What `authentication` held; stored, never answered.
#[derive(Debug, Clone)]
pub struct Auth {
    pub token_url: String,
    pub client_id: String,
    pub client_secret: String,
    pub scope: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Sub {
    pub sentera_id: String,
    pub organization_sentera_id: String,
    pub callback_url: String,
    pub event_types: Vec<WebhookEventType>,
    pub authentication: Option<Auth>,
    pub events: Vec<Event>,
}

#[derive(Debug)]
pub struct SenteraState {
    pub orgs: Vec<Org>,
    pub subs: Vec<Sub>,
    next: usize,
}

impl SenteraState {
    fn new_id(&mut self, kind: &str) -> String {
        self.next += 1;
        format!("{:07x}_{kind}_w3njAcmeGrand_CV_deve_foreign_{}", self.next, self.next)
    }

    /// Adds an organization (below `parent`, if any) and returns its sentera_id.
    pub fn add_org(&mut self, name: &str, parent: Option<&str>) -> String {
        let sentera_id = self.new_id("OR");
        self.orgs.push(Org {
            sentera_id: sentera_id.clone(),
            name: name.into(),
            parent: parent.map(Into::into),
        });
        sentera_id
    }

    /// Adds a delivery event to a subscription and returns its sentera_id.
    pub fn add_event(
        &mut self,
        sub: &str,
        event_type: WebhookEventType,
        status: WebhookEventStatus,
    ) -> String {
        let sentera_id = self.new_id("WE");
        let resource_sentera_id = self.new_id("FS");
        let event = Event {
            sentera_id: sentera_id.clone(),
            event_type,
            status,
            resource_sentera_id,
            created_at: now(),
        };
        self.subs.iter_mut().find(|s| s.sentera_id == sub).expect("subscription").events.push(event);
        sentera_id
    }

    pub fn get(&self, sentera_id: &str) -> Option<&Sub> {
        self.subs.iter().find(|s| s.sentera_id == sentera_id)
    }
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

pub type Server = Foreign<SenteraState>;

/// A foreign Sentera API on a free loopback port, with the document's organization.
pub fn start() -> Server {
    let org = Org { sentera_id: DOC_ORG.into(), name: "Acme Grand".into(), parent: None };
    let state = Arc::new(Mutex::new(SenteraState { orgs: vec![org], subs: vec![], next: 0 }));
    let control = Arc::new(Control::default());
    let schema =
        Schema::build(Query, Mutation, EmptySubscription).data(state.clone()).data(control.clone()).finish();
    Foreign::serve("sentera", schema, state, control)
}

type Shared = Arc<Mutex<SenteraState>>;

fn state<'a>(ctx: &Context<'a>) -> &'a Shared {
    ctx.data_unchecked::<Shared>()
}

/// An absolute http(s) URL.
pub struct Url(String);

#[Scalar(name = "Url")]
impl ScalarType for Url {
    fn parse(value: Value) -> InputValueResult<Self> {
        match &value {
            Value::String(s) if s.starts_with("https://") || s.starts_with("http://") => Ok(Url(s.clone())),
            _ => Err(InputValueError::expected_type(value)),
        }
    }

    fn to_value(&self) -> Value {
        Value::String(self.0.clone())
    }
}

#[derive(InputObject)]
#[graphql(rename_fields = "snake_case")]
pub struct Pagination {
    page: i32,
    page_size: i32,
}

#[derive(InputObject)]
#[graphql(rename_fields = "snake_case")]
pub struct DateRange {
    start: Option<String>,
    end: Option<String>,
}

#[derive(InputObject)]
#[graphql(rename_fields = "snake_case")]
pub struct WebhookAuthenticationConfigurationInput {
    token_url: Url,
    client_id: String,
    client_secret: String,
    scope: Option<String>,
}

/// The 0-based range of one page, or an error naming the limit.
fn page_range(p: &Pagination) -> Result<(usize, usize)> {
    if !(1..=PAGE_LIMIT).contains(&p.page_size) || p.page < 1 {
        return Err(format!("pagination: page from 1, page_size from 1 to {PAGE_LIMIT}").into());
    }
    let start = (p.page as usize - 1) * p.page_size as usize;
    Ok((start, p.page_size as usize))
}

pub struct Query;

#[Object(rename_fields = "snake_case", rename_args = "snake_case")]
impl Query {
    async fn organization(&self, ctx: &Context<'_>, sentera_id: ID) -> Option<Organization> {
        let st = state(ctx).lock().unwrap();
        st.orgs.iter().find(|o| o.sentera_id == sentera_id.as_str()).cloned().map(Organization)
    }

    async fn organizations(&self, ctx: &Context<'_>) -> Vec<Organization> {
        state(ctx).lock().unwrap().orgs.iter().cloned().map(Organization).collect()
    }

    async fn webhook_subscription(&self, ctx: &Context<'_>, sentera_id: ID) -> Option<WebhookSubscription> {
        state(ctx).lock().unwrap().get(&sentera_id).cloned().map(WebhookSubscription)
    }

    async fn webhook_subscriptions(
        &self,
        ctx: &Context<'_>,
        organization_sentera_id: ID,
        pagination: Pagination,
    ) -> Result<WebhookSubscriptionsQueryResult> {
        let (start, size) = page_range(&pagination)?;
        let st = state(ctx).lock().unwrap();
        let all: Vec<&Sub> = st
            .subs
            .iter()
            .filter(|s| s.organization_sentera_id == organization_sentera_id.as_str())
            .collect();
        Ok(WebhookSubscriptionsQueryResult {
            total_count: all.len() as i32,
            results: all.iter().skip(start).take(size).map(|s| WebhookSubscription((*s).clone())).collect(),
            page: pagination.page,
            page_size: pagination.page_size,
        })
    }
}

pub struct Organization(Org);

#[Object(rename_fields = "snake_case", rename_args = "snake_case")]
impl Organization {
    async fn sentera_id(&self) -> ID {
        ID(self.0.sentera_id.clone())
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn parent(&self, ctx: &Context<'_>) -> Option<Organization> {
        let parent = self.0.parent.as_ref()?;
        state(ctx).lock().unwrap().orgs.iter().find(|o| &o.sentera_id == parent).cloned().map(Organization)
    }
    async fn child_organizations(&self, ctx: &Context<'_>) -> Vec<Organization> {
        let st = state(ctx).lock().unwrap();
        st.orgs
            .iter()
            .filter(|o| o.parent.as_ref() == Some(&self.0.sentera_id))
            .cloned()
            .map(Organization)
            .collect()
    }
}

/// Exactly the document's return fields.
pub struct WebhookSubscription(Sub);

#[Object(rename_fields = "snake_case", rename_args = "snake_case")]
impl WebhookSubscription {
    /// A system-generated key identifying a specific instance of a webhook subscription.
    async fn sentera_id(&self) -> ID {
        ID(self.0.sentera_id.clone())
    }
    /// The URL to which the system should send events via HTTP POST.
    async fn callback_url(&self) -> Url {
        Url(self.0.callback_url.clone())
    }
    /// A list of the event types the system should send to the registered HTTP endpoint.
    async fn event_types(&self) -> Vec<WebhookEventType> {
        self.0.event_types.clone()
    }
    /// A list of events for this webhook subscription.
    async fn events(
        &self,
        date_range: Option<DateRange>,
        event_type: Option<WebhookEventType>,
        pagination: Pagination,
        status: Option<WebhookEventStatus>,
    ) -> Result<WebhookEventsQueryResult> {
        let (start, size) = page_range(&pagination)?;
        let (from, to) = date_range.map(|r| (r.start, r.end)).unwrap_or_default();
        let all: Vec<&Event> = self
            .0
            .events
            .iter()
            .filter(|e| event_type.is_none_or(|t| e.event_type == t))
            .filter(|e| status.is_none_or(|s| e.status == s))
            .filter(|e| from.as_ref().is_none_or(|f| &e.created_at >= f))
            .filter(|e| to.as_ref().is_none_or(|t| &e.created_at < t))
            .collect();
        Ok(WebhookEventsQueryResult {
            total_count: all.len() as i32,
            results: all.iter().skip(start).take(size).map(|e| WebhookEvent((*e).clone())).collect(),
            page: pagination.page,
            page_size: pagination.page_size,
        })
    }
}

pub struct WebhookEvent(Event);

#[Object(rename_fields = "snake_case")]
impl WebhookEvent {
    async fn sentera_id(&self) -> ID {
        ID(self.0.sentera_id.clone())
    }
    async fn event_type(&self) -> WebhookEventType {
        self.0.event_type
    }
    async fn status(&self) -> WebhookEventStatus {
        self.0.status
    }
    async fn resource_sentera_id(&self) -> ID {
        ID(self.0.resource_sentera_id.clone())
    }
    async fn created_at(&self) -> &str {
        &self.0.created_at
    }
}

#[derive(SimpleObject)]
#[graphql(rename_fields = "snake_case")]
pub struct WebhookEventsQueryResult {
    results: Vec<WebhookEvent>,
    total_count: i32,
    page: i32,
    page_size: i32,
}

#[derive(SimpleObject)]
#[graphql(rename_fields = "snake_case")]
pub struct WebhookSubscriptionsQueryResult {
    results: Vec<WebhookSubscription>,
    total_count: i32,
    page: i32,
    page_size: i32,
}

pub struct Mutation;

#[Object(rename_fields = "snake_case", rename_args = "snake_case")]
impl Mutation {
    /// Create a web hook subscription for an organization.
    async fn create_webhook_subscription(
        &self,
        ctx: &Context<'_>,
        organization_sentera_id: ID,
        callback_url: Url,
        event_types: Vec<WebhookEventType>,
        authentication: Option<WebhookAuthenticationConfigurationInput>,
    ) -> Result<WebhookSubscription> {
        ctx.data_unchecked::<Arc<Control>>().ran("create_webhook_subscription");
        let mut st = state(ctx).lock().unwrap();
        if !st.orgs.iter().any(|o| o.sentera_id == organization_sentera_id.as_str()) {
            return Err(format!("organization {} not found", organization_sentera_id.as_str()).into());
        }
        if event_types.is_empty() {
            return Err("event_types: at least one event type".into());
        }
        let sentera_id = st.new_id("WS");
        let authentication = authentication.map(|a| Auth {
            token_url: a.token_url.0,
            client_id: a.client_id,
            client_secret: a.client_secret,
            scope: a.scope,
        });
        let sub = Sub {
            sentera_id,
            organization_sentera_id: organization_sentera_id.to_string(),
            callback_url: callback_url.0,
            event_types,
            authentication,
            events: vec![],
        };
        st.subs.push(sub.clone());
        Ok(WebhookSubscription(sub))
    }

    /// Answers the deleted subscription's sentera_id.
    async fn delete_webhook_subscription(&self, ctx: &Context<'_>, sentera_id: ID) -> Result<ID> {
        ctx.data_unchecked::<Arc<Control>>().ran("delete_webhook_subscription");
        let mut st = state(ctx).lock().unwrap();
        let before = st.subs.len();
        st.subs.retain(|s| s.sentera_id != sentera_id.as_str());
        if st.subs.len() == before {
            return Err(format!("webhook subscription {} not found", sentera_id.as_str()).into());
        }
        Ok(sentera_id)
    }
}
