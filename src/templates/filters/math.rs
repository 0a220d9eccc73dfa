//! Numbers: `plus minus times divided_by modulo abs round ceil floor at_least at_most`, with
//! Ruby's integer / BigDecimal / Float distinctions.
use super::{FResult, arity};
use crate::templates::decimal::Dec;
use crate::templates::ruby::{is_space, ruby_to_i};
use crate::templates::value::{Value, float_to_s};

#[derive(Clone, Copy)]
enum Num {
    Int(i64),
    Dec(Dec),
    F(f64),
}

/// `Utils.to_number`.
fn to_number(v: &Value<'_>) -> Num {
    match v {
        Value::Int(i) => Num::Int(*i),
        Value::Float(f) => Dec::from_f64(*f).map_or(Num::F(*f), Num::Dec),
        Value::Str(_) | Value::OStr(_) => {
            let t = v
                .as_str()
                .unwrap_or("")
                .trim_matches(|c: char| c.is_ascii() && (is_space(c as u8) || c == '\0'));
            if is_decimal(t) {
                Dec::parse(t).map_or_else(|| Num::F(t.parse().unwrap_or(0.0)), Num::Dec)
            } else {
                Num::Int(ruby_to_i(v.as_str().unwrap_or("")))
            }
        }
        _ => Num::Int(0),
    }
}

fn is_decimal(t: &str) -> bool {
    let d = t.strip_prefix('-').unwrap_or(t);
    match d.split_once('.') {
        Some((a, b)) => {
            !a.is_empty()
                && !b.is_empty()
                && a.bytes().all(|c| c.is_ascii_digit())
                && b.bytes().all(|c| c.is_ascii_digit())
        }
        None => false,
    }
}

impl Num {
    fn to_dec(self) -> Option<Dec> {
        match self {
            Num::Int(i) => Some(Dec::from_i64(i)),
            Num::Dec(d) => Some(d),
            Num::F(_) => None,
        }
    }
    fn to_f64(self) -> f64 {
        match self {
            Num::Int(i) => i as f64,
            Num::Dec(d) => d.to_f64(),
            Num::F(f) => f,
        }
    }
    /// BigDecimal results become floats; integers stay integers.
    fn value<'a>(self) -> Value<'a> {
        match self {
            Num::Int(i) => Value::Int(i),
            n => Value::Float(n.to_f64()),
        }
    }
}

#[derive(Clone, Copy)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
}

fn apply<'a>(input: &Value<'a>, operand: &Value<'a>, op: Op) -> FResult<'a> {
    let (a, b) = (to_number(input), to_number(operand));
    if let (Num::Int(x), Num::Int(y)) = (a, b) {
        let r = match op {
            Op::Add => x.checked_add(y),
            Op::Sub => x.checked_sub(y),
            Op::Mul => x.checked_mul(y),
            Op::Div | Op::Mod if y == 0 => return Err("divided by 0".into()),
            Op::Div => x.checked_div(y).map(|_| floor_div(x, y)),
            Op::Mod => x.checked_rem(y).map(|r| if r != 0 && ((r < 0) != (y < 0)) { r + y } else { r }),
        };
        if let Some(r) = r {
            return Ok(Value::Int(r));
        }
        return Ok(Value::Float(float_op(x as f64, y as f64, op)));
    }
    if let (Some(x), Some(y)) = (a.to_dec(), b.to_dec()) {
        let r = match op {
            Op::Add => Dec::add(x, y),
            Op::Sub => Dec::sub(x, y),
            Op::Mul => Dec::mul(x, y),
            Op::Div if y.is_zero() => return Ok(Value::Float(x.to_f64() / 0.0)),
            Op::Div => Dec::div(x, y),
            Op::Mod if y.is_zero() => return Err("divided by 0".into()),
            Op::Mod => Dec::modulo(x, y),
        };
        if let Some(r) = r {
            return Ok(Value::Float(r.to_f64()));
        }
    }
    Ok(Value::Float(float_op(a.to_f64(), b.to_f64(), op)))
}

fn floor_div(x: i64, y: i64) -> i64 {
    let q = x / y;
    if (x % y != 0) && ((x < 0) != (y < 0)) { q - 1 } else { q }
}

fn float_op(x: f64, y: f64, op: Op) -> f64 {
    match op {
        Op::Add => x + y,
        Op::Sub => x - y,
        Op::Mul => x * y,
        Op::Div => x / y,
        Op::Mod => x - y * (x / y).floor(),
    }
}

pub(super) fn plus<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    apply(&v, &a[0], Op::Add)
}
pub(super) fn minus<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    apply(&v, &a[0], Op::Sub)
}
pub(super) fn times<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    apply(&v, &a[0], Op::Mul)
}
pub(super) fn divided_by<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    apply(&v, &a[0], Op::Div)
}
pub(super) fn modulo<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    apply(&v, &a[0], Op::Mod)
}

pub(super) fn abs<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    Ok(match to_number(&v) {
        Num::Int(i) => Value::Int(i.wrapping_abs()),
        Num::Dec(d) => Value::Float(d.abs().to_f64()),
        Num::F(f) => Value::Float(f.abs()),
    })
}

/// `round`: Ruby's `Integer#round(n)` / `BigDecimal#round(n)`. With `n <= 0` both give an
/// Integer (`1234.5678 | round: -2` is `1200`); with `n > 0` a BigDecimal, shown as a Float.
pub(super) fn round<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 1)?;
    let n = match a.first().map(to_number) {
        None => 0,
        Some(Num::Int(i)) => i,
        // `to_int` truncates a fractional precision.
        Some(n) => n.to_f64() as i64,
    };
    let n = i32::try_from(n).map_err(|_| {
        format!("integer {n} too {} to convert to `int'", if n < 0 { "small" } else { "big" })
    })?;
    // Past ±100 places nothing representable changes any more.
    let n = n.clamp(-100, 100);
    let integer = |d: Dec| match d.floor_ceil(false).map(i64::try_from) {
        Some(Ok(i)) => Value::Int(i),
        _ => Value::Float(d.to_f64()),
    };
    match to_number(&v) {
        Num::Int(i) if n >= 0 => Ok(Value::Int(i)),
        Num::Int(i) => Ok(Dec::from_i64(i).round(n).map_or(Value::Int(i), integer)),
        Num::Dec(d) => {
            let r = d.round(n).ok_or("round: number too large")?;
            Ok(if n <= 0 { integer(r) } else { Value::Float(r.to_f64()) })
        }
        Num::F(f) if !f.is_finite() => Err(float_to_s(f)),
        Num::F(f) => Ok(Value::Float(f)),
    }
}

fn ceil_floor<'a>(v: &Value<'a>, ceil: bool) -> FResult<'a> {
    match to_number(v) {
        Num::Int(i) => Ok(Value::Int(i)),
        Num::Dec(d) => Ok(Value::Int(d.floor_ceil(ceil).unwrap_or(0) as i64)),
        Num::F(f) => Err(float_to_s(f)),
    }
}
pub(super) fn ceil<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    ceil_floor(&v, true)
}
pub(super) fn floor<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 0, 0)?;
    ceil_floor(&v, false)
}

fn num_cmp(a: Num, b: Num) -> std::cmp::Ordering {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => x.cmp(&y),
        _ => match (a.to_dec(), b.to_dec()) {
            (Some(x), Some(y)) => Dec::cmp(x, y),
            _ => a.to_f64().partial_cmp(&b.to_f64()).unwrap_or(std::cmp::Ordering::Equal),
        },
    }
}

pub(super) fn at_least<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    let (x, m) = (to_number(&v), to_number(&a[0]));
    Ok(if num_cmp(m, x).is_gt() { m.value() } else { x.value() })
}

pub(super) fn at_most<'a>(v: Value<'a>, a: &[Value<'a>]) -> FResult<'a> {
    arity(a, 1, 1)?;
    let (x, m) = (to_number(&v), to_number(&a[0]));
    Ok(if num_cmp(m, x).is_lt() { m.value() } else { x.value() })
}

/// `Utils.to_integer`: integers as they are, everything else through `Integer(to_s)`.
pub(crate) fn to_integer(v: &Value<'_>) -> Result<i64, String> {
    if let Value::Int(i) = v {
        return Ok(*i);
    }
    let text = v.to_s();
    let t = text.trim_matches(|c: char| c.is_ascii() && is_space(c as u8));
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let (radix, digits) = if let Some(d) = lower.strip_prefix("0x") {
        (16, d.to_string())
    } else if let Some(d) = lower.strip_prefix("0b") {
        (2, d.to_string())
    } else if let Some(d) = lower.strip_prefix("0o") {
        (8, d.to_string())
    } else if lower.len() > 1 && lower.starts_with('0') {
        (8, lower[1..].to_string())
    } else {
        (10, lower.clone())
    };
    let ok = !digits.is_empty()
        && !digits.starts_with('_')
        && !digits.ends_with('_')
        && !digits.contains("__")
        && digits.chars().all(|c| c == '_' || c.is_digit(radix));
    if !ok {
        return Err("invalid integer".into());
    }
    let n =
        i64::from_str_radix(&digits.replace('_', ""), radix).map_err(|_| "invalid integer".to_string())?;
    Ok(if neg { -n } else { n })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn to_integer_is_rubys_integer() {
        assert_eq!(to_integer(&Value::Str(" 12 ")), Ok(12));
        assert_eq!(to_integer(&Value::Str("0x1f")), Ok(31));
        assert_eq!(to_integer(&Value::Str("1_000")), Ok(1000));
        assert!(to_integer(&Value::Float(5.0)).is_err());
        assert!(to_integer(&Value::Nil).is_err());
    }

    #[test]
    fn integer_division_floors_and_float_division_does_not() {
        let d = |a: Value<'static>, b: Value<'static>| divided_by(a, &[b]).unwrap().to_s().into_owned();
        assert_eq!(d(Value::Int(-7), Value::Int(2)), "-4");
        assert_eq!(d(Value::Float(10.0), Value::Int(4)), "2.5");
        assert!(divided_by(Value::Int(1), &[Value::Int(0)]).is_err());
    }
}
