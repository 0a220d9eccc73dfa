//! What to run for a tunnel: the presets' command lines, a custom command split like a shell
//! would (without running one), and how to install each tool (hookctl never downloads them).

use std::net::SocketAddr;

use super::parse::Format;

/// The tunnel tools hookctl knows how to run and read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Preset {
    /// Cloudflare's quick tunnel: `cloudflared tunnel --url http://127.0.0.1:PORT --no-autoupdate`.
    Cloudflared,
    /// `ngrok http PORT --log stdout --log-format json` (needs `ngrok config add-authtoken` once).
    Ngrok,
    /// `bore local PORT --to SERVER` (a TCP tunnel; --tunnel-server names the server).
    Bore,
}

/// One command line to start a tunnel, and how to read its public URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Launch {
    pub program: String,
    pub args: Vec<String>,
    pub format: Format,
    /// How to install the program, for a preset.
    pub install: Option<&'static str>,
}

impl Launch {
    /// A preset's command line for a listener bound at `addr`.
    pub fn preset(preset: Preset, addr: SocketAddr, server: Option<&str>) -> Launch {
        let local = local_host(addr);
        let loopback = local == "127.0.0.1";
        let port = addr.port().to_string();
        let s = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let (program, args, format, install) = match preset {
            Preset::Cloudflared => (
                "cloudflared",
                s(&["tunnel", "--url", &format!("http://{local}:{port}"), "--no-autoupdate"]),
                Format::Cloudflared,
                "install cloudflared from \
                 https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/downloads/ \
                 (macOS: `brew install cloudflared`)",
            ),
            Preset::Ngrok => {
                let target = if loopback { port.clone() } else { format!("{local}:{port}") };
                (
                    "ngrok",
                    s(&["http", &target, "--log", "stdout", "--log-format", "json"]),
                    Format::Ngrok,
                    "install ngrok from https://ngrok.com/download, then run \
                     `ngrok config add-authtoken TOKEN` once",
                )
            }
            Preset::Bore => {
                let mut args = s(&["local", &port, "--to", server.unwrap_or("bore.pub")]);
                if !loopback {
                    args.extend(s(&["--local-host", &local]));
                }
                (
                    "bore",
                    args,
                    Format::Bore,
                    "install bore with `cargo install bore-cli` (https://github.com/ekzhang/bore)",
                )
            }
        };
        Launch { program: program.to_string(), args, format, install: Some(install) }
    }

    /// A user's command line: `{port}` and `{host}` are replaced, the rest split like a shell
    /// would split it (quotes, backslashes); no shell runs it.
    pub fn custom(template: &str, addr: SocketAddr) -> Result<Launch, String> {
        let words = split(template)?;
        let host = local_host(addr);
        let port = addr.port().to_string();
        let mut words = words
            .into_iter()
            .map(|w| w.replace("{port}", &port).replace("{host}", &host))
            .collect::<Vec<_>>();
        if words.is_empty() {
            return Err("--tunnel-command is empty".into());
        }
        let program = words.remove(0);
        Ok(Launch { program, args: words, format: Format::FirstUrl, install: None })
    }

    /// The command line as a person would type it (for messages).
    pub fn display(&self) -> String {
        std::iter::once(&self.program).chain(&self.args).map(|w| quote(w)).collect::<Vec<_>>().join(" ")
    }
}

/// The address a tunnel tool connects to: the listener's own, loopback when it listens on all.
fn local_host(addr: SocketAddr) -> String {
    match addr.ip() {
        ip if ip.is_unspecified() || ip.is_loopback() => "127.0.0.1".into(),
        std::net::IpAddr::V6(ip) => format!("[{ip}]"),
        ip => ip.to_string(),
    }
}

fn quote(w: &str) -> String {
    if !w.is_empty() && w.chars().all(|c| c.is_ascii_alphanumeric() || "-_./:=@{}[]".contains(c)) {
        w.to_string()
    } else {
        format!("'{}'", w.replace('\'', r"'\''"))
    }
}

/// Splits a command line into words: whitespace separates, single quotes keep everything,
/// double quotes keep all but `\"` and `\\`, a backslash outside quotes escapes one character.
pub fn split(s: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            c if c.is_whitespace() => {
                if let Some(w) = word.take() {
                    words.push(w);
                }
            }
            '\'' => {
                let w = word.get_or_insert_with(String::new);
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => w.push(c),
                        None => return Err("unclosed single quote in --tunnel-command".into()),
                    }
                }
            }
            '"' => {
                let w = word.get_or_insert_with(String::new);
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c @ ('"' | '\\' | '$' | '`')) => w.push(c),
                            Some(c) => {
                                w.push('\\');
                                w.push(c);
                            }
                            None => return Err("unclosed double quote in --tunnel-command".into()),
                        },
                        Some(c) => w.push(c),
                        None => return Err("unclosed double quote in --tunnel-command".into()),
                    }
                }
            }
            '\\' => match chars.next() {
                Some(c) => word.get_or_insert_with(String::new).push(c),
                None => return Err("--tunnel-command ends with a backslash".into()),
            },
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addr(s: &str) -> SocketAddr {
        s.parse().unwrap()
    }

    #[test]
    fn presets_run_the_documented_command_lines() {
        let a = addr("127.0.0.1:9000");
        let l = Launch::preset(Preset::Cloudflared, a, None);
        assert_eq!(l.display(), "cloudflared tunnel --url http://127.0.0.1:9000 --no-autoupdate");
        let l = Launch::preset(Preset::Ngrok, a, None);
        assert_eq!(l.display(), "ngrok http 9000 --log stdout --log-format json");
        let l = Launch::preset(Preset::Bore, addr("0.0.0.0:9000"), Some("bore.example.com"));
        assert_eq!(l.display(), "bore local 9000 --to bore.example.com");
        let l = Launch::preset(Preset::Bore, addr("10.0.0.2:9000"), Some("b"));
        assert_eq!(l.args, ["local", "9000", "--to", "b", "--local-host", "10.0.0.2"]);
    }

    #[test]
    fn custom_commands_split_like_a_shell() {
        let l = Launch::custom(r#"ssh -R "80:localhost:{port}" 'serveo.net' a\ b"#, addr("127.0.0.1:81"))
            .unwrap();
        assert_eq!(l.program, "ssh");
        assert_eq!(l.args, ["-R", "80:localhost:81", "serveo.net", "a b"]);
        assert_eq!(split(r#"a "b \"c\" \x" '' d"#).unwrap(), ["a", r#"b "c" \x"#, "", "d"]);
        assert!(split("a 'b").is_err());
        assert!(split("a \"b").is_err());
        assert!(Launch::custom("   ", addr("127.0.0.1:1")).is_err());
    }
}
