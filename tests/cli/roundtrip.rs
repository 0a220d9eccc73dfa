//! `hookctl send` into `hookctl listen`: the two halves of the toolbox agree with each other.

use serde_json::Value;

use crate::support::{self, Server, hookctl};

fn last_capture(srv: &Server, n: usize) -> Value {
    let lines = srv.wait_stdout_lines(n, std::time::Duration::from_secs(10));
    serde_json::from_str(&lines[n - 1]).unwrap()
}

#[test]
fn send_to_listen_verifies_and_classifies() {
    let home = support::home();
    let secret = support::write(home.path(), "secret", "round-trip-secret\n");
    let wrong = support::write(home.path(), "wrong", "another-secret");
    let srv = Server::start(
        home.path(),
        &["-o", "json", "listen", "--port", "0", "--secret-file", secret.to_str().unwrap()],
    );
    let send = |extra: &[&str], secret: &std::path::Path| {
        hookctl(home.path())
            .args(["send", &srv.url, "--secret-file"])
            .arg(secret)
            .args(extra)
            .run()
            .success();
    };

    send(&["--node-id", "abc=", "--topic", "user/created"], &secret);
    let c = last_capture(&srv, 1);
    assert_eq!(c["verified"], true, "{c}");
    assert_eq!(c["kind"], "scope");
    assert_eq!(c["headers"]["x-scope-topic"], "user/created");
    assert_eq!(serde_json::from_str::<Value>(c["body"].as_str().unwrap()).unwrap()["data"]["id"], "abc=");

    send(&["--node-id", "abc="], &wrong);
    assert_eq!(last_capture(&srv, 2)["verified"], false);

    send(&["--content-type", "xml"], &secret);
    let c = last_capture(&srv, 3);
    assert_eq!(c["verified"], true);
    assert_eq!(c["headers"]["content-type"], "application/xml");
    assert!(c["body"].as_str().unwrap().starts_with("<?xml"));

    send(&["--format", "first-generation"], &secret);
    let c = last_capture(&srv, 4);
    assert_eq!(c["kind"], "first-generation");
    assert_eq!(c["verified"], true);
}
