//! `hookctl events`: the delivery events of a subscription. Only Sentera's API has them; with
//! Scope's API the command says so (failed deliveries are `hookctl errors list`).

use crate::api::sentera::{self as api, EVENT_STATUSES, EVENT_TYPES, EventFilter};
use crate::commands::args::ApiArgs;
use crate::commands::unsupported;
use crate::context::{Context, Provider};
use crate::duration::When;
use crate::error::{Exit, Result};
use crate::input::enum_value;
use crate::output::{HasId, RowSink};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List a subscription's events with their delivery status (Sentera's API), a page at a time.
    #[command(visible_alias = "ls")]
    List(EventsListArgs),
}

pub async fn run(cmd: Command, ctx: &Context) -> Result<Exit> {
    match cmd {
        Command::List(a) => list(a, ctx).await,
    }
}

/// `hookctl events list` arguments.
#[derive(Debug, clap::Args)]
pub struct EventsListArgs {
    /// The subscription's sentera_id.
    #[arg(add = crate::complete::subscriptions())]
    pub subscription: String,
    /// Only events in this status: pending, delivered or failed.
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// Only events of this type, e.g. FEATURE_SET_CREATED.
    #[arg(long, value_name = "TYPE", add = crate::complete::event_types())]
    pub event_type: Option<String>,
    /// Only events created at or after: RFC 3339, a date (UTC) or an age (30m, 2h, 7d).
    #[arg(long, value_name = "WHEN")]
    pub since: Option<String>,
    /// Only events created before (same forms as --since).
    #[arg(long, value_name = "WHEN")]
    pub until: Option<String>,
    /// Which page, from 1.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(i64).range(1..), conflicts_with = "all")]
    pub page: i64,
    /// Events per page (1..250).
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(i64).range(1..=250))]
    pub page_size: i64,
    /// Every page, one after the other (--page-size sets the request size).
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub api: ApiArgs,
}

impl HasId for api::Event {
    fn listing_id(&self) -> &str {
        &self.sentera_id
    }
}

async fn list(a: EventsListArgs, ctx: &Context) -> Result<Exit> {
    if ctx.provider()? != Provider::Sentera {
        return Err(unsupported(
            "events list",
            Provider::Scope,
            "it has no per-subscription event listing",
            "failed deliveries are listed by `hookctl errors list SUBSCRIPTION_ID`; for Sentera's API add --provider sentera",
        ));
    }
    // Every flag is read before anything is sent; ages then count back from the server's clock
    // (a sandbox's own).
    let status = a.status.as_deref().map(|s| enum_value("--status", s, EVENT_STATUSES)).transpose()?;
    let event_type =
        a.event_type.as_deref().map(|t| enum_value("--event-type", t, EVENT_TYPES)).transpose()?;
    let since = a.since.as_deref().map(|w| When::parse("--since", w)).transpose()?;
    let until = a.until.as_deref().map(|w| When::parse("--until", w)).transpose()?;
    let client = ctx.client(a.api.timeout)?;
    let filter = EventFilter {
        status,
        event_type,
        since: crate::commands::args::resolve(since, "--since", &client).await?.map(rfc3339),
        until: crate::commands::args::resolve(until, "--until", &client).await?.map(rfc3339),
    };
    let mut sink = RowSink::new(
        ctx.output,
        &["SENTERA ID", "EVENT TYPE", "STATUS", "ATTEMPTS", "LAST HTTP", "CREATED", "LAST ERROR"],
    );
    let mut page_no = a.page;
    let mut shown = 0usize;
    loop {
        let page = api::events_page(&client, &a.subscription, &filter, page_no, a.page_size).await?;
        for e in &page.results {
            if !sink.push(e, || event_row(e))? {
                return Ok(Exit::Ok);
            }
        }
        shown += page.results.len();
        let pages = page.pages();
        if !a.all || page_no >= pages {
            sink.finish()?;
            // One page says where it is in every format (the next page is another command).
            if a.all {
                ctx.table_note(format!("{shown} event{}", crate::output::plural(shown)));
            } else if page.total_count == 0 {
                ctx.info("No events match.");
            } else {
                let next =
                    if page_no < pages { format!("; next: --page {}", page_no + 1) } else { String::new() };
                ctx.info(format!(
                    "page {page_no} of {pages} ({} event{} match){next}",
                    page.total_count,
                    crate::output::plural(page.total_count)
                ));
            }
            return Ok(Exit::Ok);
        }
        if !sink.flush()? {
            return Ok(Exit::Ok);
        }
        page_no += 1;
    }
}

fn rfc3339(t: chrono::DateTime<chrono::Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

fn event_row(e: &api::Event) -> Vec<String> {
    vec![
        e.sentera_id.clone(),
        e.event_type.clone().unwrap_or_default(),
        e.status.clone(),
        e.attempts.map(|n| n.to_string()).unwrap_or_else(|| "-".into()),
        e.last_response_status.map(|s| s.to_string()).unwrap_or_else(|| "-".into()),
        e.created_at.chars().take(19).collect::<String>().replace('T', " "),
        e.last_error.clone().unwrap_or_default(),
    ]
}
