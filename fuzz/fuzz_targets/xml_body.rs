//! Maps arbitrary JSON to an XML delivery body (`payload::to_xml`): it must never panic, and
//! what it writes must be well-formed XML 1.0 (legal characters, legal names, balanced).
#![no_main]

use hookctl::payload::to_xml;
use libfuzzer_sys::fuzz_target;
use quick_xml::events::Event;
use serde_json::Value;

/// XML 1.0 `Char`.
fn is_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// XML 1.0 (fifth edition) `NameStartChar`, without `:` (no namespaces here).
fn is_name_start(c: char) -> bool {
    matches!(c, 'A'..='Z' | '_' | 'a'..='z' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}'
        | '\u{F8}'..='\u{2FF}' | '\u{370}'..='\u{37D}' | '\u{37F}'..='\u{1FFF}'
        | '\u{200C}'..='\u{200D}' | '\u{2070}'..='\u{218F}' | '\u{2C00}'..='\u{2FEF}'
        | '\u{3001}'..='\u{D7FF}' | '\u{F900}'..='\u{FDCF}' | '\u{FDF0}'..='\u{FFFD}'
        | '\u{10000}'..='\u{EFFFF}')
}

fn is_name_char(c: char) -> bool {
    is_name_start(c)
        || matches!(c, '-' | '.' | '0'..='9' | '\u{B7}' | '\u{300}'..='\u{36F}' | '\u{203F}'..='\u{2040}')
}

fn check_name(name: &[u8], xml: &str) {
    let name = std::str::from_utf8(name).expect("names are UTF-8");
    let mut chars = name.chars();
    assert!(
        chars.next().is_some_and(is_name_start) && chars.all(is_name_char),
        "{name:?} is not an XML name: {xml}"
    );
}

fuzz_target!(|data: &[u8]| {
    let Ok(value) = serde_json::from_slice::<Value>(data) else { return };
    let xml = to_xml(&value);
    assert!(xml.chars().all(is_char), "a character XML 1.0 does not allow: {xml:?}");
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut depth = 0usize;
    loop {
        match reader.read_event() {
            Ok(Event::Eof) => break,
            Ok(Event::Start(e)) => {
                check_name(e.name().as_ref(), &xml);
                depth += 1;
            }
            Ok(Event::Empty(e)) => check_name(e.name().as_ref(), &xml),
            Ok(Event::End(_)) => depth -= 1,
            Ok(Event::Text(t)) => {
                t.unescape().unwrap_or_else(|e| panic!("bad text ({e}): {xml}"));
            }
            Ok(_) => {}
            Err(e) => panic!("to_xml wrote XML quick-xml cannot read ({e}): {xml}"),
        }
    }
    assert_eq!(depth, 0, "unbalanced elements: {xml}");
});
