//! Shared helpers for the tests that run hookctl against a real sandbox.

use std::io::{Read, Write};
use std::path::Path;

use serde_json::{Value, json};

use crate::common;

pub const TOKEN: &str = "sandbox-test-token-0123456789";

/// A sandbox on a free loopback port, and hookctl commands pointed at it.
pub struct Sandbox {
    pub home: tempfile::TempDir,
    pub _server: common::Server,
    pub endpoint: String,
}

impl Sandbox {
    pub fn start() -> Sandbox {
        Self::start_with(&[])
    }

    pub fn start_with(extra: &[&str]) -> Sandbox {
        let home = common::home();
        let db = home.path().join("sandbox.db");
        let mut args =
            vec!["sandbox", "serve", "--port", "0", "--token", TOKEN, "--db", db.to_str().unwrap()];
        args.extend_from_slice(extra);
        let server = common::Server::start(home.path(), &args);
        let base = server.url.trim_end_matches('/').to_string();
        let endpoint = if base.ends_with("/graphql") { base } else { format!("{base}/graphql") };
        Sandbox { home, _server: server, endpoint }
    }

    /// `hookctl` with this sandbox's endpoint and token in the environment.
    pub fn cmd(&self) -> assert_cmd::Command {
        let mut c = common::hookctl(self.home.path());
        c.env("HOOKCTL_ENDPOINT", &self.endpoint).env("HOOKCTL_TOKEN", TOKEN);
        c.timeout(std::time::Duration::from_secs(60));
        c
    }

    /// Runs hookctl and returns (exit code, stdout, stderr).
    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        let out = self.cmd().args(args).output().unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    /// Runs hookctl with `-o json`, expecting success, and parses stdout.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.extend(["-o", "json"]);
        let (code, out, err) = self.run(&all);
        assert_eq!(code, 0, "{args:?} failed: {err}");
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {out}"))
    }

    /// Sends a raw GraphQL request (for sandbox-only mutations) and returns `data`.
    pub fn graphql(&self, query: &str, variables: Value) -> Value {
        let url = url::Url::parse(&self.endpoint).unwrap();
        let addr = format!("{}:{}", url.host_str().unwrap(), url.port().unwrap());
        let body = json!({"query": query, "variables": variables}).to_string();
        let mut s = std::net::TcpStream::connect(addr).unwrap();
        write!(
            s,
            "POST {} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {TOKEN}\r\nContent-Type: application/json\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            url.path(),
            body.len()
        )
        .unwrap();
        let mut resp = String::new();
        s.read_to_string(&mut resp).unwrap();
        let (_, body) = resp.split_once("\r\n\r\n").unwrap();
        // Tolerate chunked encoding: take the outermost JSON object.
        let start = body.find('{').unwrap();
        let end = body.rfind('}').unwrap();
        let v: Value = serde_json::from_str(&body[start..=end]).unwrap();
        assert!(v.get("errors").is_none_or(|e| e.as_array().is_none_or(|a| a.is_empty())), "{v}");
        v["data"].clone()
    }

    /// Creates a subscription through the CLI and returns its id.
    pub fn create(&self, name: &str, topic: &str, extra: &[&str]) -> String {
        let mut args = vec!["subs", "create", "--name", name, "--topic", topic, "--callback-url"];
        // Loopback only: the worker really delivers, and tests never leave 127.0.0.1.
        args.push("https://127.0.0.1:9/hooks");
        args.extend_from_slice(extra);
        let v = self.json(&args);
        v["id"].as_str().unwrap().to_string()
    }
}

pub fn write(dir: &Path, name: &str, text: &str) -> String {
    common::write(dir, name, text).to_str().unwrap().to_string()
}
