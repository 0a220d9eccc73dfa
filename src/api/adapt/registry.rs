//! Every hookctl command that talks to an API, with the operation files it sends, embedded with
//! `include_str!` so the list does not depend on where the modules running them live.

use crate::api::Provider;

/// One command and the operations it sends.
#[derive(Debug, Clone, Copy)]
pub struct Command {
    /// As typed, e.g. `subscriptions list`.
    pub name: &'static str,
    pub provider: Provider,
    /// `(file name, operation text)`.
    pub operations: &'static [(&'static str, &'static str)],
}

macro_rules! op {
    ($file:literal) => {
        ($file, include_str!(concat!("../../../graphql/", $file)))
    };
}

const LIST: (&str, &str) = op!("list_subscriptions.graphql");

/// Scope's commands, then Sentera's.
pub const COMMANDS: &[Command] = &[
    scope("subscriptions list", &[LIST]),
    scope("subscriptions show", &[op!("get_subscription.graphql")]),
    scope("subscriptions create", &[op!("create_subscription.graphql")]),
    scope("subscriptions update", &[op!("update_subscription.graphql")]),
    scope("subscriptions enable", &[op!("enable_subscription.graphql")]),
    scope("subscriptions enable --all-disabled", &[LIST, op!("enable_subscription.graphql")]),
    scope("subscriptions disable", &[op!("disable_subscription.graphql")]),
    scope("subscriptions delete", &[op!("delete_subscription.graphql")]),
    scope("subscriptions test", &[op!("test_subscription.graphql"), op!("get_delivery.graphql")]),
    scope("topics list", &[op!("list_topics.graphql")]),
    scope("errors list", &[op!("list_errors.graphql")]),
    scope("errors show", &[op!("get_error.graphql")]),
    scope("errors delete", &[op!("delete_errors.graphql")]),
    scope("login", &[op!("viewer.graphql")]),
    sentera(
        "subscriptions list",
        &[op!("sentera/list_webhook_subscriptions.graphql"), op!("sentera/organization.graphql")],
    ),
    sentera("subscriptions show", &[op!("sentera/get_webhook_subscription.graphql")]),
    sentera("subscriptions create", &[op!("sentera/create_webhook_subscription.graphql")]),
    sentera("subscriptions delete", &[op!("sentera/delete_webhook_subscription.graphql")]),
    sentera("events list", &[op!("sentera/list_webhook_events.graphql")]),
    sentera("login", &[op!("sentera/organizations.graphql")]),
];

const fn scope(name: &'static str, operations: &'static [(&'static str, &'static str)]) -> Command {
    Command { name, provider: Provider::Scope, operations }
}

const fn sentera(name: &'static str, operations: &'static [(&'static str, &'static str)]) -> Command {
    Command { name, provider: Provider::Sentera, operations }
}

/// What to call an operation in messages: the commands that send it, e.g.
/// "`hookctl topics list` (ListTopics)", or just its name when no command does.
pub fn describe_operation(operation: &str) -> String {
    let sends = |text: &str| {
        text.split_whitespace()
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| matches!(w[0], "query" | "mutation") && w[1].split('(').next() == Some(operation))
    };
    let names: Vec<String> = COMMANDS
        .iter()
        .filter(|c| c.operations.iter().any(|(_, text)| sends(text)))
        .map(|c| format!("`hookctl {}`", c.name))
        .collect();
    let mut names = names;
    names.dedup();
    if names.is_empty() { operation.to_string() } else { format!("{} ({operation})", names.join(", ")) }
}

/// The commands of one provider.
pub fn commands(provider: Provider) -> impl Iterator<Item = &'static Command> {
    COMMANDS.iter().filter(move |c| c.provider == provider)
}
