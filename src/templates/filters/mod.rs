//! The standard Liquid 5.4 filters with Ruby's semantics, plus the `json` extension: the
//! registry here, the filters by family in the submodules. Filters know nothing of the parser;
//! the parser finds them by name through `lookup`.

mod arrays;
mod html;
mod math;
mod replace;
mod strings;
mod values;

use std::collections::HashMap;
use std::sync::OnceLock;

use super::value::Value;

pub(crate) use arrays::{first_of, last_of};
pub(crate) use math::to_integer;
pub(crate) use strings::size_of;

pub(crate) type FResult<'a> = Result<Value<'a>, String>;

/// Ruby's message when a template goes past a resource limit (see `render::Limits`).
pub(crate) const LIMIT_MESSAGE: &str = "Memory limits exceeded";
/// The most items a filter builds an array of (`split` of a 16 MiB string into characters would
/// take gigabytes before the renderer could check its size): a million take about 50 MiB.
pub(crate) const MAX_ITEMS: usize = 1 << 20;
pub(crate) type FilterFn = for<'a> fn(Value<'a>, &[Value<'a>]) -> FResult<'a>;

static REGISTRY: OnceLock<HashMap<&'static str, FilterFn>> = OnceLock::new();

/// The filter named `name`; unknown filters pass their input through, as Ruby's lax mode does.
pub(crate) fn lookup(name: &str) -> Option<FilterFn> {
    REGISTRY.get_or_init(registry).get(name).copied()
}

/// Names of every filter (for the README and tests).
pub fn names() -> Vec<&'static str> {
    let mut v: Vec<_> = REGISTRY.get_or_init(registry).keys().copied().collect();
    v.sort_unstable();
    v
}

fn registry() -> HashMap<&'static str, FilterFn> {
    let list: &[(&'static str, FilterFn)] = &[
        ("size", strings::size),
        ("downcase", strings::downcase),
        ("upcase", strings::upcase),
        ("capitalize", strings::capitalize),
        ("escape", html::escape),
        ("h", html::escape),
        ("escape_once", html::escape_once),
        ("url_encode", html::url_encode),
        ("url_decode", html::url_decode),
        ("base64_encode", html::base64_encode),
        ("base64_decode", html::base64_decode),
        ("base64_url_safe_encode", html::base64_url_safe_encode),
        ("base64_url_safe_decode", html::base64_url_safe_decode),
        ("slice", strings::slice),
        ("truncate", strings::truncate),
        ("truncatewords", strings::truncatewords),
        ("split", strings::split),
        ("strip", strings::strip),
        ("lstrip", strings::lstrip),
        ("rstrip", strings::rstrip),
        ("strip_html", html::strip_html),
        ("strip_newlines", strings::strip_newlines),
        ("join", arrays::join),
        ("sort", arrays::sort),
        ("sort_natural", arrays::sort_natural),
        ("where", arrays::where_),
        ("uniq", arrays::uniq),
        ("reverse", arrays::reverse),
        ("map", arrays::map),
        ("compact", arrays::compact),
        ("replace", replace::replace),
        ("replace_first", replace::replace_first),
        ("replace_last", replace::replace_last),
        ("remove", replace::remove),
        ("remove_first", replace::remove_first),
        ("remove_last", replace::remove_last),
        ("append", strings::append),
        ("concat", arrays::concat),
        ("prepend", strings::prepend),
        ("newline_to_br", html::newline_to_br),
        ("date", values::date_filter),
        ("first", arrays::first),
        ("last", arrays::last),
        ("abs", math::abs),
        ("plus", math::plus),
        ("minus", math::minus),
        ("times", math::times),
        ("divided_by", math::divided_by),
        ("modulo", math::modulo),
        ("round", math::round),
        ("ceil", math::ceil),
        ("floor", math::floor),
        ("at_least", math::at_least),
        ("at_most", math::at_most),
        ("default", values::default),
        ("json", values::json),
    ];
    list.iter().copied().collect()
}

/// Ruby's `ArgumentError` for a filter called with the wrong number of arguments.
fn arity(args: &[Value<'_>], min: usize, max: usize) -> Result<(), String> {
    if args.len() < min || args.len() > max {
        let expected = if min == max { format!("{}", min + 1) } else { format!("{}..{}", min + 1, max + 1) };
        return Err(format!("wrong number of arguments (given {}, expected {expected})", args.len() + 1));
    }
    Ok(())
}

/// The input or an argument as a string (Ruby's `to_s`).
fn s<'v>(v: &'v Value<'_>) -> std::borrow::Cow<'v, str> {
    v.to_s()
}

pub(crate) fn kwargs_object<'a>(pairs: Vec<(&'a str, Value<'a>)>) -> Value<'a> {
    Value::Object(std::rc::Rc::new(pairs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_filters_are_absent_from_the_registry() {
        assert!(lookup("upcase").is_some());
        assert!(lookup("json").is_some());
        assert!(lookup("no_such_filter").is_none());
        assert!(names().len() >= 55);
    }
}
