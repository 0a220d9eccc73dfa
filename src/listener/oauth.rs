//! A minimal OAuth2 client-credentials token endpoint (RFC 6749 §4.4), so a delivery flow that
//! fetches a token before each delivery can be tried locally.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;

use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use serde_json::json;
use subtle::ConstantTimeEq;

use super::OAuthConfig;

pub(super) struct OAuthServer {
    config: OAuthConfig,
    /// Issued tokens and when they expire.
    tokens: Mutex<HashMap<String, Instant>>,
}

/// Constant-time string equality.
pub(super) fn same(a: &str, b: &str) -> bool {
    bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

fn oauth_error(status: StatusCode, code: &str, description: &str) -> Response {
    let mut r =
        (status, axum::Json(json!({ "error": code, "error_description": description }))).into_response();
    if status == StatusCode::UNAUTHORIZED {
        r.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Basic realm=\"hookctl\""));
    }
    r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

impl OAuthServer {
    pub(super) fn new(config: OAuthConfig) -> Self {
        OAuthServer { config, tokens: Mutex::new(HashMap::new()) }
    }

    /// Is this a token we issued that has not expired?
    pub(super) fn accepts(&self, token: &str) -> bool {
        let now = Instant::now();
        let tokens = self.tokens.lock().expect("token lock");
        tokens.iter().any(|(t, exp)| *exp > now && same(t, token))
    }

    pub(super) async fn token_endpoint(&self, req: Request, max_body: usize) -> Response {
        if req.method() != axum::http::Method::POST {
            let mut r = oauth_error(StatusCode::METHOD_NOT_ALLOWED, "invalid_request", "use POST");
            r.headers_mut().insert(header::ALLOW, HeaderValue::from_static("POST"));
            return r;
        }
        let basic = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().split_once(' '))
            .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("basic"))
            .and_then(|(_, b64)| STANDARD.decode(b64.trim()).ok())
            .and_then(|raw| String::from_utf8(raw).ok())
            .and_then(|s| s.split_once(':').map(|(i, p)| (i.to_string(), p.to_string())));
        let body = match axum::body::to_bytes(req.into_body(), max_body).await {
            Ok(b) => b,
            Err(_) => return oauth_error(StatusCode::BAD_REQUEST, "invalid_request", "unreadable body"),
        };
        let form: HashMap<String, String> = url::form_urlencoded::parse(&body).into_owned().collect();
        match form.get("grant_type").map(String::as_str) {
            Some("client_credentials") => {}
            Some(_) => {
                return oauth_error(
                    StatusCode::BAD_REQUEST,
                    "unsupported_grant_type",
                    "only grant_type=client_credentials is supported",
                );
            }
            None => return oauth_error(StatusCode::BAD_REQUEST, "invalid_request", "grant_type is missing"),
        }
        let (id, secret) = match (basic, form.get("client_id"), form.get("client_secret")) {
            (Some(pair), _, _) => pair,
            (None, Some(i), Some(p)) => (i.clone(), p.clone()),
            _ => {
                return oauth_error(
                    StatusCode::UNAUTHORIZED,
                    "invalid_client",
                    "client authentication is missing (HTTP Basic or client_id/client_secret)",
                );
            }
        };
        let ok = same(&id, &self.config.client_id) & same(&secret, self.config.client_secret.expose());
        if !ok {
            eprintln!("OAuth: refused a token request (wrong client id or secret)");
            return oauth_error(StatusCode::UNAUTHORIZED, "invalid_client", "unknown client or wrong secret");
        }
        let token = URL_SAFE_NO_PAD.encode(rand::random::<[u8; 32]>());
        let ttl = self.config.token_ttl;
        {
            let mut tokens = self.tokens.lock().expect("token lock");
            let now = Instant::now();
            tokens.retain(|_, exp| *exp > now);
            tokens.insert(token.clone(), now + ttl);
        }
        eprintln!("OAuth: issued a token to client {id} (valid {} s)", ttl.as_secs());
        let mut body = json!({ "access_token": token, "token_type": "Bearer", "expires_in": ttl.as_secs() });
        if let Some(scope) = form.get("scope") {
            body["scope"] = json!(scope);
        }
        let mut r = (StatusCode::OK, axum::Json(body)).into_response();
        r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        r
    }
}
