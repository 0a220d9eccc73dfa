//! Every command's help, read from the built binary: examples everywhere, the command's own
//! options first, Sentera-only ones under "Sentera options", global ones last, environment
//! variables named.

use crate::support;

/// Every command path below `hookctl` (`""` the top level), from clap's tree.
fn paths() -> Vec<String> {
    fn walk(cmd: &clap::Command, path: &str, out: &mut Vec<String>) {
        out.push(path.to_string());
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            let p = if path.is_empty() {
                sub.get_name().to_string()
            } else {
                format!("{path} {}", sub.get_name())
            };
            walk(sub, &p, out);
        }
    }
    let mut out = Vec::new();
    walk(&hookctl::cli::command(), "", &mut out);
    out
}

/// `hookctl PATH --help` (or `-h`), with HOOKCTL_ENDPOINT set as in a configured shell.
fn help(home: &std::path::Path, path: &str, flag: &str) -> String {
    let mut args: Vec<&str> = path.split_whitespace().collect();
    args.push(flag);
    support::hookctl(home)
        .env("HOOKCTL_ENDPOINT", "http://127.0.0.1:9/graphql")
        .args(&args)
        .run()
        .success()
        .stdout
}

/// The headings of a help text, in order, with the flags listed under each.
fn sections(text: &str) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for line in text.lines() {
        if !line.starts_with(' ') && line.ends_with(':') {
            out.push((line.trim_end_matches(':').to_string(), Vec::new()));
        } else if let (Some(last), Some(flag)) = (out.last_mut(), flag_of(line)) {
            last.1.push(flag);
        }
    }
    out
}

/// `--name` of an option line such as `  -o, --output <OUTPUT>  …`.
fn flag_of(line: &str) -> Option<String> {
    let t = line.trim_start();
    // Flags are indented by 2 or 6; deeper lines continue a description.
    if line.len() - t.len() > 6 {
        return None;
    }
    let t = t
        .strip_prefix('-')
        .filter(|r| !r.starts_with('-'))
        .map_or(t, |r| r.get(3..).unwrap_or("").trim_start());
    t.starts_with("--").then(|| t.split([' ', '[', '.']).next().unwrap_or_default().to_string())
}

#[test]
fn every_command_has_examples() {
    let home = support::home();
    let all = paths();
    assert!(all.len() > 60, "{all:?}");
    // Exactly one section each: examples live in src/cli/examples.txt, not in `after_help`.
    let lacking: Vec<&String> = all
        .iter()
        .filter(|p| help(home.path(), p, "--help").matches("\nExamples:\n  ").count() != 1)
        .collect();
    assert!(lacking.is_empty(), "commands without exactly one Examples: section: {lacking:?}");
    // The examples are command lines of this binary.
    let sub = help(home.path(), "subscriptions list", "-h");
    assert!(sub.contains("Examples:\n  hookctl subs list --topic user/created"), "{sub}");
}

#[test]
fn own_options_come_first_then_sentera_then_global() {
    let home = support::home();
    for path in paths() {
        let text = help(home.path(), &path, "-h");
        let usage = text.lines().find(|l| l.starts_with("Usage:")).unwrap_or_default();
        assert!(!usage.contains("--endpoint"), "{path}: {usage}");
        let sections = sections(&text);
        let names: Vec<&str> = sections.iter().map(|(h, _)| h.as_str()).collect();
        let global =
            names.iter().position(|h| *h == "Global options").unwrap_or_else(|| panic!("{path}: {names:?}"));
        // Only the examples (and the environment, at the top) follow the global options.
        assert!(
            names[global + 1..].iter().all(|h| ["Environment", "Examples"].contains(h)),
            "{path}: {names:?}"
        );
        if let Some(sentera) = names.iter().position(|h| *h == "Sentera options") {
            assert_eq!(sentera + 1, global, "{path}: {names:?}");
        }
        for (heading, flags) in &sections {
            match heading.as_str() {
                "Global options" => {
                    for f in ["--output", "--profile", "--endpoint", "--help"] {
                        assert!(
                            flags.iter().any(|x| x == f),
                            "{path}: {f} not under Global options: {flags:?}"
                        );
                    }
                }
                "Sentera options" => {
                    let block = text
                        .split("Sentera options:")
                        .nth(1)
                        .unwrap()
                        .split("Global options:")
                        .next()
                        .unwrap();
                    // Each flag with its description (on its line or the next ones).
                    let mut entries: Vec<String> = Vec::new();
                    for line in block.lines() {
                        match (flag_of(line), entries.last_mut()) {
                            (None, Some(entry)) => entry.push_str(line),
                            _ => entries.push(line.to_string()),
                        }
                    }
                    for entry in entries.iter().filter(|e| !e.trim().is_empty()) {
                        assert!(entry.contains("Sentera:"), "{path}: not Sentera-only: {entry}");
                    }
                }
                // The API timeout is a global flag of API commands (send, replay, subs test have
                // their own `--timeout`, with other units).
                _ => assert!(
                    !flags.contains(&"--help".to_string()) && !flags.contains(&"--endpoint".to_string()),
                    "{path}: a global flag under {heading}: {flags:?}"
                ),
            }
        }
        if text.contains("Seconds to wait for each API request") {
            let global_flags = &sections[global].1;
            assert!(global_flags.iter().any(|f| f == "--timeout"), "{path}: --timeout not global: {text}");
        }
    }
}

#[test]
fn environment_variables_are_named() {
    let home = support::home();
    let top = help(home.path(), "", "--help");
    for var in ["HOOKCTL_OUTPUT", "HOOKCTL_PROFILE", "HOOKCTL_ENDPOINT", "HOOKCTL_PROVIDER"] {
        assert!(top.contains(&format!("[env: {var}=")), "{var} not shown on its flag: {top}");
    }
    let env = top.split("Environment:").nth(1).unwrap_or_else(|| panic!("no Environment: section: {top}"));
    for var in [
        "HOOKCTL_TOKEN",
        "HOOKCTL_ENDPOINT",
        "HOOKCTL_TIMEOUT",
        "HOOKCTL_CONFIG_DIR",
        "HOOKCTL_CACHE_DIR",
        "NO_COLOR",
    ] {
        assert!(env.contains(var), "{var} missing from the Environment: list: {env}");
    }
    let list = help(home.path(), "subscriptions list", "--help");
    assert!(list.contains("[env: HOOKCTL_TIMEOUT=]") && list.contains("HOOKCTL_TOKEN"), "{list}");
    // The endpoint from the environment is shown as set, and the usage line never requires it.
    assert!(list.contains("[env: HOOKCTL_ENDPOINT=http://127.0.0.1:9/graphql]"), "{list}");
}

#[test]
fn sandbox_first_generation_keeps_legacy_as_a_hidden_alias() {
    let home = support::home();
    let sandbox = help(home.path(), "sandbox", "--help");
    assert!(sandbox.contains("first-generation") && !sandbox.contains("legacy"), "{sandbox}");
    let old = help(home.path(), "sandbox legacy", "--help");
    assert!(old.contains("Usage: hookctl sandbox first-generation"), "{old}");
}

/// Help puts a command's own options first, then "Sentera options", then "Global options"; the
/// top level has examples and names the environment variables; `--endpoint` is never shown as
/// required (with HOOKCTL_ENDPOINT set or not).
#[test]
fn help_groups_options_and_names_the_environment() {
    let home = support::home();
    let out = support::hookctl(home.path())
        .env("HOOKCTL_ENDPOINT", "http://127.0.0.1:9/graphql")
        .args(["subs", "list", "--help"])
        .run()
        .success()
        .stdout;
    let (own, sentera, global) = (
        out.find("--topic").unwrap(),
        out.find("Sentera options:").unwrap(),
        out.find("Global options:").unwrap(),
    );
    assert!(own < sentera && sentera < global, "{out}");
    assert!(out.find("--org").unwrap() > sentera && out.find("--endpoint").unwrap() > global, "{out}");
    assert!(out.find("--timeout").unwrap() > global, "{out}");
    let usage = out.lines().find(|l| l.starts_with("Usage:")).unwrap();
    assert!(!usage.contains("--endpoint"), "{usage}");
    let top = support::hookctl(home.path()).args(["--help"]).run().success().stdout;
    assert!(
        top.contains("Examples:") && top.contains("HOOKCTL_TOKEN") && top.contains("HOOKCTL_ENDPOINT"),
        "{top}"
    );
}
