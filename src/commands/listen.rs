//! `hookctl listen`: a local receiver that captures, verifies, shows and saves deliveries.

pub mod session;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use tokio::sync::broadcast::error::RecvError;

use crate::commands::args::SecretArgs;
use crate::context::Context;
use crate::error::{Error, Exit, Result};
use crate::listener::{self, Config, OAuthConfig, display};
use crate::output::{self, Ctx};
use crate::prompt;
use crate::secret::Secret;

#[derive(Debug, clap::Args)]
#[command(after_help = "Each delivery is printed to stdout as it arrives (--output json: one JSON line \
    each); the listening URL, warnings and the Ctrl-C summary go to stderr.\n\n\
    Answers: 404 off the path, 200 help text to GET, 405 to other methods, 413 over --max-body, \
    401 for a missing bearer token (or a bad signature with --reject-invalid), else --status \
    (every --fail-every-th: 500) or the --forward-to app's answer.")]
pub struct Args {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    pub host: String,
    /// Port to listen on (0 picks a free one; the sandbox takes 8787).
    #[arg(long, short = 'p', default_value_t = 9000)]
    pub port: u16,
    /// Path that receives deliveries; other paths answer 404.
    #[arg(long, default_value = "/")]
    pub path: String,
    #[command(flatten)]
    pub secret: SecretArgs,
    /// Answer 401 to deliveries whose signature is wrong or missing (needs a secret).
    #[arg(long)]
    pub reject_invalid: bool,
    /// Append each delivery to FILE as one JSON line (created with its directories); each is on
    /// disk before it is acknowledged.
    #[arg(long, value_name = "FILE")]
    pub save: Option<PathBuf>,
    /// With --save: answer once a capture is written, without waiting for fdatasync. Captures
    /// still survive the process being killed, not a machine crash; much faster under load.
    #[arg(long, requires = "save")]
    pub no_fsync: bool,
    /// Status to answer (simulate a failing receiver with 500, 503, …).
    #[arg(long, value_name = "CODE", default_value_t = 200, value_parser = clap::value_parser!(u16).range(200..=599))]
    pub status: u16,
    /// Wait this many milliseconds before answering (try above 5000 to cause sender timeouts).
    #[arg(long, value_name = "MS", default_value_t = 0)]
    pub delay: u64,
    /// Answer 500 to every N-th delivery.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub fail_every: Option<u64>,
    /// Relay each delivery (body and headers) to a local app and answer with its response.
    #[arg(long, value_name = "URL")]
    pub forward_to: Option<url::Url>,
    /// Answer 413 to bodies larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = listener::DEFAULT_MAX_BODY)]
    pub max_body: usize,
    #[command(flatten)]
    pub auth: Box<AuthArgs>,
    #[command(flatten)]
    pub tunnel: Box<listener::tunnel::TunnelArgs>,
    #[command(flatten)]
    pub session: session::SessionArgs,
    #[command(flatten)]
    pub ui: listener::inspector::UiArgs,
}

/// Who may deliver: a static bearer token, or tokens from the built-in OAuth endpoint.
#[derive(Debug, clap::Args)]
pub struct AuthArgs {
    /// Require `Authorization: Bearer TOKEN`, the token read from a file (`-` for standard input).
    #[arg(long, value_name = "PATH", conflicts_with_all = ["require_bearer_env", "require_bearer"])]
    pub require_bearer_file: Option<PathBuf>,
    /// Require `Authorization: Bearer TOKEN`, the token read from this environment variable.
    #[arg(long, value_name = "NAME", conflicts_with = "require_bearer")]
    pub require_bearer_env: Option<String>,
    /// Require `Authorization: Bearer TOKEN` (visible to other processes: prefer the -file or -env form).
    #[arg(long, value_name = "TOKEN")]
    pub require_bearer: Option<String>,
    /// Also serve an OAuth2 client-credentials token endpoint at /oauth/token; deliveries must
    /// then carry a token it issued.
    #[arg(long, requires = "oauth_client_id")]
    pub oauth_token_endpoint: bool,
    /// The client id the token endpoint accepts.
    #[arg(long, value_name = "ID", requires = "oauth_token_endpoint")]
    pub oauth_client_id: Option<String>,
    /// The client secret, read from a file (`-` for standard input).
    #[arg(long, value_name = "PATH", requires = "oauth_token_endpoint",
          conflicts_with_all = ["oauth_client_secret_env", "oauth_client_secret"])]
    pub oauth_client_secret_file: Option<PathBuf>,
    /// The client secret, read from this environment variable.
    #[arg(long, value_name = "NAME", requires = "oauth_token_endpoint",
          conflicts_with_all = ["oauth_client_secret"])]
    pub oauth_client_secret_env: Option<String>,
    /// The client secret itself (visible to other processes: prefer the -file or -env form).
    #[arg(long, value_name = "VALUE", requires = "oauth_token_endpoint")]
    pub oauth_client_secret: Option<String>,
    /// Lifetime of issued tokens, in seconds.
    #[arg(long, value_name = "SECS", default_value_t = 3600, requires = "oauth_token_endpoint")]
    pub oauth_token_ttl: u64,
}

/// Reads a token given as a file, an environment variable or (with a warning) a value.
fn token(
    ctx: &Ctx,
    file: Option<&PathBuf>,
    env: Option<&String>,
    value: Option<&String>,
    flag: &str,
) -> Result<Option<Secret>> {
    if let Some(path) = file {
        return crate::input::read_secret_file(path).map(Some);
    }
    if let Some(name) = env {
        return match std::env::var(name) {
            Ok(v) if !v.is_empty() => Ok(Some(Secret::new(v))),
            _ => Err(Error::input(format!("the environment variable {name} is not set or empty"))),
        };
    }
    if let Some(v) = value {
        ctx.warn(format!(
            "--{flag} puts the secret where other processes can see it; prefer --{flag}-file or --{flag}-env"
        ));
        if v.is_empty() {
            return Err(Error::input(format!("--{flag} is empty")));
        }
        return Ok(Some(Secret::new(v.clone())));
    }
    Ok(None)
}

fn config(args: Args, plan: Option<&session::Plan>, ctx: &Ctx) -> Result<Config> {
    let stdin_uses = [
        args.secret.secret_file.as_ref(),
        args.auth.require_bearer_file.as_ref(),
        args.auth.oauth_client_secret_file.as_ref(),
    ]
    .iter()
    .filter(|p| p.is_some_and(|p| p.as_os_str() == "-"))
    .count();
    if stdin_uses > 1 {
        return Err(Error::usage("only one secret can be read from standard input (-)"));
    }
    let secret = args.secret.resolve(ctx, None)?;
    // Session subscriptions get the secret the listener verifies with (a fresh one if none is given).
    let secret = match plan {
        Some(p) => p.secret(secret),
        None => secret,
    };
    if args.reject_invalid && secret.is_none() {
        return Err(Error::usage("--reject-invalid needs the shared secret to check signatures")
            .with_hint("pass --secret-file PATH or --secret-env NAME"));
    }
    let bearer = token(
        ctx,
        args.auth.require_bearer_file.as_ref(),
        args.auth.require_bearer_env.as_ref(),
        args.auth.require_bearer.as_ref(),
        "require-bearer",
    )?;
    let oauth = if args.auth.oauth_token_endpoint {
        let client_secret = match token(
            ctx,
            args.auth.oauth_client_secret_file.as_ref(),
            args.auth.oauth_client_secret_env.as_ref(),
            args.auth.oauth_client_secret.as_ref(),
            "oauth-client-secret",
        )? {
            Some(s) => s,
            None if ctx.interactive => prompt::prompt_secret("OAuth client secret")?,
            None => {
                return Err(Error::usage("--oauth-token-endpoint needs the client secret")
                    .with_hint("pass --oauth-client-secret-file PATH or --oauth-client-secret-env NAME"));
            }
        };
        Some(OAuthConfig {
            client_id: args.auth.oauth_client_id.clone().unwrap_or_default(),
            client_secret,
            token_ttl: Duration::from_secs(args.auth.oauth_token_ttl.max(1)),
        })
    } else {
        None
    };
    if let Some(u) = &args.forward_to
        && !matches!(u.scheme(), "http" | "https")
    {
        return Err(Error::usage(format!("--forward-to needs an http(s) URL, not {u}")));
    }
    Ok(Config {
        host: args.host,
        port: args.port,
        path: args.path,
        secret,
        reject_invalid: args.reject_invalid,
        save: args.save,
        fsync: !args.no_fsync,
        status: args.status,
        delay: Duration::from_millis(args.delay),
        fail_every: args.fail_every,
        forward_to: args.forward_to,
        max_body: args.max_body,
        bearer,
        oauth,
        ..Config::default()
    })
}

/// How long the display gathers deliveries after showing some (see the loop in [`run`]).
const DISPLAY_BATCH: Duration = Duration::from_millis(5);

pub async fn run(args: Args, ctx: &Context) -> Result<Exit> {
    let tunnel_spec = args.tunnel.spec()?;
    let plan = session::plan(&args.session, ctx)?;
    let ui = args.ui.clone();
    let mut config = config(args, plan.as_ref(), ctx)?;
    let ui = ui.attach(&mut config)?;
    let described = describe(&config);
    let session_secret = config.secret.clone();
    let handle = listener::start(config).await?;
    let mut rx = handle.subscribe();
    // The URL line is what scripts and tests wait for: print it even with --quiet.
    eprintln!("listening on {}", handle.url());
    let _ui = listener::inspector::serve(ui, &handle).await?;
    if let Some(t) = handle.token_url() {
        ctx.info(format!("OAuth token endpoint on {t}"));
    }
    for line in described {
        ctx.info(format!("  {line}"));
    }
    // Watched from now on, so a Ctrl-C while the tunnel starts or subscriptions are made is not lost.
    let mut stop = tokio::spawn(stop_signal());
    let slot = session::Slot::default();
    let hook = plan.as_ref().map(|_| session::on_url_change(&slot));
    let mut tunnel = match tunnel_spec {
        Some(spec) => match listener::tunnel::start(spec, handle.tunnel_target(), ctx, hook).await {
            Ok(t) => Some(t),
            Err(e) => {
                handle.shutdown().await;
                return Err(e);
            }
        },
        None => None,
    };
    let url = tunnel.as_ref().map(|t| t.url()).unwrap_or_else(|| session::local_url(&handle));
    let subscriptions = match session::open(plan, session_secret, url, &slot, ctx).await {
        Ok(s) => s,
        Err(e) => {
            listener::tunnel::stop(tunnel).await;
            handle.shutdown().await;
            return Err(e);
        }
    };
    ctx.info("  Ctrl-C to stop");

    let color = ctx.color && std::io::stdout().is_terminal();
    let mut shown = 0u64;
    // Render into one buffer and write once per burst: one syscall for many deliveries under load.
    let render = |c: &listener::Capture, n: u64, buf: &mut Vec<u8>| {
        if ctx.is_json() {
            buf.extend_from_slice(&c.to_json_line());
        } else {
            buf.extend_from_slice(listener::display::capture_text(c, n, color).as_bytes());
            buf.push(b'\n');
        }
    };
    let mut buf = Vec::new();
    let mut tunnel_down = None;
    loop {
        tokio::select! {
            _ = &mut stop => break,
            e = listener::tunnel::down(&mut tunnel) => {
                tunnel_down = Some(e);
                break;
            }
            r = rx.recv() => match r {
                Ok(c) => {
                    shown += 1;
                    render(&c, shown, &mut buf);
                    let mut drained = false;
                    while buf.len() < 1 << 16 {
                        let Ok(c) = rx.try_recv() else {
                            drained = true;
                            break;
                        };
                        shown += 1;
                        render(&c, shown, &mut buf);
                    }
                    output::write_stdout(&buf);
                    buf.clear();
                    if drained {
                        // Under load, waking this task for every delivery cost the handlers more
                        // than the display itself: collect what arrives in the next few
                        // milliseconds instead (a lone delivery is still shown at once).
                        tokio::time::sleep(DISPLAY_BATCH).await;
                    }
                }
                Err(RecvError::Lagged(n)) => {
                    shown += n;
                    ctx.warn(format!("{n} deliveries not shown (output too slow); --save keeps every one"));
                }
                Err(RecvError::Closed) => break,
            }
        }
    }
    // Before the tunnel goes: the server must stop delivering to a URL that will not answer.
    if let Some(s) = &subscriptions {
        s.close().await;
    }
    listener::tunnel::stop(tunnel).await;
    let summary = handle.shutdown().await;
    while let Ok(c) = rx.try_recv() {
        shown += 1;
        render(&c, shown, &mut buf);
    }
    output::write_stdout(&buf);
    eprintln!("{}", display::summary_text(&summary));
    tunnel_down.map_or(Ok(Exit::Ok), Err)
}

/// What the listener will do, one line each, for the start banner.
fn describe(c: &Config) -> Vec<String> {
    let mut out = Vec::new();
    out.push(match (&c.secret, c.reject_invalid) {
        (Some(_), true) => "verifying signatures; invalid ones are answered 401".to_string(),
        (Some(_), false) => "verifying signatures (--reject-invalid to answer 401 to bad ones)".to_string(),
        (None, _) => "no secret: signatures are not checked".to_string(),
    });
    if let Some(p) = &c.save {
        out.push(format!("saving to {}", p.display()));
    }
    if c.bearer.is_some() || c.oauth.is_some() {
        out.push("requiring Authorization: Bearer on deliveries".into());
    }
    if c.status != 200 {
        out.push(format!("answering {}", c.status));
    }
    if let Some(n) = c.fail_every {
        out.push(format!("answering 500 to every {n}th delivery"));
    }
    if !c.delay.is_zero() {
        out.push(format!("waiting {} ms before answering", c.delay.as_millis()));
    }
    if let Some(u) = &c.forward_to {
        out.push(format!("forwarding to {u}"));
    }
    out
}

/// Ctrl-C, or SIGTERM on Unix.
async fn stop_signal() {
    #[cfg(unix)]
    {
        let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(s) => s,
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
                return;
            }
        };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
