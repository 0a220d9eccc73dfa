//! `sign` and `verify`, cross-checked against independent HMAC implementations.

use crate::support::{self, hookctl};

/// Python's hmac module, when present, as the independent implementation.
fn python_sign(secret: &str, data: &[u8]) -> Option<String> {
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            "import sys,hmac,hashlib,base64; k=sys.argv[1].encode(); d=sys.stdin.buffer.read(); \
             print(base64.b64encode(hmac.new(k,d,hashlib.sha256).digest()).decode())",
            secret,
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .ok()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().unwrap().write_all(data).ok()?;
            c.wait_with_output().ok()
        })?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

#[test]
fn sign_matches_python_hmac_on_exact_bytes() {
    let home = support::home();
    let secret = support::write(home.path(), "secret", "my_shared_secret\n");
    // Trailing newline and CRLF in the payload must be signed as they are.
    let vectors: [&[u8]; 4] = [b"", b"{\"data\":{\"id\":\"x\"}}", b"line\r\n\n", "ünïcode ✓\n".as_bytes()];
    for (i, data) in vectors.iter().enumerate() {
        let file = support::write(home.path(), &format!("d{i}"), data);
        let out = hookctl(home.path())
            .args(["sign", "--data"])
            .arg(&file)
            .arg("--secret-file")
            .arg(&secret)
            .run()
            .success();
        let ours = out.stdout;
        // Known value for the empty payload (from `openssl dgst -sha256 -hmac`).
        if data.is_empty() {
            assert_eq!(ours.trim(), "Gq4b3UUKaZzk+cxDk885E+pcxfSDe1JNhn0fYZDLKbs=");
        }
        if let Some(theirs) = python_sign("my_shared_secret", data) {
            assert_eq!(ours.trim(), theirs, "vector {i}");
        }
    }
}

#[test]
fn sign_header_and_json_and_stdin() {
    let home = support::home();
    let out = hookctl(home.path())
        .args(["sign", "--data", "-", "--secret-env", "S", "--header"])
        .env("S", "Jefe")
        .stdin("what do ya want for nothing?")
        .run();
    assert_eq!(out.stdout, "X-Scope-Hmac-Sha256: W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=\n");
    let out = hookctl(home.path())
        .args(["--output", "json", "sign", "--data", "-", "--secret-env", "S"])
        .env("S", "Jefe")
        .stdin("what do ya want for nothing?")
        .run();
    let v: serde_json::Value = out.stdout_json();
    assert_eq!(v["signature"], "W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=");
    assert_eq!(v["bytes"], 28);
}

#[test]
fn sign_without_secret_fails_with_hint_and_never_prompts() {
    let home = support::home();
    let out = hookctl(home.path()).args(["sign", "--data", "-"]).stdin("x").run().status(2);
    let err = out.stderr;
    assert!(err.contains("needs the shared secret") && err.contains("--secret-file"), "{err}");
}

#[test]
fn secret_on_command_line_warns_but_is_never_echoed() {
    let home = support::home();
    let out = hookctl(home.path())
        .args(["sign", "--data", "-", "--secret", "super-secret-value-123"])
        .stdin("x")
        .run()
        .success();
    let err = out.stderr;
    assert!(err.contains("warning") && !err.contains("super-secret-value-123"), "{err}");
}

#[test]
fn verify_valid_invalid_and_unusable() {
    let home = support::home();
    let data = support::write(home.path(), "body.json", "{\"data\":{\"id\":\"1\"}}");
    let sig = python_sign("s3cret", b"{\"data\":{\"id\":\"1\"}}")
        .unwrap_or_else(|| "fd49BhZ8t42/ReNcY5W6OptqDBeiBL1oyo4IGUsBSBg=".into());
    let run = |args: &[&str]| {
        hookctl(home.path()).arg("verify").arg("--data").arg(&data).args(args).env("S", "s3cret").run()
    };
    run(&["--signature", &sig, "--secret-env", "S"]).success().stdout_is("valid\n");

    let tampered = support::write(home.path(), "tampered.json", "{\"data\":{\"id\":\"2\"}}");
    hookctl(home.path())
        .args(["verify", "--signature", &sig, "--secret-env", "S", "--data"])
        .arg(&tampered)
        .env("S", "s3cret")
        .run()
        .status(1);

    // An unset variable is unusable input.
    run(&["--signature", &sig, "--secret-env", "W"]).status(3);
    hookctl(home.path())
        .args(["verify", "--signature", &sig, "--secret-env", "W", "--data"])
        .arg(&data)
        .env("W", "other")
        .run()
        .status(1);

    run(&["--signature", "not base64!", "--secret-env", "S"]).status(3).stderr_contains("base64");

    let headers = support::write(
        home.path(),
        "h.txt",
        format!("Content-Type: application/json\nX-Scope-Hmac-Sha256: {sig}\n"),
    );
    hookctl(home.path())
        .args(["verify", "--secret-env", "S", "--data"])
        .arg(&data)
        .arg("--headers")
        .arg(&headers)
        .env("S", "s3cret")
        .run()
        .success();
}
