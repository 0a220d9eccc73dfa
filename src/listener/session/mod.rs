//! Session subscriptions' identity: who created a temporary subscription, written into its name
//! (`hookctl-listen <host> <pid> <start time>`), read back exactly, and whether that process
//! still runs. Nothing here talks to an API: `commands::listen::session` creates and deletes.

mod process;

use chrono::{DateTime, SecondsFormat, Utc};

pub use process::{hostname, is_running, start_time};

use crate::secret::Secret;

/// The first word of every session subscription's name.
pub const PREFIX: &str = "hookctl-listen";
/// How far a process's start time may be from the one in the name (clock-tick rounding and
/// the boot time's own jitter) and still be the same process.
const START_SLACK_SECS: i64 = 2;

/// The `hookctl listen` process a session subscription belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owner {
    pub host: String,
    pub pid: u32,
    pub started: DateTime<Utc>,
}

/// What became of a subscription's owner, seen from this host.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Its process runs on this host (same pid, same start time).
    Running,
    /// On this host, and its process is gone (or the pid now belongs to another process).
    Gone,
    /// Created on another host: this one cannot tell.
    OtherHost,
}

impl State {
    pub fn label(self) -> &'static str {
        match self {
            State::Running => "running",
            State::Gone => "gone",
            State::OtherHost => "other host",
        }
    }
}

impl Owner {
    /// This process.
    pub fn current() -> Owner {
        let pid = std::process::id();
        let started = start_time(pid).unwrap_or_else(Utc::now);
        Owner { host: hostname(), pid, started: trim(started) }
    }

    /// `hookctl-listen <host> <pid> <RFC 3339 start time>`.
    pub fn name(&self) -> String {
        format!(
            "{PREFIX} {} {} {}",
            self.host,
            self.pid,
            self.started.to_rfc3339_opts(SecondsFormat::Secs, true)
        )
    }

    /// The owner named by `name`, only when the whole name is exactly that pattern (so no
    /// subscription hookctl did not create is ever taken for one of its own).
    pub fn parse(name: &str) -> Option<Owner> {
        let mut words = name.split(' ');
        let (prefix, host, pid, started) = (words.next()?, words.next()?, words.next()?, words.next()?);
        if prefix != PREFIX || words.next().is_some() || host.is_empty() {
            return None;
        }
        if !pid.bytes().all(|b| b.is_ascii_digit()) || pid.starts_with('0') {
            return None;
        }
        let started = DateTime::parse_from_rfc3339(started).ok()?.with_timezone(&Utc);
        let owner = Owner { host: host.to_string(), pid: pid.parse().ok()?, started };
        // Only the canonical spelling counts (what `name` writes).
        (owner.name() == name).then_some(owner)
    }

    /// Whether this owner's process still runs; `host` is this machine's name.
    pub fn state(&self, host: &str) -> State {
        if self.host != host {
            return State::OtherHost;
        }
        if !is_running(self.pid) {
            return State::Gone;
        }
        match start_time(self.pid) {
            // A reused pid: another process started at another time.
            Some(t) if (t - self.started).num_seconds().abs() > START_SLACK_SECS => State::Gone,
            _ => State::Running,
        }
    }
}

fn trim(t: DateTime<Utc>) -> DateTime<Utc> {
    DateTime::from_timestamp(t.timestamp(), 0).unwrap_or(t)
}

/// A fresh shared secret: 32 random bytes, base64.
pub fn fresh_secret() -> Secret {
    use base64::Engine as _;
    let bytes: [u8; 32] = rand::random();
    Secret::new(base64::engine::general_purpose::STANDARD.encode(bytes))
}

/// The query parameter that carries the owner's name in a Sentera callback URL (Sentera's
/// subscriptions have no name field).
pub const URL_PARAM: &str = "hookctl-listen";

/// `url` with the owner's name as a query parameter.
pub fn tag_url(url: &str, owner: &Owner) -> String {
    match url::Url::parse(url) {
        Ok(mut u) => {
            u.query_pairs_mut().append_pair(URL_PARAM, &owner.name());
            u.to_string()
        }
        Err(_) => url.to_string(),
    }
}

/// The owner a tagged callback URL names, if it is exactly one of ours.
pub fn url_owner(url: &str) -> Option<Owner> {
    let u = url::Url::parse(url).ok()?;
    let mut tags = u.query_pairs().filter(|(k, _)| k == URL_PARAM);
    let (_, name) = tags.next()?;
    if tags.next().is_some() {
        return None;
    }
    Owner::parse(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owner() -> Owner {
        Owner { host: "box".into(), pid: 4242, started: "2026-11-30T08:00:01Z".parse().unwrap() }
    }

    #[test]
    fn names_round_trip_and_only_exact_ones_parse() {
        let o = owner();
        assert_eq!(o.name(), "hookctl-listen box 4242 2026-11-30T08:00:01Z");
        assert_eq!(Owner::parse(&o.name()), Some(o));
        for not_ours in [
            "hookctl-listen box 4242",
            "hookctl-listen box 4242 2026-11-30T08:00:01Z extra",
            "hookctl-listen  box 4242 2026-11-30T08:00:01Z",
            "hookctl-listen box 04242 2026-11-30T08:00:01Z",
            "hookctl-listen box -1 2026-11-30T08:00:01Z",
            "hookctl-listen box 4242 2026-11-30T08:00:01+00:00",
            "hookctl-listen box 4242 yesterday",
            "my hookctl-listen box 4242 2026-11-30T08:00:01Z",
            "Hookctl-listen box 4242 2026-11-30T08:00:01Z",
            "users",
        ] {
            assert_eq!(Owner::parse(not_ours), None, "{not_ours}");
        }
    }

    #[test]
    fn this_process_runs_and_others_are_told_apart() {
        let me = Owner::current();
        assert_eq!(Owner::parse(&me.name()), Some(me.clone()));
        assert_eq!(me.state(&me.host), State::Running);
        assert_eq!(me.state("elsewhere"), State::OtherHost);
        // The same pid with another start time is a reused pid.
        let reused = Owner { started: me.started - chrono::Duration::hours(1), ..me.clone() };
        assert_eq!(reused.state(&me.host), State::Gone);
        let gone = Owner { pid: u32::MAX - 1, ..me.clone() };
        assert_eq!(gone.state(&me.host), State::Gone);
    }

    #[test]
    fn callback_urls_carry_the_owner() {
        let tagged = tag_url("https://t.example/hooks", &owner());
        assert!(tagged.starts_with("https://t.example/hooks?hookctl-listen="), "{tagged}");
        assert_eq!(url_owner(&tagged), Some(owner()));
        assert_eq!(url_owner("https://t.example/hooks"), None);
        assert_eq!(url_owner("https://t.example/hooks?hookctl-listen=someone"), None);
    }

    #[test]
    fn secrets_are_fresh_32_bytes() {
        use base64::Engine as _;
        let (a, b) = (fresh_secret(), fresh_secret());
        assert_ne!(a, b);
        assert_eq!(base64::engine::general_purpose::STANDARD.decode(a.expose()).unwrap().len(), 32);
    }
}
