//! Shell completions: the committed static scripts are what the binary generates now, and the
//! dynamic completer (`COMPLETE=bash hookctl -- WORDS…`, what the shell runs on TAB) answers
//! subcommands, flags and the API's values.
//! Regenerate the static scripts with: `HOOKCTL_UPDATE_COMPLETIONS=1 cargo test completions`.

use std::time::{Duration, Instant};

use crate::support::sandbox::Sandbox;
use crate::support::{self, Hookctl, Reply, Scripted};

const SHELLS: &[(&str, &str)] = &[
    ("bash", "hookctl.bash"),
    ("zsh", "_hookctl"),
    ("fish", "hookctl.fish"),
    ("powershell", "_hookctl.ps1"),
    ("elvish", "hookctl.elv"),
];

#[test]
fn committed_completions_are_current() {
    let home = support::home();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = std::env::var_os("HOOKCTL_UPDATE_COMPLETIONS").is_some();
    let mut stale = Vec::new();
    for (shell, file) in SHELLS {
        let out = support::hookctl(home.path()).args(["completions", shell, "--static"]).run().success();
        assert!(out.stdout_bytes.len() > 500, "completions {shell} look empty");
        let path = dir.join(file);
        if update {
            std::fs::write(&path, &out.stdout_bytes).unwrap();
        } else if std::fs::read(&path).ok().as_deref() != Some(&out.stdout_bytes[..]) {
            stale.push(file.to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "stale completions in completions/: {stale:?}; regenerate with HOOKCTL_UPDATE_COMPLETIONS=1 cargo test completions"
    );
}

/// `hookctl completions SHELL` installs the dynamic completer: the script `COMPLETE=SHELL
/// hookctl` prints, which calls this binary back.
#[test]
fn completions_prints_the_dynamic_registration() {
    let home = support::home();
    for (shell, _) in SHELLS {
        let script = support::hookctl(home.path()).args(["completions", shell]).run().success().stdout;
        let registration = support::hookctl(home.path()).env("COMPLETE", shell).run().success().stdout;
        assert_eq!(script, registration, "{shell}");
        assert!(
            script.contains("COMPLETE") && script.contains(support::bin().to_str().unwrap()),
            "{shell}: {script}"
        );
    }
    // Bash keeps the space after a completed id ending in `=` (only `--flag=` stays open).
    let bash = support::hookctl(home.path()).args(["completions", "bash"]).run().stdout;
    assert!(bash.contains(r#"=~ ^--.*=$|[/:]$"#), "{bash}");
    // A mistyped shell is a usage error, said on stderr.
    support::hookctl(home.path()).env("COMPLETE", "tcsh").run().status(2).stderr_contains("tcsh");
}

/// What bash gets on TAB with the cursor on the last word, and how long it took.
fn tab(cmd: Hookctl, words: &[&str]) -> (Vec<String>, Duration) {
    let start = Instant::now();
    let out = cmd
        .env("COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", words.len().to_string())
        .env("_CLAP_IFS", "\n")
        .arg("--")
        .arg("hookctl")
        .args(words)
        .run()
        .success();
    let took = start.elapsed();
    assert!(out.stderr.is_empty(), "a TAB printed on the terminal: {}", out.stderr);
    (out.stdout.lines().map(str::to_string).filter(|l| !l.is_empty()).collect(), took)
}

/// The values offered (what is not a flag).
fn values(cmd: Hookctl, words: &[&str]) -> Vec<String> {
    tab(cmd, words).0.into_iter().filter(|v| !v.starts_with('-')).collect()
}

/// A sandbox with the error fixtures, one more subscription, and a profile file.
fn sandbox() -> (Sandbox, String) {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/errors.json");
    let sb = Sandbox::start_with(&["--fixtures", fixtures]);
    let id = sb.create("orders-feed", "user/created", &[]);
    let config = sb.home.path().join("config/hookctl");
    std::fs::create_dir_all(&config).unwrap();
    let profiles = "[profiles.work]\nendpoint = \"https://work.example/graphql\"\n\n[profiles.staging]\n";
    std::fs::write(config.join("config.toml"), profiles).unwrap();
    (sb, id)
}

fn cmd(sb: &Sandbox) -> Hookctl {
    sb.cmd().env("HOOKCTL_CACHE_DIR", sb.home.path().join("cache")).current_dir(sb.home.path())
}

#[test]
fn values_come_from_the_api_of_the_profile_in_use() {
    let (sb, id) = sandbox();
    std::fs::write(sb.home.path().join("user-notes.txt"), "a file TAB must not offer for --topic").unwrap();

    // Subscription ids, by id prefix or by name; the first TAB asks the API.
    let (ids, _) = tab(cmd(&sb), &["subs", "show", ""]);
    assert!(ids.contains(&id), "{ids:?}");
    assert_eq!(tab(cmd(&sb), &["subs", "show", "orders-f"]).0, vec![id.clone()]);
    assert_eq!(tab(cmd(&sb), &["subs", "show", &id[..id.len() - 2]]).0, vec![id.clone()]);
    for words in [&["deliveries", "list", ""][..], &["errors", "list", ""], &["subs", "enable", &id, ""]] {
        assert!(tab(cmd(&sb), words).0.contains(&id), "{words:?}");
    }

    // Topic keys, never file names.
    let (topics, _) = tab(cmd(&sb), &["subs", "list", "--topic", ""]);
    assert!(topics.contains(&"user/created".to_string()), "{topics:?}");
    assert!(!topics.iter().any(|t| t.contains("user-notes")), "{topics:?}");
    assert_eq!(tab(cmd(&sb), &["subs", "list", "--topic", "user-"]).0, Vec::<String>::new());
    assert_eq!(tab(cmd(&sb), &["sandbox", "emit", "call/comp"]).0, vec!["call/completed".to_string()]);

    // Error ids (of every subscription).
    let errors = sb.cmd().args(["errors", "list", "--all", "-o", "ids"]).run().success().stdout;
    let first_error = errors.lines().next().expect("the fixtures have errors").to_string();
    let (mut offered, _) = tab(cmd(&sb), &["errors", "show", ""]);
    offered.retain(|v| !v.starts_with('-'));
    assert!(offered.contains(&first_error), "{offered:?}");
    assert_eq!(offered.len(), errors.lines().count(), "{offered:?}");

    // Delivery ids (of every subscription), for `deliveries show`: an event makes some.
    sb.cmd().args(["sandbox", "node", "create", "User", "--set", "name=Ada"]).run().success();
    let deliveries = sb.cmd().args(["deliveries", "list", "-o", "ids"]).run().success().stdout;
    let (mut offered, _) = tab(cmd(&sb), &["deliveries", "show", ""]);
    offered.retain(|v| !v.starts_with('-'));
    let mut listed: Vec<String> = deliveries.lines().map(String::from).collect();
    offered.sort();
    listed.sort();
    assert!(!listed.is_empty() && offered == listed, "offered {offered:?}, listed {listed:?}");

    // Profile names, from the config file.
    assert_eq!(values(cmd(&sb), &["config", "use", ""]), vec!["staging", "work"]);
    assert_eq!(tab(cmd(&sb), &["--profile", "w"]).0, vec!["work"]);

    // `subs <TAB>`: the subcommands first, then the flags.
    let (subs, _) = tab(cmd(&sb), &["subs", ""]);
    let first_flag = subs.iter().position(|w| w.starts_with('-')).unwrap();
    let last_command = subs.iter().rposition(|w| !w.starts_with('-')).unwrap();
    assert!(last_command < first_flag && subs[0] == "list", "{subs:?}");
    assert!(subs.contains(&"prune-temporary".to_string()), "{subs:?}");
}

/// fish and zsh run the script `hookctl completions SHELL` prints, which calls this binary back:
/// the same values reach them, each with its description. fish answers `complete -C LINE` as it
/// would a TAB; zsh's completion system needs a terminal, so `_describe` is stood in for by a
/// function printing what it is given (`value:description`). Skipped where a shell is missing
/// (`.ci/run` installs both).
#[test]
fn fish_and_zsh_get_the_values_through_their_registration_scripts() {
    let (sb, id) = sandbox();
    let offered = format!("{id}\torders-feed · user/created");
    let run = |shell: &str, code: String| {
        let script = sb.home.path().join(format!("hookctl.{shell}"));
        std::fs::write(&script, cmd(&sb).args(["completions", shell]).run().success().stdout).unwrap();
        let code = code.replace("SCRIPT", script.to_str().unwrap());
        let out =
            sb.program(shell).env("HOOKCTL_CACHE_DIR", sb.home.path().join("cache")).args(["-c", &code]);
        out.current_dir(sb.home.path()).run().success().stdout
    };
    let mut ran = 0;
    if std::path::Path::new("/usr/bin/fish").exists() {
        let subs = run("fish", "source SCRIPT; complete -C 'hookctl subs show '".into());
        assert!(subs.lines().any(|l| l == offered), "{subs}");
        let verbs = run("fish", "source SCRIPT; complete -C 'hookctl subs '".into());
        assert!(verbs.starts_with("list\tList subscriptions"), "{verbs}");
        ran += 1;
    }
    if std::path::Path::new("/usr/bin/zsh").exists() {
        let stand_ins = "compdef() { :; }; _describe() { print -l -- \"${(@P)3}\"; }; source SCRIPT";
        let subs = run(
            "zsh",
            format!("{stand_ins}; words=(hookctl subs show ''); CURRENT=4; _clap_dynamic_completer_hookctl"),
        );
        assert!(subs.lines().any(|l| l == offered.replace('\t', ":")), "{subs}");
        let verbs = run(
            "zsh",
            format!("{stand_ins}; words=(hookctl subs ''); CURRENT=3; _clap_dynamic_completer_hookctl"),
        );
        assert!(verbs.starts_with("list:List subscriptions"), "{verbs}");
        ran += 1;
    }
    if ran < 2 {
        eprintln!(
            "skipped a shell: /usr/bin/fish or /usr/bin/zsh is missing (apt-get install fish zsh; .ci/run does)"
        );
    }
}

/// Values are cached for a minute: a second TAB does not ask the API (a subscription created
/// in between is not offered yet) and answers quickly.
#[test]
fn a_second_tab_reads_the_cache() {
    let (sb, id) = sandbox();
    assert!(tab(cmd(&sb), &["subs", "show", ""]).0.contains(&id));
    let newer = sb.create("newer", "user/created", &[]);
    let (cached, took) = tab(cmd(&sb), &["subs", "show", ""]);
    assert!(cached.contains(&id) && !cached.contains(&newer), "{cached:?}");
    // The budget is 300 ms; a debug build on a loaded test machine is given more.
    assert!(took < Duration::from_millis(1500), "a cached TAB took {took:?}");
    // Another cache directory (or a minute later) asks again.
    let fresh = cmd(&sb).env("HOOKCTL_CACHE_DIR", sb.home.path().join("cache2"));
    assert!(tab(fresh, &["subs", "show", ""]).0.contains(&newer));
}

/// A dead or hanging API gives no values, quickly, and nothing on the terminal.
#[test]
fn a_dead_or_slow_api_gives_no_values_quickly() {
    let home = support::home();
    let hanging = Scripted::api(vec![Reply::hang(), Reply::hang(), Reply::hang()]);
    for endpoint in ["http://127.0.0.1:9/graphql", hanging.url.as_str()] {
        let cmd = support::hookctl(home.path())
            .env("HOOKCTL_ENDPOINT", endpoint)
            .env("HOOKCTL_TOKEN", "t")
            .env("HOOKCTL_CACHE_DIR", home.path().join(endpoint.len().to_string()));
        let (values, took) = tab(cmd, &["subs", "show", ""]);
        assert!(values.iter().all(|v| v.starts_with("--")), "{endpoint}: {values:?}");
        assert!(took < Duration::from_secs(3), "{endpoint}: {took:?}");
    }
    // No profile at all: the same.
    let (values, _) = tab(support::hookctl(home.path()), &["errors", "show", ""]);
    assert!(values.iter().all(|v| v.starts_with("--")), "{values:?}");
}

/// On Sentera's API, subscription ids come from the profile's organization; event types are a
/// fixed list.
#[test]
fn sentera_values_come_from_the_organization() {
    let sb = Sandbox::start();
    let url = sb.endpoint.replace("/graphql", "/sentera/graphql");
    let sentera = || cmd(&sb).env("HOOKCTL_ENDPOINT", &url).env("HOOKCTL_PROVIDER", "sentera");
    let orgs = sentera().args(["sandbox", "sentera", "orgs", "-o", "json"]).run().success().stdout_json();
    let org = orgs[0]["sentera_id"].as_str().unwrap().to_string();
    let create = ["subs", "create", "--org", &org, "--callback-url", "http://127.0.0.1:9/h", "--allow-http"];
    let out = sentera().args(create).args(["--event-type", "FIELD_CREATED", "-o", "ids"]).run().success();
    let id = out.stdout.trim().to_string();

    // No organization known: no ids. With the profile's, that organization's.
    assert_eq!(values(sentera(), &["subs", "show", ""]), Vec::<String>::new());
    let config = sb.home.path().join("config/hookctl");
    std::fs::create_dir_all(&config).unwrap();
    let profile = format!("[profiles.default]\nprovider = \"sentera\"\norganization = \"{org}\"\n");
    std::fs::write(config.join("config.toml"), profile).unwrap();
    let fresh = || sentera().env("HOOKCTL_CACHE_DIR", sb.home.path().join("cache-profile"));
    assert_eq!(values(fresh(), &["subs", "show", ""]), vec![id.clone()]);
    assert_eq!(values(fresh(), &["events", "list", ""]), vec![id]);

    assert_eq!(values(sentera(), &["subs", "create", "--event-type", "FIELD_C"]), vec!["FIELD_CREATED"]);
    let subscribe = values(sentera(), &["listen", "--subscribe", "FIELD_"]);
    assert_eq!(subscribe, vec!["FIELD_CREATED", "FIELD_UPDATED"]);
}
