//! Renders arbitrary templates against a small context. The input is the template, then
//! optionally a NUL byte and a JSON object whose keys become extra variables.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::{Value, json};

fuzz_target!(|data: &[u8]| {
    let (tpl, extra) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], Some(&data[i + 1..])),
        None => (data, None),
    };
    let Ok(source) = std::str::from_utf8(tpl) else { return };
    let Ok(template) = hookctl_fuzz::templates::parse(source) else { return };
    let Value::Object(mut globals) = json!({
        "data": {"id": "t5V3", "node": {"name": "Ada", "age": 36, "score": 3.75, "tags": ["b", "a"], "nothing": null}},
        "n": 10, "f": 2.5, "neg": -7, "s": "Hello, World", "arr": [3, 1, 2],
        "people": [{"name": "Bo", "age": 3}, {"name": "al", "age": null}],
    }) else {
        return;
    };
    if let Some(Ok(Value::Object(more))) = extra.map(serde_json::from_slice::<Value>) {
        globals.extend(more);
    }
    let _ = template.render(&globals);
});
