//! What was sent and what came back, as stored with an error record, returned by the API and
//! printed: one type for the sandbox store, the API client and the output.

use serde::{Deserialize, Serialize};

use super::engine::Response;
use super::envelope::Request;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    pub name: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestSnapshot {
    pub url: String,
    #[serde(default = "post")]
    pub method: String,
    #[serde(default)]
    pub headers: Vec<Header>,
    #[serde(default)]
    pub body: String,
}

fn post() -> String {
    "POST".into()
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResponseSnapshot {
    pub status: i64,
    #[serde(default)]
    pub headers: Vec<Header>,
    #[serde(default)]
    pub body: String,
}

/// Name/value pairs as snapshot headers.
pub fn headers(h: &[(String, String)]) -> Vec<Header> {
    h.iter().map(|(name, value)| Header { name: name.clone(), value: value.clone() }).collect()
}

impl RequestSnapshot {
    /// The request as sent.
    pub fn of(request: &Request) -> RequestSnapshot {
        RequestSnapshot {
            url: request.url.clone(),
            method: "POST".into(),
            headers: headers(&request.headers),
            body: String::from_utf8_lossy(&request.body).into_owned(),
        }
    }

    /// A request that was never sent: its URL and what the templates saw.
    pub fn not_sent(url: &str, body: String) -> RequestSnapshot {
        RequestSnapshot { url: url.to_string(), method: "POST".into(), headers: vec![], body }
    }
}

impl ResponseSnapshot {
    pub fn of(response: &Response) -> ResponseSnapshot {
        ResponseSnapshot {
            status: i64::from(response.status),
            headers: headers(&response.headers),
            body: String::from_utf8_lossy(&response.body).into_owned(),
        }
    }
}
