//! A real sandbox (`hookctl sandbox serve`) on a free port, hookctl commands pointed at it, and a
//! tiny GraphQL client for what the CLI does not do.

use std::path::Path;

use serde_json::{Value, json};

use super::{Hookctl, Outcome, Server};

pub const TOKEN: &str = "sandbox-test-token-0123456789";

/// A sandbox on a free loopback port, and hookctl commands pointed at it.
pub struct Sandbox {
    pub home: tempfile::TempDir,
    pub _server: Server,
    pub endpoint: String,
}

impl Sandbox {
    pub fn start() -> Sandbox {
        Self::start_with(&[])
    }

    pub fn start_with(extra: &[&str]) -> Sandbox {
        let home = super::home();
        let db = home.path().join("sandbox.db");
        let mut args =
            vec!["sandbox", "serve", "--port", "0", "--token", TOKEN, "--db", db.to_str().unwrap()];
        args.extend_from_slice(extra);
        let server = Server::start(home.path(), &args);
        let base = server.url.trim_end_matches('/').to_string();
        let endpoint = if base.ends_with("/graphql") { base } else { format!("{base}/graphql") };
        Sandbox { home, _server: server, endpoint }
    }

    /// `hookctl` with this sandbox's endpoint and token in the environment.
    pub fn cmd(&self) -> Hookctl {
        super::hookctl(self.home.path()).env("HOOKCTL_ENDPOINT", &self.endpoint).env("HOOKCTL_TOKEN", TOKEN)
    }

    /// Another program (a shell) with this sandbox's endpoint and token in the environment.
    pub fn program(&self, program: &str) -> Hookctl {
        super::program(program, self.home.path())
            .env("HOOKCTL_ENDPOINT", &self.endpoint)
            .env("HOOKCTL_TOKEN", TOKEN)
    }

    /// Runs hookctl against this sandbox.
    pub fn run(&self, args: &[&str]) -> Outcome {
        self.cmd().args(args).run()
    }

    /// Runs hookctl with `-o json`, expecting success, and parses stdout.
    pub fn json(&self, args: &[&str]) -> Value {
        self.cmd().args(args).args(["-o", "json"]).run().success().stdout_json()
    }

    /// A GraphQL client for this sandbox with its token.
    pub fn api(&self) -> Api {
        Api::new(&self.endpoint, TOKEN)
    }

    /// Sends a raw GraphQL request (for sandbox-only mutations) and returns `data`.
    pub fn graphql(&self, query: &str, variables: Value) -> Value {
        let v = self.api().raw(query, variables);
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
    super::write(dir, name, text).to_str().unwrap().to_string()
}

/// A tiny GraphQL client for the tests.
pub struct Api {
    pub url: String,
    pub token: String,
    rt: tokio::runtime::Runtime,
    client: reqwest::Client,
}

impl Api {
    pub fn new(url: &str, token: &str) -> Api {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        Api { url: url.to_string(), token: token.to_string(), rt, client: reqwest::Client::new() }
    }

    pub fn as_token(&self, token: &str) -> Api {
        Api::new(&self.url, token)
    }

    /// POSTs a raw body with an optional token; answers the status and the JSON body.
    pub fn post(&self, token: Option<&str>, body: &str) -> (u16, Value) {
        self.rt.block_on(async {
            let mut req =
                self.client.post(&self.url).header("content-type", "application/json").body(body.to_string());
            if let Some(t) = token {
                req = req.bearer_auth(t);
            }
            let resp = req.send().await.expect("request");
            let status = resp.status().as_u16();
            let text = resp.text().await.unwrap();
            (status, serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}")))
        })
    }

    /// The whole GraphQL response.
    pub fn raw(&self, query: &str, variables: Value) -> Value {
        let (status, body) =
            self.post(Some(&self.token), &json!({ "query": query, "variables": variables }).to_string());
        assert_eq!(status, 200, "{body}");
        body
    }

    /// `data`, asserting there are no GraphQL errors.
    pub fn gql(&self, query: &str, variables: Value) -> Value {
        let body = self.raw(query, variables);
        assert!(body.get("errors").is_none(), "unexpected errors: {body}");
        body["data"].clone()
    }
}
