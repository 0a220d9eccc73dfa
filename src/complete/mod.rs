//! Dynamic shell completion with clap_complete's engine: the shell runs
//! `COMPLETE=SHELL hookctl -- WORDS…` on TAB and prints what it answers.
//!
//! Subcommands, flags and fixed values come from the clap tree; topic keys, subscription ids,
//! error and delivery ids and profile names from the completers below
//! (`#[arg(add = complete::topics())]`).
//! API values are fetched with the profile the command line (or the environment) selects,
//! cached for a minute ([`cache`]), and given up after a second ([`values`]): a TAB never
//! prints an error and never waits long.

mod cache;
mod values;
mod words;

use std::ffi::{OsStr, OsString};
use std::process::ExitCode;

use clap_complete::engine::{ArgValueCandidates, ArgValueCompleter, CompletionCandidate};
use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Shells, Zsh};

pub use values::Kind;

/// The environment variable that turns a run into a completion request.
const VAR: &str = "COMPLETE";

/// The shells `COMPLETE=` accepts; bash with [`BashIds`].
const SHELLS: Shells<'static> = Shells(&[&BashIds, &Elvish, &Fish, &Powershell, &Zsh]);

/// Answers a completion request (or prints a shell's registration with `COMPLETE=SHELL
/// hookctl`) over the clap tree `command` builds, and returns the exit code; `None` when this run
/// is not one. The tree is passed in because the commands that build it use the completers here.
pub fn answer(args: &[OsString], command: fn() -> clap::Command) -> Option<ExitCode> {
    if std::env::var_os(VAR).is_none_or(|v| v.is_empty() || v == "0") {
        return None;
    }
    words::remember(args);
    let cwd = std::env::current_dir().ok();
    let env = clap_complete::CompleteEnv::with_factory(command).bin("hookctl").shells(SHELLS);
    match env.try_complete(args.iter().cloned(), cwd.as_deref()) {
        Ok(true) => Some(ExitCode::SUCCESS),
        Ok(false) => None,
        Err(e) => {
            // Only a mistyped `COMPLETE=…` by hand gets here: the shell scripts name a known shell.
            let _ = e.print();
            Some(ExitCode::from(crate::error::Exit::Usage.code()))
        }
    }
}

/// What `hookctl completions SHELL` prints: the script `COMPLETE=SHELL hookctl` prints, so
/// that `source <(hookctl completions bash)` installs the dynamic completer.
pub fn registration(shell: clap_complete::Shell) -> Vec<u8> {
    // clap's shell names ("bash", "powershell", …) are the ones `COMPLETE=` takes.
    let Some(completer) = SHELLS.completer(&shell.to_string()) else { return Vec::new() };
    let mut buf = Vec::new();
    // The same binary answers the TABs: by name when run from PATH, else by its absolute path.
    let argv0 = std::env::args_os().next().unwrap_or_else(|| "hookctl".into());
    let mut path = std::path::PathBuf::from(&argv0);
    if path.components().count() > 1 {
        path = std::env::current_dir().map(|d| d.join(&path)).unwrap_or(path);
    }
    let program = path.to_string_lossy();
    let _ = completer.write_registration(VAR, "hookctl", "hookctl", &program, &mut buf);
    buf
}

/// clap's bash adapter, except that a completed value ending in `=` gets its trailing space
/// unless it is a `--flag=`: subscription ids are base64 and often end in `=`.
struct BashIds;

/// clap's condition for leaving the cursor on the completed word, and ours.
const NOSPACE_WHEN: &str = r#"[[ "${COMPREPLY-}" =~ [=/:]$ ]]"#;
pub const NOSPACE_ONLY_FLAGS: &str = r#"[[ "${COMPREPLY-}" =~ ^--.*=$|[/:]$ ]]"#;

impl EnvCompleter for BashIds {
    fn name(&self) -> &'static str {
        Bash.name()
    }
    fn is(&self, name: &str) -> bool {
        Bash.is(name)
    }
    fn write_registration(
        &self,
        var: &str,
        name: &str,
        bin: &str,
        completer: &str,
        buf: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        let mut script = Vec::new();
        Bash.write_registration(var, name, bin, completer, &mut script)?;
        let script = String::from_utf8_lossy(&script).replace(NOSPACE_WHEN, NOSPACE_ONLY_FLAGS);
        buf.write_all(script.as_bytes())
    }
    fn write_complete(
        &self,
        cmd: &mut clap::Command,
        args: Vec<OsString>,
        current_dir: Option<&std::path::Path>,
        buf: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        Bash.write_complete(cmd, args, current_dir, buf)
    }
}

/// Topic keys (`--topic`, `topics list --key`, `sandbox emit`).
pub fn topics() -> ArgValueCandidates {
    ArgValueCandidates::new(|| values::candidates(Kind::Topics))
}

/// Subscription ids; a typed prefix matches the id or the name (bash then puts the id in).
pub fn subscriptions() -> ArgValueCompleter {
    ArgValueCompleter::new(|current: &OsStr| {
        let typed = current.to_string_lossy();
        let lower = typed.to_lowercase();
        values::entries(Kind::Subscriptions)
            .into_iter()
            .filter(|e| e.value.starts_with(&*typed) || e.name.to_lowercase().starts_with(&lower))
            .map(values::Entry::candidate)
            .collect()
    })
}

/// Error ids (`errors show|delete|replay`).
pub fn errors() -> ArgValueCandidates {
    ArgValueCandidates::new(|| values::candidates(Kind::Errors))
}

/// Delivery ids (`deliveries show`).
pub fn deliveries() -> ArgValueCandidates {
    ArgValueCandidates::new(|| values::candidates(Kind::Deliveries))
}

/// Profile names from the config file (`--profile`, `config use|show`).
pub fn profiles() -> ArgValueCandidates {
    ArgValueCandidates::new(|| {
        let Ok(config) = crate::config::Config::load() else { return Vec::new() };
        config
            .profiles
            .iter()
            .map(|(name, p)| CompletionCandidate::new(name).help(p.endpoint.clone().map(Into::into)))
            .collect()
    })
}

/// Sentera's event types (`--event-type`, `sandbox sentera emit`).
pub fn event_types() -> ArgValueCandidates {
    fixed(crate::api::sentera::EVENT_TYPES)
}

/// The keys `config set` accepts.
pub fn config_keys() -> ArgValueCandidates {
    fixed(crate::config::SETTABLE)
}

fn fixed(values: &'static [&'static str]) -> ArgValueCandidates {
    ArgValueCandidates::new(move || values.iter().map(CompletionCandidate::new).collect())
}

/// `cmd` with every argument whose values come from a completer marked as not a path, so the
/// static scripts (`completions --static`) never offer file names for it either.
// (`mut_args`/`mut_subcommands` change them in place: `mut_arg` would move an argument to the
// end, which reorders positional arguments.)
pub fn no_file_names(cmd: clap::Command) -> clap::Command {
    cmd.mut_args(|a| {
        if a.get::<ArgValueCandidates>().is_some() || a.get::<ArgValueCompleter>().is_some() {
            a.value_hint(clap::ValueHint::Other)
        } else {
            a
        }
    })
    .mut_subcommands(no_file_names)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_bash_script_gives_ids_ending_in_equals_their_space() {
        let script = String::from_utf8(super::registration(clap_complete::Shell::Bash)).unwrap();
        // Fails when a new clap_complete writes the condition differently: adapt NOSPACE_WHEN.
        assert!(script.contains(super::NOSPACE_ONLY_FLAGS), "{script}");
    }
}
