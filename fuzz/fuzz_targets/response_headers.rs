//! Parses arbitrary text as a `--response-headers` file (`Name: value` lines as `curl -D`
//! writes them, or a JSON object) and gives the result to the error templates' globals.
#![no_main]

use std::path::Path;

use hookctl::commands::render::parse_headers;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(headers) = parse_headers(text, Path::new("headers.txt")) {
        let _ = hookctl::templates::error_globals(b"{}", &headers);
    }
});
