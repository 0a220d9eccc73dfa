//! Parses arbitrary text as a Liquid template: it must never panic, overflow the stack or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(source) = std::str::from_utf8(data) {
        let _ = hookctl_fuzz::templates::parse(source);
    }
});
