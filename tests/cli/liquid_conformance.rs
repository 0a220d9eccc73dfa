//! Conformance with Shopify's reference Liquid (Ruby gem 5.4.0): every case in
//! `tests/liquid/cases.json` renders exactly as `tests/liquid/expected.json` says, which
//! `tests/liquid/generate.rb` wrote from the gem. Cases where the gem raises must fail here too.

use std::path::Path;

use serde_json::{Map, Value};

fn load(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/liquid").join(name);
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

#[test]
fn every_case_matches_ruby_liquid() {
    let suite = load("cases.json");
    let expected = load("expected.json");
    let shared = suite["data"].as_object().unwrap().clone();
    let cases = suite["cases"].as_array().unwrap();
    assert!(cases.len() >= 150, "the suite should keep at least 150 cases");
    let mut failures = Vec::new();
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let template = case["template"].as_str().unwrap();
        let data: Map<String, Value> = match case.get("data") {
            Some(Value::Object(m)) => m.clone(),
            _ => shared.clone(),
        };
        let want = &expected[name];
        assert!(want.is_object(), "{name}: no expected result; run `TZ=UTC ruby tests/liquid/generate.rb`");
        let got = hookctl::templates::parse(template).and_then(|t| t.render(&data));
        match (want.get("output"), got) {
            (Some(w), Ok(g)) if w.as_str() == Some(g.as_str()) => {}
            (Some(w), Ok(g)) => failures.push(format!("{name}:\n  ruby: {w}\n  ours: {:?}", g)),
            (Some(w), Err(e)) => failures.push(format!("{name}:\n  ruby: {w}\n  ours: error {e}")),
            (None, Err(_)) => {}
            (None, Ok(g)) => {
                failures.push(format!("{name}:\n  ruby: error {}\n  ours: {:?}", want["error"], g))
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ from Ruby Liquid:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
