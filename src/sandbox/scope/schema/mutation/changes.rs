//! Subscription changes (create and update share them) and node attribute checks.

use serde_json::{Map, Value};

use super::super::nodes::links;
use super::super::{UserError, Viewer, WebhookContentType, spawn_query_check};
use super::SubscriptionSettings;
use crate::global_id::{self as ids, Kind};
use crate::sandbox::scope::store::{self, SubscriptionRow};
use crate::sandbox::scope::topics;
use crate::sandbox::state::AppState;
use crate::sandbox::validate;

pub(super) struct Changes {
    pub(super) name: Option<String>,
    pub(super) topic: Option<String>,
    pub(super) topic_version: Option<String>,
    pub(super) content_type: Option<WebhookContentType>,
    pub(super) callback_url: Option<String>,
    pub(super) settings: SubscriptionSettings,
    pub(super) disabled: Option<bool>,
}

pub(super) fn not_found(what: &str) -> String {
    format!(
        "not found: no {what} with this id is visible to you (it does not exist, or belongs to another user or organization)"
    )
}

/// `""` clears an optional text field.
pub(super) fn optional_text(v: String) -> Option<String> {
    if v.is_empty() { None } else { Some(v) }
}

/// Validates `c` and applies it to `row`; answers the problems (nothing is saved when there are any).
pub(super) async fn apply(
    app: &std::sync::Arc<AppState>,
    v: &Viewer,
    row: &mut SubscriptionRow,
    c: Changes,
    now: i64,
) -> Vec<UserError> {
    let mut errors = Vec::new();
    if let Some(name) = c.name {
        match validate::name(&name) {
            Ok(()) => row.name = name.trim().to_string(),
            Err(m) => errors.push(UserError::on("name", m)),
        }
    }
    if c.topic.is_some() || c.topic_version.is_some() {
        errors.extend(set_topic(row, c.topic.as_deref(), c.topic_version.as_deref()));
    }
    if let Some(ct) = c.content_type {
        row.content_type = ct.as_str().to_string();
    }
    if let Some(url) = c.callback_url {
        match validate::callback_url(&url) {
            Ok(()) => row.callback_url = url.trim().to_string(),
            Err(m) => errors.push(UserError::on("callbackUrl", m)),
        }
    }
    if let Some(id) = c.settings.integration_id {
        errors.extend(set_integration(app, v, row, &id).await);
    }
    if let Some(secret) = c.settings.shared_secret {
        row.shared_secret = optional_text(secret);
    }
    for (field, value, slot) in [
        ("dataValidationTemplate", c.settings.data_validation_template, &mut row.data_validation_template),
        ("template", c.settings.template, &mut row.template),
        ("errorHandlingTemplate", c.settings.error_handling_template, &mut row.error_handling_template),
    ] {
        if let Some(src) = value {
            let src = optional_text(src);
            match src.as_deref().map(validate::liquid_template).unwrap_or(Ok(())) {
                Ok(()) => *slot = src,
                Err(m) => errors.push(UserError::on(field, m)),
            }
        }
    }
    if let Some(q) = c.settings.query {
        let q = optional_text(q).filter(|q| !q.trim().is_empty());
        if let Some(src) = &q {
            let check = spawn_query_check(app.clone(), v.clone(), src.clone()).await;
            match check {
                Ok(Ok(())) => {}
                Ok(Err(m)) => errors.push(UserError::on("query", m)),
                Err(e) => errors.push(UserError::on("query", format!("could not be checked: {e}"))),
            }
        }
        row.query = q;
    }
    match c.disabled {
        Some(true) if !row.disabled => {
            row.disabled = true;
            row.disabled_reason = Some(format!("disabled by {}", v.user_name));
            row.disabled_at = Some(now);
        }
        Some(false) if row.disabled => {
            row.disabled = false;
            row.disabled_reason = None;
            row.disabled_at = None;
            row.enabled_at = Some(now);
        }
        _ => {}
    }
    row.updated_at = now;
    errors
}

/// Sets the topic (and version) of `row`; a topic or version that does not exist is an error on
/// its field.
fn set_topic(row: &mut SubscriptionRow, topic: Option<&str>, version: Option<&str>) -> Option<UserError> {
    let key = topic.unwrap_or(&row.topic_key).trim().to_string();
    let version = version.filter(|v| !v.is_empty());
    match (topics::find(&key, None), topics::find(&key, version)) {
        (_, Some(t)) => {
            row.topic_key = t.key.clone();
            row.topic_version = t.version.to_string();
            None
        }
        (Some(t), None) => Some(UserError::on(
            "topicVersion",
            format!(
                "topic {} has no version {:?}; known versions: {}",
                t.key,
                version.unwrap_or(""),
                t.version
            ),
        )),
        (None, None) => {
            let hint = match topics::suggest(&key) {
                Some(s) => format!(" (did you mean {s:?}?)"),
                None => String::new(),
            };
            let msg = if key.is_empty() {
                "can't be blank".to_string()
            } else {
                format!(
                    "is not a known topic: {:?}{hint}; the webhookTopics query lists them",
                    topic.unwrap_or(&key)
                )
            };
            Some(UserError::on("topic", msg))
        }
    }
}

/// Sets (or with `""` clears) the integration of `row`: an integration node of the viewer's
/// organization.
async fn set_integration(
    app: &std::sync::Arc<AppState>,
    v: &Viewer,
    row: &mut SubscriptionRow,
    id: &str,
) -> Option<UserError> {
    if id.is_empty() {
        row.integration_id = None;
        return None;
    }
    let org = v.org_id;
    let found = match ids::decode_as(id, Kind::Integration) {
        Some(rid) => {
            app.db.read(move |c| store::find_node(c, org, Kind::Integration, rid)).await.ok().flatten()
        }
        None => None,
    };
    match found {
        Some(n) => {
            row.integration_id = Some(n.id);
            None
        }
        None => {
            Some(UserError::on("integrationId", "no integration with this id exists in your organization"))
        }
    }
}

/// Checks node attributes: a JSON object whose link attributes name live nodes of the right
/// type in the organization. Fills in `userId` with the viewer where the type links a user.
pub(super) async fn check_attributes(
    app: &std::sync::Arc<AppState>,
    v: &Viewer,
    kind: Kind,
    attrs: &mut Map<String, Value>,
    default_user: bool,
) -> Vec<UserError> {
    let mut errors = Vec::new();
    if let Some(name) = attrs.get("name") {
        match name.as_str() {
            Some(s) if !s.trim().is_empty() => {}
            Some(_) => errors.push(UserError::on("attributes.name", "can't be blank")),
            None if name.is_null() => {}
            None => errors.push(UserError::on("attributes.name", "must be a string")),
        }
    }
    for (key, target) in links(kind) {
        match attrs.get(*key) {
            None if default_user && *target == Kind::User => {
                attrs.insert(key.to_string(), Value::String(ids::encode(Kind::User, v.user_id)));
            }
            None | Some(Value::Null) => {}
            Some(Value::String(gid)) => {
                let org = v.org_id;
                let target = *target;
                let found = match ids::decode_as(gid, target) {
                    Some(rid) => {
                        app.db.read(move |c| store::find_node(c, org, target, rid)).await.ok().flatten()
                    }
                    None => None,
                };
                if found.is_none() {
                    errors.push(UserError::on(
                        &format!("attributes.{key}"),
                        format!("must be the id of a {} in your organization", target.type_name()),
                    ));
                }
            }
            Some(_) => errors.push(UserError::on(&format!("attributes.{key}"), "must be a global ID string")),
        }
    }
    errors
}
