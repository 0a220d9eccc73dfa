//! The tunnel tool as a child process: started in its own process group (so a terminal's Ctrl-C
//! reaches hookctl, which then stops it in order), its stdout and stderr read line by line (and
//! always drained, so it never blocks on a full pipe), stopped with SIGTERM then SIGKILL.

use std::collections::VecDeque;
use std::process::{ExitStatus, Stdio};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncRead, BufReader};
use tokio::process::Command;
use tokio::sync::mpsc;

use super::command::Launch;
use super::parse::UrlReader;
use crate::error::{Error, Result};

/// How long the tool gets to exit after SIGTERM before SIGKILL.
const GRACE: Duration = Duration::from_secs(3);
/// Output lines kept to explain a failure.
const TAIL: usize = 20;

pub struct Child {
    pub program: String,
    proc: tokio::process::Child,
    lines: mpsc::Receiver<String>,
    lines_open: bool,
    tail: VecDeque<String>,
    /// Set when the process was reaped; reported once the output is read.
    exited: Option<ExitStatus>,
    reported: bool,
    /// Kept because tokio forgets the id once the process is reaped; also its process group.
    pid: Option<u32>,
}

/// Starts the tool. A tool that is not installed is a configuration error with a hint.
pub fn spawn(launch: &Launch) -> Result<Child> {
    let mut cmd = Command::new(&launch.program);
    cmd.args(&launch.args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        // Whatever way hookctl ends, the tool does not outlive it.
        .kill_on_drop(true);
    #[cfg(unix)]
    cmd.process_group(0);
    #[cfg(target_os = "linux")]
    die_with_parent(&mut cmd);
    let mut proc = cmd.spawn().map_err(|e| not_started(launch, e))?;
    let pid = proc.id();
    let (tx, lines) = mpsc::channel(256);
    if let Some(out) = proc.stdout.take() {
        tokio::spawn(read_lines(out, tx.clone()));
    }
    if let Some(err) = proc.stderr.take() {
        tokio::spawn(read_lines(err, tx));
    }
    Ok(Child {
        program: launch.program.clone(),
        proc,
        lines,
        lines_open: true,
        tail: VecDeque::new(),
        exited: None,
        reported: false,
        pid,
    })
}

/// Linux: the tool gets SIGTERM when hookctl dies, even by SIGKILL (which runs no cleanup and
/// skips `kill_on_drop`).
#[cfg(target_os = "linux")]
fn die_with_parent(cmd: &mut Command) {
    let parent = libc::pid_t::try_from(std::process::id()).unwrap_or(0);
    // SAFETY: the closure runs in the forked child before exec and calls only async-signal-safe
    // functions (prctl, getppid, _exit).
    unsafe {
        cmd.pre_exec(move || {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            // hookctl died between fork and prctl: the signal will never come.
            if libc::getppid() != parent {
                libc::_exit(1);
            }
            Ok(())
        });
    }
}

fn not_started(launch: &Launch, e: std::io::Error) -> Error {
    let p = &launch.program;
    match e.kind() {
        std::io::ErrorKind::NotFound => {
            let how = launch.install.unwrap_or("check the command's spelling and that it is on PATH");
            Error::config(format!("cannot run the tunnel tool: `{p}` is not installed (not found on PATH)"))
                .with_hint(format!("{how}; hookctl never downloads tunnel tools"))
        }
        std::io::ErrorKind::PermissionDenied => Error::config(format!("cannot run `{p}`: permission denied"))
            .with_hint("check that the file is executable"),
        _ => Error::config(format!("cannot run `{p}`: {e}")),
    }
}

async fn read_lines(pipe: impl AsyncRead + Unpin, tx: mpsc::Sender<String>) {
    let mut r = BufReader::new(pipe);
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match r.read_until(b'\n', &mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(_) => {
                let line = String::from_utf8_lossy(&buf).trim_end_matches(['\r', '\n']).to_string();
                if tx.send(line).await.is_err() {
                    return;
                }
            }
        }
    }
}

/// What the child did next.
pub enum Event {
    Line(String),
    Exited(ExitStatus),
}

impl Child {
    /// The next output line, or the exit once the output is read (pending after both).
    pub async fn next(&mut self) -> Event {
        loop {
            if self.reported {
                return std::future::pending().await;
            }
            if !self.lines_open {
                let status = match self.exited {
                    Some(s) => s,
                    None => self.proc.wait().await.unwrap_or_default(),
                };
                self.reported = true;
                return Event::Exited(status);
            }
            // After the exit, a grandchild may keep the pipes open: wait a moment for the last
            // lines (they explain the exit), no longer.
            let drain = async {
                match self.exited {
                    Some(_) => tokio::time::sleep(Duration::from_millis(500)).await,
                    None => std::future::pending().await,
                }
            };
            tokio::select! {
                biased;
                line = self.lines.recv() => match line {
                    Some(l) => {
                        if self.tail.len() == TAIL {
                            self.tail.pop_front();
                        }
                        self.tail.push_back(l.clone());
                        return Event::Line(l);
                    }
                    None => self.lines_open = false,
                },
                status = self.proc.wait(), if self.exited.is_none() => {
                    self.exited = Some(status.unwrap_or_default());
                }
                _ = drain => self.lines_open = false,
            }
        }
    }

    /// Reads output until the public URL, giving up after `timeout`. On failure the child is
    /// stopped and its last lines are shown, prefixed with its name.
    pub async fn wait_url(&mut self, reader: &mut UrlReader, timeout: Duration) -> Result<String> {
        let found = tokio::time::timeout(timeout, async {
            loop {
                match self.next().await {
                    Event::Line(l) => {
                        if let Some(url) = reader.feed(&l) {
                            return Ok(url);
                        }
                    }
                    Event::Exited(status) => return Err(status),
                }
            }
        })
        .await;
        let err = match found {
            Ok(Ok(url)) => return Ok(url),
            Ok(Err(status)) => Error::network(format!(
                "the tunnel tool `{}` exited ({}) before printing a public URL",
                self.program,
                describe(status)
            )),
            Err(_) => {
                self.stop().await;
                Error::network(format!(
                    "no public URL from `{}` after {} s",
                    self.program,
                    timeout.as_secs_f64()
                ))
                .with_hint("raise --tunnel-timeout, or run the tool by hand to see what it prints")
            }
        };
        self.show_tail();
        Err(err)
    }

    /// Prints what the tool said last (its own error lines), prefixed with its name.
    pub fn show_tail(&self) {
        for l in &self.tail {
            eprintln!("  {}| {l}", self.program);
        }
    }

    /// SIGTERM to the tool's process group, SIGKILL after a grace period; reaps it. Whatever
    /// is left in its group (helpers it started) gets SIGKILL too.
    pub async fn stop(&mut self) {
        let Some(pid) = self.pid else { return };
        if self.exited.is_none() && !matches!(self.proc.try_wait(), Ok(Some(_))) {
            signal_group(pid, "TERM");
            if tokio::time::timeout(GRACE, self.proc.wait()).await.is_err() {
                let _ = self.proc.start_kill();
            }
        }
        signal_group(pid, "KILL");
        let _ = self.proc.wait().await;
    }
}

/// Sends a signal to a process group through `kill(1)`: std and tokio only send SIGKILL, and a
/// signal crate is not worth a dependency here.
fn signal_group(pid: u32, sig: &str) {
    #[cfg(unix)]
    {
        let _ = std::process::Command::new("kill")
            .args([format!("-{sig}"), "--".into(), format!("-{pid}")])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
    #[cfg(not(unix))]
    let _ = (pid, sig);
}

/// "exit code 1", "killed by signal 9".
pub fn describe(status: ExitStatus) -> String {
    if let Some(c) = status.code() {
        return format!("exit code {c}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(s) = status.signal() {
            return format!("killed by signal {s}");
        }
    }
    status.to_string()
}
