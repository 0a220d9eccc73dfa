//! Decodes arbitrary bytes as a GraphQL answer (`api::client::decode`, into untyped JSON and into
//! a typed shape like the generated ones), and reads them as an introspection answer
//! (`Schema::from_introspection`), printing the schema as SDL and reading that back; the same
//! bytes as text go to the SDL reader (`Schema::from_sdl`, for schema files and the cache).
#![no_main]

use hookctl::api::adapt::schema::Schema;
use hookctl::api::client::decode;
use libfuzzer_sys::fuzz_target;
use serde::Deserialize;
use serde_json::Value;

#[allow(dead_code)]
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Shape {
    node: Option<Node>,
    nodes: Option<Vec<Node>>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Node {
    id: String,
    created_at: Option<hookctl::api::scope::scalars::DateTime>,
    count: Option<i64>,
    payload: Option<hookctl::api::scope::scalars::JSON>,
}

fuzz_target!(|data: &[u8]| {
    let (status, body) = match data.split_first() {
        // The first byte picks the HTTP status: mostly 200, sometimes an error.
        Some((&b, rest)) => (if b < 200 { 200 } else { 200 + u16::from(b) * 2 }, rest),
        None => (200, data),
    };
    let _ = decode::<Value>(status, body, "hookctl login");
    let _ = decode::<Shape>(status, body, "hookctl login");
    if let Ok(text) = std::str::from_utf8(body) {
        let _ = Schema::from_sdl(text);
    }
    if let Ok(v) = serde_json::from_slice::<Value>(body) {
        let data = v.get("data").unwrap_or(&v);
        if let Ok(schema) = Schema::from_introspection(data) {
            let sdl = schema.to_sdl();
            let _ = Schema::from_sdl(&sdl);
        }
    }
});
