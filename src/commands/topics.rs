//! `hookctl topics list`: the topics one can subscribe to.

use crate::api::scope::topics::{self, Topic};
use crate::commands::args::ApiArgs;
use crate::context::Context;
use crate::error::{Error, Exit, Result};
use crate::output::{HasId, RowSink};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List every topic with its version and node type.
    #[command(visible_alias = "ls")]
    List(ListArgs),
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only the topic with this key.
    #[arg(long, value_name = "KEY", add = crate::complete::topics())]
    pub key: Option<String>,
    #[command(flatten)]
    pub api: ApiArgs,
}

impl HasId for Topic {
    fn listing_id(&self) -> &str {
        &self.key
    }
}

pub async fn run(cmd: Command, ctx: &Context) -> Result<Exit> {
    let Command::List(args) = cmd;
    let client = ctx.client(args.api.timeout)?;
    let mut sink = RowSink::new(ctx.output, &["KEY", "VERSION", "NODE TYPE", "DESCRIPTION"]);
    let (client, key) = (&client, args.key.as_deref());
    let fetch = move |after| async move { topics::list_page(client, key, after).await.map_err(Error::from) };
    let row = |t: &Topic| vec![t.key.clone(), t.version.clone(), t.node_type.clone(), t.description.clone()];
    let Some(total) = sink.push_pages(fetch, row).await? else { return Ok(Exit::Ok) };
    sink.finish()?;
    if total == 0 {
        ctx.table_note("No topics.");
    }
    Ok(Exit::Ok)
}
