//! `hookctl verify`: does a payload's signature match the shared secret?

use std::path::PathBuf;

use serde_json::json;

use crate::commands::args::SecretArgs;
use crate::error::{Error, Exit, Result};
use crate::input;
use crate::output::{self, Ctx, Render};
use crate::signing::{self, SIGNATURE_HEADER};

#[derive(Debug, clap::Args)]
#[command(after_help = "Exit status: 0 valid, 1 invalid, 3 unusable input.")]
pub struct Args {
    /// The exact payload bytes: a file, or - for standard input.
    #[arg(long, short = 'd', value_name = "FILE")]
    pub data: PathBuf,
    /// The signature to check (the `X-Scope-Hmac-Sha256` value).
    #[arg(
        long,
        short = 's',
        value_name = "SIG",
        required_unless_present = "headers",
        conflicts_with = "headers"
    )]
    pub signature: Option<String>,
    /// A file holding the request headers (`Name: value` lines, a JSON object, or a `listen --save` line).
    #[arg(long, value_name = "FILE")]
    pub headers: Option<PathBuf>,
    #[command(flatten)]
    pub secret: SecretArgs,
}

struct Verdict {
    valid: bool,
}

impl Render for Verdict {
    fn json(&self) -> serde_json::Value {
        json!({ "valid": self.valid })
    }
    fn text(&self) -> String {
        if self.valid {
            "valid".into()
        } else {
            "invalid: the signature does not match this payload and secret".into()
        }
    }
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<Exit> {
    let stdin_uses = [Some(args.data.as_path()), args.headers.as_deref(), args.secret.secret_file.as_deref()]
        .iter()
        .filter(|p| p.is_some_and(|p| p.as_os_str() == "-"))
        .count();
    if stdin_uses > 1 {
        return Err(Error::usage(
            "only one of --data, --headers and --secret-file can read standard input (-)",
        ));
    }
    let signature = match (&args.signature, &args.headers) {
        (Some(s), _) => s.clone(),
        (None, Some(path)) => signature_from_headers(&input::read_text(path)?).ok_or_else(|| {
            Error::input(format!("{} has no {SIGNATURE_HEADER} header", input::display(path)))
                .with_hint("the request was probably sent without a shared secret")
        })?,
        (None, None) => unreachable!("clap requires --signature or --headers"),
    };
    let secret = args.secret.require(ctx, "verifying")?;
    let data = input::read_bytes(&args.data)?;
    let valid = signing::verify(secret.as_bytes(), &data, &signature)
        .map_err(|e| Error::input(format!("cannot check the signature: {e}")))?;
    output::emit(ctx, &Verdict { valid });
    Ok(if valid { Exit::Ok } else { Exit::Negative })
}

/// Finds the signature in a header dump: `Name: value` lines (as `curl -D` writes), a JSON object
/// of headers, or a capture line (`{"headers": {...}}`). Names match case-insensitively.
pub fn signature_from_headers(text: &str) -> Option<String> {
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(text.trim()) {
        let obj = value.get("headers").unwrap_or(&value).as_object()?;
        return obj.iter().find(|(k, _)| k.eq_ignore_ascii_case(SIGNATURE_HEADER)).and_then(
            |(_, v)| match v {
                serde_json::Value::String(s) => Some(s.clone()),
                serde_json::Value::Array(a) => a.first().and_then(|v| v.as_str()).map(str::to_string),
                _ => None,
            },
        );
    }
    text.lines().find_map(|line| {
        let (name, value) = line.split_once(':')?;
        name.trim().eq_ignore_ascii_case(SIGNATURE_HEADER).then(|| value.trim().to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::signature_from_headers;

    #[test]
    fn finds_signature_in_each_format() {
        assert_eq!(
            signature_from_headers("HTTP/1.1 200 OK\r\nx-scope-hmac-sha256: abc=\r\n").as_deref(),
            Some("abc=")
        );
        assert_eq!(signature_from_headers(r#"{"X-Scope-Hmac-Sha256":"abc="}"#).as_deref(), Some("abc="));
        assert_eq!(
            signature_from_headers(r#"{"headers":{"x-scope-hmac-sha256":"abc="}}"#).as_deref(),
            Some("abc=")
        );
        assert_eq!(signature_from_headers("Content-Type: x\n"), None);
    }
}
