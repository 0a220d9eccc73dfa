//! Reads arbitrary text as a capture file, the way `replay` and `render --kind error --capture`
//! do, then uses each record as they would (body bytes, headers, classification, re-serializing).
#![no_main]

use std::path::Path;

use hookctl::commands::{render, replay};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let path = Path::new("captures.jsonl");
    if let Ok(captures) = replay::parse_captures(text, path) {
        for c in &captures {
            let _ = c.body_bytes();
            let _ = c.end_to_end_headers().count();
            let _ = c.classify();
            let line = c.to_json_line();
            let _ = serde_json::from_slice::<hookctl::listener::capture::Capture>(&line);
        }
    }
    for index in [None, Some(0), Some(usize::MAX)] {
        let _ = render::parse_capture(text, path, index);
    }
});
