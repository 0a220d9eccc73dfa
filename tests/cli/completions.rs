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
