//! `subscriptions list|show|create|delete` on Sentera's API.
//!
//! `subscriptions::run` hands these verbs here when Sentera's API is selected; the Sentera-only
//! flags live in the structs below and are flattened into the shared argument structs, so one
//! `hookctl subscriptions create --help` documents both APIs.

use std::collections::VecDeque;
use std::path::PathBuf;

use serde_json::{Value, json};

use super::{Command, CreateArgs, DeleteArgs, ListArgs, ShowArgs, check_callback, join};
use crate::api::ApiError;
use crate::api::sentera::{self as api, EVENT_TYPES, NewAuthentication, NewSubscription, Subscription};
use crate::commands::args::ApiArgs;
use crate::commands::unsupported;
use crate::context::{Context, Provider};
use crate::error::{Error, Exit, Result};
use crate::input::{enum_value, read_secret_file};
use crate::output::{Ctx, HasId, Render, RowSink, emit};
use crate::prompt::{confirm, prompt_secret};
use crate::secret::Secret;

/// Pages fetched ahead of the one being written.
const PREFETCH: usize = 3;

/// `--org` of `subscriptions list` (Sentera).
#[derive(Debug, Clone, Default, clap::Args)]
#[command(next_help_heading = "Sentera options")]
pub struct OrgFlag {
    /// Sentera: the organization whose subscriptions to list [default: the profile's organization].
    #[arg(long, value_name = "SENTERA_ID")]
    pub org: Option<String>,
}

/// The Sentera flags of `subscriptions create`.
#[derive(Debug, Clone, Default, clap::Args)]
#[command(next_help_heading = "Sentera options")]
pub struct CreateFlags {
    /// Sentera: the organization that gets the subscription [default: the profile's organization].
    /// Events do not bubble up the organization tree: subscribe each organization you need.
    #[arg(long, value_name = "SENTERA_ID")]
    pub org: Option<String>,
    /// Sentera: an event type to receive, e.g. FEATURE_SET_CREATED (repeat, or separate with commas).
    #[arg(long = "event-type", value_name = "TYPE", value_delimiter = ',', add = crate::complete::event_types())]
    pub event_types: Vec<String>,
    /// Sentera: authenticate deliveries with OAuth client credentials from this token URL.
    #[arg(long, value_name = "URL")]
    pub oauth_token_url: Option<String>,
    /// Sentera: the OAuth client id.
    #[arg(long, value_name = "ID")]
    pub oauth_client_id: Option<String>,
    /// Sentera: read the OAuth client secret from a file (`-` for standard input).
    #[arg(long, value_name = "PATH", conflicts_with_all = ["oauth_client_secret_env", "oauth_client_secret"])]
    pub oauth_client_secret_file: Option<PathBuf>,
    /// Sentera: read the OAuth client secret from this environment variable.
    #[arg(long, value_name = "NAME", conflicts_with = "oauth_client_secret")]
    pub oauth_client_secret_env: Option<String>,
    /// Sentera: the OAuth client secret itself (visible to other processes: prefer the file or
    /// env forms; without any of them you are prompted).
    #[arg(long, value_name = "VALUE")]
    pub oauth_client_secret: Option<String>,
    /// Sentera: the scope to request with the token.
    #[arg(long, value_name = "SCOPE")]
    pub oauth_scope: Option<String>,
}

impl CreateFlags {
    fn given(&self) -> Option<&'static str> {
        [
            ("--org", self.org.is_some()),
            ("--event-type", !self.event_types.is_empty()),
            ("--oauth-token-url", self.oauth_token_url.is_some()),
            ("--oauth-client-id", self.oauth_client_id.is_some()),
            ("--oauth-client-secret-file", self.oauth_client_secret_file.is_some()),
            ("--oauth-client-secret-env", self.oauth_client_secret_env.is_some()),
            ("--oauth-client-secret", self.oauth_client_secret.is_some()),
            ("--oauth-scope", self.oauth_scope.is_some()),
        ]
        .into_iter()
        .find_map(|(f, given)| given.then_some(f))
    }

    fn secret(&self, ctx: &Ctx) -> Result<Option<Secret>> {
        if let Some(path) = &self.oauth_client_secret_file {
            return read_secret_file(path).map(Some);
        }
        if let Some(name) = &self.oauth_client_secret_env {
            return match std::env::var(name) {
                Ok(v) if !v.is_empty() => Ok(Some(Secret::new(v))),
                _ => Err(Error::input(format!("the environment variable {name} is not set or empty"))
                    .with_hint(format!("export {name}=… or pass --oauth-client-secret-file PATH"))),
            };
        }
        if let Some(v) = &self.oauth_client_secret {
            ctx.warn(
                "--oauth-client-secret puts the secret where other processes can see it; prefer --oauth-client-secret-file or --oauth-client-secret-env",
            );
            if v.is_empty() {
                return Err(Error::input("--oauth-client-secret is empty"));
            }
            return Ok(Some(Secret::new(v.clone())));
        }
        if ctx.interactive {
            return prompt_secret("OAuth client secret").map(Some);
        }
        Ok(None)
    }
}

/// Refuses Sentera-only flags when Scope's API is selected.
pub fn reject_on_scope(cmd: &Command) -> Result<()> {
    let flag = match cmd {
        Command::List(a) => a.sentera.org.is_some().then_some("--org"),
        Command::PruneTemporary(a) => a.sentera.org.is_some().then_some("--org"),
        Command::Create(a) => a.sentera.given(),
        _ => None,
    };
    match flag {
        Some(f) => {
            Err(Error::usage(format!("{f} is an option of Sentera's API, and Scope's API is selected"))
                .with_hint(
                    "select Sentera's with --provider sentera (or `provider = \"sentera\"` in the profile)",
                ))
        }
        None => Ok(()),
    }
}

fn scope_only(flag: &str) -> Error {
    Error::usage(format!("{flag} is an option of Scope's API, and Sentera's API is selected"))
        .with_hint("see `hookctl subscriptions --help`; Sentera's options say \"Sentera:\"")
}

/// The first Scope-only flag given, if any.
fn first_given(flags: &[(&'static str, bool)]) -> Result<()> {
    match flags.iter().find(|(_, given)| *given) {
        Some((f, _)) => Err(scope_only(f)),
        None => Ok(()),
    }
}

/// The error for a verb Sentera's API does not have.
pub fn unavailable(cmd: &Command) -> Error {
    let (verb, why) = match cmd {
        Command::Update(_) => {
            ("update", "a Sentera subscription cannot be changed; delete it and create another")
        }
        Command::Enable(_) => ("enable", "Sentera subscriptions have no enabled/disabled state"),
        Command::Disable(_) => ("disable", "Sentera subscriptions have no enabled/disabled state"),
        Command::Test(_) => ("test", "Sentera's API has no test delivery"),
        Command::Deliver(_) => (
            "deliver",
            "it runs a Scope subscription's query and templates, which Sentera subscriptions do not have",
        ),
        Command::List(_) => ("list", ""),
        Command::Show(_) => ("show", ""),
        Command::Create(_) => ("create", ""),
        Command::Delete(_) => ("delete", ""),
        Command::PruneTemporary(_) => ("prune-temporary", ""),
    };
    unsupported(
        &format!("subscriptions {verb}"),
        Provider::Sentera,
        why,
        "Sentera's API offers list, show, create and delete (and `hookctl events list`)",
    )
}

/// `subscriptions list` on Sentera's API.
pub async fn list(a: ListArgs, ctx: &Context) -> Result<Exit> {
    if let Some(n) = a.page_size {
        crate::api::adapt::set_page_size(n);
    }
    first_given(&[
        ("--topic", a.topic.is_some()),
        ("--enabled", a.enabled),
        ("--disabled", a.disabled),
        ("--created-since", a.created_since.is_some()),
        ("--updated-since", a.updated_since.is_some()),
    ])?;
    list_org(a.sentera.org, &a.api, ctx).await
}

/// `subscriptions show` on Sentera's API.
pub async fn show(a: ShowArgs, ctx: &Context) -> Result<Exit> {
    let client = ctx.client(a.api.timeout)?;
    let s = api::get(&client, &a.id).await?;
    emit(ctx, &View(s));
    Ok(Exit::Ok)
}

fn org_of(flag: Option<String>, ctx: &Context) -> Result<String> {
    match flag.filter(|o| !o.trim().is_empty()) {
        Some(o) => Ok(o.trim().to_string()),
        None => ctx.organization()?.ok_or_else(|| {
            Error::usage("Sentera's subscriptions belong to an organization: pass --org SENTERA_ID")
                .with_hint("or set a default with `hookctl config set organization SENTERA_ID`")
        }),
    }
}

async fn list_org(org: Option<String>, api_args: &ApiArgs, ctx: &Context) -> Result<Exit> {
    let org = org_of(org, ctx)?;
    let client = ctx.client(api_args.timeout)?;
    let fetch = |page: i64| {
        let (client, org) = (client.clone(), org.clone());
        tokio::spawn(async move {
            api::list_page(&client, &org, page, crate::api::adapt::page_size(api::PAGE_SIZE)).await
        })
    };
    let info = {
        let (client, org) = (client.clone(), org.clone());
        tokio::spawn(async move { api::organization(&client, &org).await })
    };
    let first = join(fetch(1)).await?;
    let pages = first.pages();
    let mut pending: VecDeque<
        tokio::task::JoinHandle<std::result::Result<api::Page<Subscription>, ApiError>>,
    > = VecDeque::new();
    let mut next_page = 2;
    while next_page <= pages && pending.len() < PREFETCH {
        pending.push_back(fetch(next_page));
        next_page += 1;
    }
    if let Ok(Ok(o)) = info.await
        && !o.child_organizations.is_empty()
    {
        let n = o.child_organizations.len();
        ctx.info(format!(
            "note: organization {} ({}) has {n} child organization{}; events do not bubble up the organization tree, so these subscriptions receive only its own events (list a child's with --org SENTERA_ID)",
            o.sentera_id,
            o.name,
            crate::output::plural(n)
        ));
    }
    let mut sink =
        RowSink::new(ctx.output, &["SENTERA ID", "EVENT TYPES", "CALLBACK URL", "OAUTH", "CREATED"]);
    let mut total = 0usize;
    let mut page = first;
    loop {
        total += page.results.len();
        for s in &page.results {
            if !sink.push(s, || row(s))? {
                pending.iter().for_each(|h| h.abort());
                return Ok(Exit::Ok);
            }
        }
        if !sink.flush()? {
            pending.iter().for_each(|h| h.abort());
            return Ok(Exit::Ok);
        }
        let Some(h) = pending.pop_front() else { break };
        if next_page <= pages {
            pending.push_back(fetch(next_page));
            next_page += 1;
        }
        page = join(h).await?;
    }
    sink.finish()?;
    ctx.table_note(if total == 0 {
        format!("Organization {org} has no webhook subscriptions.")
    } else {
        format!("{total} subscription{}", crate::output::plural(total))
    });
    Ok(Exit::Ok)
}

impl HasId for Subscription {
    fn listing_id(&self) -> &str {
        &self.sentera_id
    }
}

fn row(s: &Subscription) -> Vec<String> {
    vec![
        s.sentera_id.clone(),
        s.event_types.join(", "),
        s.callback_url.clone(),
        s.authentication.as_ref().map(|a| a.client_id.clone()).unwrap_or_else(|| "-".into()),
        s.created_at
            .as_deref()
            .map_or_else(|| "-".into(), |t| t.chars().take(16).collect::<String>().replace('T', " ")),
    ]
}

/// A subscription in full.
struct View(Subscription);

impl Render for View {
    fn json(&self) -> Value {
        serde_json::to_value(&self.0).unwrap_or(Value::Null)
    }
    fn text(&self) -> String {
        let s = &self.0;
        let mut out = String::new();
        let mut field = |k: &str, v: &str| out.push_str(&format!("{k:<15} {v}\n"));
        field("Sentera ID", &s.sentera_id);
        field("Organization", s.organization_sentera_id.as_deref().unwrap_or("-"));
        field("Event types", &s.event_types.join(", "));
        field("Callback URL", &s.callback_url);
        match &s.authentication {
            Some(a) => {
                field("OAuth token URL", &a.token_url);
                field("OAuth client", &a.client_id);
                field("OAuth scope", a.scope.as_deref().unwrap_or("none"));
                field("OAuth secret", "set (write-only)");
            }
            None => field("OAuth", "not shown (the API does not return it)"),
        }
        if let Some(created) = &s.created_at {
            field("Created", created);
        }
        out
    }
}

pub async fn create(a: CreateArgs, ctx: &Context) -> Result<Exit> {
    first_given(&[
        ("--name", a.basics.name.is_some()),
        ("--topic", a.basics.topic.is_some()),
        ("--topic-version", a.basics.topic_version.is_some()),
        ("--content-type", a.basics.content_type.is_some()),
        ("--integration", a.integration.is_some()),
        ("--query-file", a.query_file.is_some()),
        ("--validation-template-file", a.validation_template_file.is_some()),
        ("--template-file", a.template_file.is_some()),
        ("--error-template-file", a.error_template_file.is_some()),
        ("--disabled", a.disabled),
        ("--secret-file/--secret-env/--secret (Sentera authenticates with OAuth)", a.secret.is_given()),
    ])?;
    let f = a.sentera;
    let Some(callback_url) = a.basics.callback_url else {
        return Err(Error::usage("missing --callback-url").with_hint("where Sentera should POST events"));
    };
    check_callback(&callback_url, a.basics.allow_http)?;
    if f.event_types.is_empty() {
        return Err(Error::usage("missing --event-type").with_hint(format!(
            "give one or more (repeat the flag or separate with commas): {}",
            EVENT_TYPES.join(", ")
        )));
    }
    let mut event_types: Vec<String> = Vec::new();
    for t in &f.event_types {
        let v = enum_value("--event-type", t, EVENT_TYPES)?;
        if !event_types.contains(&v) {
            event_types.push(v);
        }
    }
    let org = org_of(f.org.clone(), ctx)?;
    let wants_oauth = f.oauth_token_url.is_some()
        || f.oauth_client_id.is_some()
        || f.oauth_scope.is_some()
        || f.oauth_client_secret_file.is_some()
        || f.oauth_client_secret_env.is_some()
        || f.oauth_client_secret.is_some();
    let authentication = if wants_oauth {
        let (Some(token_url), Some(client_id)) = (f.oauth_token_url.clone(), f.oauth_client_id.clone())
        else {
            return Err(Error::usage("OAuth needs both --oauth-token-url and --oauth-client-id").with_hint(
                "and the client secret: --oauth-client-secret-file, --oauth-client-secret-env, or a prompt",
            ));
        };
        check_oauth_url(&token_url, a.basics.allow_http)?;
        let Some(client_secret) = f.secret(ctx)? else {
            return Err(Error::usage("OAuth needs the client secret").with_hint(
                "pass --oauth-client-secret-file PATH or --oauth-client-secret-env NAME, or run in a terminal to be prompted",
            ));
        };
        Some(NewAuthentication { token_url, client_id, client_secret, scope: f.oauth_scope.clone() })
    } else {
        None
    };
    let client = ctx.client(a.api.timeout)?;
    let created = api::create(
        &client,
        NewSubscription { organization_sentera_id: org, callback_url, event_types, authentication },
    )
    .await?;
    ctx.info(format!(
        "Created subscription {} in organization {}.",
        created.sentera_id,
        created.organization_sentera_id.as_deref().unwrap_or("-")
    ));
    emit(ctx, &Created(View(created)));
    Ok(Exit::Ok)
}

fn check_oauth_url(raw: &str, allow_http: bool) -> Result<()> {
    check_callback(raw, allow_http).map_err(|mut e| {
        e.message = e.message.replace("--callback-url", "--oauth-token-url");
        e
    })
}

pub async fn delete(a: DeleteArgs, ctx: &Context) -> Result<Exit> {
    let mut ids: Vec<String> = Vec::new();
    for id in a.ids {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    let what = if ids.len() == 1 {
        format!("subscription {}", ids[0])
    } else {
        format!("{} subscriptions", ids.len())
    };
    if !confirm(ctx, a.batch.yes, &format!("Delete {what}? This cannot be undone"))? {
        ctx.info("Nothing deleted.");
        return Ok(Exit::Negative);
    }
    let client = ctx.client(a.api.timeout)?;
    let mut results = Vec::new();
    let mut last_err = None;
    let mut failed = 0;
    for id in &ids {
        match api::delete(&client, id).await {
            Ok(_) => {
                ctx.info(format!("Deleted {id}."));
                results.push(json!({"sentera_id": id, "deleted": true}));
            }
            Err(e) => {
                let e = Error::from(e);
                // A single id's error is the command's own, printed once as it exits.
                if ids.len() > 1 {
                    ctx.warn(format!("{id}: {}", e.message));
                }
                results.push(json!({"sentera_id": id, "deleted": false, "error": e.message}));
                failed += 1;
                last_err = Some(e);
            }
        }
    }
    emit(ctx, &Deleted(results));
    match (failed, last_err) {
        (0, _) => Ok(Exit::Ok),
        (n, Some(e)) if n == ids.len() && n == 1 => Err(e),
        (n, _) if n == ids.len() => Ok(Exit::Api),
        _ => Ok(Exit::Partial),
    }
}

/// A created subscription: in full, or its sentera_id with `--output ids`.
struct Created(View);

impl Render for Created {
    fn json(&self) -> Value {
        self.0.json()
    }
    fn text(&self) -> String {
        self.0.text()
    }
    fn ids(&self) -> String {
        self.0.0.sentera_id.clone()
    }
}

/// The outcome per id: JSON, or the deleted ids with `--output ids` (the table form is the
/// lines already on stderr).
struct Deleted(Vec<Value>);

impl Render for Deleted {
    fn json(&self) -> Value {
        Value::Array(self.0.clone())
    }
    fn text(&self) -> String {
        String::new()
    }
    fn ids(&self) -> String {
        let deleted = self.0.iter().filter(|r| r["deleted"] == true);
        deleted.map(|r| format!("{}\n", r["sentera_id"].as_str().unwrap_or_default())).collect()
    }
}
