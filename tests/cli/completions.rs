//! The committed completion scripts must be what the binary generates now.
//! Regenerate with: `HOOKCTL_UPDATE_COMPLETIONS=1 cargo test completions`.

use crate::support;

const SHELLS: &[(&str, &str)] = &[
    ("bash", "hookctl.bash"),
    ("zsh", "_hookctl"),
    ("fish", "hookctl.fish"),
    ("powershell", "_hookctl.ps1"),
    ("elvish", "hookctl.elv"),
];

#[test]
fn committed_completions_are_current() {
    let home = support::home();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = std::env::var_os("HOOKCTL_UPDATE_COMPLETIONS").is_some();
    let mut stale = Vec::new();
    for (shell, file) in SHELLS {
        let out = support::hookctl(home.path()).args(["completions", shell]).run().success();
        assert!(out.stdout_bytes.len() > 500, "completions {shell} look empty");
        let path = dir.join(file);
        if update {
            std::fs::write(&path, &out.stdout_bytes).unwrap();
        } else if std::fs::read(&path).ok().as_deref() != Some(&out.stdout_bytes[..]) {
            stale.push(file.to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "stale completions in completions/: {stale:?}; regenerate with HOOKCTL_UPDATE_COMPLETIONS=1 cargo test completions"
    );
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
    let usage = out.lines().find(|l| l.starts_with("Usage:")).unwrap();
    assert!(!usage.contains("--endpoint"), "{usage}");
    let top = support::hookctl(home.path()).args(["--help"]).run().success().stdout;
    assert!(
        top.contains("Examples:") && top.contains("HOOKCTL_TOKEN") && top.contains("HOOKCTL_ENDPOINT"),
        "{top}"
    );
}
