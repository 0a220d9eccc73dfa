//! The `Examples:` section of every command's help, kept in one table so a test can check that
//! every command has one and that every example parses.

/// Each command's path below `hookctl` (`""` is the top level) and its example command lines
/// (upper-case words are placeholders; `# …` is a comment).
pub const EXAMPLES: &[(&str, &[&str])] = &[
    ("", &["hookctl demo", "hookctl subs list --topic user/created", "hookctl errors list --all"]),
    (
        "demo",
        &[
            "hookctl demo",
            "hookctl demo --keep          # then explore what it leaves running",
            "hookctl demo -o json | jq .",
        ],
    ),
    // Subscriptions.
    (
        "subscriptions",
        &["hookctl subs list", "hookctl subs show SUB_ID", "hookctl subs enable --all-disabled --dry-run"],
    ),
    (
        "subscriptions list",
        &[
            "hookctl subs list --topic user/created --disabled",
            "hookctl subs list --created-since 7d -o json | jq '.[].name'",
            "hookctl subs list -o ids | xargs hookctl subs disable",
            "hookctl --provider sentera subs list --org ORG_ID",
        ],
    ),
    (
        "subscriptions show",
        &["hookctl subs show SUB_ID", "hookctl subs show SUB_ID -o json | jq -r .template"],
    ),
    (
        "subscriptions create",
        &[
            "hookctl subs create   # asks for each field on a terminal",
            "hookctl subs create --name users --topic user/created --callback-url https://example.com/hooks --secret-env HOOK_SECRET",
            "hookctl subs create --name local --topic user/created --callback-url http://127.0.0.1:9000/ --allow-http --template-file body.liquid",
            "hookctl --provider sentera subs create --org ORG_ID --callback-url https://example.com/hooks --event-type FIELD_CREATED",
        ],
    ),
    (
        "subscriptions update",
        &[
            "hookctl subs update SUB_ID --callback-url https://example.com/hooks/v2",
            "hookctl subs update SUB_ID --template-file body.liquid --clear-query",
            "hookctl subs update SUB_ID --secret-file secret.txt --enable",
        ],
    ),
    (
        "subscriptions enable",
        &[
            "hookctl subs enable SUB_ID",
            "hookctl subs enable --all-disabled --topic user/created --dry-run",
            "hookctl subs enable --all-disabled",
        ],
    ),
    (
        "subscriptions disable",
        &[
            "hookctl subs disable SUB_ID",
            "hookctl subs list --topic user/created -o ids | xargs hookctl subs disable",
        ],
    ),
    (
        "subscriptions delete",
        &["hookctl subs delete SUB_ID", "hookctl subs delete SUB_ID OTHER_SUB_ID --yes"],
    ),
    (
        "subscriptions test",
        &[
            "hookctl subs test SUB_ID",
            "hookctl subs test SUB_ID --no-wait",
            "hookctl subs test SUB_ID --timeout 120 -o json",
        ],
    ),
    (
        "subscriptions deliver",
        &[
            "hookctl subs deliver SUB_ID --node NODE_ID --to http://127.0.0.1:9000/hooks --secret-env HOOK_SECRET",
            "hookctl subs deliver SUB_ID --node NODE_ID --force   # to its callback URL, even if validation says no",
        ],
    ),
    (
        "subscriptions prune-temporary",
        &["hookctl subs prune-temporary", "hookctl subs prune-temporary --all-hosts --yes"],
    ),
    // Topics, errors, deliveries, events.
    ("topics", &["hookctl topics list", "hookctl topics list --key user/created -o json"]),
    (
        "topics list",
        &[
            "hookctl topics list",
            "hookctl topics list --key user/created -o json",
            "hookctl topics list -o ids",
        ],
    ),
    (
        "errors",
        &[
            "hookctl errors list --all",
            "hookctl errors show ERROR_ID",
            "hookctl errors replay --all SUB_ID --since 2h",
        ],
    ),
    (
        "errors list",
        &[
            "hookctl errors list SUB_ID",
            "hookctl errors list SUB_ID --since 2h -o json",
            "hookctl errors list --all --since 1d",
        ],
    ),
    ("errors show", &["hookctl errors show ERROR_ID", "hookctl errors show ERROR_ID -o json | jq .response"]),
    (
        "errors delete",
        &["hookctl errors delete ERROR_ID OTHER_ERROR_ID", "hookctl errors delete --all SUB_ID --yes"],
    ),
    (
        "errors replay",
        &[
            "hookctl errors replay ERROR_ID --secret-env HOOK_SECRET",
            "hookctl errors replay --all SUB_ID --since 2h --to http://127.0.0.1:3000/webhooks --keep-signature",
        ],
    ),
    ("deliveries", &["hookctl deliveries list --status failed", "hookctl deliveries show DELIVERY_ID"]),
    (
        "deliveries list",
        &[
            "hookctl deliveries list SUB_ID --status failed",
            "hookctl deliveries list --status pending",
            "hookctl deliveries list -o json | jq '.[] | select(.attempts > 1)'",
        ],
    ),
    (
        "deliveries show",
        &["hookctl deliveries show DELIVERY_ID", "hookctl deliveries show DELIVERY_ID -o json"],
    ),
    ("events", &["hookctl --provider sentera events list SUB_ID --status failed"]),
    (
        "events list",
        &[
            "hookctl --provider sentera events list SUB_ID --status failed --since 2d",
            "hookctl --provider sentera events list SUB_ID --event-type FIELD_CREATED --page 2 --page-size 100",
            "hookctl --provider sentera events list SUB_ID --all -o json",
        ],
    ),
    // Profiles.
    (
        "login",
        &[
            "hookctl login --endpoint https://cms.scopear.com/api/v3/graphql   # asks for the token",
            "echo \"$TOKEN\" | hookctl login --profile ci --endpoint URL --token-stdin",
            "hookctl login --profile work --endpoint URL --token-env SCOPE_TOKEN",
        ],
    ),
    ("logout", &["hookctl logout", "hookctl logout --profile work"]),
    (
        "config",
        &[
            "hookctl config list",
            "hookctl config use work",
            "hookctl config set endpoint https://example.com/graphql",
        ],
    ),
    ("config list", &["hookctl config list", "hookctl config list -o json"]),
    ("config show", &["hookctl config show", "hookctl config show work -o json"]),
    ("config use", &["hookctl config use work", "hookctl config use default"]),
    (
        "config set",
        &[
            "hookctl config set endpoint https://example.com/graphql",
            "hookctl --profile work config set token_env SCOPE_TOKEN",
            "hookctl config set provider sentera",
        ],
    ),
    // The endpoint's schema.
    (
        "api",
        &[
            "hookctl api check",
            "hookctl api schema > schema.graphql",
            "hookctl api graphql --query '{ viewer { name } }'",
        ],
    ),
    ("api schema", &["hookctl api schema > schema.graphql", "hookctl api schema --refresh-schema"]),
    ("api check", &["hookctl api check", "hookctl api check --provider sentera -o json"]),
    (
        "api graphql",
        &[
            "hookctl api graphql --query '{ viewer { name } }'",
            "hookctl api graphql --query-file q.graphql -F first=50 -f name=orders",
            "hookctl api graphql --query-file page.graphql --paginate",
        ],
    ),
    // The sandbox.
    (
        "sandbox",
        &[
            "hookctl sandbox serve",
            "hookctl sandbox node create User --set name='Ada Lovelace'",
            "hookctl sandbox clock advance 21d",
        ],
    ),
    (
        "sandbox serve",
        &[
            "hookctl sandbox serve          # http://127.0.0.1:8787/graphql",
            "hookctl sandbox serve --port 0 --db ./sandbox.db --fixtures tests/fixtures/errors.json",
            "hookctl sandbox serve --time-scale 60   # retries come 60 times sooner",
        ],
    ),
    ("sandbox token", &["hookctl sandbox token create --org 'Other Org' --user Eve"]),
    (
        "sandbox token create",
        &[
            "hookctl sandbox token create --org 'Other Org' --user Eve",
            "hookctl sandbox token create --org Acme --user ci --db ./sandbox.db",
        ],
    ),
    ("sandbox fixtures", &["hookctl sandbox fixtures load errors.json"]),
    (
        "sandbox fixtures load",
        &[
            "hookctl sandbox fixtures load errors.json",
            "hookctl sandbox fixtures load errors.json --db ./sandbox.db",
        ],
    ),
    (
        "sandbox node",
        &[
            "hookctl sandbox node create User --set name='Ada Lovelace'",
            "hookctl sandbox node delete NODE_ID",
        ],
    ),
    (
        "sandbox node create",
        &[
            "hookctl sandbox node create User --set name='Alain Bloch' --set email=alain@example.com",
            "hookctl sandbox node create ScenarioSession --set scenarioId=SCENARIO_ID --set status=in_progress",
            "hookctl sandbox node create Scenario --set name=Pump --set 'tags:=[\"a\",\"b\"]' -o json",
        ],
    ),
    (
        "sandbox node update",
        &[
            "hookctl sandbox node update NODE_ID --set status=paused",
            "hookctl sandbox node update NODE_ID --set 'old:=null'",
        ],
    ),
    (
        "sandbox node delete",
        &["hookctl sandbox node delete NODE_ID", "hookctl sandbox node delete NODE_ID -o json"],
    ),
    (
        "sandbox emit",
        &[
            "hookctl sandbox emit scenario_session/completed --node NODE_ID",
            "hookctl sandbox emit call/completed --node NODE_ID -o json",
        ],
    ),
    ("sandbox clock", &["hookctl sandbox clock show", "hookctl sandbox clock advance 2h"]),
    ("sandbox clock show", &["hookctl sandbox clock show", "hookctl sandbox clock show -o json"]),
    (
        "sandbox clock advance",
        &[
            "hookctl sandbox clock advance 90s",
            "hookctl sandbox clock advance 21d   # every retry of a failing notification",
        ],
    ),
    (
        "sandbox sentera",
        &["hookctl sandbox sentera orgs", "hookctl sandbox sentera emit FIELD_CREATED --org ORG_ID"],
    ),
    ("sandbox sentera orgs", &["hookctl sandbox sentera orgs", "hookctl sandbox sentera orgs -o json"]),
    (
        "sandbox sentera create-org",
        &[
            "hookctl sandbox sentera create-org Farms",
            "hookctl sandbox sentera create-org 'North field' --parent ORG_ID",
        ],
    ),
    (
        "sandbox sentera emit",
        &[
            "hookctl sandbox sentera emit FIELD_CREATED --org ORG_ID",
            "hookctl sandbox sentera emit FEATURE_SET_CREATED --org ORG_ID --count 5",
        ],
    ),
    (
        "sandbox first-generation",
        &[
            "hookctl sandbox first-generation enable http://127.0.0.1:9000/hooks",
            "hookctl sandbox first-generation show",
        ],
    ),
    (
        "sandbox first-generation enable",
        &[
            "hookctl sandbox first-generation enable https://example.com/hooks/scopear",
            "hookctl sandbox first-generation enable http://127.0.0.1:9000/",
        ],
    ),
    ("sandbox first-generation disable", &["hookctl sandbox first-generation disable"]),
    (
        "sandbox first-generation show",
        &["hookctl sandbox first-generation show", "hookctl sandbox first-generation show -o json"],
    ),
    // Signing, templates, sending, receiving.
    (
        "sign",
        &[
            "hookctl sign --data body.json --secret-env HOOK_SECRET",
            "printf '%s' \"$BODY\" | hookctl sign --data - --secret-file secret.txt --header",
        ],
    ),
    (
        "verify",
        &[
            "hookctl verify --data body.json --signature \"$SIG\" --secret-env HOOK_SECRET",
            "hookctl verify --data body.json --headers headers.txt --secret-file secret.txt",
        ],
    ),
    (
        "render",
        &[
            "hookctl render --template body.liquid --data payload.json --content-type json",
            "hookctl render --kind validation --template validate.liquid --data payload.json",
            "hookctl render --kind error --template error.liquid --response-body resp.json --response-headers resp.headers",
            "hookctl render --kind error --template error.liquid --capture captures.jsonl --index 0",
        ],
    ),
    (
        "send",
        &[
            "hookctl send http://127.0.0.1:8080/hooks --node-id abc= --secret-env HOOK_SECRET",
            "hookctl send https://example.com/hooks --data payload.json --template body.liquid --content-type xml",
            "hookctl send http://127.0.0.1:8080/ --repeat 1000 --concurrency 20 --secret-file secret.txt",
        ],
    ),
    (
        "listen",
        &[
            "hookctl listen --path /hooks --secret-env HOOK_SECRET --save captures.jsonl",
            "hookctl listen --fail-every 3 --delay 200",
            "hookctl listen --forward-to http://127.0.0.1:3000/webhooks --secret-file secret.txt",
            "hookctl listen --tunnel cloudflared --subscribe user/created    # subscribed while it runs",
        ],
    ),
    (
        "replay",
        &[
            "hookctl replay captures.jsonl --to http://127.0.0.1:3000/webhooks",
            "hookctl replay captures.jsonl --index 2 --to http://127.0.0.1:3000/webhooks",
            "hookctl replay captures.jsonl --all --to http://127.0.0.1:3000/webhooks -o json",
        ],
    ),
    (
        "completions",
        &[
            "source <(hookctl completions bash)      # in ~/.bashrc",
            "hookctl completions fish > ~/.config/fish/completions/hookctl.fish",
            "hookctl completions zsh --static > _hookctl   # a script that never calls hookctl",
        ],
    ),
    // Subscriptions as code.
    ("export", &["hookctl export --file hooks.toml", "hookctl export --inline > hooks.toml"]),
    ("plan", &["hookctl plan -f hooks.toml", "hookctl plan -f hooks.toml --prune --out plan.json"]),
    (
        "apply",
        &[
            "hookctl apply -f hooks.toml",
            "hookctl apply -f hooks.toml --prune --yes",
            "hookctl apply plan.json --yes",
        ],
    ),
];

/// `cmd` with the examples of it and of every subcommand added at the end of their help.
pub fn attach(cmd: clap::Command) -> clap::Command {
    attach_at(cmd, "")
}

fn attach_at(mut cmd: clap::Command, path: &str) -> clap::Command {
    if let Some((_, lines)) = EXAMPLES.iter().find(|(p, _)| *p == path) {
        let mut text = String::new();
        if let Some(before) = cmd.get_after_help() {
            text.push_str(&before.to_string());
            text.push_str("\n\n");
        }
        text.push_str("Examples:");
        for line in *lines {
            text.push_str("\n  ");
            text.push_str(line);
        }
        cmd = cmd.after_help(text);
    }
    let names: Vec<String> = cmd.get_subcommands().map(|c| c.get_name().to_string()).collect();
    for name in names {
        let sub_path = if path.is_empty() { name.clone() } else { format!("{path} {name}") };
        cmd = cmd.mut_subcommand(&name, |sub| attach_at(sub, &sub_path));
    }
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of an example as a shell would split them, from its `hookctl` on: quotes
    /// removed, stopping at a comment, pipe or redirection.
    fn words(example: &str) -> Vec<String> {
        let start = example.find("hookctl ").unwrap_or_else(|| panic!("no hookctl in {example:?}"));
        let (mut out, mut word, mut quote, mut any) = (Vec::new(), String::new(), None, false);
        for c in example[start..].chars() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), c) => word.push(c),
                (None, '\'' | '"') => (quote, any) = (Some(c), true),
                (None, ')') => break,
                (None, '#' | '|' | '>' | '<') if word.is_empty() => break,
                (None, ' ') => {
                    if !word.is_empty() || any {
                        out.push(std::mem::take(&mut word));
                    }
                    any = false;
                }
                (None, c) => word.push(c),
            }
        }
        if !word.is_empty() || any {
            out.push(word);
        }
        out
    }

    #[test]
    fn every_example_parses() {
        for (path, lines) in EXAMPLES {
            for line in *lines {
                let args = words(line);
                if let Err(e) = crate::cli::parse(args.iter().map(Into::into)) {
                    panic!("the example {line:?} of {path:?} does not parse: {e}");
                }
            }
        }
    }

    #[test]
    fn every_path_names_a_command() {
        let cmd = crate::cli::command();
        for (path, _) in EXAMPLES {
            let mut at = &cmd;
            for name in path.split_whitespace() {
                at = at.find_subcommand(name).unwrap_or_else(|| panic!("no command {path:?}"));
            }
        }
    }
}
