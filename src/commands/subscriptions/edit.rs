//! `hookctl subscriptions create` and `update` on Scope's API: local checks (files, templates,
//! URL) first, then the wizard for missing fields on a terminal, then the mutation.

use std::path::{Path, PathBuf};

use crate::api::scope::subscriptions::{self as subs, Changes, NewSubscription};
use crate::api::{ApiError, Client};
use crate::commands::args::{ApiArgs, SecretArgs};
use crate::context::Context;
use crate::error::{Error, Exit, Result};
use crate::input::did_you_mean;
use crate::output::{Render, emit};
use crate::payload::ContentType;
use crate::prompt::{prompt_error, prompt_secret};

use super::show::View;

/// What a subscription is and where it delivers: the flags `create` and `update` share.
#[derive(Debug, clap::Args)]
pub struct BasicFlags {
    /// A name for people.
    #[arg(long)]
    pub name: Option<String>,
    /// The topic key, e.g. user/created (`hookctl topics list`).
    #[arg(long, value_name = "KEY", add = crate::complete::topics())]
    pub topic: Option<String>,
    /// The topic version [create's default: the newest].
    #[arg(long, value_name = "VERSION")]
    pub topic_version: Option<String>,
    /// The body format of deliveries [create's default: json].
    #[arg(long, value_enum)]
    pub content_type: Option<ContentType>,
    /// Where deliveries are POSTed; must be https unless --allow-http.
    #[arg(long, value_name = "URL")]
    pub callback_url: Option<String>,
    /// Accept an http:// callback URL (local testing).
    #[arg(long)]
    pub allow_http: bool,
}

#[derive(Debug, clap::Args)]
pub struct CreateArgs {
    #[command(flatten)]
    pub basics: BasicFlags,
    /// The id of an integration to attach.
    #[arg(long, value_name = "ID")]
    pub integration: Option<String>,
    /// GraphQL query run at delivery with $nodeId and $nodeType; its result replaces the payload.
    #[arg(long, value_name = "PATH")]
    pub query_file: Option<PathBuf>,
    /// Liquid data-validation template (must render true or false).
    #[arg(long, value_name = "PATH")]
    pub validation_template_file: Option<PathBuf>,
    /// Liquid body template.
    #[arg(long, value_name = "PATH")]
    pub template_file: Option<PathBuf>,
    /// Liquid error-handling template (whatever it renders is an error).
    #[arg(long, value_name = "PATH")]
    pub error_template_file: Option<PathBuf>,
    /// Create it disabled.
    #[arg(long)]
    pub disabled: bool,
    #[command(flatten)]
    pub secret: SecretArgs,
    #[command(flatten)]
    pub sentera: super::CreateFlags,
    #[command(flatten)]
    pub api: ApiArgs,
}

pub async fn create(args: CreateArgs, ctx: &Context) -> Result<Exit> {
    // Local checks first: files, templates, URL — before any network.
    let query = read_opt(&args.query_file)?;
    let validation = read_template(&args.validation_template_file, "data-validation template")?;
    let template = read_template(&args.template_file, "body template")?;
    let error_template = read_template(&args.error_template_file, "error-handling template")?;
    let basics = args.basics;
    if let Some(url) = &basics.callback_url {
        check_callback(url, basics.allow_http)?;
    }
    let missing: Vec<&str> = [
        ("--name", basics.name.is_none()),
        ("--topic", basics.topic.is_none()),
        ("--callback-url", basics.callback_url.is_none()),
    ]
    .into_iter()
    .filter_map(|(flag, missing)| missing.then_some(flag))
    .collect();
    if !missing.is_empty() && !ctx.interactive {
        return Err(Error::usage(format!("missing {}", missing.join(", "))).with_hint(
            "pass them, or run in a terminal to be asked (see `hookctl subscriptions create --help`)",
        ));
    }
    let client = ctx.client(args.api.timeout)?;
    let mut secret = args.secret.resolve(ctx, None)?;
    let (name, topic, callback_url) = if missing.is_empty() {
        (
            basics.name.unwrap_or_default(),
            basics.topic.unwrap_or_default(),
            basics.callback_url.unwrap_or_default(),
        )
    } else {
        let w = wizard(&client, &basics.name, &basics.topic, &basics.callback_url, basics.allow_http).await?;
        if secret.is_none() && !args.secret.is_given() {
            let ask = dialoguer::Confirm::new()
                .with_prompt("Sign deliveries with a shared secret?")
                .default(true)
                .interact()
                .map_err(prompt_error)?;
            if ask {
                secret = Some(prompt_secret("Shared secret")?);
            }
        }
        w
    };
    let new = NewSubscription {
        name,
        topic: topic.clone(),
        topic_version: basics.topic_version,
        content_type: basics.content_type,
        callback_url,
        integration_id: args.integration,
        shared_secret: secret,
        query,
        data_validation_template: validation,
        template,
        error_handling_template: error_template,
        disabled: args.disabled,
    };
    let created = match subs::create(&client, new).await {
        Ok(s) => s,
        Err(e) => return Err(with_topic_suggestion(&client, e, Some(&topic)).await),
    };
    ctx.info(format!("Created subscription {} ({}).", created.id, created.name));
    emit(ctx, &Saved(View(created)));
    Ok(Exit::Ok)
}

/// A created or updated subscription: in full, or its id with `--output ids`.
struct Saved(View);

impl Render for Saved {
    fn json(&self) -> serde_json::Value {
        self.0.json()
    }
    fn text(&self) -> String {
        self.0.text()
    }
    fn ids(&self) -> String {
        self.0.0.id.clone()
    }
}

/// Asks for the required fields that were not given.
async fn wizard(
    client: &Client,
    name: &Option<String>,
    topic: &Option<String>,
    callback: &Option<String>,
    allow_http: bool,
) -> Result<(String, String, String)> {
    crate::prompt::restore_cursor_on_ctrl_c();
    let name = match name {
        Some(n) => n.clone(),
        None => {
            dialoguer::Input::<String>::new().with_prompt("Name").interact_text().map_err(prompt_error)?
        }
    };
    let topic = match topic {
        Some(t) => t.clone(),
        None => {
            let topics = crate::api::scope::topics::list_all(client).await?;
            if topics.is_empty() {
                return Err(Error::new(Exit::Api, "the API lists no topics to subscribe to"));
            }
            let labels: Vec<String> =
                topics.iter().map(|t| format!("{} ({}) — {}", t.key, t.version, t.description)).collect();
            let i = dialoguer::Select::new()
                .with_prompt("Topic")
                .items(&labels)
                .default(0)
                .interact()
                .map_err(prompt_error)?;
            topics[i].key.clone()
        }
    };
    let callback = match callback {
        Some(c) => c.clone(),
        None => ask_callback(allow_http)?,
    };
    Ok((name, topic, callback))
}

/// Asks for the callback URL; an http URL on a loopback host (a local receiver) is offered
/// `--allow-http` instead of being refused.
fn ask_callback(mut allow_http: bool) -> Result<String> {
    loop {
        let url = dialoguer::Input::<String>::new()
            .with_prompt("Callback URL")
            .validate_with(|u: &String| match check_callback(u, true) {
                Ok(()) if allow_http || is_loopback_http(u) || !u.starts_with("http:") => Ok(()),
                Ok(()) => check_callback(u, false).map_err(|e| e.message),
                Err(e) => Err(e.message),
            })
            .interact_text()
            .map_err(prompt_error)?;
        if allow_http || check_callback(&url, false).is_ok() {
            return Ok(url);
        }
        allow_http = dialoguer::Confirm::new()
            .with_prompt("This is an http URL on this machine (a local receiver). Allow http (--allow-http)?")
            .default(true)
            .interact()
            .map_err(prompt_error)?;
        if allow_http {
            return Ok(url);
        }
    }
}

/// `http://` to 127.0.0.1, ::1 or localhost.
fn is_loopback_http(raw: &str) -> bool {
    url::Url::parse(raw).is_ok_and(|url| url.scheme() == "http" && crate::api::scope::sandbox::is_local(&url))
}

#[derive(Debug, clap::Args)]
pub struct UpdateArgs {
    /// The subscription's id.
    #[arg(add = crate::complete::subscriptions())]
    pub id: String,
    #[command(flatten)]
    pub basics: BasicFlags,
    #[arg(long, value_name = "ID", conflicts_with = "clear_integration")]
    pub integration: Option<String>,
    /// Detach the integration.
    #[arg(long)]
    pub clear_integration: bool,
    #[arg(long, value_name = "PATH", conflicts_with = "clear_query")]
    pub query_file: Option<PathBuf>,
    /// Remove the query (deliveries carry the default payload again).
    #[arg(long)]
    pub clear_query: bool,
    #[arg(long, value_name = "PATH", conflicts_with = "clear_validation_template")]
    pub validation_template_file: Option<PathBuf>,
    #[arg(long)]
    pub clear_validation_template: bool,
    #[arg(long, value_name = "PATH", conflicts_with = "clear_template")]
    pub template_file: Option<PathBuf>,
    #[arg(long)]
    pub clear_template: bool,
    #[arg(long, value_name = "PATH", conflicts_with = "clear_error_template")]
    pub error_template_file: Option<PathBuf>,
    #[arg(long)]
    pub clear_error_template: bool,
    /// Remove the shared secret (deliveries are no longer signed).
    #[arg(long, conflicts_with_all = ["secret_file", "secret_env", "secret"])]
    pub clear_secret: bool,
    /// Enable it.
    #[arg(long, conflicts_with = "disable")]
    pub enable: bool,
    /// Disable it.
    #[arg(long)]
    pub disable: bool,
    #[command(flatten)]
    pub secret: SecretArgs,
    #[command(flatten)]
    pub api: ApiArgs,
}

pub async fn update(args: UpdateArgs, ctx: &Context) -> Result<Exit> {
    let clear_or = |clear: bool, value: Option<String>| if clear { Some(String::new()) } else { value };
    let basics = args.basics;
    if let Some(url) = &basics.callback_url {
        check_callback(url, basics.allow_http)?;
    }
    let changes = Changes {
        name: basics.name,
        topic: basics.topic.clone(),
        topic_version: basics.topic_version,
        content_type: basics.content_type,
        callback_url: basics.callback_url,
        integration_id: clear_or(args.clear_integration, args.integration),
        shared_secret: if args.clear_secret {
            Some(crate::secret::Secret::new(""))
        } else {
            args.secret.resolve(ctx, None)?
        },
        query: clear_or(args.clear_query, read_opt(&args.query_file)?),
        data_validation_template: clear_or(
            args.clear_validation_template,
            read_template(&args.validation_template_file, "data-validation template")?,
        ),
        template: clear_or(args.clear_template, read_template(&args.template_file, "body template")?),
        error_handling_template: clear_or(
            args.clear_error_template,
            read_template(&args.error_template_file, "error-handling template")?,
        ),
        disabled: if args.enable {
            Some(false)
        } else if args.disable {
            Some(true)
        } else {
            None
        },
    };
    if changes.is_empty() {
        return Err(Error::usage("nothing to change").with_hint(
            "pass at least one field, e.g. --name, --callback-url, --template-file, --clear-template, --enable",
        ));
    }
    let client = ctx.client(args.api.timeout)?;
    let updated = match subs::update(&client, &args.id, changes).await {
        Ok(s) => s,
        Err(e) => return Err(with_topic_suggestion(&client, e, basics.topic.as_deref()).await),
    };
    ctx.info(format!("Updated subscription {} ({}).", updated.id, updated.name));
    emit(ctx, &Saved(View(updated)));
    Ok(Exit::Ok)
}

fn read_opt(path: &Option<PathBuf>) -> Result<Option<String>> {
    path.as_deref().map(crate::input::read_text).transpose()
}

fn read_template(path: &Option<PathBuf>, kind: &str) -> Result<Option<String>> {
    let Some(p) = path else { return Ok(None) };
    let text = crate::input::read_text(p)?;
    check_template(&text, kind, p)?;
    Ok(Some(text))
}

/// Checks that a Liquid template parses with the engine the deliveries use, before sending it.
fn check_template(source: &str, kind: &str, path: &Path) -> Result<()> {
    crate::templates::parse(source).map(drop).map_err(|e| {
        Error::input(format!("the {kind} in {} does not parse: {e}", crate::input::display(path)))
            .with_hint("fix the template; `hookctl render` renders it locally")
    })
}

/// A callback must be an absolute https URL (http only with --allow-http).
pub fn check_callback(raw: &str, allow_http: bool) -> Result<()> {
    let url = url::Url::parse(raw).map_err(|e| {
        Error::usage(format!("--callback-url {raw:?} is not a URL: {e}"))
            .with_hint("give an absolute URL, e.g. https://example.com/webhooks")
    })?;
    match url.scheme() {
        "https" => Ok(()),
        "http" if allow_http => Ok(()),
        "http" => Err(Error::usage(format!("--callback-url {raw} is not https"))
            .with_hint("the server only delivers to https; add --allow-http for a local test receiver")),
        other => Err(Error::usage(format!("--callback-url must be https, not {other}:"))),
    }
}

/// Adds "did you mean …" to a rejection of the topic.
async fn with_topic_suggestion(client: &Client, err: ApiError, topic: Option<&str>) -> Error {
    let topic_rejected = matches!(&err, ApiError::Rejected { errors, .. }
        if errors.iter().any(|e| e.field.as_deref().is_some_and(|f| f == "topic" || f == "topicVersion")));
    let mut e = Error::from(err);
    let Some(topic) = topic.filter(|_| topic_rejected) else { return e };
    match crate::api::scope::topics::list_all(client).await {
        Ok(topics) => {
            let keys: Vec<&str> = topics.iter().map(|t| t.key.as_str()).collect();
            match did_you_mean(topic, &keys) {
                Some(best) => {
                    // One "did you mean" is enough: drop the server's own, keep ours (with the hint).
                    e.message = without_suggestion(&e.message);
                    e.with_hint(format!("did you mean {best}? (`hookctl topics list` shows them all)"))
                }
                None => e.with_hint("`hookctl topics list` shows the topics"),
            }
        }
        Err(_) => e,
    }
}

/// A message without a server's ` (did you mean "…"?)`.
fn without_suggestion(message: &str) -> String {
    match message.find(" (did you mean") {
        Some(start) => match message[start..].find("?)") {
            Some(len) => format!("{}{}", &message[..start], &message[start + len + 2..]),
            None => message.to_string(),
        },
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_servers_suggestion_is_dropped() {
        assert_eq!(
            without_suggestion(
                r#"topic: is not a known topic: "x" (did you mean "user/created"?); see webhookTopics"#
            ),
            r#"topic: is not a known topic: "x"; see webhookTopics"#
        );
    }

    #[test]
    fn callbacks() {
        assert!(check_callback("https://example.com/h", false).is_ok());
        assert!(check_callback("http://127.0.0.1:9/h", false).is_err());
        assert!(check_callback("http://127.0.0.1:9/h", true).is_ok());
        assert!(check_callback("ftp://x/", true).is_err());
        assert!(check_callback("example.com", false).is_err());
    }

    #[test]
    fn loopback_http_is_offered_allow_http() {
        assert!(is_loopback_http("http://127.0.0.1:9000/hooks"));
        assert!(is_loopback_http("http://localhost/h"));
        assert!(is_loopback_http("http://[::1]:9/h"));
        assert!(!is_loopback_http("http://example.com/h"));
        assert!(!is_loopback_http("https://127.0.0.1/h"));
    }

    #[test]
    fn templates_are_checked() {
        let p = Path::new("t.liquid");
        assert!(check_template("{{ data.id }}", "body template", p).is_ok());
        assert!(check_template("{{ data.id | shopify_only_filter }}", "body template", p).is_ok());
        let e = check_template("{% if x %}", "body template", p).unwrap_err();
        assert_eq!(e.exit, Exit::Input);
        assert!(e.message.contains("t.liquid"), "{}", e.message);
    }
}
