//! `hookctl listen --subscribe`: session subscriptions. One temporary subscription per topic
//! (Scope) or event type (Sentera) pointing at the listener's public URL, created after a sweep
//! of this host's leftovers, re-pointed when a restarted tunnel has a new URL, and deleted when
//! listen stops. Their identity (name pattern, liveness) is `listener::session`; finding and
//! deleting them on the API is `commands::subscriptions::temporary`.

use std::sync::{Arc, OnceLock};

use serde_json::json;

use crate::api::scope::subscriptions::{self as scope, Changes, NewSubscription};
use crate::api::sentera as sentera_api;
use crate::commands::subscriptions::temporary::{self, Scope};
use crate::context::{Context, Provider};
use crate::error::{Error, Result};
use crate::listener::ListenerHandle;
use crate::listener::session::{Owner, fresh_secret, tag_url};
use crate::listener::tunnel::{OnUrlChange, UrlChange};
use crate::output::{self, Ctx};
use crate::payload::ContentType;
use crate::secret::Secret;

/// The session-subscription flags of `hookctl listen`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct SessionArgs {
    /// Subscribe this listener for as long as it runs: one temporary subscription per topic
    /// (Scope) or event type (Sentera, with --org) at the tunnel's URL (or the local one, which
    /// only a local sandbox reaches), signed with a fresh shared secret (or the --secret-* one);
    /// deleted when listen stops.
    #[arg(
        long,
        value_name = "TOPIC[,TOPIC…]",
        value_delimiter = ',',
        help_heading = "Session subscriptions",
        add = crate::complete::topics()
    )]
    pub subscribe: Vec<String>,
    /// Scope: subscribe with a copy of this subscription's topic, content type, query and templates.
    #[arg(long, value_name = "SUB_ID", conflicts_with = "subscribe", help_heading = "Session subscriptions",
          add = crate::complete::subscriptions())]
    pub from: Option<String>,
    /// Sentera: the organization to subscribe in [default: the profile's organization].
    #[arg(long, value_name = "SENTERA_ID", help_heading = "Sentera options")]
    pub org: Option<String>,
}

impl SessionArgs {
    pub fn wanted(&self) -> bool {
        !self.subscribe.is_empty() || self.from.is_some()
    }
}

/// What to subscribe to, checked before anything starts.
pub enum Plan {
    Topics(Vec<String>),
    Copy(String),
    EventTypes(String, Vec<String>),
}

/// Checks the flags against the provider; `None` without --subscribe/--from.
pub fn plan(args: &SessionArgs, ctx: &Context) -> Result<Option<Plan>> {
    if !args.wanted() {
        if args.org.is_some() {
            return Err(Error::usage("--org is for --subscribe (Sentera)"));
        }
        return Ok(None);
    }
    // A missing endpoint or token fails here, before the listener and the tunnel start.
    ctx.connection()?;
    let topics: Vec<String> =
        args.subscribe.iter().map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect();
    match ctx.provider()? {
        Provider::Scope => {
            if args.org.is_some() {
                return Err(Error::usage("--org is for Sentera's API, and Scope's is selected"));
            }
            match &args.from {
                Some(id) => Ok(Some(Plan::Copy(id.clone()))),
                None if topics.is_empty() => Err(Error::usage("--subscribe needs at least one topic")),
                None => Ok(Some(Plan::Topics(topics))),
            }
        }
        Provider::Sentera => {
            if args.from.is_some() {
                return Err(Error::usage("--from copies a Scope subscription; Sentera's API is selected"));
            }
            let org = temporary::org_of(args.org.clone(), ctx)?;
            let mut types = Vec::new();
            for t in topics {
                let up = t.to_ascii_uppercase();
                if !sentera_api::EVENT_TYPES.contains(&up.as_str()) {
                    return Err(Error::usage(format!("{t:?} is not a Sentera event type"))
                        .with_hint(format!("one of {}", sentera_api::EVENT_TYPES.join(", "))));
                }
                types.push(up);
            }
            if types.is_empty() {
                return Err(Error::usage("--subscribe needs at least one event type"));
            }
            Ok(Some(Plan::EventTypes(org, types)))
        }
    }
}

impl Plan {
    /// The shared secret the subscriptions get and the listener verifies with: the one given,
    /// else a fresh one (Scope; Sentera does not sign deliveries).
    pub fn secret(&self, given: Option<Secret>) -> Option<Secret> {
        match self {
            Plan::EventTypes(..) => given,
            _ => Some(given.unwrap_or_else(fresh_secret)),
        }
    }
}

/// One subscription this session made.
#[derive(Debug, Clone)]
struct Made {
    id: String,
    topics: Vec<String>,
}

/// The session subscriptions of one `hookctl listen`.
pub struct Session {
    scope: Scope,
    owner: Owner,
    ctx: Ctx,
    secret: Option<Secret>,
    made: tokio::sync::Mutex<Vec<Made>>,
}

/// Where the URL-change hook finds the session, which exists only once the tunnel is up.
pub type Slot = Arc<OnceLock<Arc<Session>>>;

/// The hook that re-points the session's subscriptions after a tunnel restart.
pub fn on_url_change(slot: &Slot) -> OnUrlChange {
    let slot = slot.clone();
    Arc::new(move |change: UrlChange| {
        let session = slot.get().cloned();
        Box::pin(async move {
            if let Some(s) = session {
                s.retarget(&change.new).await;
            }
        })
    })
}

impl Session {
    /// Sweeps this host's leftovers, then creates the subscriptions for `url`. On a failure
    /// the ones already created are deleted again.
    pub async fn open(plan: Plan, secret: Option<Secret>, url: &str, ctx: &Context) -> Result<Arc<Session>> {
        let org = match &plan {
            Plan::EventTypes(org, _) => Some(org.clone()),
            _ => None,
        };
        let scope = Scope::resolve(ctx, org, None)?;
        sweep(&scope, ctx).await?;
        let session = Session {
            scope,
            owner: Owner::current(),
            ctx: ctx.term().clone(),
            secret,
            made: tokio::sync::Mutex::new(Vec::new()),
        };
        let session = match plan {
            Plan::Topics(topics) => {
                let news = topics.into_iter().map(|t| session.new_subscription(t, url)).collect();
                session.create_all(news).await?
            }
            Plan::Copy(id) => {
                let from = scope::get(&session.scope.client, &id).await?;
                let mut new = session.new_subscription(from.topic.key.clone(), url);
                new.topic_version = Some(from.topic.version.clone());
                new.content_type = match from.content_type.as_str() {
                    "XML" => Some(ContentType::Xml),
                    _ => Some(ContentType::Json),
                };
                new.query = from.query;
                new.data_validation_template = from.data_validation_template;
                new.template = from.template;
                new.error_handling_template = from.error_handling_template;
                session.create_all(vec![new]).await?
            }
            Plan::EventTypes(org, types) => session.create_sentera(&org, types, url).await?,
        };
        Ok(Arc::new(session))
    }

    fn new_subscription(&self, topic: String, url: &str) -> NewSubscription {
        NewSubscription {
            name: self.owner.name(),
            topic,
            callback_url: url.to_string(),
            shared_secret: self.secret.clone(),
            ..NewSubscription::default()
        }
    }

    async fn create_all(self, news: Vec<NewSubscription>) -> Result<Session> {
        for new in news {
            let topic = new.topic.clone();
            let url = new.callback_url.clone();
            match scope::create(&self.scope.client, new).await {
                Ok(s) => self.record(Made { id: s.id, topics: vec![topic] }, &url).await,
                Err(e) => return Err(self.undo(e.into()).await),
            }
        }
        Ok(self)
    }

    async fn create_sentera(self, org: &str, types: Vec<String>, url: &str) -> Result<Session> {
        let tagged = tag_url(url, &self.owner);
        for t in types {
            let new = sentera_api::NewSubscription {
                organization_sentera_id: org.to_string(),
                callback_url: tagged.clone(),
                event_types: vec![t.clone()],
                authentication: None,
            };
            match sentera_api::create(&self.scope.client, new).await {
                Ok(s) => self.record(Made { id: s.sentera_id, topics: vec![t] }, &tagged).await,
                Err(e) => return Err(self.undo(e.into()).await),
            }
        }
        Ok(self)
    }

    async fn record(&self, made: Made, url: &str) {
        announce(&self.ctx, "subscribed", &made, url);
        self.made.lock().await.push(made);
    }

    /// Deletes what was created so far and answers the error that stopped it.
    async fn undo(&self, e: Error) -> Error {
        self.close().await;
        e
    }

    /// Points every session subscription at `url` (after a tunnel restart).
    async fn retarget(&self, url: &str) {
        let mut made = self.made.lock().await;
        for m in made.iter_mut() {
            // Sentera cannot change a subscription: a new one replaces it.
            let result = match (&self.scope.provider, &self.scope.org) {
                (Provider::Sentera, Some(org)) => self.recreate_sentera(org, m, url).await,
                _ => {
                    let changes = Changes { callback_url: Some(url.to_string()), ..Changes::default() };
                    scope::update(&self.scope.client, &m.id, changes).await.map(drop).map_err(Error::from)
                }
            };
            match result {
                Ok(()) => announce(&self.ctx, "resubscribed", m, url),
                Err(e) => self.ctx.warn(format!("could not point {} at {url}: {}", m.id, e.message)),
            }
        }
    }

    async fn recreate_sentera(&self, org: &str, m: &mut Made, url: &str) -> Result<()> {
        let new = sentera_api::NewSubscription {
            organization_sentera_id: org.to_string(),
            callback_url: tag_url(url, &self.owner),
            event_types: m.topics.clone(),
            authentication: None,
        };
        let s = sentera_api::create(&self.scope.client, new).await?;
        let old = std::mem::replace(&mut m.id, s.sentera_id);
        temporary::delete(&self.scope, &old).await
    }

    /// Deletes every session subscription (on Ctrl-C, SIGTERM, tunnel death); failures are
    /// warnings that say how to clean up later.
    pub async fn close(&self) {
        let made = std::mem::take(&mut *self.made.lock().await);
        for m in made {
            match temporary::delete(&self.scope, &m.id).await {
                Ok(()) => {
                    self.ctx.info(format!("deleted the session subscription {}", m.id));
                    output::emit_line(&self.ctx, &event(json!({"event": "unsubscribed", "id": m.id})));
                }
                Err(e) => self.ctx.warn(format!(
                    "could not delete the session subscription {}: {} (`hookctl subs prune-temporary` removes it later)",
                    m.id, e.message
                )),
            }
        }
    }
}

/// The listener's own delivery URL (for a local sandbox): a wildcard address becomes loopback.
pub fn local_url(handle: &ListenerHandle) -> String {
    let mut addr = handle.addr();
    if addr.ip().is_unspecified() {
        addr.set_ip(std::net::Ipv4Addr::LOCALHOST.into());
    }
    format!("http://{addr}{}", handle.tunnel_target().path)
}

/// Opens the session `plan` asks for (none without one) at `url`, reachable from then on by
/// the URL-change hook through `slot`.
pub async fn open(
    plan: Option<Plan>,
    secret: Option<Secret>,
    url: String,
    slot: &Slot,
    ctx: &Context,
) -> Result<Option<Arc<Session>>> {
    let Some(plan) = plan else { return Ok(None) };
    let session = Session::open(plan, secret, &url, ctx).await?;
    let _ = slot.set(session.clone());
    Ok(Some(session))
}

/// Deletes this host's session subscriptions whose listen no longer runs.
async fn sweep(scope: &Scope, ctx: &Context) -> Result<()> {
    let (deleted, failed) = temporary::prune(scope, false).await?;
    for t in &deleted {
        ctx.info(format!("removed {} left behind by pid {} (no longer running)", t.id, t.owner.pid));
    }
    for (t, e) in &failed {
        ctx.warn(format!("could not remove the stale session subscription {}: {}", t.id, e.message));
    }
    Ok(())
}

/// "subscribed: ID (topic) → URL" on stderr, and an event line on stdout with `-o json`.
fn announce(ctx: &Ctx, event: &str, m: &Made, url: &str) {
    eprintln!("{event}: {} ({}) → {url}", m.id, m.topics.join(", "));
    output::emit_line(ctx, &self::event(json!({"event": event, "id": m.id, "topics": m.topics, "url": url})));
}

/// A session event: a JSON line on stdout with `-o json`; in text the note on stderr says it.
fn event(json: serde_json::Value) -> output::Shown {
    output::Shown { json, text: String::new() }
}
