//! `hookctl subscriptions show` on Scope's API, and the full view of a subscription that
//! `create` and `update` print too.

use chrono::{DateTime, Utc};
use serde_json::Value;

use crate::api::scope::subscriptions::{self as subs, Subscription};
use crate::commands::args::ApiArgs;
use crate::context::Context;
use crate::error::{Exit, Result};
use crate::output::{Render, emit};

#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// The subscription's id (an opaque string; quote it if it contains shell characters).
    #[arg(add = crate::complete::subscriptions())]
    pub id: String,
    #[command(flatten)]
    pub api: ApiArgs,
}

pub async fn run(args: ShowArgs, ctx: &Context) -> Result<Exit> {
    let client = ctx.client(args.api.timeout)?;
    let s = subs::get(&client, &args.id).await?;
    emit(ctx, &View(s));
    Ok(Exit::Ok)
}

/// A subscription rendered in full.
pub struct View(pub Subscription);

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
        field("Webhook UUID", s.webhook_id.as_deref().unwrap_or("unknown (the server does not say)"));
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
        field(
            "Shared secret",
            match s.has_shared_secret {
                Some(true) => "set (write-only)",
                Some(false) => "not set",
                None => "unknown (the server does not say)",
            },
        );
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
