//! A strict Scope-like API that is not hookctl's sandbox (the differences are listed in
//! [`super`]). Start with [`start`]; seed with [`ScopeState::add`].

use std::sync::{Arc, Mutex};

use async_graphql::{
    Context, EmptySubscription, ID, InputObject, Interface, Object, Result, Schema, SimpleObject,
};

use super::{Control, Foreign};

/// The most `first` may ask for.
pub const PAGE_LIMIT: i32 = 100;
const DEFAULT_PAGE: i32 = 20;

/// A subscription as the server stores it.
#[derive(Debug, Clone, Default)]
pub struct Sub {
    pub id: String,
    pub name: String,
    pub topic_key: String,
    pub topic_version: String,
    pub content_type: String,
    pub callback_url: String,
    pub shared_secret: Option<String>,
    pub query: Option<String>,
    pub data_validation_template: Option<String>,
    pub template: Option<String>,
    pub error_handling_template: Option<String>,
    pub disabled: bool,
    pub disabled_reason: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Default)]
pub struct ScopeState {
    pub subs: Vec<Sub>,
    next: usize,
}

impl ScopeState {
    /// Stores a subscription to `user/created` 1.1 and returns its id.
    pub fn add(&mut self, name: &str, disabled: bool) -> String {
        let sub = Sub {
            name: name.into(),
            topic_key: "user/created".into(),
            topic_version: "1.1".into(),
            callback_url: "https://example.com/hooks".into(),
            disabled,
            disabled_reason: disabled.then(|| "Too many consecutive failures".into()),
            ..Sub::default()
        };
        self.insert(sub)
    }

    fn insert(&mut self, mut sub: Sub) -> String {
        self.next += 1;
        // Opaque ids with the characters real global ids have.
        sub.id = format!("V2ViaG9va1N1YnNjcmlwdGlvbi0{}+/x=", self.next);
        let now = now();
        sub.created_at.clone_from(&now);
        sub.updated_at = now;
        if sub.content_type.is_empty() {
            sub.content_type = "JSON".into();
        }
        self.subs.push(sub);
        self.subs.last().unwrap().id.clone()
    }

    pub fn get(&self, id: &str) -> Option<&Sub> {
        self.subs.iter().find(|s| s.id == id)
    }
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

pub type Server = Foreign<ScopeState>;

/// A foreign Scope API on a free loopback port, with no subscriptions.
pub fn start() -> Server {
    let state = Arc::new(Mutex::new(ScopeState::default()));
    let control = Arc::new(Control::default());
    let schema =
        Schema::build(Query, Mutation, EmptySubscription).data(state.clone()).data(control.clone()).finish();
    Foreign::serve("scope", schema, state, control)
}

type Shared = Arc<Mutex<ScopeState>>;

fn state<'a>(ctx: &Context<'a>) -> &'a Shared {
    ctx.data_unchecked::<Shared>()
}

fn ran(ctx: &Context<'_>, mutation: &str) {
    ctx.data_unchecked::<Arc<Control>>().ran(mutation);
}

#[derive(Interface)]
#[graphql(field(name = "id", ty = "ID"))]
pub enum Node {
    WebhookSubscription(WebhookSubscription),
    User(User),
    Organization(Organization),
}

pub struct Query;

#[Object]
impl Query {
    /// Any object by its global id.
    async fn node(&self, ctx: &Context<'_>, id: ID) -> Option<Node> {
        if id.as_str() == VIEWER_ID {
            return Some(Node::User(User));
        }
        if id.as_str() == ORG_ID {
            return Some(Node::Organization(Organization));
        }
        state(ctx)
            .lock()
            .unwrap()
            .get(&id)
            .cloned()
            .map(|s| Node::WebhookSubscription(WebhookSubscription(Box::new(s))))
    }

    async fn viewer(&self) -> User {
        User
    }

    /// The viewer's subscriptions, oldest first.
    async fn webhook_subscriptions(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        #[graphql(name = "created_at_min")] created_at_min: Option<String>,
        #[graphql(name = "updated_at_min")] updated_at_min: Option<String>,
    ) -> Result<WebhookSubscriptionConnection> {
        let first = first.unwrap_or(DEFAULT_PAGE);
        if !(1..=PAGE_LIMIT).contains(&first) {
            return Err(format!("first must be between 1 and {PAGE_LIMIT} (got {first})").into());
        }
        let start = match after {
            None => 0,
            Some(c) => {
                c.strip_prefix("cursor:").and_then(|n| n.parse::<usize>().ok()).ok_or("invalid cursor")?
            }
        };
        let st = state(ctx).lock().unwrap();
        let matching: Vec<&Sub> = st
            .subs
            .iter()
            .filter(|s| created_at_min.as_ref().is_none_or(|m| &s.created_at >= m))
            .filter(|s| updated_at_min.as_ref().is_none_or(|m| &s.updated_at >= m))
            .collect();
        let page: Vec<WebhookSubscription> = matching
            .iter()
            .skip(start)
            .take(first as usize)
            .map(|s| WebhookSubscription(Box::new((*s).clone())))
            .collect();
        let end = start + page.len();
        Ok(WebhookSubscriptionConnection {
            page_info: PageInfo {
                has_next_page: end < matching.len(),
                end_cursor: (!page.is_empty()).then(|| format!("cursor:{end}")),
            },
            nodes: page,
        })
    }
}

const VIEWER_ID: &str = "VXNlci0x";
const ORG_ID: &str = "T3JnYW5pemF0aW9uLTE=";

pub struct User;

#[Object]
impl User {
    async fn id(&self) -> ID {
        ID(VIEWER_ID.into())
    }
    async fn name(&self) -> &str {
        "Ada Lovelace"
    }
    async fn email(&self) -> Option<&str> {
        Some("ada@example.com")
    }
    async fn organization(&self) -> Organization {
        Organization
    }
}

pub struct Organization;

#[Object]
impl Organization {
    async fn id(&self) -> ID {
        ID(ORG_ID.into())
    }
    async fn name(&self) -> &str {
        "Acme"
    }
}

pub struct WebhookSubscription(Box<Sub>);

#[Object]
impl WebhookSubscription {
    async fn id(&self) -> ID {
        ID(self.0.id.clone())
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn topic(&self) -> WebhookTopic {
        WebhookTopic { key: self.0.topic_key.clone(), version: self.0.topic_version.clone() }
    }
    /// "JSON" or "XML".
    async fn content_type(&self) -> &str {
        &self.0.content_type
    }
    async fn callback_url(&self) -> &str {
        &self.0.callback_url
    }
    /// Readable, unlike hookctl's write-only guess.
    async fn shared_secret(&self) -> Option<&str> {
        self.0.shared_secret.as_deref()
    }
    async fn query(&self) -> Option<&str> {
        self.0.query.as_deref()
    }
    async fn data_validation_template(&self) -> Option<&str> {
        self.0.data_validation_template.as_deref()
    }
    async fn template(&self) -> Option<&str> {
        self.0.template.as_deref()
    }
    async fn error_handling_template(&self) -> Option<&str> {
        self.0.error_handling_template.as_deref()
    }
    async fn disabled(&self) -> bool {
        self.0.disabled
    }
    async fn disabled_reason(&self) -> Option<&str> {
        self.0.disabled_reason.as_deref()
    }
    async fn created_at(&self) -> &str {
        &self.0.created_at
    }
    async fn updated_at(&self) -> &str {
        &self.0.updated_at
    }
}

#[derive(SimpleObject)]
pub struct WebhookTopic {
    key: String,
    version: String,
}

#[derive(SimpleObject)]
pub struct PageInfo {
    has_next_page: bool,
    end_cursor: Option<String>,
}

#[derive(SimpleObject)]
pub struct WebhookSubscriptionConnection {
    nodes: Vec<WebhookSubscription>,
    page_info: PageInfo,
}

#[derive(SimpleObject)]
pub struct UserError {
    field: Option<String>,
    message: String,
}

#[derive(SimpleObject)]
pub struct WebhookSubscriptionPayload {
    errors: Vec<UserError>,
    webhook_subscription: Option<WebhookSubscription>,
}

#[derive(SimpleObject)]
pub struct WebhookSubscriptionDeletePayload {
    errors: Vec<UserError>,
    deleted_id: Option<ID>,
}

#[derive(InputObject)]
pub struct WebhookTopicInput {
    key: String,
    version: Option<String>,
}

#[derive(InputObject)]
pub struct WebhookSubscriptionCreateInput {
    name: String,
    topic: WebhookTopicInput,
    callback_url: String,
    content_type: Option<String>,
    shared_secret: Option<String>,
    query: Option<String>,
    data_validation_template: Option<String>,
    template: Option<String>,
    error_handling_template: Option<String>,
    disabled: Option<bool>,
}

#[derive(InputObject)]
pub struct WebhookSubscriptionUpdateInput {
    id: ID,
    name: Option<String>,
    topic: Option<WebhookTopicInput>,
    callback_url: Option<String>,
    content_type: Option<String>,
    shared_secret: Option<String>,
    query: Option<String>,
    data_validation_template: Option<String>,
    template: Option<String>,
    error_handling_template: Option<String>,
    disabled: Option<bool>,
}

fn field_error(field: &str, message: &str) -> Vec<UserError> {
    vec![UserError { field: Some(field.into()), message: message.into() }]
}

pub struct Mutation;

#[Object]
impl Mutation {
    async fn create_webhook_subscription(
        &self,
        ctx: &Context<'_>,
        webhook_subscription: WebhookSubscriptionCreateInput,
    ) -> WebhookSubscriptionPayload {
        ran(ctx, "createWebhookSubscription");
        let i = webhook_subscription;
        if !(i.callback_url.starts_with("https://") || i.callback_url.starts_with("http://")) {
            return WebhookSubscriptionPayload {
                errors: field_error("callbackUrl", "must be an http(s) URL"),
                webhook_subscription: None,
            };
        }
        let sub = Sub {
            name: i.name,
            topic_key: i.topic.key,
            topic_version: i.topic.version.unwrap_or_else(|| "1.1".into()),
            content_type: i.content_type.unwrap_or_default(),
            callback_url: i.callback_url,
            shared_secret: i.shared_secret,
            query: i.query,
            data_validation_template: i.data_validation_template,
            template: i.template,
            error_handling_template: i.error_handling_template,
            disabled: i.disabled.unwrap_or(false),
            ..Sub::default()
        };
        let mut st = state(ctx).lock().unwrap();
        let id = st.insert(sub);
        let sub = st.get(&id).cloned().map(|s| WebhookSubscription(Box::new(s)));
        WebhookSubscriptionPayload { errors: vec![], webhook_subscription: sub }
    }

    /// As the vendor guide writes it: `disabled: false` re-enables.
    async fn update_webhook_subscription(
        &self,
        ctx: &Context<'_>,
        webhook_subscription: WebhookSubscriptionUpdateInput,
    ) -> WebhookSubscriptionPayload {
        ran(ctx, "updateWebhookSubscription");
        let i = webhook_subscription;
        let mut st = state(ctx).lock().unwrap();
        let Some(s) = st.subs.iter_mut().find(|s| s.id == i.id.as_str()) else {
            return WebhookSubscriptionPayload {
                errors: field_error("id", "not found"),
                webhook_subscription: None,
            };
        };
        let text = |new: Option<String>, old: &mut Option<String>| {
            if let Some(v) = new {
                *old = (!v.is_empty()).then_some(v);
            }
        };
        if let Some(v) = i.name {
            s.name = v;
        }
        if let Some(t) = i.topic {
            s.topic_key = t.key;
            s.topic_version = t.version.unwrap_or_else(|| "1.1".into());
        }
        if let Some(v) = i.callback_url {
            s.callback_url = v;
        }
        if let Some(v) = i.content_type {
            s.content_type = v;
        }
        text(i.shared_secret, &mut s.shared_secret);
        text(i.query, &mut s.query);
        text(i.data_validation_template, &mut s.data_validation_template);
        text(i.template, &mut s.template);
        text(i.error_handling_template, &mut s.error_handling_template);
        if let Some(d) = i.disabled {
            s.disabled = d;
            s.disabled_reason = d.then(|| "Disabled by a user".into());
        }
        s.updated_at = now();
        WebhookSubscriptionPayload {
            errors: vec![],
            webhook_subscription: Some(WebhookSubscription(Box::new(s.clone()))),
        }
    }

    async fn delete_webhook_subscription(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> WebhookSubscriptionDeletePayload {
        ran(ctx, "deleteWebhookSubscription");
        let mut st = state(ctx).lock().unwrap();
        let before = st.subs.len();
        st.subs.retain(|s| s.id != id.as_str());
        if st.subs.len() == before {
            return WebhookSubscriptionDeletePayload {
                errors: field_error("id", "not found"),
                deleted_id: None,
            };
        }
        WebhookSubscriptionDeletePayload { errors: vec![], deleted_id: Some(id) }
    }
}
