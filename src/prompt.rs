//! Asking the user on a terminal (dialoguer), and refusing to when there is none.

use crate::error::{Error, Result};
use crate::output::Ctx;
use crate::secret::Secret;

/// Asks before a destructive step: `--yes` skips it; without a terminal, `--yes` is required.
pub fn confirm(ctx: &Ctx, yes: bool, question: &str) -> Result<bool> {
    if yes {
        return Ok(true);
    }
    if !ctx.interactive {
        return Err(Error::usage("refusing to delete without confirmation when not interactive")
            .with_hint("add --yes to confirm"));
    }
    dialoguer::Confirm::new().with_prompt(question).default(false).interact().map_err(prompt_error)
}

pub fn prompt_error(e: dialoguer::Error) -> Error {
    Error::input(format!("could not read the answer: {e}"))
}

pub fn prompt_secret(question: &str) -> Result<Secret> {
    let v = dialoguer::Password::new()
        .with_prompt(question)
        .interact()
        .map_err(|e| Error::input(format!("could not read the secret: {e}")))?;
    if v.is_empty() {
        return Err(Error::input("the secret is empty"));
    }
    Ok(Secret::new(v))
}
