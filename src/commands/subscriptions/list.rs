//! `hookctl subscriptions list` on Scope's API: every page, streamed (the next page is fetched
//! while the current one is written).

use crate::api::ApiError;
use crate::api::scope::subscriptions::{self as subs, Filter, Subscription};
use crate::commands::args::ApiArgs;
use crate::commands::args::resolve;
use crate::context::Context;
use crate::duration::parse_when;
use crate::error::{Exit, Result};
use crate::output::{HasId, RowSink};

use super::join;
use crate::output::plural;

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only subscriptions to this topic key, e.g. scenario_session/completed.
    #[arg(long, value_name = "KEY", add = crate::complete::topics())]
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
    /// Only session subscriptions (`hookctl listen --subscribe`'s), with their owner's state.
    #[arg(long, conflicts_with_all = ["topic", "enabled", "disabled", "created_since", "updated_since"])]
    pub temporary: bool,
    /// Items per page [default: 100; 250 with --no-adapt] (also HOOKCTL_PAGE_SIZE); a server's
    /// smaller limit named in an error is used instead.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(1..=10_000))]
    pub page_size: Option<i64>,
    #[command(flatten)]
    pub sentera: super::OrgFlag,
    #[command(flatten)]
    pub api: ApiArgs,
}

pub async fn run(args: ListArgs, ctx: &Context) -> Result<Exit> {
    if let Some(n) = args.page_size {
        crate::api::adapt::set_page_size(n);
    }
    let created_since = parse_when("--created-since", args.created_since.as_deref())?;
    let updated_since = parse_when("--updated-since", args.updated_since.as_deref())?;
    let client = ctx.client(args.api.timeout)?;
    let filter = Filter {
        topic: args.topic.clone(),
        disabled: if args.disabled {
            Some(true)
        } else if args.enabled {
            Some(false)
        } else {
            None
        },
        created_since: resolve(created_since, "--created-since", &client).await?,
        updated_since: resolve(updated_since, "--updated-since", &client).await?,
    };
    let mut sink = RowSink::new(ctx.output, HEADERS);
    let mut total = 0usize;
    // Fetch the next page while writing the current one.
    let fetch = |after: Option<String>| {
        let client = client.clone();
        let filter = filter.clone();
        tokio::spawn(async move { subs::list_page(&client, &filter, after).await })
    };
    let mut pending = fetch(None);
    let mut cursors = crate::api::Cursors::default();
    loop {
        let page = join(pending).await?;
        let next = page.next.clone().map(|n| cursors.check(n)).transpose()?;
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
    ctx.table_note(match (&args.topic, total) {
        (Some(t), 0) => format!("No subscriptions match (topic {t})."),
        (None, 0) => "No subscriptions match.".to_string(),
        _ => format!("{total} subscription{}", plural(total)),
    });
    Ok(Exit::Ok)
}

impl HasId for Subscription {
    fn listing_id(&self) -> &str {
        &self.id
    }
}

/// WEBHOOK UUID (the X-Scope-Webhook-Id the listener shows) comes last: a narrow table cuts or
/// leaves it out first, and ids stay whole.
const HEADERS: &[&str] = &["ID", "NAME", "TOPIC", "STATUS", "CALLBACK URL", "UPDATED", "WEBHOOK UUID"];

fn row(s: &Subscription) -> Vec<String> {
    vec![
        s.id.clone(),
        s.name.clone(),
        format!("{} ({})", s.topic.key, s.topic.version),
        if s.disabled { "disabled".into() } else { "enabled".into() },
        s.callback_url.clone(),
        s.updated_at.format("%Y-%m-%d %H:%M").to_string(),
        s.webhook_id.clone().unwrap_or_else(|| "-".into()),
    ]
}
