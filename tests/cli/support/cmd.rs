//! A builder that reads like a spec:
//! `hookctl(home).args([..]).env(k, v).stdin(..).run().status(0).stdout_json()`.
//! Every check names the command and shows its stderr when it fails.

use std::ffi::OsStr;
use std::path::Path;
use std::time::Duration;

use serde_json::Value;

use super::{bin, hermetic_vars, inherited_vars};

/// A hermetic `hookctl` invocation: no user config or `HOOKCTL_*` variables, no colour, its own
/// config and data dirs under `home`, a 60 s timeout.
pub fn hookctl(home: &Path) -> Hookctl {
    program(bin(), home)
}

/// Another program (a shell calling hookctl back, say) in the same hermetic environment.
pub fn program(program: impl AsRef<OsStr>, home: &Path) -> Hookctl {
    let mut cmd = assert_cmd::Command::new(program);
    for k in inherited_vars() {
        cmd.env_remove(k);
    }
    cmd.envs(hermetic_vars(home)).timeout(Duration::from_secs(60));
    Hookctl { cmd, args: Vec::new() }
}

pub struct Hookctl {
    cmd: assert_cmd::Command,
    /// For messages: what was run.
    args: Vec<String>,
}

impl Hookctl {
    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Self {
        self.args.push(arg.as_ref().to_string_lossy().into_owned());
        self.cmd.arg(arg);
        self
    }

    pub fn args<I, S>(self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        args.into_iter().fold(self, |c, a| c.arg(a))
    }

    pub fn env(mut self, key: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> Self {
        self.cmd.env(key, value);
        self
    }

    pub fn envs<'a>(self, vars: impl IntoIterator<Item = &'a (&'a str, &'a str)>) -> Self {
        vars.into_iter().fold(self, |c, (k, v)| c.env(k, v))
    }

    pub fn env_remove(mut self, key: impl AsRef<OsStr>) -> Self {
        self.cmd.env_remove(key);
        self
    }

    pub fn current_dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.cmd.current_dir(dir);
        self
    }

    pub fn stdin(mut self, input: impl Into<Vec<u8>>) -> Self {
        self.cmd.write_stdin(input.into());
        self
    }

    pub fn timeout(mut self, t: Duration) -> Self {
        self.cmd.timeout(t);
        self
    }

    /// Runs to completion (or the timeout) and captures everything.
    pub fn run(mut self) -> Outcome {
        let out = self.cmd.output().expect("run hookctl");
        Outcome {
            args: self.args.join(" "),
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            stdout_bytes: out.stdout,
        }
    }
}

/// What a finished `hookctl` run did. Checks return `self` so they chain.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub args: String,
    /// The exit code; -1 when killed by a signal (e.g. the timeout).
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    pub stdout_bytes: Vec<u8>,
}

impl Outcome {
    #[track_caller]
    pub fn status(self, code: i32) -> Self {
        assert_eq!(
            self.code, code,
            "`hookctl {}` exited {}, expected {code}\nstdout:\n{}\nstderr:\n{}",
            self.args, self.code, self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn success(self) -> Self {
        self.status(0)
    }

    /// Any non-zero exit.
    #[track_caller]
    pub fn failure(self) -> Self {
        assert_ne!(self.code, 0, "`hookctl {}` succeeded\nstdout:\n{}", self.args, self.stdout);
        self
    }

    #[track_caller]
    pub fn stdout_json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "`hookctl {}`: stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.args, self.stdout, self.stderr
            )
        })
    }

    #[track_caller]
    pub fn stdout_is(self, expected: impl AsRef<str>) -> Self {
        assert_eq!(
            self.stdout,
            expected.as_ref(),
            "`hookctl {}` stdout; stderr:\n{}",
            self.args,
            self.stderr
        );
        self
    }

    #[track_caller]
    pub fn stdout_contains(self, needle: impl AsRef<str>) -> Self {
        let needle = needle.as_ref();
        assert!(
            self.stdout.contains(needle),
            "`hookctl {}`: stdout lacks {needle:?}:\n{}\nstderr:\n{}",
            self.args,
            self.stdout,
            self.stderr
        );
        self
    }

    #[track_caller]
    pub fn stdout_lacks(self, needle: impl AsRef<str>) -> Self {
        let needle = needle.as_ref();
        assert!(
            !self.stdout.contains(needle),
            "`hookctl {}`: stdout has {needle:?}:\n{}",
            self.args,
            self.stdout
        );
        self
    }

    #[track_caller]
    pub fn stderr_is(self, expected: impl AsRef<str>) -> Self {
        assert_eq!(self.stderr, expected.as_ref(), "`hookctl {}` stderr", self.args);
        self
    }

    #[track_caller]
    pub fn stderr_contains(self, needle: impl AsRef<str>) -> Self {
        let needle = needle.as_ref();
        assert!(
            self.stderr.contains(needle),
            "`hookctl {}`: stderr lacks {needle:?}:\n{}",
            self.args,
            self.stderr
        );
        self
    }

    #[track_caller]
    pub fn stderr_lacks(self, needle: impl AsRef<str>) -> Self {
        let needle = needle.as_ref();
        assert!(
            !self.stderr.contains(needle),
            "`hookctl {}`: stderr has {needle:?}:\n{}",
            self.args,
            self.stderr
        );
        self
    }

    /// Neither stream contains `needle` (e.g. a secret).
    #[track_caller]
    pub fn never_prints(self, needle: impl AsRef<str>) -> Self {
        let needle = needle.as_ref();
        self.stdout_lacks(needle).stderr_lacks(needle)
    }
}
