//! `api check`'s verdicts: for each command of a provider, whether its operations work on a
//! schema as written, work with adaptations, or cannot work.

use serde::Serialize;

use super::registry::{self, Command};
use super::{Schema, rewrite};
use crate::api::Provider;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Works,
    Adapted,
    Unworkable,
}

/// One command's verdict.
#[derive(Debug, Clone, Serialize)]
pub struct Verdict {
    pub command: &'static str,
    pub status: Status,
    /// What is dropped or read differently (`adapted`), or why it cannot work (`unworkable`).
    pub details: Vec<String>,
}

/// The verdict of every command of `provider` on `schema`.
pub fn check(schema: &Schema, provider: Provider) -> Vec<Verdict> {
    registry::commands(provider).map(|c| verdict(c, schema)).collect()
}

fn verdict(c: &Command, schema: &Schema) -> Verdict {
    let mut v = Verdict { command: c.name, status: Status::Works, details: Vec::new() };
    for (file, text) in c.operations {
        match rewrite(text, schema) {
            Ok(a) if a.as_is() => {}
            Ok(a) => {
                if v.status == Status::Works {
                    v.status = Status::Adapted;
                }
                let list = |what: &str, items: &[String]| {
                    (!items.is_empty()).then(|| format!("{file}: {what} {}", items.join(", ")))
                };
                v.details.extend(
                    [
                        list("absent fields", &a.dropped_fields),
                        list("filtered client-side", &a.dropped_args),
                        list("read via", &a.via_node),
                        list("retyped", &a.retyped_variables),
                    ]
                    .into_iter()
                    .flatten(),
                );
            }
            Err(e) => {
                v.status = Status::Unworkable;
                v.details.push(format!("{file}: {e}"));
            }
        }
    }
    if v.status == Status::Unworkable {
        v.details.push(format!("instead: {}", instead(c)));
    }
    v
}

/// What to do when a command cannot work on a server.
fn instead(c: &Command) -> &'static str {
    match (c.provider, c.name) {
        (Provider::Scope, "topics list") => {
            "name the topic yourself (`subscriptions create --topic KEY`); the vendor's guide lists them"
        }
        (Provider::Scope, "login") => {
            "save the token without checking it: `hookctl config set token_env NAME` (or set HOOKCTL_TOKEN)"
        }
        (_, "subscriptions test") => "send a sample delivery yourself with `hookctl send`",
        _ => "`hookctl api schema` shows the server's own names; send that query with `hookctl api graphql`",
    }
}
