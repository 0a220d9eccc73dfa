//! `hookctl sign`: the signature the server would put in `X-Scope-Hmac-Sha256`.

use std::path::PathBuf;

use serde_json::json;

use crate::commands::args::SecretArgs;
use crate::error::{Error, Exit, Result};
use crate::input;
use crate::output::{self, Ctx, Render};
use crate::signing::{self, SIGNATURE_HEADER};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The exact payload bytes to sign: a file, or - for standard input.
    #[arg(long, short = 'd', value_name = "FILE")]
    pub data: PathBuf,
    /// Print the whole `X-Scope-Hmac-Sha256: …` header line.
    #[arg(long)]
    pub header: bool,
    #[command(flatten)]
    pub secret: SecretArgs,
}

struct Signature {
    value: String,
    header: bool,
    bytes: u64,
}

impl Render for Signature {
    fn json(&self) -> serde_json::Value {
        json!({ "header": SIGNATURE_HEADER, "signature": self.value, "bytes": self.bytes })
    }
    fn text(&self) -> String {
        if self.header { format!("{SIGNATURE_HEADER}: {}", self.value) } else { self.value.clone() }
    }
}

pub async fn run(args: Args, ctx: &Ctx) -> Result<Exit> {
    if args.data.as_os_str() == "-" && args.secret.secret_file.as_deref() == Some(std::path::Path::new("-")) {
        return Err(Error::usage("--data - and --secret-file - cannot both read standard input"));
    }
    let secret = args.secret.require(ctx, "signing")?;
    let path = args.data.clone();
    // Stream the file: a 64 MiB payload needs no 64 MiB buffer.
    let (value, bytes) = tokio::task::spawn_blocking(move || -> Result<(String, u64)> {
        let reader = input::open(&path)?;
        let mut counter = input::CountingReader::new(reader);
        let sig = signing::sign_reader(secret.as_bytes(), &mut counter).map_err(|e| Error::file(&path, e))?;
        Ok((sig, counter.count()))
    })
    .await
    .map_err(|e| Error::internal(format!("signing task failed: {e}")))??;
    output::emit(ctx, &Signature { value, header: args.header, bytes });
    Ok(Exit::Ok)
}
