//! `hookctl login` (check a token with Scope's `viewer` or Sentera's `organizations`, save it in
//! a profile) and `hookctl logout`.

use std::io::Read;

use serde_json::{Value, json};

use crate::api::Client;
use crate::api::scope::viewer;
use crate::commands::args::ApiArgs;
use crate::config::{DEFAULT_PROFILE, Profile, parse_endpoint, token_of};
use crate::context::{Connection, Context, Provider, request_timeout};
use crate::error::{Error, Exit, Result};
use crate::output::{Render, emit};
use crate::prompt::prompt_secret;
use crate::secret::Secret;

#[derive(Debug, clap::Args)]
pub struct LoginArgs {
    /// Read the token from standard input (for CI: `echo "$TOKEN" | hookctl login --token-stdin`).
    #[arg(long, conflicts_with_all = ["token_env", "token_command"])]
    pub token_stdin: bool,
    /// Do not store the token: read it from this environment variable each time.
    #[arg(long, value_name = "NAME", conflicts_with = "token_command")]
    pub token_env: Option<String>,
    /// Do not store the token: run this shell command each time and use its output
    /// (e.g. "pass show scope/api").
    #[arg(long, value_name = "COMMAND")]
    pub token_command: Option<String>,
    #[command(flatten)]
    pub api: ApiArgs,
}

#[derive(Debug, clap::Args)]
pub struct LogoutArgs {}

pub async fn login(args: LoginArgs, ctx: &Context) -> Result<Exit> {
    if ctx.interactive {
        crate::prompt::restore_cursor_on_ctrl_c();
    }
    let name = ctx.profile_name()?;
    let mut profile = ctx.profile()?.cloned().unwrap_or_default();
    let endpoint_raw = match ctx.endpoint_flag().map(str::to_string).or(profile.endpoint.clone()) {
        Some(e) => e,
        None if ctx.interactive => dialoguer::Input::<String>::new()
            .with_prompt("GraphQL endpoint URL")
            .validate_with(|u: &String| parse_endpoint(u).map(|_| ()).map_err(|e| e.message))
            .interact_text()
            .map_err(|e| Error::input(format!("could not read the answer: {e}")))?,
        None => {
            return Err(Error::usage("no endpoint to log in to")
                .with_hint("pass --endpoint https://…/graphql (for a local sandbox, the URL `hookctl sandbox serve` prints)"));
        }
    };
    let endpoint = parse_endpoint(&endpoint_raw)?;
    let token = read_token(&args, &name, &endpoint, ctx)?;
    let login_flag = if name == DEFAULT_PROFILE { String::new() } else { format!(" --profile {name}") };
    let conn = Connection {
        profile: name.clone(),
        endpoint: endpoint.clone(),
        token: token.clone(),
        login_hint: format!(
            "check the token and run `hookctl login{login_flag} --endpoint {endpoint}` again"
        ),
    };
    let client = ctx.client_for(conn, Some(request_timeout(args.api.timeout)?))?;
    // The global --provider (scope|sentera) is stored in the profile; each API checks the token
    // its own way.
    let provider = ctx.provider_flag().or(profile.provider).unwrap_or(Provider::Scope);
    let ((who, default_org), mut result) = match provider {
        Provider::Scope => check_scope(&client, &mut profile, ctx.provider_flag()).await?,
        Provider::Sentera => check_sentera(&client, &mut profile).await?,
    };
    profile.endpoint = Some(endpoint.to_string());
    profile.clear_token();
    if let Some(var) = args.token_env {
        profile.token_env = Some(var);
    } else if let Some(cmd) = args.token_command {
        profile.token_command = Some(cmd);
    } else {
        profile.token = Some(token.expose().to_string());
    }
    let mut config = ctx.config()?.clone();
    config.profiles.insert(name.clone(), profile);
    config.current = Some(name.clone());
    let path = config.save()?;
    ctx.info(format!("{who}; profile {name:?} saved in {} and made current{default_org}.", path.display()));
    result["profile"] = json!(name);
    emit(ctx, &LoggedIn(result));
    Ok(Exit::Ok)
}

/// The token from `--token-stdin`, `--token-env`, `--token-command` or a prompt.
fn read_token(args: &LoginArgs, name: &str, endpoint: &url::Url, ctx: &Context) -> Result<Secret> {
    if args.token_stdin {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| Error::input(format!("cannot read the token from standard input: {e}")))?;
        let t = s.trim().to_string();
        if t.is_empty() {
            return Err(Error::input("standard input held no token"));
        }
        Ok(Secret::new(t))
    } else if let Some(var) = &args.token_env {
        match std::env::var(var) {
            Ok(t) if !t.trim().is_empty() => Ok(Secret::new(t.trim())),
            _ => Err(Error::input(format!("the environment variable {var} is not set or empty"))),
        }
    } else if let Some(cmd) = &args.token_command {
        let probe = Profile { token_command: Some(cmd.clone()), ..Default::default() };
        token_of(&probe, name)
    } else if ctx.interactive {
        prompt_secret(&format!("API token for {endpoint}"))
    } else {
        Err(Error::usage("no token given and no terminal to ask for one").with_hint(
            "pipe it in with --token-stdin (echo \"$TOKEN\" | hookctl login --token-stdin), or use --token-env NAME",
        ))
    }
}

/// What a login says on stderr (who, then a note after the saved profile) and prints as JSON.
type Checked = ((String, String), Value);

/// Scope's API: `viewer` names the user and organization.
async fn check_scope(client: &Client, profile: &mut Profile, flag: Option<Provider>) -> Result<Checked> {
    let me = viewer::viewer(client).await?;
    // A server whose user has no organization leaves the profile's as it was.
    if me.organization.is_some() {
        profile.organization = me.organization.clone();
    }
    if flag == Some(Provider::Scope) {
        profile.provider = Some(Provider::Scope);
    }
    let endpoint = client.endpoint().as_str();
    let who = match &me.organization {
        Some(org) => format!("{} ({org})", me.name),
        None => me.name.clone(),
    };
    Ok((
        (format!("Logged in to {endpoint} as {who}"), String::new()),
        json!({"profile": null, "endpoint": endpoint, "user": me.name, "organization": me.organization}),
    ))
}

/// Sentera's API has no viewer: the `organizations` query checks the token, and the first
/// organization becomes the default `--org` when the profile has none.
async fn check_sentera(client: &Client, profile: &mut Profile) -> Result<Checked> {
    let orgs = crate::api::sentera::organizations(client).await?;
    let endpoint = client.endpoint().to_string();
    profile.provider = Some(Provider::Sentera);
    if profile.organization.is_none() {
        profile.organization = orgs.first().map(|o| o.sentera_id.clone());
    }
    let org = profile.organization.clone();
    Ok((
        (
            format!(
                "Logged in to Sentera's API at {endpoint} ({} organization{} visible)",
                orgs.len(),
                crate::output::plural(orgs.len()),
            ),
            org.as_deref().map(|o| format!("; default --org {o}")).unwrap_or_default(),
        ),
        json!({"profile": null, "endpoint": endpoint, "provider": "sentera", "organization": org}),
    ))
}

/// The JSON result of a login (nothing on stdout for tables: the message is on stderr).
struct LoggedIn(Value);

impl Render for LoggedIn {
    fn json(&self) -> Value {
        self.0.clone()
    }
    fn text(&self) -> String {
        String::new()
    }
}

pub async fn logout(_args: LogoutArgs, ctx: &Context) -> Result<Exit> {
    let mut config = ctx.config()?.clone();
    let name = ctx.profile_name()?;
    let Some(profile) = config.profiles.get_mut(&name) else {
        return Err(Error::config(format!("there is no profile named {name:?}"))
            .with_hint("see `hookctl config list`"));
    };
    if !profile.has_token() {
        ctx.info(format!("Profile {name:?} holds no token already."));
        return Ok(Exit::Ok);
    }
    profile.clear_token();
    config.save()?;
    ctx.info(format!("Removed the token from profile {name:?} (its endpoint is kept)."));
    Ok(Exit::Ok)
}
