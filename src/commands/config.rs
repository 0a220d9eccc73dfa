//! `hookctl config list|show|use|set`: profiles. Tokens are never printed, only masked.

use serde_json::{Value, json};

use crate::config::{Config, Profile, Provider, SETTABLE, parse_endpoint};
use crate::context::Context;
use crate::error::{Error, Exit, Result};
use crate::input::did_you_mean;
use crate::output::{Render, emit, table};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List profiles (the current one is marked).
    #[command(visible_alias = "ls")]
    List,
    /// Show one profile (default: the one in use) and where the config file is.
    Show {
        /// The profile's name.
        #[arg(add = crate::complete::profiles())]
        name: Option<String>,
    },
    /// Make a profile the current one.
    Use {
        /// The profile's name.
        #[arg(add = crate::complete::profiles())]
        name: String,
    },
    /// Set a field of the profile in use (--profile NAME for another); an empty value unsets it.
    Set {
        /// One of: endpoint, token_env, token_command, organization, provider (tokens: `hookctl login`).
        #[arg(add = crate::complete::config_keys())]
        key: String,
        value: String,
    },
}

pub async fn run(cmd: Command, ctx: &Context) -> Result<Exit> {
    let mut config = ctx.config()?.clone();
    let in_use = ctx.profile_name()?;
    match cmd {
        Command::List => {
            let current = in_use.clone();
            emit(ctx, &ProfileList { config: &config, current });
        }
        Command::Show { name } => {
            let name = name.unwrap_or_else(|| in_use.clone());
            let Some(p) = config.profiles.get(&name) else {
                return Err(unknown(&config, &name));
            };
            emit(
                ctx,
                &ProfileView {
                    name: name.clone(),
                    current: config.current.as_deref() == Some(&name),
                    profile: p.clone(),
                },
            );
            ctx.info(format!("config file: {}", Config::path()?.display()));
        }
        Command::Use { name } => {
            if !config.profiles.contains_key(&name) {
                return Err(unknown(&config, &name));
            }
            config.current = Some(name.clone());
            config.save()?;
            ctx.info(format!("Now using profile {name:?}."));
        }
        Command::Set { key, value } => {
            let name = in_use.clone();
            let value = if value.is_empty() { None } else { Some(value) };
            let profile = config.profiles.entry(name.clone()).or_default();
            match key.replace('-', "_").as_str() {
                "endpoint" => {
                    if let Some(v) = &value {
                        parse_endpoint(v)?;
                    }
                    profile.endpoint = value;
                }
                "token_env" => {
                    profile.clear_token();
                    profile.token_env = value;
                }
                "token_command" => {
                    profile.clear_token();
                    profile.token_command = value;
                }
                "organization" => profile.organization = value,
                "provider" => {
                    profile.provider = value.as_deref().map(crate::config::parse_provider).transpose()?
                }
                "token" => {
                    return Err(Error::usage("tokens are not set on the command line").with_hint(format!(
                        "run `hookctl login --profile {name}` (it asks, or reads --token-stdin), or set token_env"
                    )));
                }
                other => {
                    return Err(Error::usage(format!("unknown key {other:?}"))
                        .with_hint(format!("settable keys: {}", SETTABLE.join(", "))));
                }
            }
            if config.current.is_none() {
                config.current = Some(name.clone());
            }
            config.save()?;
            ctx.info(format!("Updated profile {name:?}."));
        }
    }
    Ok(Exit::Ok)
}

fn unknown(config: &Config, name: &str) -> Error {
    let known: Vec<&str> = config.profiles.keys().map(String::as_str).collect();
    let e = Error::config(format!("there is no profile named {name:?}"));
    match did_you_mean(name, &known) {
        Some(s) => e.with_hint(format!("did you mean {s}?")),
        None if known.is_empty() => e.with_hint("create one with `hookctl login --endpoint URL`"),
        None => e.with_hint(format!("known profiles: {}", known.join(", "))),
    }
}

fn profile_json(name: &str, current: bool, p: &Profile) -> Value {
    json!({
        "name": name,
        "current": current,
        "endpoint": p.endpoint,
        "token": p.token_source(),
        "tokenEnv": p.token_env,
        "tokenCommand": p.token_command,
        "organization": p.organization,
        "provider": p.provider.map(Provider::name),
    })
}

struct ProfileList<'a> {
    config: &'a Config,
    current: String,
}

impl Render for ProfileList<'_> {
    fn json(&self) -> Value {
        Value::Array(
            self.config.profiles.iter().map(|(n, p)| profile_json(n, *n == self.current, p)).collect(),
        )
    }

    fn text(&self) -> String {
        if self.config.profiles.is_empty() {
            return "No profiles yet: run `hookctl login --endpoint URL`.".to_string();
        }
        let mut t = table(&["", "PROFILE", "ENDPOINT", "TOKEN", "ORGANIZATION", "PROVIDER"]);
        for (n, p) in &self.config.profiles {
            t.add_row(vec![
                if *n == self.current { "*".to_string() } else { String::new() },
                n.clone(),
                p.endpoint.clone().unwrap_or_default(),
                p.token_source(),
                p.organization.clone().unwrap_or_default(),
                p.provider.map(Provider::name).unwrap_or_default().to_string(),
            ]);
        }
        t.to_string()
    }
}

struct ProfileView {
    name: String,
    current: bool,
    profile: Profile,
}

impl Render for ProfileView {
    fn json(&self) -> Value {
        profile_json(&self.name, self.current, &self.profile)
    }

    fn text(&self) -> String {
        let p = &self.profile;
        let none = || "(none)".to_string();
        let mut out = String::new();
        out.push_str(&format!(
            "{:<13} {}{}\n",
            "Profile",
            self.name,
            if self.current { " (current)" } else { "" }
        ));
        out.push_str(&format!("{:<13} {}\n", "Endpoint", p.endpoint.clone().unwrap_or_else(none)));
        out.push_str(&format!("{:<13} {}\n", "Token", p.token_source()));
        out.push_str(&format!("{:<13} {}\n", "Organization", p.organization.clone().unwrap_or_else(none)));
        out.push_str(&format!(
            "{:<13} {}\n",
            "Provider",
            p.provider.map(|p| p.name().to_string()).unwrap_or_else(none)
        ));
        out
    }
}
