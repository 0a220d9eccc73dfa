//! Session subscriptions (the temporary ones `hookctl listen --subscribe` creates) on both APIs:
//! found by their exact name pattern (Scope) or callback-URL tag (Sentera), listed with
//! `subs list --temporary`, removed with `subs prune-temporary` and by listen's start-up sweep.
//! Nothing that does not match exactly is ever touched.

use serde_json::{Value, json};

use crate::api::scope::subscriptions::{self as scope, Filter};
use crate::api::sentera as sentera_api;
use crate::api::{Client, all_pages};
use crate::commands::args::ApiArgs;
use crate::context::{Context, Provider};
use crate::error::{Error, Exit, Result};
use crate::listener::session::{self, Owner, State};
use crate::output::{Render, emit, table};
use crate::prompt::confirm;

use crate::output::plural;

/// A session subscription as found on the API.
#[derive(Debug, Clone)]
pub struct Temporary {
    pub id: String,
    pub owner: Owner,
    /// The topic key (Scope) or the event types (Sentera).
    pub topics: Vec<String>,
    pub callback_url: String,
    pub state: State,
}

/// Where to look: the API, and Sentera's organization.
#[derive(Clone)]
pub struct Scope {
    pub client: Client,
    pub provider: Provider,
    pub org: Option<String>,
}

impl Scope {
    /// The client and, for Sentera, the organization (`--org` or the profile's).
    pub fn resolve(ctx: &Context, org: Option<String>, timeout: Option<f64>) -> Result<Scope> {
        let provider = ctx.provider()?;
        let org = match provider {
            Provider::Scope => None,
            Provider::Sentera => Some(org_of(org, ctx)?),
        };
        Ok(Scope { client: ctx.client(timeout)?, provider, org })
    }
}

/// `--org`, else the profile's organization (Sentera's subscriptions belong to one).
pub fn org_of(flag: Option<String>, ctx: &Context) -> Result<String> {
    match flag.filter(|o| !o.trim().is_empty()) {
        Some(o) => Ok(o.trim().to_string()),
        None => ctx.organization()?.ok_or_else(|| {
            Error::usage("Sentera's subscriptions belong to an organization: pass --org SENTERA_ID")
                .with_hint("or set a default with `hookctl config set organization SENTERA_ID`")
        }),
    }
}

/// Every session subscription visible on the API, with its owner's state seen from this host.
pub async fn find(scope: &Scope) -> Result<Vec<Temporary>> {
    let host = session::hostname();
    let mut out = Vec::new();
    match (&scope.provider, &scope.org) {
        (Provider::Sentera, Some(org)) => {
            let mut page = 1;
            loop {
                let p = sentera_api::list_page(&scope.client, org, page, sentera_api::PAGE_SIZE).await?;
                for s in &p.results {
                    if let Some(owner) = session::url_owner(&s.callback_url) {
                        let state = owner.state(&host);
                        let (id, topics) = (s.sentera_id.clone(), s.event_types.clone());
                        out.push(Temporary {
                            id,
                            owner,
                            topics,
                            callback_url: s.callback_url.clone(),
                            state,
                        });
                    }
                }
                if page >= p.pages() {
                    break;
                }
                page += 1;
            }
        }
        _ => {
            let filter = Filter::default();
            let all = all_pages(|after| scope::list_page(&scope.client, &filter, after)).await?;
            for s in all {
                if let Some(owner) = Owner::parse(&s.name) {
                    let state = owner.state(&host);
                    let topics = vec![s.topic.key];
                    out.push(Temporary { id: s.id, owner, topics, callback_url: s.callback_url, state });
                }
            }
        }
    }
    Ok(out)
}

/// Deletes one subscription (by id) on the scope's API.
pub async fn delete(scope: &Scope, id: &str) -> Result<()> {
    match scope.provider {
        Provider::Scope => scope::delete(&scope.client, id).await?,
        Provider::Sentera => drop(sentera_api::delete(&scope.client, id).await?),
    }
    Ok(())
}

/// Deletes this host's session subscriptions whose `hookctl listen` no longer runs (and, with
/// `all_hosts`, every other host's); answers the deleted ones and the failures.
pub async fn prune(scope: &Scope, all_hosts: bool) -> Result<(Vec<Temporary>, Vec<(Temporary, Error)>)> {
    let chosen = find(scope).await?.into_iter().filter(|t| selected(t.state, all_hosts)).collect::<Vec<_>>();
    let (mut deleted, mut failed) = (Vec::new(), Vec::new());
    for t in chosen {
        match delete(scope, &t.id).await {
            Ok(()) => deleted.push(t),
            Err(e) if e.exit == Exit::NotFound => deleted.push(t), // gone meanwhile
            Err(e) => failed.push((t, e)),
        }
    }
    Ok((deleted, failed))
}

fn selected(state: State, all_hosts: bool) -> bool {
    match state {
        State::Gone => true,
        State::OtherHost => all_hosts,
        // A running listen deletes its own on exit.
        State::Running => false,
    }
}

/// `subs list --temporary`.
pub async fn list(org: Option<String>, api: &ApiArgs, ctx: &Context) -> Result<Exit> {
    let scope = Scope::resolve(ctx, org, api.timeout)?;
    let found = find(&scope).await?;
    let n = found.len();
    emit(ctx, &Listing(found));
    ctx.table_note(if n == 0 {
        "No session subscriptions.".to_string()
    } else {
        format!("{n} session subscription{}", plural(n))
    });
    Ok(Exit::Ok)
}

#[derive(Debug, clap::Args)]
#[command(after_help = "Session subscriptions are the ones `hookctl listen --subscribe` creates, named \
    `hookctl-listen <host> <pid> <start time>` (on Sentera: tagged in the callback URL). A running \
    listen deletes its own on exit; this removes those left behind: this host's whose listen no \
    longer runs, and with --all-hosts every other host's too. Nothing else is ever deleted.")]
pub struct PruneArgs {
    /// Also remove other hosts' session subscriptions (whether their listen runs cannot be
    /// checked from here).
    #[arg(long)]
    pub all_hosts: bool,
    /// Do not ask for confirmation (required when not interactive).
    #[arg(long, short = 'y')]
    pub yes: bool,
    #[command(flatten)]
    pub sentera: super::OrgFlag,
    #[command(flatten)]
    pub api: ApiArgs,
}

/// `subs prune-temporary`.
pub async fn prune_command(a: PruneArgs, ctx: &Context) -> Result<Exit> {
    let scope = Scope::resolve(ctx, a.sentera.org, a.api.timeout)?;
    let candidates = find(&scope).await?.into_iter().filter(|t| selected(t.state, a.all_hosts)).count();
    if candidates == 0 {
        emit(ctx, &Listing(Vec::new()));
        ctx.info("No session subscriptions to remove.");
        return Ok(Exit::Ok);
    }
    let question = format!("Delete {candidates} session subscription{}?", plural(candidates));
    if !confirm(ctx, a.yes, &question)? {
        ctx.info("Nothing deleted.");
        return Ok(Exit::Negative);
    }
    let (deleted, failed) = prune(&scope, a.all_hosts).await?;
    emit(ctx, &Listing(deleted.clone()));
    ctx.info(format!("Deleted {} session subscription{}.", deleted.len(), plural(deleted.len())));
    if failed.is_empty() {
        return Ok(Exit::Ok);
    }
    for (t, e) in &failed {
        ctx.warn(format!("could not delete {}: {}", t.id, e.message));
    }
    Err(Error::new(
        if deleted.is_empty() { Exit::Api } else { Exit::Partial },
        format!(
            "{} of {} session subscriptions were not deleted",
            failed.len(),
            failed.len() + deleted.len()
        ),
    ))
}

/// Session subscriptions as a table, JSON or ids.
struct Listing(Vec<Temporary>);

impl Render for Listing {
    fn json(&self) -> Value {
        Value::Array(
            self.0
                .iter()
                .map(|t| {
                    json!({
                        "id": t.id,
                        "name": t.owner.name(),
                        "host": t.owner.host,
                        "pid": t.owner.pid,
                        "startedAt": t.owner.started.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                        "state": t.state.label(),
                        "topics": t.topics,
                        "callbackUrl": t.callback_url,
                    })
                })
                .collect(),
        )
    }

    fn text(&self) -> String {
        if self.0.is_empty() {
            return String::new();
        }
        let mut t = table(&["ID", "HOST", "PID", "STARTED", "STATE", "TOPICS", "CALLBACK URL"]);
        for s in &self.0 {
            t.add_row(vec![
                s.id.clone(),
                s.owner.host.clone(),
                s.owner.pid.to_string(),
                s.owner.started.format("%Y-%m-%d %H:%M:%S").to_string(),
                s.state.label().to_string(),
                s.topics.join(", "),
                s.callback_url.clone(),
            ]);
        }
        format!("{t}\n")
    }

    fn ids(&self) -> String {
        self.0.iter().map(|t| format!("{}\n", t.id)).collect()
    }
}
