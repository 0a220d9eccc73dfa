//! Applying a plan: creates, updates, enables, then deletes, each phase with bounded
//! concurrency; a failed change does not stop the others.

use std::sync::Arc;

use super::plan::{Action, Change, Plan};
use super::record::with_marker;
use super::{Entry, Manifest, Spec};
use crate::api::scope::subscriptions::{self as scope, Changes, NewSubscription};
use crate::api::{ApiError, Client, sentera};
use crate::context::Provider;
use crate::error::{Error, Result};
use crate::payload::ContentType;
use crate::secret::Secret;

/// What became of one change.
#[derive(Debug)]
pub struct Outcome {
    pub change: Change,
    /// The subscription's id afterwards (a new one for a create or a Sentera replace).
    pub id: Option<String>,
    pub error: Option<Error>,
}

/// Resolves every secret a change needs, before any request.
pub fn secrets(manifest: &Manifest, plan: &Plan) -> Result<Vec<Option<Secret>>> {
    let mut out = vec![None; manifest.entries.len()];
    for c in &plan.changes {
        let Some(n) = c.entry else { continue };
        if let Some(r) = &manifest.entries[n].secret {
            out[n] = Some(r.resolve().map_err(|e| {
                Error::input(format!("{} (the secret of {:?})", e.message, manifest.entries[n].key))
            })?);
        }
    }
    Ok(out)
}

/// Runs the plan's changes in order; `done` sees each outcome as it arrives (for result lines).
pub async fn run(
    client: &Client,
    manifest: &Manifest,
    plan: &Plan,
    secrets: &[Option<Secret>],
    concurrency: usize,
    mut done: impl FnMut(&Outcome),
) -> Result<Vec<Outcome>> {
    let sem = Arc::new(tokio::sync::Semaphore::new(concurrency.max(1)));
    let mut outcomes = Vec::new();
    for action in Action::ORDER {
        let mut set = tokio::task::JoinSet::new();
        for change in plan.changes.iter().filter(|c| c.action == action).cloned() {
            let entry = change.entry.map(|n| (manifest.entries[n].clone(), secrets[n].clone()));
            let (client, sem, provider) = (client.clone(), sem.clone(), manifest.provider);
            set.spawn(async move {
                let _permit = sem.acquire_owned().await;
                let res = one(&client, provider, &change, entry).await;
                match res {
                    Ok(id) => Outcome { id: id.or_else(|| change.id.clone()), change, error: None },
                    Err(e) => Outcome { id: change.id.clone(), change, error: Some(e) },
                }
            });
        }
        while let Some(joined) = set.join_next().await {
            let outcome = joined.map_err(|e| Error::internal(format!("a request task failed: {e}")))?;
            done(&outcome);
            outcomes.push(outcome);
        }
    }
    Ok(outcomes)
}

async fn one(
    client: &Client,
    provider: Provider,
    change: &Change,
    entry: Option<(Entry, Option<Secret>)>,
) -> Result<Option<String>> {
    let id = change.id.clone().unwrap_or_default();
    let Some((entry, secret)) = entry else {
        // Only deletes have no manifest entry.
        return match change.action {
            Action::Delete => delete(client, provider, &id).await.map(|_| None),
            _ => Err(Error::internal("a change without its manifest entry")),
        };
    };
    match (&entry.spec, change.action) {
        (Spec::Scope(_), Action::Create) => {
            Ok(Some(scope::create(client, scope_new(&entry, secret)).await?.id))
        }
        (Spec::Scope(_), Action::Update) => {
            scope::update(client, &id, scope_changes(&entry, secret, change)).await?;
            Ok(Some(id))
        }
        (Spec::Scope(_), Action::Enable) => {
            scope::enable(client, &id).await.map(|_| Some(id)).map_err(Error::from)
        }
        (Spec::Sentera(s), Action::Create) => {
            Ok(Some(sentera::create(client, sentera_new(s, secret)?).await?.sentera_id))
        }
        (Spec::Sentera(s), Action::Update) => {
            // No update mutation: the new one first, so events are never missed, then the old.
            let new = sentera::create(client, sentera_new(s, secret)?).await?.sentera_id;
            sentera::delete(client, &id).await.map_err(|e| {
                Error::from(e).with_hint(format!("the replacement {new} was created; delete {id} by hand"))
            })?;
            Ok(Some(new))
        }
        (_, Action::Delete) => delete(client, provider, &id).await.map(|_| None),
        (Spec::Sentera(_), Action::Enable) => {
            Err(Error::internal("Sentera subscriptions have no disabled state"))
        }
    }
}

async fn delete(client: &Client, provider: Provider, id: &str) -> Result<()> {
    let r: std::result::Result<(), ApiError> = match provider {
        Provider::Sentera => sentera::delete(client, id).await.map(drop),
        Provider::Scope => scope::delete(client, id).await,
    };
    r.map_err(Error::from)
}

fn content_type(c: &str) -> ContentType {
    if c == "XML" { ContentType::Xml } else { ContentType::Json }
}

fn scope_new(entry: &Entry, secret: Option<Secret>) -> NewSubscription {
    let Spec::Scope(s) = &entry.spec else { return NewSubscription::default() };
    let version = entry.secret.as_ref().map(|_| entry.secret_version);
    NewSubscription {
        name: s.name.clone(),
        topic: s.topic.clone(),
        topic_version: s.topic_version.clone(),
        content_type: Some(content_type(&s.content_type)),
        callback_url: s.callback_url.clone(),
        integration_id: s.integration.clone(),
        shared_secret: secret,
        query: s.query.clone(),
        data_validation_template: s.validation_template.clone(),
        template: s.template.clone(),
        error_handling_template: with_marker(s.error_template.as_deref(), version),
        disabled: !s.enabled,
    }
}

/// Only the fields the plan says differ; `Some("")` clears (the API's convention).
fn scope_changes(entry: &Entry, secret: Option<Secret>, change: &Change) -> Changes {
    let Spec::Scope(s) = &entry.spec else { return Changes::default() };
    let version = entry.secret.as_ref().map(|_| entry.secret_version);
    let text = |v: &Option<String>| Some(v.clone().unwrap_or_default());
    let mut c = Changes::default();
    for f in &change.fields {
        match f.field.as_str() {
            "topic" => c.topic = Some(s.topic.clone()),
            "topic_version" => c.topic_version = s.topic_version.clone(),
            "content_type" => c.content_type = Some(content_type(&s.content_type)),
            "callback_url" => c.callback_url = Some(s.callback_url.clone()),
            "integration" => c.integration_id = text(&s.integration),
            "query" => c.query = text(&s.query),
            "validation_template" => c.data_validation_template = text(&s.validation_template),
            "template" => c.template = text(&s.template),
            "enabled" => c.disabled = Some(!s.enabled),
            "secret" | "secret_version" => {
                c.shared_secret = Some(secret.clone().unwrap_or_else(|| Secret::new("")));
                c.error_handling_template = text(&with_marker(s.error_template.as_deref(), version));
            }
            "error_template" => {
                c.error_handling_template = text(&with_marker(s.error_template.as_deref(), version))
            }
            _ => {}
        }
    }
    if change.enable {
        c.disabled = Some(false);
    }
    if c.topic.is_some() && c.topic_version.is_none() {
        c.topic_version = s.topic_version.clone();
    }
    c
}

fn sentera_new(s: &super::SenteraSpec, secret: Option<Secret>) -> Result<sentera::NewSubscription> {
    let authentication = match (&s.oauth, secret) {
        (Some(o), Some(secret)) => Some(sentera::NewAuthentication {
            token_url: o.token_url.clone(),
            client_id: o.client_id.clone(),
            client_secret: secret,
            scope: o.scope.clone(),
        }),
        (Some(_), None) => return Err(Error::input("the OAuth client secret is missing")),
        (None, _) => None,
    };
    Ok(sentera::NewSubscription {
        organization_sentera_id: s.organization.clone(),
        callback_url: s.callback_url.clone(),
        event_types: s.event_types.clone(),
        authentication,
    })
}
