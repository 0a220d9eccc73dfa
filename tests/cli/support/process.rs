//! Long-running `hookctl` processes (listener, sandbox) started hermetically, killed on drop.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::{bin, hermetic_vars, inherited_vars};

/// A long-running `hookctl` process (listener, sandbox), killed when dropped.
pub struct Server {
    pub child: Child,
    /// The first `http://…` URL the process announced on stderr.
    pub url: String,
    /// Everything it has printed on stderr so far.
    pub stderr: Arc<Mutex<String>>,
    /// Everything it has printed on stdout so far.
    pub stdout: Arc<Mutex<String>>,
}

impl Server {
    /// Starts `hookctl ARGS` and waits (up to 20 s) until it announces a URL on stderr.
    pub fn start(home: &Path, args: &[&str]) -> Server {
        Self::start_with_env(home, args, &[])
    }

    pub fn start_with_env(home: &Path, args: &[&str], env: &[(&str, &str)]) -> Server {
        let (mut server, rx) = Self::spawn_inner(home, args, env);
        server.url = match rx.recv_timeout(Duration::from_secs(20)) {
            Ok(url) => url,
            Err(_) => {
                let _ = server.child.kill();
                panic!("server did not announce a URL; stderr:\n{}", server.stderr());
            }
        };
        server
    }

    /// Starts `hookctl ARGS` without waiting for anything (`url` stays empty): for processes
    /// that announce themselves on stdout, read with [`Server::wait_stdout_lines`].
    pub fn spawn(home: &Path, args: &[&str], env: &[(&str, &str)]) -> Server {
        Self::spawn_inner(home, args, env).0
    }

    fn spawn_inner(
        home: &Path,
        args: &[&str],
        env: &[(&str, &str)],
    ) -> (Server, std::sync::mpsc::Receiver<String>) {
        let mut cmd = Command::new(bin());
        for k in inherited_vars() {
            cmd.env_remove(k);
        }
        cmd.envs(hermetic_vars(home)).envs(env.iter().copied());
        let mut child = cmd
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn hookctl");
        let stderr = Arc::new(Mutex::new(String::new()));
        let stdout = Arc::new(Mutex::new(String::new()));
        let (tx, rx) = std::sync::mpsc::channel::<String>();
        let err_pipe = child.stderr.take().unwrap();
        let err_buf = stderr.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(err_pipe).lines().map_while(Result::ok) {
                if let Some(i) = line.find("http://") {
                    let url: String = line[i..].split_whitespace().next().unwrap_or("").to_string();
                    let _ = tx.send(url);
                }
                let mut b = err_buf.lock().unwrap();
                b.push_str(&line);
                b.push('\n');
            }
        });
        let out_pipe = child.stdout.take().unwrap();
        let out_buf = stdout.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(out_pipe).lines().map_while(Result::ok) {
                let mut b = out_buf.lock().unwrap();
                b.push_str(&line);
                b.push('\n');
            }
        });
        (Server { child, url: String::new(), stderr, stdout }, rx)
    }

    pub fn stdout(&self) -> String {
        self.stdout.lock().unwrap().clone()
    }

    pub fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// Waits until stdout holds at least `n` lines, or panics after `timeout`.
    pub fn wait_stdout_lines(&self, n: usize, timeout: Duration) -> Vec<String> {
        let start = Instant::now();
        loop {
            let out = self.stdout();
            let lines: Vec<String> = out.lines().map(str::to_string).collect();
            if lines.len() >= n {
                return lines;
            }
            if start.elapsed() > timeout {
                panic!("expected {n} stdout lines, got {}:\n{out}\nstderr:\n{}", lines.len(), self.stderr());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Sends SIGINT (Ctrl-C) and waits for the process to exit.
    pub fn interrupt(&mut self) -> std::process::ExitStatus {
        let _ = Command::new("kill").args(["-INT", &self.child.id().to_string()]).status();
        let start = Instant::now();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                // Let the reader threads drain the pipes.
                std::thread::sleep(Duration::from_millis(50));
                return status;
            }
            if start.elapsed() > Duration::from_secs(10) {
                let _ = self.child.kill();
                panic!("process did not stop after SIGINT");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
