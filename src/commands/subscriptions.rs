//! `hookctl subscriptions` (alias `subs`): list, show, create, update, enable, disable, delete, test.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::{Value, json};

use crate::api::subscriptions::{self as subs, Changes, Filter, NewSubscription, Subscription};
use crate::api::{ApiError, Client};
use crate::cli::GlobalArgs;
use crate::config::ApiArgs;
use crate::error::{Error, Exit, Result};
use crate::output::{Ctx, OutputFormat, Render, emit, table};
use crate::payload::ContentType;
use crate::secret::{SecretArgs, prompt_secret};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List subscriptions (every page, streamed).
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show one subscription with every field, templates and query in full.
    Show(ShowArgs),
    /// Create a subscription (asks for missing fields when a terminal is attached).
    Create(Box<CreateArgs>),
    /// Change any field of a subscription.
    Update(Box<UpdateArgs>),
    /// Enable (re-enable) subscriptions, by id or every disabled one.
    Enable(EnableArgs),
    /// Disable subscriptions.
    Disable(DisableArgs),
    /// Delete subscriptions.
    #[command(visible_alias = "rm")]
    Delete(DeleteArgs),
    /// Deliver the topic's last node now (the test toggle) and wait for the outcome.
    Test(TestArgs),
    /// Do what the server would for this subscription and a node, here: query, templates, sign, POST.
    Deliver(Box<crate::commands::deliver::Args>),
}

pub async fn run(cmd: Command, global: &GlobalArgs, ctx: &Ctx) -> Result<Exit> {
    if crate::sentera::provider(global)? == crate::sentera::Provider::Sentera {
        return crate::sentera::commands::subscriptions(cmd, global, ctx).await;
    }
    crate::sentera::commands::reject_on_scope(&cmd)?;
    match cmd {
        Command::List(a) => list(a, global, ctx).await,
        Command::Show(a) => show(a, global, ctx).await,
        Command::Create(a) => create(*a, global, ctx).await,
        Command::Update(a) => update(*a, global, ctx).await,
        Command::Enable(a) => enable(a, global, ctx).await,
        Command::Disable(a) => disable(a, global, ctx).await,
        Command::Delete(a) => delete(a, global, ctx).await,
        Command::Test(a) => test(a, global, ctx).await,
        Command::Deliver(a) => crate::commands::deliver::run(*a, global, ctx).await,
    }
}

// ---------------------------------------------------------------------------------------------
// list

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only subscriptions to this topic key, e.g. scenario_session/completed.
    #[arg(long, value_name = "KEY")]
    pub topic: Option<String>,
    /// Only enabled subscriptions.
    #[arg(long, conflicts_with = "disabled")]
    pub enabled: bool,
    /// Only disabled subscriptions.
    #[arg(long)]
    pub disabled: bool,
    /// Only those created since: RFC 3339 (2024-05-01T12:00:00Z), a date (2024-05-01, UTC) or an
    /// age (90s, 30m, 2h, 7d, 2w).
    #[arg(long, value_name = "WHEN")]
    pub created_since: Option<String>,
    /// Only those updated since (same forms as --created-since).
    #[arg(long, value_name = "WHEN")]
    pub updated_since: Option<String>,
    #[command(flatten)]
    pub sentera: crate::sentera::commands::OrgFlag,
    #[command(flatten)]
    pub api: ApiArgs,
}

async fn list(args: ListArgs, global: &GlobalArgs, ctx: &Ctx) -> Result<Exit> {
    let filter = Filter {
        topic: args.topic.clone(),
        disabled: if args.disabled {
            Some(true)
        } else if args.enabled {
            Some(false)
        } else {
            None
        },
        created_since: args
            .created_since
            .as_deref()
            .map(|w| parse_since("--created-since", w))
            .transpose()?,
        updated_since: args
            .updated_since
            .as_deref()
            .map(|w| parse_since("--updated-since", w))
            .transpose()?,
    };
    let client = args.api.connect(global, ctx)?;
    let mut sink = RowSink::new(ctx.output, &["ID", "NAME", "TOPIC", "STATUS", "CALLBACK URL", "UPDATED"]);
    let mut total = 0usize;
    // Fetch the next page while writing the current one.
    let fetch = |after: Option<String>| {
        let client = client.clone();
        let filter = filter.clone();
        tokio::spawn(async move { subs::list_page(&client, &filter, after).await })
    };
    let mut pending = fetch(None);
    loop {
        let page = join(pending).await?;
        let next = page.next.clone();
        if let Some(after) = &next {
            pending = fetch(Some(after.clone()));
        } else {
            pending = tokio::spawn(async { Err(ApiError::Malformed { detail: "unreachable".into() }) });
        }
        total += page.items.len();
        for s in &page.items {
            if !sink.push(s, || row(s))? {
                return Ok(Exit::Ok); // stdout closed (`| head`)
            }
        }
        if !sink.flush()? || next.is_none() {
            break;
        }
    }
    pending.abort();
    sink.finish()?;
    if ctx.output == OutputFormat::Table {
        if total == 0 {
            ctx.info(match &args.topic {
                Some(t) => format!("No subscriptions match (topic {t})."),
                None => "No subscriptions match.".to_string(),
            });
        } else {
            ctx.info(format!("{total} subscription{}", plural(total)));
        }
    }
    Ok(Exit::Ok)
}

async fn join<T>(h: tokio::task::JoinHandle<std::result::Result<T, ApiError>>) -> Result<T> {
    match h.await {
        Ok(r) => Ok(r?),
        Err(e) => Err(Error::internal(format!("a request task failed: {e}"))),
    }
}

fn row(s: &Subscription) -> Vec<String> {
    vec![
        s.id.clone(),
        s.name.clone(),
        format!("{} ({})", s.topic.key, s.topic.version),
        if s.disabled { "disabled".into() } else { "enabled".into() },
        s.callback_url.clone(),
        s.updated_at.format("%Y-%m-%d %H:%M").to_string(),
    ]
}

/// Writes listing rows as they come: a streamed JSON array, one id per line, or (for tables,
/// which need every row for column widths) short text rows kept until the end.
pub(crate) struct RowSink {
    format: OutputFormat,
    out: std::io::BufWriter<std::io::Stdout>,
    first: bool,
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl RowSink {
    pub(crate) fn new(format: OutputFormat, headers: &[&str]) -> RowSink {
        let mut sink = RowSink {
            format,
            out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            first: true,
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
        };
        if format == OutputFormat::Json {
            let _ = sink.out.write_all(b"[");
        }
        sink
    }

    /// Adds one item; false when stdout is closed.
    pub(crate) fn push<T: Serialize + HasId>(
        &mut self,
        item: &T,
        row: impl FnOnce() -> Vec<String>,
    ) -> Result<bool> {
        let res = match self.format {
            OutputFormat::Json => {
                let sep: &[u8] = if self.first { b"\n" } else { b",\n" };
                self.out
                    .write_all(sep)
                    .and_then(|_| serde_json::to_writer(&mut self.out, item).map_err(std::io::Error::other))
            }
            OutputFormat::Ids => writeln!(self.out, "{}", item.listing_id()),
            OutputFormat::Table => {
                self.rows.push(row());
                Ok(())
            }
        };
        self.first = false;
        ok_unless_closed(res)
    }

    /// Adds every item of the pages `fetch` answers, following the cursors from the first page;
    /// answers how many, or `None` when stdout is closed (`| head`).
    pub(crate) async fn push_pages<T, Fut>(
        &mut self,
        mut fetch: impl FnMut(Option<String>) -> Fut,
        row: impl Fn(&T) -> Vec<String>,
    ) -> Result<Option<usize>>
    where
        T: Serialize + HasId,
        Fut: std::future::Future<Output = std::result::Result<crate::api::Page<T>, ApiError>>,
    {
        let (mut after, mut total) = (None, 0);
        loop {
            let page = fetch(after).await?;
            total += page.items.len();
            for item in &page.items {
                if !self.push(item, || row(item))? {
                    return Ok(None);
                }
            }
            match page.next {
                Some(n) => after = Some(n),
                None => return Ok(Some(total)),
            }
        }
    }

    pub(crate) fn flush(&mut self) -> Result<bool> {
        ok_unless_closed(self.out.flush())
    }

    pub(crate) fn finish(mut self) -> Result<()> {
        let res = match self.format {
            OutputFormat::Json => {
                let end: &[u8] = if self.first { b"]\n" } else { b"\n]\n" };
                self.out.write_all(end)
            }
            OutputFormat::Ids => Ok(()),
            OutputFormat::Table if self.rows.is_empty() => Ok(()),
            OutputFormat::Table => {
                let headers: Vec<&str> = self.headers.iter().map(String::as_str).collect();
                let mut t = table(&headers);
                for r in std::mem::take(&mut self.rows) {
                    t.add_row(r);
                }
                writeln!(self.out, "{t}")
            }
        };
        ok_unless_closed(res.and_then(|_| self.out.flush())).map(|_| ())
    }
}

fn ok_unless_closed(res: std::io::Result<()>) -> Result<bool> {
    match res {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(false),
        Err(e) => Err(Error::internal(format!("cannot write to stdout: {e}"))),
    }
}

/// Listing items have an id (for `--output ids`).
pub(crate) trait HasId {
    fn listing_id(&self) -> &str;
}

impl HasId for Subscription {
    fn listing_id(&self) -> &str {
        &self.id
    }
}

/// Parses `--since`-style times: RFC 3339, a date (midnight UTC), or an age like `2h` / `7d`.
pub(crate) fn parse_since(flag: &str, raw: &str) -> Result<DateTime<Utc>> {
    parse_since_at(flag, raw, Utc::now())
}

fn parse_since_at(flag: &str, raw: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>> {
    let s = raw.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&Utc));
    }
    if let Ok(d) = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Ok(d.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc());
    }
    let digits: String = s.chars().take_while(|c| c.is_ascii_digit()).collect();
    let unit = s[digits.len()..].trim();
    let secs_per = match unit {
        "s" | "sec" | "secs" => Some(1),
        "m" | "min" | "mins" => Some(60),
        "h" | "hour" | "hours" => Some(3600),
        "d" | "day" | "days" => Some(86_400),
        "w" | "week" | "weeks" => Some(604_800),
        _ => None,
    };
    match (digits.parse::<i64>(), secs_per) {
        (Ok(n), Some(per)) => n
            .checked_mul(per)
            .and_then(chrono::TimeDelta::try_seconds)
            .and_then(|d| now.checked_sub_signed(d))
            .ok_or_else(|| Error::usage(format!("{flag} {raw}: too far back"))),
        _ => Err(Error::usage(format!("{flag}: cannot read {raw:?} as a time")).with_hint(
            "use RFC 3339 (2024-05-01T12:00:00Z), a date (2024-05-01) or an age (30m, 2h, 7d, 2w)",
        )),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

// ---------------------------------------------------------------------------------------------
// show

#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// The subscription's id (an opaque string; quote it if it contains shell characters).
    pub id: String,
    #[command(flatten)]
    pub api: ApiArgs,
}

async fn show(args: ShowArgs, global: &GlobalArgs, ctx: &Ctx) -> Result<Exit> {
    let client = args.api.connect(global, ctx)?;
    let s = subs::get(&client, &args.id).await?;
    emit(ctx, &View(s));
    Ok(Exit::Ok)
}

/// A subscription rendered in full.
struct View(Subscription);

impl Render for View {
    fn json(&self) -> Value {
        serde_json::to_value(&self.0).unwrap_or(Value::Null)
    }

    fn text(&self) -> String {
        let s = &self.0;
        let time = |t: &DateTime<Utc>| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let status = if s.disabled {
            let mut st = "disabled".to_string();
            if let Some(at) = &s.disabled_at {
                st.push_str(&format!(" since {}", time(at)));
            }
            if let Some(r) = &s.disabled_reason {
                st.push_str(&format!(": {r}"));
            }
            st
        } else {
            "enabled".to_string()
        };
        let mut out = String::new();
        let mut field = |k: &str, v: &str| out.push_str(&format!("{k:<15} {v}\n"));
        field("ID", &s.id);
        field("Name", &s.name);
        field("Topic", &format!("{} (version {})", s.topic.key, s.topic.version));
        field("Status", &status);
        field("Content type", &s.content_type);
        field("Callback URL", &s.callback_url);
        field(
            "Integration",
            &s.integration
                .as_ref()
                .map(|i| format!("{} ({})", i.name, i.id))
                .unwrap_or_else(|| "none".into()),
        );
        field("Shared secret", if s.has_shared_secret { "set (write-only)" } else { "not set" });
        field("Created", &time(&s.created_at));
        field("Updated", &time(&s.updated_at));
        for (title, body) in [
            ("Query", &s.query),
            ("Data validation template", &s.data_validation_template),
            ("Template", &s.template),
            ("Error handling template", &s.error_handling_template),
        ] {
            match body {
                Some(b) if !b.is_empty() => {
                    out.push_str(&format!("\n{title}:\n"));
                    for line in b.lines() {
                        out.push_str(&format!("  {line}\n"));
                    }
                }
                _ => out.push_str(&format!("{:<15} none\n", format!("{title}:").replace(" template:", ":"))),
            }
        }
        out
    }
}

// ---------------------------------------------------------------------------------------------
// create and update

#[derive(Debug, clap::Args)]
pub struct CreateArgs {
    /// A name for people.
    #[arg(long)]
    pub name: Option<String>,
    /// The topic key, e.g. user/created (`hookctl topics list`).
    #[arg(long, value_name = "KEY")]
    pub topic: Option<String>,
    /// The topic version [default: the newest].
    #[arg(long, value_name = "VERSION")]
    pub topic_version: Option<String>,
    /// The body format of deliveries [default: json].
    #[arg(long, value_enum)]
    pub content_type: Option<ContentType>,
    /// Where deliveries are POSTed; must be https unless --allow-http.
    #[arg(long, value_name = "URL")]
    pub callback_url: Option<String>,
    /// Accept an http:// callback URL (local testing).
    #[arg(long)]
    pub allow_http: bool,
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
    pub sentera: crate::sentera::commands::CreateFlags,
    #[command(flatten)]
    pub api: ApiArgs,
}

async fn create(args: CreateArgs, global: &GlobalArgs, ctx: &Ctx) -> Result<Exit> {
    // Local checks first: files, templates, URL — before any network.
    let query = read_opt(&args.query_file)?;
    let validation = read_template(&args.validation_template_file, "data-validation template")?;
    let template = read_template(&args.template_file, "body template")?;
    let error_template = read_template(&args.error_template_file, "error-handling template")?;
    if let Some(url) = &args.callback_url {
        check_callback(url, args.allow_http)?;
    }
    let missing: Vec<&str> = [
        ("--name", args.name.is_none()),
        ("--topic", args.topic.is_none()),
        ("--callback-url", args.callback_url.is_none()),
    ]
    .into_iter()
    .filter_map(|(flag, missing)| missing.then_some(flag))
    .collect();
    if !missing.is_empty() && !ctx.interactive {
        return Err(Error::usage(format!("missing {}", missing.join(", "))).with_hint(
            "pass them, or run in a terminal to be asked (see `hookctl subscriptions create --help`)",
        ));
    }
    let client = args.api.connect(global, ctx)?;
    let mut secret = args.secret.resolve(ctx, None)?;
    let (name, topic, callback_url) = if missing.is_empty() {
        (args.name.unwrap_or_default(), args.topic.unwrap_or_default(), args.callback_url.unwrap_or_default())
    } else {
        let w = wizard(&client, &args.name, &args.topic, &args.callback_url, args.allow_http).await?;
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
        topic_version: args.topic_version,
        content_type: args.content_type,
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
    if ctx.output == OutputFormat::Ids {
        crate::output::write_stdout(format!("{}\n", created.id).as_bytes());
    } else {
        emit(ctx, &View(created));
    }
    Ok(Exit::Ok)
}

/// Asks for the required fields that were not given.
async fn wizard(
    client: &Client,
    name: &Option<String>,
    topic: &Option<String>,
    callback: &Option<String>,
    allow_http: bool,
) -> Result<(String, String, String)> {
    let name = match name {
        Some(n) => n.clone(),
        None => {
            dialoguer::Input::<String>::new().with_prompt("Name").interact_text().map_err(prompt_error)?
        }
    };
    let topic = match topic {
        Some(t) => t.clone(),
        None => {
            let topics = crate::api::topics::list_all(client).await?;
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
        None => dialoguer::Input::<String>::new()
            .with_prompt("Callback URL")
            .validate_with(|u: &String| check_callback(u, allow_http).map_err(|e| e.message))
            .interact_text()
            .map_err(prompt_error)?,
    };
    Ok((name, topic, callback))
}

fn prompt_error(e: dialoguer::Error) -> Error {
    Error::input(format!("could not read the answer: {e}"))
}

#[derive(Debug, clap::Args)]
pub struct UpdateArgs {
    /// The subscription's id.
    pub id: String,
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long, value_name = "KEY")]
    pub topic: Option<String>,
    #[arg(long, value_name = "VERSION")]
    pub topic_version: Option<String>,
    #[arg(long, value_enum)]
    pub content_type: Option<ContentType>,
    /// Must be https unless --allow-http.
    #[arg(long, value_name = "URL")]
    pub callback_url: Option<String>,
    /// Accept an http:// callback URL (local testing).
    #[arg(long)]
    pub allow_http: bool,
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

async fn update(args: UpdateArgs, global: &GlobalArgs, ctx: &Ctx) -> Result<Exit> {
    let clear_or = |clear: bool, value: Option<String>| if clear { Some(String::new()) } else { value };
    if let Some(url) = &args.callback_url {
        check_callback(url, args.allow_http)?;
    }
    let changes = Changes {
        name: args.name,
        topic: args.topic.clone(),
        topic_version: args.topic_version,
        content_type: args.content_type,
        callback_url: args.callback_url,
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
    let client = args.api.connect(global, ctx)?;
    let updated = match subs::update(&client, &args.id, changes).await {
        Ok(s) => s,
        Err(e) => return Err(with_topic_suggestion(&client, e, args.topic.as_deref()).await),
    };
    ctx.info(format!("Updated subscription {} ({}).", updated.id, updated.name));
    if ctx.output == OutputFormat::Ids {
        crate::output::write_stdout(format!("{}\n", updated.id).as_bytes());
    } else {
        emit(ctx, &View(updated));
    }
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
pub(crate) fn check_callback(raw: &str, allow_http: bool) -> Result<()> {
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
    let e = Error::from(err);
    let Some(topic) = topic.filter(|_| topic_rejected) else { return e };
    match crate::api::topics::list_all(client).await {
        Ok(topics) => {
            let keys: Vec<&str> = topics.iter().map(|t| t.key.as_str()).collect();
            match did_you_mean(topic, &keys) {
                Some(best) => {
                    e.with_hint(format!("did you mean {best}? (`hookctl topics list` shows them all)"))
                }
                None => e.with_hint("`hookctl topics list` shows the topics"),
            }
        }
        Err(_) => e,
    }
}

/// The closest candidate to `word`, if any is close enough.
pub(crate) fn did_you_mean<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (edit_distance(word, c), *c))
        .filter(|(d, c)| *d <= (c.len() / 3).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != *cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

// ---------------------------------------------------------------------------------------------
// enable, disable, delete: bulk operations

#[derive(Debug, clap::Args)]
pub struct EnableArgs {
    /// Subscription ids.
    #[arg(required_unless_present = "all_disabled", conflicts_with = "all_disabled")]
    pub ids: Vec<String>,
    /// Re-enable every disabled subscription (the CI recovery case).
    #[arg(long)]
    pub all_disabled: bool,
    /// With --all-disabled: only those on this topic.
    #[arg(long, value_name = "KEY", requires = "all_disabled")]
    pub topic: Option<String>,
    /// Show what would be enabled, change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Requests in flight at once.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,
    #[command(flatten)]
    pub api: ApiArgs,
}

#[derive(Debug, clap::Args)]
pub struct DisableArgs {
    /// Subscription ids.
    #[arg(required = true)]
    pub ids: Vec<String>,
    /// Requests in flight at once.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,
    #[command(flatten)]
    pub api: ApiArgs,
}

#[derive(Debug, clap::Args)]
pub struct DeleteArgs {
    /// Subscription ids.
    #[arg(required = true)]
    pub ids: Vec<String>,
    /// Do not ask for confirmation (required when not interactive).
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Requests in flight at once.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,
    #[command(flatten)]
    pub api: ApiArgs,
}

/// One subscription a bulk operation acts on.
#[derive(Debug, Clone)]
pub(crate) struct Target {
    pub id: String,
    pub name: Option<String>,
}

/// The outcome for one target.
pub(crate) struct Outcome {
    pub target: Target,
    pub error: Option<Error>,
}

#[derive(Clone, Copy)]
enum Op {
    Enable,
    Disable,
    Delete,
}

impl Op {
    fn past(self) -> &'static str {
        match self {
            Op::Enable => "enabled",
            Op::Disable => "disabled",
            Op::Delete => "deleted",
        }
    }
    fn verb(self) -> &'static str {
        match self {
            Op::Enable => "enable",
            Op::Disable => "disable",
            Op::Delete => "delete",
        }
    }
    async fn call(self, client: &Client, id: &str) -> std::result::Result<(), ApiError> {
        match self {
            Op::Enable => subs::enable(client, id).await,
            Op::Disable => subs::disable(client, id).await,
            Op::Delete => subs::delete(client, id).await,
        }
    }
}

async fn enable(args: EnableArgs, global: &GlobalArgs, ctx: &Ctx) -> Result<Exit> {
    let client = args.api.connect(global, ctx)?;
    let explicit = !args.all_disabled;
    let targets = if args.all_disabled {
        let filter = Filter { topic: args.topic.clone(), disabled: Some(true), ..Filter::default() };
        let (client, filter) = (&client, &filter);
        let disabled = crate::api::all_pages(move |after| subs::list_page(client, filter, after)).await?;
        disabled.into_iter().map(|s| Target { id: s.id, name: Some(s.name) }).collect()
    } else {
        targets_of(args.ids)
    };
    if args.dry_run {
        return dry_run(ctx, Op::Enable, &targets);
    }
    if targets.is_empty() {
        ctx.info("No disabled subscriptions: nothing to enable.");
        if ctx.is_json() {
            crate::output::write_stdout(b"[]\n");
        }
        return Ok(Exit::Ok);
    }
    bulk(ctx, client, Op::Enable, targets, args.concurrency, explicit).await
}

async fn disable(args: DisableArgs, global: &GlobalArgs, ctx: &Ctx) -> Result<Exit> {
    let client = args.api.connect(global, ctx)?;
    bulk(ctx, client, Op::Disable, targets_of(args.ids), args.concurrency, true).await
}

async fn delete(args: DeleteArgs, global: &GlobalArgs, ctx: &Ctx) -> Result<Exit> {
    let what = if args.ids.len() == 1 {
        format!("subscription {}", args.ids[0])
    } else {
        format!("{} subscriptions", args.ids.len())
    };
    if !confirm(ctx, args.yes, &format!("Delete {what}? This cannot be undone"))? {
        ctx.info("Nothing deleted.");
        return Ok(Exit::Negative);
    }
    let client = args.api.connect(global, ctx)?;
    bulk(ctx, client, Op::Delete, targets_of(args.ids), args.concurrency, true).await
}

fn targets_of(ids: Vec<String>) -> Vec<Target> {
    let mut seen = std::collections::HashSet::new();
    ids.into_iter().filter(|id| seen.insert(id.clone())).map(|id| Target { id, name: None }).collect()
}

/// Asks before a destructive step: `--yes` skips it; without a terminal, `--yes` is required.
pub(crate) fn confirm(ctx: &Ctx, yes: bool, question: &str) -> Result<bool> {
    if yes {
        return Ok(true);
    }
    if !ctx.interactive {
        return Err(Error::usage("refusing to delete without confirmation when not interactive")
            .with_hint("add --yes to confirm"));
    }
    dialoguer::Confirm::new().with_prompt(question).default(false).interact().map_err(prompt_error)
}

fn dry_run(ctx: &Ctx, op: Op, targets: &[Target]) -> Result<Exit> {
    match ctx.output {
        OutputFormat::Json => {
            let items: Vec<Value> = targets.iter().map(|t| json!({"id": t.id, "name": t.name})).collect();
            crate::output::write_stdout(format!("{}\n", serde_json::to_string_pretty(&items)?).as_bytes());
        }
        OutputFormat::Ids => {
            let text: String = targets.iter().map(|t| format!("{}\n", t.id)).collect();
            crate::output::write_stdout(text.as_bytes());
        }
        OutputFormat::Table => {
            let text: String = targets
                .iter()
                .map(|t| format!("would {} {}{}\n", op.verb(), t.id, name_suffix(&t.name)))
                .collect();
            crate::output::write_stdout(text.as_bytes());
        }
    }
    ctx.info(format!(
        "Dry run: {} subscription{} would be {}.",
        targets.len(),
        plural(targets.len()),
        op.past()
    ));
    Ok(Exit::Ok)
}

fn name_suffix(name: &Option<String>) -> String {
    name.as_ref().map(|n| format!(" ({n})")).unwrap_or_default()
}

/// Runs `op` over `targets` with bounded concurrency, a progress bar on a terminal's stderr and
/// one result line per target. Exit 0 when all succeeded, 9 (partial) otherwise; a single
/// explicit id that failed exits with that failure's own code.
async fn bulk(
    ctx: &Ctx,
    client: Client,
    op: Op,
    targets: Vec<Target>,
    concurrency: u16,
    explicit: bool,
) -> Result<Exit> {
    let n = targets.len();
    let pb = progress_bar(ctx, n, op);
    let sem = Arc::new(tokio::sync::Semaphore::new(concurrency as usize));
    let mut set = tokio::task::JoinSet::new();
    for (i, target) in targets.into_iter().enumerate() {
        let sem = sem.clone();
        let client = client.clone();
        set.spawn(async move {
            let _permit = sem.acquire_owned().await;
            let res = op.call(&client, &target.id).await;
            (i, Outcome { target, error: res.err().map(Error::from) })
        });
    }
    let mut outcomes: Vec<Option<Outcome>> = (0..n).map(|_| None).collect();
    let started = Instant::now();
    while let Some(joined) = set.join_next().await {
        let (i, outcome) = joined.map_err(|e| Error::internal(format!("a request task failed: {e}")))?;
        pb.inc(1);
        if ctx.output != OutputFormat::Json {
            let line = match (&outcome.error, ctx.output) {
                (None, OutputFormat::Ids) => Some(format!("{}\n", outcome.target.id)),
                (None, _) => Some(format!(
                    "{} {}{}\n",
                    op.past(),
                    outcome.target.id,
                    name_suffix(&outcome.target.name)
                )),
                (Some(e), OutputFormat::Table) => Some(format!(
                    "failed {}{}: {}\n",
                    outcome.target.id,
                    name_suffix(&outcome.target.name),
                    e.message
                )),
                (Some(_), _) => None,
            };
            if let Some(line) = line.filter(|_| !(explicit && n == 1 && outcome.error.is_some())) {
                pb.suspend(|| crate::output::write_stdout(line.as_bytes()));
            }
        }
        outcomes[i] = Some(outcome);
    }
    pb.finish_and_clear();
    let outcomes: Vec<Outcome> = outcomes.into_iter().flatten().collect();
    let failed = outcomes.iter().filter(|o| o.error.is_some()).count();
    if explicit && n == 1 && failed == 1 {
        return Err(outcomes
            .into_iter()
            .next()
            .and_then(|o| o.error)
            .unwrap_or_else(|| Error::internal("lost")));
    }
    if ctx.is_json() {
        let items: Vec<Value> = outcomes
            .iter()
            .map(|o| {
                json!({
                    "id": o.target.id,
                    "name": o.target.name,
                    "ok": o.error.is_none(),
                    "error": o.error.as_ref().map(|e| e.message.clone()),
                })
            })
            .collect();
        crate::output::write_stdout(format!("{}\n", serde_json::to_string_pretty(&items)?).as_bytes());
    }
    let secs = started.elapsed().as_secs_f64();
    if failed == 0 {
        ctx.info(format!("{} {n} subscription{} in {secs:.1} s.", capitalize(op.past()), plural(n)));
        Ok(Exit::Ok)
    } else {
        ctx.warn(format!("{} {} of {n}; {failed} failed (see above).", capitalize(op.past()), n - failed));
        Ok(Exit::Partial)
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}

fn progress_bar(ctx: &Ctx, n: usize, op: Op) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if ctx.quiet || n < 2 || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let pb =
        indicatif::ProgressBar::with_draw_target(Some(n as u64), indicatif::ProgressDrawTarget::stderr());
    if let Ok(style) = indicatif::ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} ({eta})") {
        pb.set_style(style.progress_chars("=> "));
    }
    pb.set_message(capitalize(op.verb()) + "ing");
    pb
}

// ---------------------------------------------------------------------------------------------
// test

#[derive(Debug, clap::Args)]
pub struct TestArgs {
    /// The subscription's id.
    pub id: String,
    /// Start the test delivery and return; do not wait for its outcome.
    #[arg(long)]
    pub no_wait: bool,
    /// Seconds to wait for the outcome.
    #[arg(long, value_name = "SECONDS", default_value_t = 60.0)]
    pub timeout: f64,
}

async fn test(args: TestArgs, global: &GlobalArgs, ctx: &Ctx) -> Result<Exit> {
    if !(args.timeout.is_finite() && args.timeout > 0.0) {
        return Err(Error::usage("--timeout must be a positive number of seconds"));
    }
    let request_timeout = std::env::var("HOOKCTL_TIMEOUT").ok().and_then(|v| v.parse::<f64>().ok());
    let client = ApiArgs { timeout: request_timeout }.connect(global, ctx)?;
    let mut delivery = subs::test(&client, &args.id).await?;
    ctx.info(format!(
        "Test delivery {} started (job {}, node {}).",
        delivery.id, delivery.job_id, delivery.node_id
    ));
    if !args.no_wait {
        let deadline = Instant::now() + Duration::from_secs_f64(args.timeout);
        let mut pause = Duration::from_millis(200);
        while delivery.is_pending() && !(delivery.attempts > 0 && delivery.last_error.is_some()) {
            if Instant::now() >= deadline {
                emit(ctx, &DeliveryView(delivery.clone()));
                return Err(Error::new(
                    Exit::Delivery,
                    format!("the test delivery is still pending after {} s", args.timeout),
                )
                .with_hint(format!(
                    "check later with `hookctl errors list {}`, or wait longer with --timeout",
                    args.id
                )));
            }
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(Duration::from_secs(2));
            delivery = crate::api::deliveries::get(&client, &delivery.id).await?;
        }
    }
    emit(ctx, &DeliveryView(delivery.clone()));
    if args.no_wait {
        return Ok(Exit::Ok);
    }
    match delivery.status.as_str() {
        "SUCCEEDED" => Ok(Exit::Ok),
        "SKIPPED" => Ok(Exit::Negative),
        _ => Err(Error::new(
            Exit::Delivery,
            format!(
                "the test delivery failed: {}",
                delivery.last_error.as_ref().map(|e| e.message.as_str()).unwrap_or("no details")
            ),
        )
        .with_hint(match &delivery.last_error {
            Some(e) => format!("see the request and response with `hookctl errors show {}`", e.id),
            None => format!("see `hookctl errors list {}`", args.id),
        })),
    }
}

struct DeliveryView(crate::api::deliveries::Delivery);

impl Render for DeliveryView {
    fn json(&self) -> Value {
        serde_json::to_value(&self.0).unwrap_or(Value::Null)
    }

    fn text(&self) -> String {
        let d = &self.0;
        let mut out = format!("{:<15} {}\n", "Delivery", d.id);
        out.push_str(&format!("{:<15} {}\n", "Status", d.status));
        out.push_str(&format!("{:<15} {}\n", "Attempts", d.attempts));
        if let Some(s) = d.last_response_status {
            out.push_str(&format!("{:<15} HTTP {s}\n", "Last response"));
        }
        if let Some(e) = &d.last_error {
            out.push_str(&format!("{:<15} {} (error {})\n", "Last error", e.message, e.id));
        }
        if d.is_pending()
            && let Some(at) = &d.next_attempt_at
        {
            out.push_str(&format!(
                "{:<15} {}\n",
                "Next attempt",
                at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn since_forms() {
        let now: DateTime<Utc> = "2024-05-10T12:00:00Z".parse().unwrap();
        let p = |s| parse_since_at("--since", s, now).map(|t| t.to_rfc3339());
        assert_eq!(p("2h").unwrap(), "2024-05-10T10:00:00+00:00");
        assert_eq!(p("7d").unwrap(), "2024-05-03T12:00:00+00:00");
        assert_eq!(p("30m").unwrap(), "2024-05-10T11:30:00+00:00");
        assert_eq!(p("2024-05-01").unwrap(), "2024-05-01T00:00:00+00:00");
        assert_eq!(p("2024-05-01T01:00:00+02:00").unwrap(), "2024-04-30T23:00:00+00:00");
        assert!(p("yesterday").is_err());
        assert!(p("5y").is_err());
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
    fn suggestions() {
        let keys = ["user/created", "user/updated", "scenario_session/completed"];
        assert_eq!(did_you_mean("user/craeted", &keys), Some("user/created"));
        assert_eq!(did_you_mean("scenario_sesion/completed", &keys), Some("scenario_session/completed"));
        assert_eq!(did_you_mean("nothing/like/it", &keys), None);
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
