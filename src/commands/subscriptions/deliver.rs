//! `hookctl subscriptions deliver ID --node NODE --to URL`: what the server would do for this
//! subscription and node, done on this machine step by step — fetch the subscription, run its
//! query through the API, apply the templates, sign, POST — so a delivery can be debugged
//! without waiting for a real event.

use std::time::Duration;

use chrono::Utc;
use serde_json::{Value, json};

use crate::api::scope::subscriptions as subs;
use crate::commands::args::{ApiArgs, SecretArgs};
use crate::commands::send::AttemptView;
use crate::context::Context;
use crate::delivery::{self, Engine, Envelope, Notification, PrepareError, Prepared, Templates, Validate};
use crate::error::{Error, Exit, Result};
use crate::output::{self, Ctx, Render};
use crate::payload::{self, ContentType};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Exit status: 0 delivered, 1 the validation template said not to send (use --force), \
    5 not accepted, 4 unreachable."
)]
pub struct Args {
    /// The subscription.
    #[arg(add = crate::complete::subscriptions())]
    pub id: String,
    /// The node the notification is about (its global id).
    #[arg(long, value_name = "NODE_ID")]
    pub node: String,
    /// Where to POST: a local listener or your app (the subscription's callback URL otherwise).
    #[arg(long, value_name = "URL")]
    pub to: Option<String>,
    /// Send even when the data-validation template renders false.
    #[arg(long)]
    pub force: bool,
    /// The node's REST URL in the default payload (derived from the endpoint otherwise).
    #[arg(long, value_name = "URL")]
    pub node_url: Option<String>,
    /// `X-Scope-Domain`.
    #[arg(long, default_value = "scopear.com")]
    pub domain: String,
    /// Give up waiting for the receiver after this long.
    #[arg(long = "delivery-timeout", default_value = "5s", value_parser = crate::duration::parse)]
    pub delivery_timeout: Duration,
    /// The subscription's shared secret (write-only on the server, so it must come from you).
    #[command(flatten)]
    pub secret: SecretArgs,
    #[command(flatten)]
    pub api: ApiArgs,
}

/// Every step's result, for `--output json`.
struct Report {
    subscription: Value,
    node_type: String,
    payload: Value,
    validation: Option<(String, Option<bool>)>,
    attempt: Option<delivery::Attempt>,
}

impl Render for Report {
    fn json(&self) -> Value {
        json!({
            "subscription": self.subscription,
            "node": { "type": self.node_type },
            "payload": self.payload,
            "validation": self.validation.as_ref().map(|(r, v)| json!({"rendered": r, "send": v})),
            "delivery": self.attempt.as_ref().map(|a| AttemptView(a).json()),
        })
    }
    fn text(&self) -> String {
        self.attempt.as_ref().map(|a| AttemptView(a).text()).unwrap_or_default()
    }
}

pub async fn run(args: Args, ctx: &Context) -> Result<Exit> {
    let client = ctx.client(args.api.timeout)?;
    let sub = subs::get(&client, &args.id).await?;
    let url = args.to.clone().unwrap_or_else(|| sub.callback_url.clone());
    ctx.info(format!(
        "1. subscription {:?}: {} v{}, {}",
        sub.name, sub.topic.key, sub.topic.version, sub.content_type
    ));
    // A server that does not say whether a secret is set (None) gets the prompt too.
    let secret = args.secret.resolve(
        ctx,
        (sub.has_shared_secret != Some(false)).then_some("Shared secret of the subscription"),
    )?;
    if sub.has_shared_secret == Some(true) && secret.is_none() {
        ctx.warn(
            "the subscription has a shared secret but none was given: sending without X-Scope-Hmac-Sha256",
        );
    }
    let templates = Templates::parse(
        sub.data_validation_template.as_deref(),
        sub.template.as_deref(),
        sub.error_handling_template.as_deref(),
    )
    .map_err(|e| Error::input(e.to_string()))?;

    let node_type = node_type(&client, &args.node).await?;
    let payload = match &sub.query {
        Some(query) if !query.trim().is_empty() => {
            let data = client
                .query_document(query, json!({ "nodeId": args.node, "nodeType": node_type }))
                .await
                .map_err(|e| Error::from(e).with_hint("the server would record this as a delivery error"))?;
            ctx.info(format!("2. ran the subscription's query for {node_type} {}", args.node));
            json!({ "data": data })
        }
        _ => {
            let node_url = args.node_url.clone().unwrap_or_else(|| object_url(client.endpoint(), &args.node));
            ctx.info(format!("2. default payload for {node_type} {}", args.node));
            payload::default_payload(&args.node, &node_url)
        }
    };
    ctx.debug(serde_json::to_string_pretty(&payload).unwrap_or_default());

    let mut report = Report { subscription: json!(sub), node_type, payload, validation: None, attempt: None };
    let envelope = Envelope::new(
        &sub.topic.key,
        &sub.topic.version,
        &args.domain,
        &webhook_id(&client, &sub.id, ctx).await,
        &uuid::Uuid::new_v4().to_string(),
        Utc::now(),
    );
    let notification = Notification {
        url: &url,
        content_type: ContentType::from_api(&sub.content_type),
        templates: &templates,
        envelope,
        secret: secret.as_ref().map(|s| s.as_bytes()),
    };
    let validate = if args.force { Validate::Report } else { Validate::Apply };
    let prepared = match delivery::prepare(notification, &report.payload, validate) {
        Ok(p) => p,
        Err(PrepareError::NotBoolean(rendered)) => {
            return Err(Error::input(format!(
                "the data-validation template rendered {:?}, not true or false; the server records this as an error",
                rendered.trim()
            )));
        }
        Err(PrepareError::Validation(e) | PrepareError::Body(e)) => return Err(e.into()),
    };
    let (request, validation) = match prepared {
        Prepared::Send { request, validation } => (request, validation),
        Prepared::Skip(v) => {
            report.validation = Some((v.rendered, Some(false)));
            ctx.info("3. data-validation template: false — the server would not send this notification");
            output::emit(ctx, &report);
            eprintln!("not sent; add --force to send it anyway");
            return Ok(Exit::Negative);
        }
    };
    match &validation {
        Some(v) if v.send => ctx.info("3. data-validation template: true (send)"),
        Some(_) => ctx.info("3. data-validation template: false, sending anyway (--force)"),
        None => ctx.info("3. no data-validation template"),
    }
    report.validation = validation.map(|v| (v.rendered, Some(v.send)));
    ctx.info(format!(
        "4. body {} bytes{}, {}",
        request.body.len(),
        if templates.body.is_some() { " from the body template" } else { "" },
        if secret.is_some() { "signed" } else { "unsigned" }
    ));
    let engine = Engine::new(args.delivery_timeout).map_err(Error::internal)?;
    let attempt = engine.deliver(request, templates.error.as_ref()).await;
    let exit = match &attempt.failure {
        None => {
            ctx.info(format!(
                "5. POST {url}: delivered in {:.1} ms",
                attempt.duration.as_secs_f64() * 1000.0
            ));
            Exit::Ok
        }
        Some(f) => {
            ctx.info(format!("5. POST {url}: not delivered: {f}"));
            Exit::from(f)
        }
    };
    report.attempt = Some(attempt);
    output::emit(ctx, &report);
    Ok(exit)
}

/// `X-Scope-Webhook-Id`: the record id the server puts there (`webhookId`, which the sandbox
/// exposes), or the subscription's global id on servers without that field.
async fn webhook_id(client: &crate::api::Client, id: &str, ctx: &Ctx) -> String {
    let doc = "query WebhookId($id: ID!) { webhookSubscription(id: $id) { webhookId } }";
    match client.query_document(doc, json!({ "id": id })).await {
        Ok(data) => match data.pointer("/webhookSubscription/webhookId").and_then(Value::as_str) {
            Some(w) => w.to_string(),
            None => id.to_string(),
        },
        Err(e) => {
            ctx.debug(format!("no webhookId on this server ({e}); using the subscription id"));
            id.to_string()
        }
    }
}

/// The node's GraphQL type, which the server passes as `$nodeType`.
async fn node_type(client: &crate::api::Client, id: &str) -> Result<String> {
    let data = client
        .query_document("query NodeType($id: ID!) { node(id: $id) { __typename } }", json!({"id": id}))
        .await?;
    data.pointer("/node/__typename").and_then(Value::as_str).map(str::to_string).ok_or_else(|| {
        Error::new(Exit::NotFound, format!("no node {id} is visible to you"))
            .with_hint("node ids are global ids, e.g. from `hookctl sandbox node create`")
    })
}

/// The REST fallback URL beside a GraphQL endpoint: `…/graphql` → `…/api/v3/graphql/object/ID`.
fn object_url(endpoint: &url::Url, id: &str) -> String {
    payload::object_url(&endpoint.origin().ascii_serialization(), id)
}

#[cfg(test)]
mod tests {
    use super::object_url;

    #[test]
    fn object_url_beside_the_endpoint() {
        let e = url::Url::parse("http://127.0.0.1:8787/graphql").unwrap();
        assert_eq!(object_url(&e, "a/b+c="), "http://127.0.0.1:8787/api/v3/graphql/object/a%2Fb%2Bc%3D");
    }
}
