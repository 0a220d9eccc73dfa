//! The command-line surface: global flags and the noun → verb tree.

mod examples;

use std::ffi::OsString;

use clap::{ArgAction, Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::commands;
use crate::output::{ColorChoice, OutputFormat};

#[derive(Debug, Parser)]
#[command(
    name = "hookctl",
    version,
    about = "Manage, test and debug webhook subscriptions on GraphQL webhook APIs",
    long_about = "Manage, test and debug webhook subscriptions on GraphQL webhook APIs.\n\n\
        Start with `hookctl demo`: it runs a local sandbox API and a listener and walks through a \
        signed delivery, retries, auto-disable and re-enabling.",
    after_help = ENVIRONMENT,
    propagate_version = true,
    // -h and -V are defined in `GlobalArgs`, so that they are listed under "Global options".
    disable_help_flag = true,
    disable_version_flag = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// The environment variables hookctl reads, listed in the top-level help.
const ENVIRONMENT: &str = "Environment:
  HOOKCTL_TOKEN          the API token (instead of the profile's)
  HOOKCTL_ENDPOINT       --endpoint
  HOOKCTL_PROFILE        --profile
  HOOKCTL_PROVIDER       --provider
  HOOKCTL_OUTPUT         --output
  HOOKCTL_TIMEOUT        --timeout of API commands
  HOOKCTL_PAGE_SIZE      --page-size of `subscriptions list`
  HOOKCTL_ADAPT=0        --no-adapt
  HOOKCTL_SANDBOX_TOKEN  the token `sandbox serve` gives its default user
  HOOKCTL_CONFIG_DIR     where config.toml is
  HOOKCTL_DATA_DIR       where the sandbox database is
  HOOKCTL_CACHE_DIR      where endpoint schemas and completion values are cached
  NO_COLOR               no colour with --color auto
  COLUMNS                the width tables fit
  COMPLETE               set by the shell completion scripts (`hookctl completions --help`)";

#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Output format for results: table (human), json (stable, for scripts), ids (listings only).
    #[arg(long, short = 'o', global = true, value_enum, default_value_t = OutputFormat::Table, env = "HOOKCTL_OUTPUT")]
    pub output: OutputFormat,
    /// Never prompt; fail with a hint instead. Implied when stdin is not a terminal.
    #[arg(long, global = true)]
    pub no_input: bool,
    /// Colour: messages on stderr, and the output of `demo` and `listen`. `auto`: on a terminal,
    /// unless NO_COLOR is set.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Tables: show every value whole, even wider than the terminal (ids and topics are never cut).
    #[arg(long, global = true)]
    pub wide: bool,
    /// Tables: only these columns, in this order (header names, e.g. id,name,topic).
    #[arg(long, global = true, value_delimiter = ',', value_name = "A,B,…")]
    pub columns: Option<Vec<String>>,
    /// Print only results and errors.
    #[arg(long, short = 'q', global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Print more detail on stderr (repeat for more).
    #[arg(long, short = 'v', global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Configuration profile to use [default: the current one, see `hookctl config list`].
    #[arg(long, global = true, env = "HOOKCTL_PROFILE", add = crate::complete::profiles())]
    pub profile: Option<String>,
    /// GraphQL endpoint URL, overriding the profile's (the token: HOOKCTL_TOKEN, else the profile's).
    #[arg(long, global = true, env = "HOOKCTL_ENDPOINT", value_hint = clap::ValueHint::Url)]
    pub endpoint: Option<String>,
    /// Which vendor API the endpoint speaks, overriding the profile's `provider` [default: scope].
    #[arg(long, global = true, value_enum, env = "HOOKCTL_PROVIDER")]
    pub provider: Option<crate::api::Provider>,
    /// Send operations as written instead of adapting them to the endpoint's schema
    /// (also HOOKCTL_ADAPT=0).
    #[arg(long, global = true)]
    pub no_adapt: bool,
    /// Introspect the endpoint again instead of using its cached schema (24 h).
    #[arg(long, global = true)]
    pub refresh_schema: bool,
    /// Print help (-h: a summary).
    #[arg(long, short = 'h', global = true, action = ArgAction::Help)]
    help: Option<bool>,
    /// Print the version.
    #[arg(long, short = 'V', global = true, action = ArgAction::Version)]
    version: Option<bool>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Walk through the whole webhook life cycle on a throw-away sandbox; needs no configuration.
    Demo(commands::demo::Args),
    /// Manage webhook subscriptions.
    #[command(visible_alias = "subs", subcommand)]
    Subscriptions(commands::subscriptions::Command),
    /// List webhook topics.
    #[command(subcommand)]
    Topics(commands::topics::Command),
    /// List, show and delete delivery errors.
    #[command(subcommand)]
    Errors(commands::errors::Command),
    /// List and show notifications: attempts, next attempt, last error, outcome.
    #[command(subcommand)]
    Deliveries(commands::deliveries::Command),
    /// List the delivery events of a subscription (Sentera's API).
    #[command(subcommand)]
    Events(commands::events::Command),
    /// Store an API token in a profile (checked against the API first).
    Login(commands::login::LoginArgs),
    /// Remove the token from a profile.
    Logout(commands::login::LogoutArgs),
    /// Inspect the endpoint's schema: print it, check which commands work, send any query.
    #[command(subcommand)]
    Api(commands::api::Command),
    /// Show and edit profiles.
    #[command(subcommand)]
    Config(commands::config::Command),
    /// Run and drive the local sandbox API.
    #[command(subcommand)]
    Sandbox(commands::sandbox::Command),
    /// Print the HMAC-SHA256 signature of a payload, as the server computes it.
    Sign(commands::sign::Args),
    /// Check a payload's signature in constant time.
    Verify(commands::verify::Args),
    /// Render a body, validation or error-handling Liquid template locally, as the server would.
    Render(commands::render::Args),
    /// Send one signed delivery to a URL, exactly as the server does (or a small load test).
    Send(Box<commands::send::Args>),
    /// Run a local receiver that captures, verifies and shows deliveries.
    Listen(Box<commands::listen::Args>),
    /// Re-send deliveries captured with `listen --save`.
    Replay(commands::replay::Args),
    /// Print the shell completion script (values such as ids and topics complete from the API).
    Completions(commands::completions::Args),
    /// Write every subscription the profile can see as a manifest (subscriptions as code).
    Export(commands::manifest::ExportArgs),
    /// Show what `apply` would change to make the server match a manifest (exit 2: changes pending).
    Plan(commands::manifest::PlanArgs),
    /// Make the server match a manifest (or a saved plan): creates, updates, enables, deletes.
    Apply(commands::manifest::ApplyArgs),
}

/// The whole command tree: clap's, with each command's examples added to its help.
pub fn command() -> clap::Command {
    crate::complete::no_file_names(examples::attach(Cli::command()))
}

/// Parses the command line with [`command`]'s tree.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Cli, clap::Error> {
    let mut matches = command().try_get_matches_from(args)?;
    Cli::from_arg_matches_mut(&mut matches).map_err(|e| e.format(&mut command()))
}

/// What `hookctl completions SHELL` prints: the static script committed in `completions/`
/// (`--static`), or the registration of the dynamic completer (values from the API).
pub fn completion_script(shell: clap_complete::Shell, static_script: bool) -> Vec<u8> {
    if !static_script {
        return crate::complete::registration(shell);
    }
    let mut cmd = command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "hookctl", &mut buf);
    buf
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `command()` adds (examples, value hints) changes no argument's or subcommand's
    /// place: positional arguments are matched by their order.
    #[test]
    fn the_augmented_tree_keeps_every_order() {
        fn shape(cmd: &clap::Command, out: &mut Vec<String>) {
            out.push(cmd.get_name().to_string());
            out.extend(cmd.get_arguments().map(|a| a.get_id().to_string()));
            cmd.get_subcommands().for_each(|s| shape(s, out));
        }
        let (mut derived, mut augmented) = (Vec::new(), Vec::new());
        shape(&Cli::command(), &mut derived);
        shape(&command(), &mut augmented);
        assert_eq!(derived, augmented);
    }
}
