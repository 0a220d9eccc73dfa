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
    restore_cursor_on_ctrl_c();
    dialoguer::Confirm::new().with_prompt(question).default(false).interact().map_err(prompt_error)
}

/// Before a prompt: Ctrl-C then shows the cursor again (dialoguer hides it in a selection and
/// the signal would otherwise end the process with it hidden) and exits 130. Installed once;
/// it stays for the rest of the command, which only ever follows a prompt with a request.
pub fn restore_cursor_on_ctrl_c() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        if let Ok(rt) = tokio::runtime::Handle::try_current() {
            rt.spawn(async {
                if tokio::signal::ctrl_c().await.is_ok() {
                    // What console's Term::show_cursor writes; a newline ends the half-typed answer.
                    eprintln!("\x1b[?25h");
                    std::process::exit(130);
                }
            });
        }
    });
}

pub fn prompt_error(e: dialoguer::Error) -> Error {
    Error::input(format!("could not read the answer: {e}"))
}

pub fn prompt_secret(question: &str) -> Result<Secret> {
    restore_cursor_on_ctrl_c();
    let v = dialoguer::Password::new()
        .with_prompt(question)
        .interact()
        .map_err(|e| Error::input(format!("could not read the secret: {e}")))?;
    if v.is_empty() {
        return Err(Error::input("the secret is empty"));
    }
    Ok(Secret::new(v))
}
