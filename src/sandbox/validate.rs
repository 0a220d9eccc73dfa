//! Field checks the sandbox runs when a subscription is saved. Each answers the message of a
//! `UserError`; the caller names the field.

use std::net::IpAddr;

use url::{Host, Url};

/// A required, non-blank name of reasonable length.
pub fn name(s: &str) -> Result<(), String> {
    if s.trim().is_empty() {
        return Err("can't be blank".into());
    }
    if s.chars().count() > 255 {
        return Err("is too long (at most 255 characters)".into());
    }
    Ok(())
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Domain(d)) => {
            d.eq_ignore_ascii_case("localhost") || d.to_ascii_lowercase().ends_with(".localhost")
        }
        Some(Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

/// An absolute https URL. The sandbox also accepts http for loopback hosts (127.0.0.0/8,
/// localhost, ::1) so receivers on the same machine work without TLS.
pub fn callback_url(s: &str) -> Result<(), String> {
    if s.trim().is_empty() {
        return Err("can't be blank".into());
    }
    let url = Url::parse(s.trim()).map_err(|e| format!("is not a valid URL ({e}): {s:?}"))?;
    if url.host().is_none() {
        return Err(format!("has no host: {s:?}"));
    }
    match url.scheme() {
        "https" => Ok(()),
        "http" if is_loopback(&url) => Ok(()),
        "http" => Err(format!(
            "must use https: {s:?} (the sandbox allows http only for loopback hosts such as 127.0.0.1 and localhost)"
        )),
        other => Err(format!("must be an https URL, not {other}: {s:?}")),
    }
}

/// A Liquid template that parses with the engine deliveries use; the message carries the location.
pub fn liquid_template(src: &str) -> Result<(), String> {
    crate::templates::parse(src).map(drop).map_err(|e| format!("is not a valid Liquid template: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert!(name("Test").is_ok());
        assert_eq!(name("  ").unwrap_err(), "can't be blank");
        assert!(name(&"x".repeat(256)).is_err());
    }

    #[test]
    fn urls() {
        assert!(callback_url("https://example.com/hook").is_ok());
        assert!(callback_url("http://127.0.0.1:8080/hook").is_ok());
        assert!(callback_url("http://127.1.2.3/").is_ok());
        assert!(callback_url("http://localhost:9/x").is_ok());
        assert!(callback_url("http://[::1]:9/x").is_ok());
        assert!(callback_url("http://example.com/hook").unwrap_err().contains("must use https"));
        assert!(callback_url("ftp://example.com/").unwrap_err().contains("https"));
        assert!(callback_url("not a url").unwrap_err().contains("not a valid URL"));
        assert!(callback_url("").unwrap_err().contains("blank"));
    }

    #[test]
    fn templates() {
        assert!(liquid_template("{% if data.node.name != 'x' %}true{% else %}false{% endif %}").is_ok());
        assert!(liquid_template("{{ data | json }}").is_ok());
        let e = liquid_template("{% if %}").unwrap_err();
        assert!(e.contains("Liquid"), "{e}");
        let e = liquid_template("hello\n{{ name ").unwrap_err();
        assert!(e.contains("2"), "the location is named: {e}");
    }
}
