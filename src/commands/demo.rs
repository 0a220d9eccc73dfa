//! `hookctl demo`: the whole webhook life cycle on a throw-away sandbox and listener, both
//! in-process on free loopback ports, over real HTTP. Needs no configuration.

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tokio::sync::broadcast;

use crate::api::scope::deliveries::{self, Delivery};
use crate::api::scope::subscriptions::{self as subs, NewSubscription};
use crate::api::scope::{errors as api_errors, sandbox as api_sandbox};
use crate::api::{Client, ClientOptions};
use crate::commands::sandbox::advance_by;
use crate::error::{Error, Exit, Result};
use crate::listener::{self, Capture};
use crate::output::{self, Ctx, Render, Shown};
use crate::sandbox::{self, SandboxConfig};
use crate::secret::Secret;

#[derive(Debug, clap::Args)]
#[command(after_help = "Runs in a few seconds; everything it starts is stopped and removed at the end.\n\
    With --output json it prints one JSON line per step and note.")]
pub struct Args {
    /// Keep the sandbox and listener running after the tour (Ctrl-C to stop), to explore them.
    #[arg(long)]
    pub keep: bool,
}

/// The guide's example: only users not named "Alain Bloch", with just their name as the body.
const QUERY: &str = "query($nodeId: ID!) { node(id: $nodeId) { ... on User { name } } }";
const VALIDATION: &str = "{% if data.node.name != \"Alain Bloch\" %}true{% else %}false{% endif %}";
const TEMPLATE: &str = "{\"name\": \"{{ data.node.name }}\"}";
const WAIT: Duration = Duration::from_secs(15);

/// Prints the tour: numbered steps and indented notes (or JSON lines).
struct Story<'a> {
    ctx: &'a Ctx,
    step: u32,
}

impl Story<'_> {
    fn step(&mut self, title: &str) {
        self.step += 1;
        let head = self.ctx.paint("1", &format!("{}. {title}", self.step));
        let json = json!({"event": "step", "step": self.step, "title": title});
        output::emit_line(self.ctx, &Shown { json, text: format!("\n{head}\n") });
    }

    fn note(&self, text: impl AsRef<str>) {
        self.note_with(text, json!({}));
    }

    /// A note whose JSON line also carries `fields` (ids, statuses, counts) for scripts.
    fn note_with(&self, text: impl AsRef<str>, fields: Value) {
        let indented = text
            .as_ref()
            .lines()
            .map(|l| if l.is_empty() { "\n".into() } else { format!("   {l}\n") })
            .collect();
        let mut json = json!({"event": "note", "step": self.step, "text": text.as_ref()});
        if let (Some(obj), Value::Object(extra)) = (json.as_object_mut(), fields) {
            obj.extend(extra);
        }
        output::emit_line(self.ctx, &Shown { json, text: indented });
    }

    fn command(&self, cmd: &str) {
        self.note_with(self.ctx.paint("36", &format!("$ {cmd}")), json!({"command": cmd}));
    }
}

/// A temporary directory removed when dropped, even on error.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Result<TempDir> {
        let dir = std::env::temp_dir().join(format!(
            "hookctl-demo-{}-{:08x}",
            std::process::id(),
            rand::random::<u32>()
        ));
        std::fs::create_dir_all(&dir)
            .map_err(|e| Error::internal(format!("cannot create {}: {e}", dir.display())))?;
        Ok(TempDir(dir))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn random_hex(bytes: usize) -> String {
    (0..bytes).map(|_| format!("{:02x}", rand::random::<u8>())).collect()
}

pub async fn run(args: Args, term: &Ctx) -> Result<Exit> {
    // The story goes to stdout: coloured when stdout is a terminal (or with --color always).
    let ctx = &Ctx { color: term.stdout_color, ..term.clone() };
    let dir = TempDir::new()?;
    let mut story = Story { ctx, step: 0 };

    story.step("Start a sandbox: a local emulation of the Scope webhook API");
    // No fixed token: the sandbox writes one to `sandbox.db.token`, which `--keep` points to.
    let sandbox =
        sandbox::start(SandboxConfig { db: Some(dir.0.join("sandbox.db")), ..SandboxConfig::default() })
            .await?;
    let token = sandbox.token.clone();
    story.note_with(
        format!("GraphQL endpoint {} (SQLite database in a temporary directory)", sandbox.url),
        json!({"endpoint": sandbox.url}),
    );

    story.step("Start a listener: a local receiver that verifies every signature");
    let shared_secret = Secret::new(format!("demo-{}", random_hex(16)));
    let receiver = listener::start(listener::Config {
        path: "/hooks".into(),
        secret: Some(shared_secret.clone()),
        ..listener::Config::default()
    })
    .await?;
    let mut captures = receiver.subscribe();
    story.note_with(
        format!("callback URL {} (shared secret {shared_secret})", receiver.url()),
        json!({"callbackUrl": receiver.url()}),
    );

    let endpoint = url::Url::parse(&sandbox.url).map_err(|e| Error::internal(e.to_string()))?;
    let client = Client::new(
        ClientOptions {
            endpoint,
            token,
            timeout: Some(Duration::from_secs(30)),
            max_retries: 2,
            login_hint: "hookctl login".into(),
        },
        term,
    )?;

    story.step("Subscribe to user/created, with the guide's query and templates");
    story.command("hookctl subscriptions create --name 'New users' --topic user/created --callback-url … \\");
    story.note("    --query-file q.graphql --validation-template-file v.liquid --template-file t.liquid --secret-file s");
    let sub = subs::create(
        &client,
        NewSubscription {
            name: "New users".into(),
            topic: "user/created".into(),
            topic_version: None,
            content_type: None,
            callback_url: receiver.url(),
            integration_id: None,
            shared_secret: Some(shared_secret.clone()),
            query: Some(QUERY.into()),
            data_validation_template: Some(VALIDATION.into()),
            template: Some(TEMPLATE.into()),
            error_handling_template: None,
            disabled: false,
        },
    )
    .await?;
    // What `subscriptions create` prints: the subscription in full.
    story.note_with(
        crate::commands::subscriptions::View(sub.clone()).text().trim_end(),
        json!({"subscriptionId": sub.id, "webhookId": sub.webhook_id, "query": QUERY,
            "dataValidationTemplate": VALIDATION, "template": TEMPLATE}),
    );

    story.step("A user \"Ada Lovelace\" is created: the sandbox runs the query, renders, signs and POSTs");
    let ada = api_sandbox::create_node(&client, "User", json!({"name": "Ada Lovelace"})).await?;
    let delivery = only_delivery(&ada.deliveries)?;
    let capture = wait_capture(&mut captures, &delivery.job_id).await?;
    describe_capture(&story, &capture);

    story
        .step("A user \"Alain Bloch\" is created: the validation template renders false, so nothing is sent");
    let alain = api_sandbox::create_node(&client, "User", json!({"name": "Alain Bloch"})).await?;
    let skipped = wait_delivery(&client, &only_delivery(&alain.deliveries)?.id, |d| !d.is_pending()).await?;
    story.note_with(
        format!("delivery status: {}", paint_status(story.ctx, &skipped.status)),
        json!({"deliveryId": skipped.id, "jobId": skipped.job_id, "status": skipped.status}),
    );

    retries_and_recovery(&mut story, &client, &receiver, &sub.id).await?;

    story.step(
        "The test toggle delivers the topic's last node (the user \"Grace Hopper\") again, skipping the validation template",
    );
    story.command(&format!("hookctl subscriptions test {}", sub.id));
    let test = subs::test(&client, &sub.id).await?;
    let capture = wait_capture(&mut captures, &test.job_id).await?;
    describe_capture(&story, &capture);

    if args.keep {
        story.step("Still running: explore with another terminal (Ctrl-C here to stop)");
        let token_file = sandbox.token_file.as_ref().map(|p| p.display().to_string()).unwrap_or_default();
        story.note_with(
            format!(
                "export HOOKCTL_ENDPOINT={}\nexport HOOKCTL_TOKEN=\"$(cat '{token_file}')\"",
                sandbox.url
            ),
            json!({"endpoint": sandbox.url, "tokenFile": token_file, "callbackUrl": receiver.url()}),
        );
        let _ = tokio::signal::ctrl_c().await;
    }

    story.step("Clean up");
    receiver.shutdown().await;
    sandbox.shutdown().await?;
    drop(dir);
    story.note_with(
        "stopped the listener and the sandbox, removed the temporary directory",
        json!({"stopped": ["listener", "sandbox"], "removed": true}),
    );
    story.note("Next: `hookctl sandbox serve` and `hookctl listen` keep them running; see `hookctl --help`.");
    Ok(Exit::Ok)
}

/// The failing receiver: a recorded error and a retry, 21 days of retries on the sandbox clock,
/// auto-disable, and re-enabling once the receiver is fixed.
async fn retries_and_recovery(
    story: &mut Story<'_>,
    client: &Client,
    receiver: &listener::ListenerHandle,
    sub_id: &str,
) -> Result<()> {
    story.step(
        "The receiver breaks (HTTP 500) and a user \"Grace Hopper\" is created: the failure is recorded and a retry is scheduled",
    );
    receiver.set_status(500);
    let grace = api_sandbox::create_node(client, "User", json!({"name": "Grace Hopper"})).await?;
    let failing_id = only_delivery(&grace.deliveries)?.id.clone();
    let failing = wait_delivery(client, &failing_id, |d| d.attempts >= 1).await?;
    let errors = api_errors::list_page(client, sub_id, None, None).await?;
    story.command(&format!("hookctl errors list {}", sub_id));
    // What `errors list` prints: the same table.
    let mut table = output::table(&crate::commands::errors::LIST_HEADERS);
    for e in &errors.items {
        table.add_row(crate::commands::errors::list_row(e));
    }
    let listed: Vec<Value> = errors
        .items
        .iter()
        .map(|e| json!({"errorId": e.id, "attempt": e.attempt, "jobId": e.job_id, "message": e.message}))
        .collect();
    // Notes are indented by 3: the table fits in what is left of the width.
    let opts = output::table_options();
    let shown =
        table.render(&output::TableOptions { width: opts.width.map(|w| w.saturating_sub(3)), ..opts });
    story.note_with(shown, json!({"subscriptionId": sub_id, "errors": listed, "count": listed.len()}));
    if let Some(next) = &failing.next_attempt_at {
        story.note_with(
            format!(
                "delivery {} after attempt {}; next attempt at {next} (sandbox clock): retries follow Sidekiq's schedule, 25 over ~21 days",
                paint_status(story.ctx, &failing.status),
                failing.attempts
            ),
            json!({"deliveryId": failing.id, "jobId": failing.job_id, "status": failing.status,
                "attempts": failing.attempts, "nextAttemptAt": next}),
        );
    }

    story.step("21 days pass on the sandbox clock: every retry fails, and after 25 consecutive failures the subscription is disabled");
    story.command("hookctl sandbox clock advance 21d");
    let started = Instant::now();
    let advanced = advance_by(client, 21 * 86_400, &AtomicBool::new(false)).await?;
    story.note_with(advanced.text().trim_end(), advanced.json());
    let after = subs::get(client, sub_id).await?;
    let gave_up = deliveries::get(client, &failing_id).await?;
    let elapsed = started.elapsed().as_millis() as u64;
    story.note_with(
        format!(
            "delivery {} after {} attempts ({elapsed} ms of real time)",
            paint_status(story.ctx, &gave_up.status),
            gave_up.attempts,
        ),
        json!({"deliveryId": gave_up.id, "status": gave_up.status, "attempts": gave_up.attempts, "elapsedMs": elapsed}),
    );
    note_disabled(story, &after);

    story.step("The receiver is fixed; a CI job re-enables every disabled subscription");
    receiver.set_status(200);
    story.command("hookctl subscriptions enable --all-disabled --no-input");
    story.note("(sends the guide's updateWebhookSubscription(webhookSubscription: {id, disabled: false}))");
    subs::enable(client, sub_id).await?;
    let enabled = subs::get(client, sub_id).await?;
    story.note_with(
        format!("enabled {} ({})", enabled.id, enabled.name),
        json!({"subscriptionId": enabled.id, "name": enabled.name, "ok": true}),
    );
    note_disabled(story, &enabled);

    Ok(())
}

/// FAILED in red, SKIPPED in yellow, the rest as they are.
fn paint_status(ctx: &Ctx, status: &str) -> String {
    match status {
        "FAILED" => ctx.paint("31", status),
        "SKIPPED" => ctx.paint("33", status),
        _ => status.to_string(),
    }
}

fn note_disabled(story: &Story, sub: &subs::Subscription) {
    let state = if sub.disabled { story.ctx.paint("31", "true") } else { story.ctx.paint("32", "false") };
    story.note_with(
        format!(
            "subscription disabled: {state}{}",
            sub.disabled_reason.as_deref().map(|r| format!(" — {r}")).unwrap_or_default()
        ),
        json!({"subscriptionId": sub.id, "disabled": sub.disabled, "disabledReason": sub.disabled_reason}),
    );
}

fn only_delivery(deliveries: &[Delivery]) -> Result<&Delivery> {
    deliveries.first().ok_or_else(|| Error::internal("the sandbox queued no delivery for the new node"))
}

/// Waits for the capture of one notification (by job id).
async fn wait_capture(
    rx: &mut broadcast::Receiver<std::sync::Arc<Capture>>,
    job_id: &str,
) -> Result<std::sync::Arc<Capture>> {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        match tokio::time::timeout_at(deadline, rx.recv()).await {
            Ok(Ok(c)) if c.header("x-scope-webhook-job-id") == Some(job_id) => return Ok(c),
            Ok(Ok(_)) | Ok(Err(broadcast::error::RecvError::Lagged(_))) => continue,
            Ok(Err(broadcast::error::RecvError::Closed)) => {
                return Err(Error::internal("the listener stopped"));
            }
            Err(_) => {
                return Err(Error::internal(format!(
                    "no delivery of job {job_id} arrived within {} s",
                    WAIT.as_secs()
                )));
            }
        }
    }
}

/// Polls a delivery until `done` holds.
async fn wait_delivery(client: &Client, id: &str, done: impl Fn(&Delivery) -> bool) -> Result<Delivery> {
    let deadline = Instant::now() + WAIT;
    loop {
        let d = deliveries::get(client, id).await?;
        if done(&d) {
            return Ok(d);
        }
        if Instant::now() > deadline {
            return Err(Error::internal(format!(
                "delivery {id} is still {} after {} s",
                d.status,
                WAIT.as_secs()
            )));
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

fn describe_capture(story: &Story, c: &Capture) {
    let verified = match c.verified {
        Some(true) => story.ctx.paint("32", "signature verified ✓"),
        Some(false) => story.ctx.paint("31", "signature INVALID"),
        None => "unsigned".into(),
    };
    story.note_with(
        format!("received POST {} → {}  {verified}", c.path, c.status),
        json!({"jobId": c.header("x-scope-webhook-job-id"), "status": c.status, "verified": c.verified}),
    );
    for name in [
        "x-scope-topic",
        "x-scope-hmac-sha256",
        "x-scope-webhook-id",
        "x-scope-webhook-job-id",
        "x-scope-time",
    ] {
        if let Some(v) = c.header(name) {
            story.note_with(format!("{name}: {v}"), json!({"header": name, "value": v}));
        }
    }
    let body = c.body.clone().unwrap_or_default();
    let pretty = serde_json::from_str::<Value>(&body).map(|v| v.to_string()).unwrap_or(body);
    story.note_with(format!("body: {pretty}"), json!({"body": pretty}));
}
