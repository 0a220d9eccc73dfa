//! `hookctl render`: the three template kinds, their exit statuses and error reports.

use crate::support::{home, hookctl, write};

const PAYLOAD: &str = r#"{"data": {"id": "abc=", "node": {"name": "Alain Bloch", "age": 42}}}"#;

#[test]
fn body_prints_exactly_what_was_rendered() {
    let h = home();
    let t = write(h.path(), "body.liquid", "{\"name\": {{ data.node.name | json }}}");
    let d = write(h.path(), "d.json", PAYLOAD);
    hookctl(h.path())
        .args(["render", "--template"])
        .arg(&t)
        .arg("--data")
        .arg(&d)
        .run()
        .success()
        .stdout_is("{\"name\": \"Alain Bloch\"}");
}

#[test]
fn body_without_data_uses_the_default_payload() {
    let h = home();
    hookctl(h.path())
        .args(["render", "--template", "-"])
        .stdin("{{ data.id }} {{ data.url | split: '/' | last }}")
        .run()
        .success()
        .stdout_is("t5V3S3X8Trt/weWu0A2YHb0cRFJfcRA2rXT3vAGTz1A= weWu0A2YHb0cRFJfcRA2rXT3vAGTz1A=");
}

#[test]
fn body_json_output_is_a_document() {
    let h = home();
    let d = write(h.path(), "d.json", PAYLOAD);
    let v = hookctl(h.path())
        .args(["--output", "json", "render", "-t", "-", "--content-type", "json", "-d"])
        .arg(&d)
        .stdin("{\"age\": {{ data.node.age | plus: 1 }}}")
        .run()
        .success()
        .stdout_json();
    assert_eq!(v["kind"], "body");
    assert_eq!(v["rendered"], "{\"age\": 43}");
    assert_eq!(v["valid"], true);
}

#[test]
fn body_json_check_says_where_it_breaks() {
    let h = home();
    let d = write(h.path(), "d.json", PAYLOAD);
    hookctl(h.path())
        .args(["render", "-t", "-", "--content-type", "json", "-d"])
        .arg(&d)
        .stdin("{\n  \"name\": {{ data.node.name }}\n}")
        .run()
        .status(1)
        .stdout_contains("\"name\": Alain Bloch")
        .stderr_contains("not valid JSON")
        .stderr_contains("line 2, column 11");
}

#[test]
fn body_xml_check_passes_and_fails_with_a_location() {
    let h = home();
    hookctl(h.path())
        .args(["render", "-t", "-", "--content-type", "xml"])
        .stdin("<hook><id>{{ data.id }}</id></hook>")
        .run()
        .success()
        .stdout_contains("<id>t5V3");
    hookctl(h.path())
        .args(["render", "-t", "-", "--content-type", "xml"])
        .stdin("<hook>\n<id>{{ data.id }}</di>\n</hook>")
        .run()
        .status(1)
        .stderr_contains("not valid XML")
        .stderr_contains("line 2");
}

#[test]
fn validation_true_exits_zero_and_false_exits_one() {
    let h = home();
    let t = write(
        h.path(),
        "v.liquid",
        "\n{% if data.node.name != 'Alain Bloch' %}true{% else %}false{% endif %}\n",
    );
    let d = write(h.path(), "d.json", PAYLOAD);
    hookctl(h.path())
        .args(["render", "--kind", "validation", "-t"])
        .arg(&t)
        .arg("-d")
        .arg(&d)
        .run()
        .status(1)
        .stdout_is("false\n");
    let other = write(h.path(), "other.json", r#"{"data": {"node": {"name": "Someone"}}}"#);
    hookctl(h.path())
        .args(["render", "--kind", "validation", "-t"])
        .arg(&t)
        .arg("-d")
        .arg(&other)
        .run()
        .success()
        .stdout_is("true\n");
}

#[test]
fn validation_json_output_carries_the_result() {
    let h = home();
    let v = hookctl(h.path())
        .args(["-o", "json", "render", "-k", "validation", "-t", "-"])
        .stdin("  false ")
        .run()
        .status(1)
        .stdout_json();
    assert_eq!(v, serde_json::json!({"kind": "validation", "rendered": "  false ", "result": false}));
}

#[test]
fn validation_rendering_anything_else_is_an_error_showing_it() {
    let h = home();
    hookctl(h.path())
        .args(["render", "-k", "validation", "-t", "-"])
        .stdin("{{ data.id }}")
        .run()
        .status(3)
        .stdout_is("")
        .stderr_contains("must render true or false")
        .stderr_contains("t5V3S3X8Trt");
}

#[test]
fn error_kind_prints_the_message_and_exits_one() {
    let h = home();
    let t = write(
        h.path(),
        "e.liquid",
        "{% if body.error %}{{ body.error }} ({{ headers.content-type }}){% endif %}",
    );
    let body = write(h.path(), "resp.json", r#"{"error": "User already exists"}"#);
    let headers =
        write(h.path(), "resp.headers", "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n");
    hookctl(h.path())
        .args(["render", "--kind", "error", "-t"])
        .arg(&t)
        .arg("--response-body")
        .arg(&body)
        .arg("--response-headers")
        .arg(&headers)
        .run()
        .status(1)
        .stdout_is("User already exists (application/json)\n");
}

#[test]
fn error_kind_prints_nothing_when_the_response_is_fine() {
    let h = home();
    let t = write(h.path(), "e.liquid", "\n{% if body.error %}{{ body.error }}{% endif %}\n");
    let body = write(h.path(), "resp.json", r#"{"ok": true}"#);
    hookctl(h.path())
        .args(["render", "-k", "error", "-t"])
        .arg(&t)
        .arg("--response-body")
        .arg(&body)
        .run()
        .success()
        .stdout_is("");
}

#[test]
fn error_kind_sees_a_non_json_body_as_a_string_and_json_headers() {
    let h = home();
    let body = write(h.path(), "resp.txt", "ERROR: quota exceeded");
    let headers = write(h.path(), "h.json", r#"{"X-Status": "failed"}"#);
    hookctl(h.path())
        .args(["render", "-k", "error", "-t", "-", "--response-body"])
        .arg(&body)
        .arg("--response-headers")
        .arg(&headers)
        .stdin("{% if headers['x-status'] == 'failed' %}{{ body | truncate: 14 }}{% endif %}")
        .run()
        .status(1)
        .stdout_is("ERROR: quot...\n");
}

#[test]
fn error_kind_reads_a_saved_capture() {
    let h = home();
    let capture = write(
        h.path(),
        "captures.jsonl",
        concat!(
            r#"{"headers": {"content-type": "application/json"}, "body": "{\"error\": \"first\"}"}"#,
            "\n",
            r#"{"headers": {"content-type": "text/plain"}, "body_base64": "YWxsIGdvb2Q="}"#,
            "\n"
        ),
    );
    let t =
        "{% if body.error %}{{ body.error }}{% elsif body != 'all good' %}unexpected: {{ body }}{% endif %}";
    hookctl(h.path())
        .args(["render", "-k", "error", "-t", "-", "--index", "0", "--capture"])
        .arg(&capture)
        .stdin(t)
        .run()
        .status(1)
        .stdout_is("first\n");
    // Default: the last capture, whose base64 body decodes to "all good".
    hookctl(h.path())
        .args(["render", "-k", "error", "-t", "-", "--capture"])
        .arg(&capture)
        .stdin(t)
        .run()
        .success()
        .stdout_is("");
    hookctl(h.path())
        .args(["render", "-k", "error", "-t", "-", "--index", "5", "--capture"])
        .arg(&capture)
        .stdin(t)
        .run()
        .status(3)
        .stderr_contains("out of range");
}

#[test]
fn error_kind_needs_a_response() {
    let h = home();
    hookctl(h.path())
        .args(["render", "-k", "error", "-t", "-"])
        .stdin("x")
        .run()
        .status(2)
        .stderr_contains("--response-body");
}

#[test]
fn syntax_errors_show_line_column_and_text() {
    let h = home();
    hookctl(h.path())
        .args(["render", "-t", "-"])
        .stdin("{\n  \"a\": {% if data.id %}1\n}")
        .run()
        .status(3)
        .stdout_is("")
        .stderr_contains("'if' tag was never closed")
        .stderr_contains("line 2, column 8: {% if data.id %}");
}

#[test]
fn render_errors_show_line_column_and_text() {
    let h = home();
    hookctl(h.path())
        .args(["render", "-t", "-"])
        .stdin("ok\n{{ 1 | divided_by: 0 }}")
        .run()
        .status(3)
        .stderr_contains("divided by 0")
        .stderr_contains("line 2, column 1: {{ 1 | divided_by: 0 }}");
}

#[test]
fn missing_files_are_input_errors() {
    let h = home();
    hookctl(h.path())
        .args(["render", "-t", "does-not-exist.liquid"])
        .run()
        .status(3)
        .stderr_contains("does-not-exist.liquid");
    let t = write(h.path(), "t.liquid", "x");
    hookctl(h.path())
        .args(["render", "-t"])
        .arg(&t)
        .args(["-d", "missing.json"])
        .run()
        .status(3)
        .stderr_contains("missing.json");
}

#[test]
fn data_must_be_a_json_object() {
    let h = home();
    let d = write(h.path(), "d.json", "[1, 2]");
    hookctl(h.path())
        .args(["render", "-t", "-", "-d"])
        .arg(&d)
        .stdin("x")
        .run()
        .status(3)
        .stderr_contains("must hold a JSON object")
        .stderr_contains("an array");
    let bad = write(h.path(), "bad.json", "{\"a\": ");
    hookctl(h.path())
        .args(["render", "-t", "-", "-d"])
        .arg(&bad)
        .stdin("x")
        .run()
        .status(3)
        .stderr_contains("not valid JSON");
}

#[test]
fn only_one_input_may_be_standard_input() {
    let h = home();
    hookctl(h.path())
        .args(["render", "-t", "-", "-d", "-"])
        .run()
        .status(2)
        .stderr_contains("standard input");
}
