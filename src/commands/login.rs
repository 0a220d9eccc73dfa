//! `hookctl login` (check a token with `viewer`, save it in a profile) and `hookctl logout`.

use std::io::Read;

use serde_json::json;

use crate::api::viewer;
use crate::cli::GlobalArgs;
use crate::config::{ApiArgs, Config, Connection, parse_endpoint};
use crate::error::{Error, Exit, Result};
use crate::output::{Ctx, OutputFormat};
use crate::secret::{Secret, prompt_secret};

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

pub async fn login(args: LoginArgs, global: &GlobalArgs, ctx: &Ctx) -> Result<Exit> {
    let mut config = Config::load()?;
    let name = config.profile_name(global);
    let mut profile = config.profiles.get(&name).cloned().unwrap_or_default();
    let endpoint_raw = match global.endpoint.clone().filter(|e| !e.is_empty()).or(profile.endpoint.clone()) {
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
    let token = if args.token_stdin {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| Error::input(format!("cannot read the token from standard input: {e}")))?;
        let t = s.trim().to_string();
        if t.is_empty() {
            return Err(Error::input("standard input held no token"));
        }
        Secret::new(t)
    } else if let Some(var) = &args.token_env {
        match std::env::var(var) {
            Ok(t) if !t.trim().is_empty() => Secret::new(t.trim()),
            _ => return Err(Error::input(format!("the environment variable {var} is not set or empty"))),
        }
    } else if let Some(cmd) = &args.token_command {
        let probe = crate::config::Profile { token_command: Some(cmd.clone()), ..Default::default() };
        crate::config::token_of(&probe, &name)?
    } else if ctx.interactive {
        prompt_secret(&format!("API token for {endpoint}"))?
    } else {
        return Err(Error::usage("no token given and no terminal to ask for one").with_hint(
            "pipe it in with --token-stdin (echo \"$TOKEN\" | hookctl login --token-stdin), or use --token-env NAME",
        ));
    };

    let login_flag =
        if name == crate::config::DEFAULT_PROFILE { String::new() } else { format!(" --profile {name}") };
    let conn = Connection {
        profile: name.clone(),
        endpoint: endpoint.clone(),
        token: token.clone(),
        login_hint: format!(
            "check the token and run `hookctl login{login_flag} --endpoint {endpoint}` again"
        ),
    };
    let client = conn.client(ctx, crate::config::timeout(args.api.timeout)?)?;
    // The global --provider (scope|sentera) is stored in the profile; Sentera's is checked its own way.
    let sentera = match global.provider {
        Some(p) => p == crate::sentera::Provider::Sentera,
        None => profile.provider.as_deref().is_some_and(|p| p.trim().eq_ignore_ascii_case("sentera")),
    };
    if sentera {
        return crate::sentera::commands::login(
            client,
            config,
            name,
            profile,
            token,
            args.token_env,
            args.token_command,
            ctx,
        )
        .await;
    }
    let me = viewer::viewer(&client).await?;

    profile.endpoint = Some(endpoint.to_string());
    profile.clear_token();
    if let Some(var) = args.token_env {
        profile.token_env = Some(var);
    } else if let Some(cmd) = args.token_command {
        profile.token_command = Some(cmd);
    } else {
        profile.token = Some(token.expose().to_string());
    }
    profile.organization = Some(me.organization.clone());
    if global.provider == Some(crate::sentera::Provider::Scope) {
        profile.provider = Some("scope".into());
    }
    config.profiles.insert(name.clone(), profile);
    config.current = Some(name.clone());
    let path = config.save()?;
    ctx.info(format!(
        "Logged in to {endpoint} as {} ({}); profile {name:?} saved in {} and made current.",
        me.name,
        me.organization,
        path.display()
    ));
    if ctx.output == OutputFormat::Json {
        let v = json!({"profile": name, "endpoint": endpoint.as_str(), "user": me.name, "organization": me.organization});
        crate::output::write_stdout(format!("{}\n", serde_json::to_string_pretty(&v)?).as_bytes());
    }
    Ok(Exit::Ok)
}

pub async fn logout(_args: LogoutArgs, global: &GlobalArgs, ctx: &Ctx) -> Result<Exit> {
    let mut config = Config::load()?;
    let name = config.profile_name(global);
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
