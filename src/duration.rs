//! Parsing durations given on the command line: `5`, `5s`, `500ms`, `2m`, `1h`, `7d`.

use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::error::{Error, Result};

/// Parses a duration; a bare number means seconds.
pub fn parse(s: &str) -> std::result::Result<Duration, String> {
    let s = s.trim();
    let split = s.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let n: f64 = num.parse().map_err(|_| format!("`{s}` is not a duration (try 5s, 500ms, 2m)"))?;
    let secs = match unit.trim() {
        "" | "s" | "sec" | "secs" => n,
        "ms" => n / 1000.0,
        "m" | "min" | "mins" => n * 60.0,
        "h" | "hour" | "hours" => n * 3600.0,
        "d" | "day" | "days" => n * 86400.0,
        "w" | "week" | "weeks" => n * 604_800.0,
        other => return Err(format!("unknown unit `{other}` in `{s}` (use ms, s, m, h, d or w)")),
    };
    if !secs.is_finite() || secs < 0.0 {
        return Err(format!("`{s}` is not a valid duration"));
    }
    Ok(Duration::from_secs_f64(secs))
}

/// A `--since`-style time as given: a moment, or an age counted back from "now" (whose "now"
/// depends on the server: see `commands::args::resolve`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    At(DateTime<Utc>),
    Ago(Duration),
}

impl When {
    /// Parses RFC 3339, a date (midnight UTC) or an age (`2h`, `7d`, `3w`: [`parse`]'s units).
    pub fn parse(flag: &str, raw: &str) -> Result<When> {
        let s = raw.trim();
        if let Ok(t) = DateTime::parse_from_rfc3339(s) {
            return Ok(When::At(t.with_timezone(&Utc)));
        }
        if let Ok(d) = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            return Ok(When::At(d.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc()));
        }
        // An age: the same grammar as every other duration (`parse`), but with a unit.
        let has_unit = s.ends_with(|c: char| c.is_ascii_alphabetic());
        match parse(s).ok().filter(|_| has_unit) {
            Some(age) => Ok(When::Ago(age)),
            None => Err(Error::usage(format!("{flag}: cannot read {raw:?} as a time")).with_hint(
                "use RFC 3339 (2024-05-01T12:00:00Z), a date (2024-05-01) or an age (30m, 2h, 7d, 2w)",
            )),
        }
    }

    /// The moment, counting an age back from `now`.
    pub fn before(self, flag: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>> {
        match self {
            When::At(t) => Ok(t),
            When::Ago(age) => chrono::TimeDelta::from_std(age)
                .ok()
                .and_then(|d| now.checked_sub_signed(d))
                .ok_or_else(|| Error::usage(format!("{flag}: {} ago is too far back", age.as_secs()))),
        }
    }
}

/// Parses `--since`-style times: RFC 3339, a date (midnight UTC), or an age like `2h` / `7d`,
/// counted back from this machine's clock.
pub fn parse_since(flag: &str, raw: &str) -> Result<DateTime<Utc>> {
    parse_since_at(flag, raw, Utc::now())
}

fn parse_since_at(flag: &str, raw: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>> {
    When::parse(flag, raw)?.before(flag, now)
}

/// An optional `--since`-style flag: parsed now (a bad value is a usage error before anything
/// is sent), resolved later against a clock
/// ([`When::before`]; the commands use the server's, see `commands::args::resolve`).
pub fn parse_when(flag: &str, raw: Option<&str>) -> Result<Option<When>> {
    raw.map(|r| When::parse(flag, r)).transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units() {
        assert_eq!(parse("5").unwrap(), Duration::from_secs(5));
        assert_eq!(parse("500ms").unwrap(), Duration::from_millis(500));
        assert_eq!(parse("2m").unwrap(), Duration::from_secs(120));
        assert_eq!(parse("1.5s").unwrap(), Duration::from_millis(1500));
        assert!(parse("abc").is_err());
        assert!(parse("5y").is_err());
    }

    #[test]
    fn one_grammar_for_durations_and_ages() {
        let now: DateTime<Utc> = "2024-05-22T12:00:00Z".parse().unwrap();
        assert_eq!(parse("3w").unwrap(), Duration::from_secs(3 * 604_800));
        assert_eq!(parse_since_at("--since", "3w", now).unwrap().to_rfc3339(), "2024-05-01T12:00:00+00:00");
        for bad in ["5y", "abc"] {
            assert!(parse(bad).is_err() && parse_since_at("--since", bad, now).is_err(), "{bad}");
        }
    }

    #[test]
    fn since_forms() {
        let now: DateTime<Utc> = "2024-05-10T12:00:00Z".parse().unwrap();
        let p = |s| parse_since_at("--since", s, now).map(|t| t.to_rfc3339());
        assert_eq!(p("2h").unwrap(), "2024-05-10T10:00:00+00:00");
        assert_eq!(p("7d").unwrap(), "2024-05-03T12:00:00+00:00");
        assert_eq!(p("30m").unwrap(), "2024-05-10T11:30:00+00:00");
        assert_eq!(p("2024-05-01").unwrap(), "2024-05-01T00:00:00+00:00");
        assert_eq!(p("2024-05-01T01:00:00+02:00").unwrap(), "2024-04-30T23:00:00+00:00");
        assert!(p("yesterday").is_err());
        assert!(p("5y").is_err());
    }
}
