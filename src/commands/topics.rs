//! `hookctl topics list`: the topics one can subscribe to.

use crate::api::topics::{self, Topic};
use crate::cli::GlobalArgs;
use crate::commands::subscriptions::{HasId, RowSink};
use crate::config::ApiArgs;
use crate::error::{Exit, Result};
use crate::output::{Ctx, OutputFormat};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List every topic with its version and node type.
    #[command(visible_alias = "ls")]
    List(ListArgs),
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only the topic with this key.
    #[arg(long, value_name = "KEY")]
    pub key: Option<String>,
    #[command(flatten)]
    pub api: ApiArgs,
}

impl HasId for Topic {
    fn listing_id(&self) -> &str {
        &self.key
    }
}

pub async fn run(cmd: Command, global: &GlobalArgs, ctx: &Ctx) -> Result<Exit> {
    let Command::List(args) = cmd;
    let client = args.api.connect(global, ctx)?;
    let mut sink = RowSink::new(ctx.output, &["KEY", "VERSION", "NODE TYPE", "DESCRIPTION"]);
    let (client, key) = (&client, args.key.as_deref());
    let fetch = move |after| topics::list_page(client, key, after);
    let row = |t: &Topic| vec![t.key.clone(), t.version.clone(), t.node_type.clone(), t.description.clone()];
    let Some(total) = sink.push_pages(fetch, row).await? else { return Ok(Exit::Ok) };
    sink.finish()?;
    if ctx.output == OutputFormat::Table && total == 0 {
        ctx.info("No topics.");
    }
    Ok(Exit::Ok)
}
