//! The global flags of the command line being completed (`--profile`, `--endpoint`,
//! `--provider`): the values offered are those of the API that command will talk to.
//! clap does not parse a half-typed line, so the words are read here.

use std::ffi::OsString;
use std::sync::OnceLock;

use clap::ValueEnum;

use crate::context::{Globals, Provider};

static LINE: OnceLock<Globals> = OnceLock::new();

/// Reads the words after `--` (the shell's command line) once, before the engine runs.
pub fn remember(args: &[OsString]) {
    let words: Vec<String> =
        args.iter().skip_while(|a| *a != "--").skip(1).map(|a| a.to_string_lossy().into_owned()).collect();
    let _ = LINE.set(read(&words));
}

/// What the line says, falling back to the environment as the real run would.
pub fn globals() -> Globals {
    LINE.get().cloned().unwrap_or_else(|| read(&[]))
}

fn read(words: &[String]) -> Globals {
    let flag = |name: &str| value_of(words, name).or_else(|| env(name));
    let provider = flag("provider").and_then(|p| Provider::from_str(&p, true).ok());
    Globals { profile: flag("profile"), endpoint: flag("endpoint"), provider }
}

/// The last value given to `--name` (as `--name V` or `--name=V`).
fn value_of(words: &[String], name: &str) -> Option<String> {
    let long = format!("--{name}");
    let mut found = None;
    for (i, w) in words.iter().enumerate() {
        if *w == long {
            found = words.get(i + 1).cloned();
        } else if let Some(v) = w.strip_prefix(&long).and_then(|r| r.strip_prefix('=')) {
            found = Some(v.to_string());
        }
    }
    found.filter(|v| !v.is_empty())
}

fn env(name: &str) -> Option<String> {
    let var = format!("HOOKCTL_{}", name.to_ascii_uppercase());
    std::env::var(var).ok().filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_both_flag_forms_and_keeps_the_last() {
        let w: Vec<String> = ["hookctl", "--profile", "a", "subs", "list", "--profile=b", "--org", "O", ""]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(value_of(&w, "profile").as_deref(), Some("b"));
        assert_eq!(value_of(&w, "org").as_deref(), Some("O"));
        assert_eq!(value_of(&w, "endpoint"), None);
    }
}
