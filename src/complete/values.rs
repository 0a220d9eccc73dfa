//! The values a TAB offers that only the API knows: topic keys, subscription ids, error and
//! delivery ids.
//! Fetched with the connection the completed command line would use, within [`DEADLINE`]; any
//! failure (no profile, no token, a dead or slow API) gives no values.

use std::time::Duration;

use clap_complete::engine::CompletionCandidate;
use futures_util::StreamExt;
use serde::{Deserialize, Serialize};

use super::{cache, words};
use crate::api::scope::{delivery_list, errors as scope_errors, subscriptions as scope_subs, topics};
use crate::api::{Client, ClientOptions, sentera};
use crate::context::{Context, Provider};
use crate::output::{ColorChoice, Ctx, OutputFormat};

/// The most a TAB waits for the API (the token, every request and page included).
pub const DEADLINE: Duration = Duration::from_secs(1);

/// Subscriptions whose errors (or deliveries) are asked for at once.
const CONCURRENCY: usize = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Topics,
    Subscriptions,
    Errors,
    Deliveries,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Topics => "topics",
            Kind::Subscriptions => "subscriptions",
            Kind::Errors => "errors",
            Kind::Deliveries => "deliveries",
        }
    }
}

/// One value: what is inserted, a name it can also be found by, and what the shells that show
/// descriptions (zsh, fish) show beside it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    pub value: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub help: String,
}

impl Entry {
    fn new(value: impl Into<String>, name: impl Into<String>, help: impl Into<String>) -> Entry {
        let help: String = help.into();
        // One short line: a description must not break the shell's menu.
        let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
        let help = if help.chars().count() > 70 {
            format!("{}…", help.chars().take(69).collect::<String>())
        } else {
            help
        };
        Entry { value: value.into(), name: name.into(), help }
    }

    pub fn candidate(self) -> CompletionCandidate {
        let help = (!self.help.is_empty()).then(|| self.help.into());
        CompletionCandidate::new(self.value).help(help)
    }
}

/// The candidates of `kind`, unfiltered (the engine keeps those matching the typed prefix).
pub fn candidates(kind: Kind) -> Vec<CompletionCandidate> {
    entries(kind).into_iter().map(Entry::candidate).collect()
}

/// The values of `kind` for the API the command line selects: cached, else fetched.
pub fn entries(kind: Kind) -> Vec<Entry> {
    let term = Ctx::new(OutputFormat::Json, true, ColorChoice::Never, true, 0);
    let ctx = Context::new(term, words::globals());
    let Ok(provider) = ctx.provider() else { return Vec::new() };
    if (kind, provider) == (Kind::Topics, Provider::Sentera) {
        // What Sentera has instead of topics (e.g. for `listen --subscribe`): a fixed list.
        return sentera::EVENT_TYPES.iter().map(|t| Entry::new(*t, "", "")).collect();
    }
    // Sentera's subscriptions are per organization: the profile's.
    let org = ctx.organization().ok().flatten();
    let endpoint = match ctx.endpoint_flag() {
        Some(e) => e.to_string(),
        None => match ctx.profile().ok().flatten().and_then(|p| p.endpoint.clone()) {
            Some(e) => e,
            None => return Vec::new(),
        },
    };
    let profile = ctx.profile_name().unwrap_or_default();
    let key = cache::key(&[kind.name(), &profile, &endpoint, provider.name(), org.as_deref().unwrap_or("")]);
    if let Some(entries) = cache::load(&key) {
        return entries;
    }
    let fetched = fetch_within(kind, ctx, provider, org);
    cache::store(&key, fetched.as_deref());
    fetched.unwrap_or_default()
}

/// Fetches on a thread of its own and waits at most [`DEADLINE`]: resolving the token may run
/// a profile's `token_command`, which no timeout of the HTTP client covers.
fn fetch_within(kind: Kind, ctx: Context, provider: Provider, org: Option<String>) -> Option<Vec<Entry>> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let Ok(rt) = tokio::runtime::Builder::new_current_thread().enable_all().build() else { return };
        let _ = tx.send(rt.block_on(fetch(kind, &ctx, provider, org.as_deref())));
    });
    rx.recv_timeout(DEADLINE).ok().flatten()
}

async fn fetch(kind: Kind, ctx: &Context, provider: Provider, org: Option<&str>) -> Option<Vec<Entry>> {
    let conn = ctx.connection().ok()?;
    let opts = ClientOptions {
        endpoint: conn.endpoint,
        token: conn.token,
        timeout: Some(DEADLINE),
        // A TAB has no time to retry.
        max_retries: 0,
        login_hint: conn.login_hint,
    };
    let client = Client::new(opts, ctx.term()).ok()?;
    match (kind, provider) {
        (Kind::Topics, Provider::Scope) => scope_topics(&client).await,
        (Kind::Subscriptions, Provider::Scope) => Some(scope_subscriptions(&client).await?.0),
        (Kind::Errors, Provider::Scope) => scope_error_ids(&client).await,
        (Kind::Deliveries, Provider::Scope) => scope_delivery_ids(&client).await,
        (Kind::Subscriptions, Provider::Sentera) => sentera_subscriptions(&client, org?).await,
        // Sentera has no error records or notifications (its events are another command), and
        // its event types are answered without a request.
        (Kind::Topics | Kind::Errors | Kind::Deliveries, Provider::Sentera) => Some(Vec::new()),
    }
}

async fn scope_topics(client: &Client) -> Option<Vec<Entry>> {
    let mut entries: Vec<Entry> = Vec::new();
    for t in topics::list_all(client).await.ok()? {
        // A key listed in several versions is offered once.
        if !entries.iter().any(|e| e.value == t.key) {
            entries.push(Entry::new(t.key, "", t.description));
        }
    }
    Some(entries)
}

/// Every subscription as an entry, and the subscriptions (for their errors).
async fn scope_subscriptions(client: &Client) -> Option<(Vec<Entry>, Vec<scope_subs::Subscription>)> {
    let filter = scope_subs::Filter::default();
    let subs = crate::api::all_pages(|after| scope_subs::list_page(client, &filter, after)).await.ok()?;
    let entries = subs
        .iter()
        .map(|s| {
            let state = if s.disabled { " (disabled)" } else { "" };
            Entry::new(&s.id, &s.name, format!("{} · {}{state}", s.name, s.topic.key))
        })
        .collect();
    Some((entries, subs))
}

/// The first page of errors of every subscription.
async fn scope_error_ids(client: &Client) -> Option<Vec<Entry>> {
    per_subscription(client, |s| async move {
        let page = scope_errors::list_page(client, &s.id, None, None).await.ok()?;
        let entry = |e: scope_errors::ErrorSummary| {
            Entry::new(e.id, "", format!("{}: attempt {}, {}", s.name, e.attempt, e.message))
        };
        Some(page.items.into_iter().map(entry).collect())
    })
    .await
}

/// The first page of notifications of every subscription; a job id is typed less often than the
/// delivery id, so only that is offered.
async fn scope_delivery_ids(client: &Client) -> Option<Vec<Entry>> {
    per_subscription(client, |s| async move {
        let (nodes, _) = delivery_list::list_page(client, &s.id, None).await.ok()??;
        let entry = |d: serde_json::Value| {
            let id = d["id"].as_str()?.to_string();
            let status = d["status"].as_str().unwrap_or("?").to_lowercase();
            Some(Entry::new(id, "", format!("{}: {status}, {} attempts", s.name, d["attempts"])))
        };
        Some(nodes.into_iter().filter_map(entry).collect())
    })
    .await
}

/// What `each` answers for every subscription, a few subscriptions at a time; a subscription
/// whose request fails adds nothing.
async fn per_subscription<'c, F, Fut>(client: &'c Client, each: F) -> Option<Vec<Entry>>
where
    F: Fn(scope_subs::Subscription) -> Fut,
    Fut: std::future::Future<Output = Option<Vec<Entry>>> + 'c,
{
    let (_, subs) = scope_subscriptions(client).await?;
    let pages = futures_util::stream::iter(subs.into_iter().map(each))
        .buffer_unordered(CONCURRENCY)
        .collect::<Vec<_>>()
        .await;
    Some(pages.into_iter().flatten().flatten().collect())
}

async fn sentera_subscriptions(client: &Client, org: &str) -> Option<Vec<Entry>> {
    let mut entries = Vec::new();
    let mut page = 1;
    loop {
        let p = sentera::list_page(client, org, page, sentera::PAGE_SIZE).await.ok()?;
        entries.extend(p.results.iter().map(|s| {
            Entry::new(&s.sentera_id, "", format!("{} · {}", s.callback_url, s.event_types.join(",")))
        }));
        if page >= p.pages() {
            return Some(entries);
        }
        page += 1;
    }
}
