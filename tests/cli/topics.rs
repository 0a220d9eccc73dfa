//! `hookctl topics` against a real sandbox.

use crate::support::Outcome;
use crate::support::sandbox::Sandbox;

#[test]
fn lists_topics_as_table_json_and_ids() {
    let sb = Sandbox::start();
    let v = sb.json(&["topics", "list"]);
    let topics = v.as_array().unwrap();
    assert!(topics.len() >= 24 + 7, "{} topics", topics.len());
    let t = topics.iter().find(|t| t["key"] == "scenario_session/completed").expect("a special topic");
    assert_eq!(t["version"], "1.1");
    assert_eq!(t["nodeType"], "ScenarioSession");
    assert!(t["description"].is_string() && t["id"].is_string());

    let Outcome { stdout: table, .. } = sb.run(&["topics", "list"]).success();
    assert!(table.contains("KEY") && table.contains("user/created"), "{table}");
    sb.run(&["topics", "list", "--key", "user/created", "-o", "ids"]).success().stdout_is("user/created\n");
}

/// Descriptions read "An Organization …", "An Integration …", not "A Organization".
#[test]
fn descriptions_use_an_before_a_vowel() {
    let sb = Sandbox::start();
    let v = sb.json(&["topics", "list"]);
    let descriptions: Vec<&str> =
        v.as_array().unwrap().iter().filter_map(|t| t["description"].as_str()).collect();
    assert!(descriptions.iter().any(|d| d.starts_with("An Organization")), "{descriptions:?}");
    assert!(descriptions.iter().all(|d| !d.starts_with("A Organization") && !d.starts_with("A Integration")));
}

/// A mistyped topic gets one "did you mean", not the server's and hookctl's both.
#[test]
fn a_rejected_topic_suggests_once() {
    let sb = Sandbox::start();
    let out = sb
        .run(&[
            "subs",
            "create",
            "--name",
            "n",
            "--topic",
            "user/creatd",
            "--callback-url",
            "https://example.com/h",
            "--no-input",
        ])
        .failure();
    assert_eq!(out.stderr.matches("did you mean").count(), 1, "{}", out.stderr);
}
