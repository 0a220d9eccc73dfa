//! `hookctl sandbox node create|update|delete` and `hookctl sandbox emit`: make events happen on
//! a running sandbox.

use clap::Args;
use serde_json::{Map, Value, json};

use super::{SandboxArgs, local_client};
use crate::api::ApiError;
use crate::api::scope::sandbox as api_sandbox;
use crate::context::Context;
use crate::error::{Error, Exit, Result};
use crate::output::{Ctx, Render, emit};

#[derive(Debug, Args)]
pub struct NodeCreateArgs {
    /// The node type, e.g. User, Scenario, ScenarioSession, Call.
    #[arg(value_name = "TYPE")]
    pub ty: String,
    /// An attribute: `key=value` (a string) or `key:=JSON` (repeatable).
    #[arg(long = "set", value_name = "KEY=VALUE")]
    pub set: Vec<String>,
    #[command(flatten)]
    pub api: SandboxArgs,
}

#[derive(Debug, Args)]
pub struct NodeUpdateArgs {
    /// The node's global id.
    pub id: String,
    /// An attribute: `key=value` (a string) or `key:=JSON` (repeatable; `key:=null` removes it).
    #[arg(long = "set", value_name = "KEY=VALUE", required = true)]
    pub set: Vec<String>,
    #[command(flatten)]
    pub api: SandboxArgs,
}

#[derive(Debug, Args)]
pub struct NodeDeleteArgs {
    /// The node's global id.
    pub id: String,
    #[command(flatten)]
    pub api: SandboxArgs,
}

#[derive(Debug, Args)]
pub struct EmitArgs {
    /// The topic key, e.g. scenario_session/completed or call/completed.
    #[arg(add = crate::complete::topics())]
    pub topic: String,
    /// The global id of the node the event is about.
    #[arg(long, value_name = "ID")]
    pub node: String,
    #[command(flatten)]
    pub api: SandboxArgs,
}

/// The error of a node or emit command, with a hint that fits a node that is not there.
fn node_error(e: ApiError) -> Error {
    let not_found = e.is_not_found();
    let err = Error::from(e);
    if not_found { err.with_hint("node ids are printed by `hookctl sandbox node create`") } else { err }
}

/// `--set key=value` (a string) and `--set key:=JSON` into an attributes object.
pub fn parse_sets(sets: &[String]) -> Result<Map<String, Value>> {
    let mut out = Map::new();
    for s in sets {
        let Some(eq) = s.find('=') else {
            return Err(Error::usage(format!("--set {s:?}: expected key=value or key:=JSON")));
        };
        let (key, value) = if eq > 0 && s.as_bytes()[eq - 1] == b':' {
            let raw = &s[eq + 1..];
            let v = serde_json::from_str(raw).map_err(|e| {
                Error::usage(format!("--set {s:?}: not JSON after := ({e})"))
                    .with_hint("use key=value for a plain string")
            })?;
            (&s[..eq - 1], v)
        } else {
            (&s[..eq], Value::String(s[eq + 1..].to_string()))
        };
        if key.trim().is_empty() {
            return Err(Error::usage(format!("--set {s:?}: the key is empty")));
        }
        out.insert(key.trim().to_string(), value);
    }
    Ok(out)
}

/// A node change: the node and the deliveries it queued.
struct ChangedNode {
    payload: Value,
}

impl Render for ChangedNode {
    fn json(&self) -> Value {
        json!({ "node": self.payload["node"], "deliveries": self.payload["deliveries"] })
    }
    fn text(&self) -> String {
        self.payload["node"]["id"].as_str().unwrap_or("").to_string()
    }
}

fn queued_note(ctx: &Ctx, payload: &Value) {
    let n = payload["deliveries"].as_array().map_or(0, Vec::len);
    let topic = payload["deliveries"][0]["topic"]["key"].as_str().unwrap_or("");
    match n {
        0 => ctx.info("no enabled subscription is listening: nothing queued"),
        1 => ctx.info(format!("queued 1 notification ({topic})")),
        n => ctx.info(format!("queued {n} notifications ({topic})")),
    }
}

async fn node_mutation(
    ctx: &Context,
    api: &SandboxArgs,
    change: api_sandbox::NodeChange,
    input: Value,
) -> Result<Exit> {
    let client = local_client(ctx, api)?;
    let types: Vec<&str> = crate::global_id::MODELLED.iter().map(|k| k.type_name()).collect();
    let payload = api_sandbox::change_node(&client, change, input, &types).await.map_err(node_error)?;
    queued_note(ctx, &payload);
    emit(ctx, &ChangedNode { payload });
    Ok(Exit::Ok)
}

pub async fn create(a: NodeCreateArgs, ctx: &Context) -> Result<Exit> {
    let attributes = parse_sets(&a.set)?;
    let input = json!({ "type": a.ty, "attributes": attributes });
    node_mutation(ctx, &a.api, api_sandbox::NodeChange::Create, input).await
}

pub async fn update(a: NodeUpdateArgs, ctx: &Context) -> Result<Exit> {
    let attributes = parse_sets(&a.set)?;
    let input = json!({ "id": a.id, "attributes": attributes });
    node_mutation(ctx, &a.api, api_sandbox::NodeChange::Update, input).await
}

pub async fn delete(a: NodeDeleteArgs, ctx: &Context) -> Result<Exit> {
    let input = json!({ "id": a.id });
    node_mutation(ctx, &a.api, api_sandbox::NodeChange::Delete, input).await
}

struct Emitted(Value);

impl Render for Emitted {
    fn json(&self) -> Value {
        json!({ "deliveries": self.0 })
    }
    fn text(&self) -> String {
        self.0
            .as_array()
            .map(|a| a.iter().filter_map(|d| d["id"].as_str()).collect::<Vec<_>>().join("\n"))
            .unwrap_or_default()
    }
}

pub async fn emit_topic(a: EmitArgs, ctx: &Context) -> Result<Exit> {
    let client = local_client(ctx, &a.api)?;
    let payload = api_sandbox::emit(&client, &a.topic, &a.node).await.map_err(node_error)?;
    queued_note(ctx, &payload);
    emit(ctx, &Emitted(payload["deliveries"].clone()));
    Ok(Exit::Ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_are_strings_or_json() {
        let m = parse_sets(&[
            "name=Alain Bloch".into(),
            "n:=3".into(),
            "tags:=[\"a\"]".into(),
            "eq=a=b".into(),
            "gone:=null".into(),
            "url=http://x/?a:=1".into(),
        ])
        .unwrap();
        assert_eq!(
            Value::Object(m),
            json!({ "name": "Alain Bloch", "n": 3, "tags": ["a"], "eq": "a=b", "gone": null, "url": "http://x/?a:=1" })
        );
        assert!(parse_sets(&["novalue".into()]).is_err());
        assert!(parse_sets(&["=x".into()]).is_err());
        assert!(parse_sets(&["x:={".into()]).is_err());
    }
}
