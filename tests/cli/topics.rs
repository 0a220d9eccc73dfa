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
