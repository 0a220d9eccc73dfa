//! Reading a tunnel tool's public URL from its output, one line at a time, in each tool's own
//! format (the formats are quoted in the tests below and in tests/fixtures/tunnel/relay.py).

/// How a tool announces its public URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// cloudflared prints a box on stderr: a line "Your quick Tunnel has been created! …", then
    /// the URL (`https://WORDS.trycloudflare.com`) on the next line.
    Cloudflared,
    /// ngrok's JSON log (`--log-format json`): the record with `"msg":"started tunnel"` has `"url"`.
    Ngrok,
    /// bore logs `listening at SERVER:PORT`; the tunnel is plain TCP, so `http://SERVER:PORT`.
    Bore,
    /// Anything else: the first `http://` or `https://` URL.
    FirstUrl,
}

/// Feeds lines until one gives the URL.
#[derive(Debug)]
pub struct UrlReader {
    format: Format,
    /// cloudflared: the box's headline was seen.
    in_box: bool,
}

impl UrlReader {
    pub fn new(format: Format) -> Self {
        UrlReader { format, in_box: false }
    }

    /// The public URL, when this line gives it.
    pub fn feed(&mut self, line: &str) -> Option<String> {
        let line = strip_ansi(line);
        match self.format {
            Format::Cloudflared => {
                if let Some(i) = line.find("quick Tunnel has been created") {
                    self.in_box = true;
                    return first_url(&line[i..]);
                }
                if self.in_box
                    && let Some(u) = first_url(&line)
                {
                    return Some(u);
                }
                // Without the box (other versions): the quick tunnel's own host, not the API's.
                first_url(&line).filter(|u| u.ends_with(".trycloudflare.com") && !u.contains("//api."))
            }
            Format::Ngrok => {
                let v: serde_json::Value = serde_json::from_str(line.trim()).ok()?;
                if v.get("msg")?.as_str()? != "started tunnel" {
                    return None;
                }
                let url = v.get("url")?.as_str()?;
                url::Url::parse(url).ok().map(|_| url.to_string())
            }
            Format::Bore => {
                let rest = &line[line.find("listening at ")? + "listening at ".len()..];
                let hostport = rest.split_whitespace().next()?;
                let url = format!("http://{hostport}");
                url::Url::parse(&url).ok().filter(|u| u.port().is_some()).map(|_| url)
            }
            Format::FirstUrl => first_url(&line),
        }
    }
}

/// The first well-formed http(s) URL in a line.
pub fn first_url(line: &str) -> Option<String> {
    let mut rest = line;
    loop {
        let i = match (rest.find("http://"), rest.find("https://")) {
            (Some(a), Some(b)) => a.min(b),
            (Some(a), None) | (None, Some(a)) => a,
            (None, None) => return None,
        };
        let tail = &rest[i..];
        let end = tail.find(|c: char| c.is_whitespace() || "\"'<>|`,;)]}".contains(c)).unwrap_or(tail.len());
        let candidate = tail[..end].trim_end_matches(['.', ':']);
        if let Ok(u) = url::Url::parse(candidate)
            && u.host_str().is_some_and(|h| !h.is_empty())
        {
            return Some(candidate.to_string());
        }
        rest = &tail[4..];
    }
}

/// Drops ANSI colour sequences (some tools colour their logs even into a pipe).
fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' && chars.peek() == Some(&'[') {
            chars.next();
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(format: Format, text: &str) -> Option<String> {
        let mut r = UrlReader::new(format);
        text.lines().find_map(|l| r.feed(l))
    }

    #[test]
    fn cloudflared_box() {
        // cloudflared's quick tunnel banner (cmd/cloudflared/tunnel/quick_tunnel.go), on stderr.
        let out = "\
2026-11-30T08:00:00Z INF Thank you for trying Cloudflare Tunnel. … https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/do-more-with-tunnels/trycloudflare
2026-11-30T08:00:00Z INF Requesting new quick Tunnel on trycloudflare.com...
2026-11-30T08:00:01Z INF +--------------------------------------------------------------------------------------------+
2026-11-30T08:00:01Z INF |  Your quick Tunnel has been created! Visit it at (it may take some time to be reachable):  |
2026-11-30T08:00:01Z INF |  https://gentle-river-words-here.trycloudflare.com                                        |
2026-11-30T08:00:01Z INF +--------------------------------------------------------------------------------------------+";
        assert_eq!(
            read(Format::Cloudflared, out).as_deref(),
            Some("https://gentle-river-words-here.trycloudflare.com")
        );
        let err = r#"2026-11-30T08:00:00Z ERR failed to request quick Tunnel: Post "https://api.trycloudflare.com/tunnel": dial tcp: i/o timeout"#;
        assert_eq!(read(Format::Cloudflared, err), None);
        assert_eq!(
            read(Format::Cloudflared, "\x1b[32mINF\x1b[0m https://a-b.trycloudflare.com").as_deref(),
            Some("https://a-b.trycloudflare.com")
        );
    }

    #[test]
    fn ngrok_json_log() {
        let out = r#"{"lvl":"info","msg":"no configuration paths supplied","t":"2026-11-30T08:00:00Z"}
{"addr":"http://localhost:9000","lvl":"info","msg":"started tunnel","name":"command_line","obj":"tunnels","t":"2026-11-30T08:00:01Z","url":"https://ab12-203-0-113-7.ngrok-free.app"}"#;
        assert_eq!(read(Format::Ngrok, out).as_deref(), Some("https://ab12-203-0-113-7.ngrok-free.app"));
        assert_eq!(read(Format::Ngrok, r#"{"msg":"started tunnel"}"#), None);
    }

    #[test]
    fn bore_log() {
        // bore's client (src/client.rs): info!("listening at {to}:{remote_port}") via tracing.
        let out = "2026-11-30T08:00:00.000000Z  INFO bore_cli::client: connected to server remote_port=41234\n\
                   2026-11-30T08:00:00.000000Z  INFO bore_cli::client: listening at bore.pub:41234";
        assert_eq!(read(Format::Bore, out).as_deref(), Some("http://bore.pub:41234"));
    }

    #[test]
    fn first_url_in_any_output() {
        assert_eq!(first_url("relay up at <http://127.0.0.1:5/>.").as_deref(), Some("http://127.0.0.1:5/"));
        assert_eq!(
            first_url("see http:// nothing, then https://x.example:8443/a"),
            Some("https://x.example:8443/a".into())
        );
        assert_eq!(first_url("no url here"), None);
    }
}
