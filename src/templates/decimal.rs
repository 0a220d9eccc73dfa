//! The BigDecimal-style arithmetic that Liquid's math filters use.

use std::cmp::Ordering;

/// A decimal number `m × 10^e`, standing in for Ruby's BigDecimal in the math filters.
/// BigDecimal has a signed zero (`-0.0 | times: 1` is `-0.0`): `nz` marks a negative zero.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Dec {
    m: i128,
    e: i32,
    nz: bool,
}

/// A non-negative-zero `Dec`.
const fn dec(m: i128, e: i32) -> Dec {
    Dec { m, e, nz: false }
}

/// The result of an operation whose zero takes the sign `neg`.
fn signed(d: Dec, neg: bool) -> Dec {
    Dec { nz: d.m == 0 && neg, ..d }
}

impl Dec {
    /// From a float's shortest representation, as `BigDecimal(float.to_s)`.
    pub(crate) fn from_f64(f: f64) -> Option<Dec> {
        if !f.is_finite() {
            return None;
        }
        // Fast path: the fewest decimal places that round-trip (what the shortest
        // representation gives) for everyday amounts like 9.99 or 24.5.
        if f.abs() < 1e15 {
            let mut scale = 1.0f64;
            for k in 0..=15 {
                let m = (f * scale).round();
                if m.abs() < 9_007_199_254_740_992.0 && m / scale == f {
                    return Some(signed(dec(m as i128, -k), f.is_sign_negative()));
                }
                scale *= 10.0;
            }
        }
        let s = format!("{f:e}");
        let (mant, exp) = s.split_once('e')?;
        let exp: i32 = exp.parse().ok()?;
        let neg = mant.starts_with('-');
        let mant = mant.trim_start_matches('-');
        let frac_len = mant.split_once('.').map_or(0, |(_, f)| f.len()) as i32;
        let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
        let m: i128 = digits.parse().ok()?;
        let d = signed(dec(if neg { -m } else { m }, exp - frac_len), neg);
        if d.e.abs() > 30 { None } else { Some(d) }
    }

    /// From a string like `-12.50`.
    pub(crate) fn parse(s: &str) -> Option<Dec> {
        let (int, frac) = s.split_once('.').unwrap_or((s, ""));
        let neg = int.starts_with('-');
        let int = int.trim_start_matches('-');
        let digits = format!("{int}{frac}");
        if digits.len() > 36 {
            return None;
        }
        let m: i128 = digits.parse().ok()?;
        Some(signed(dec(if neg { -m } else { m }, -(frac.len() as i32)), neg))
    }

    pub(crate) fn from_i64(i: i64) -> Dec {
        dec(i as i128, 0)
    }

    /// Negative, or a negative zero.
    fn is_negative(self) -> bool {
        self.m < 0 || self.nz
    }

    pub(crate) fn to_f64(self) -> f64 {
        if self.m == 0 {
            return if self.nz { -0.0 } else { 0.0 };
        }
        // Exact operands and one correctly rounded operation: the nearest float.
        if self.m.unsigned_abs() < (1u128 << 53) && self.e.abs() <= 22 {
            let p = 10f64.powi(self.e.abs());
            return if self.e >= 0 { self.m as f64 * p } else { self.m as f64 / p };
        }
        format!("{}e{}", self.m, self.e).parse().unwrap_or(f64::NAN)
    }

    fn align(a: Dec, b: Dec) -> Option<(i128, i128, i32)> {
        let e = a.e.min(b.e);
        let am = a.m.checked_mul(10i128.checked_pow((a.e - e) as u32)?)?;
        let bm = b.m.checked_mul(10i128.checked_pow((b.e - e) as u32)?)?;
        Some((am, bm, e))
    }

    pub(crate) fn add(a: Dec, b: Dec) -> Option<Dec> {
        let (x, y, e) = Self::align(a, b)?;
        // As IEEE: the sum of two zeros is negative only when both are; cancellation gives +0.
        Some(signed(dec(x.checked_add(y)?, e), a.nz && b.nz))
    }

    pub(crate) fn sub(a: Dec, b: Dec) -> Option<Dec> {
        let (x, y, e) = Self::align(a, b)?;
        Some(signed(dec(x.checked_sub(y)?, e), a.nz && b.m == 0 && !b.nz))
    }

    pub(crate) fn mul(a: Dec, b: Dec) -> Option<Dec> {
        Some(signed(dec(a.m.checked_mul(b.m)?, a.e + b.e), a.is_negative() != b.is_negative()))
    }

    /// Quotient to about 20 significant digits (BigDecimal gives 18+, then `to_f`).
    pub(crate) fn div(a: Dec, b: Dec) -> Option<Dec> {
        if b.m == 0 {
            return None;
        }
        let mut num = a.m;
        let mut e = a.e - b.e;
        while num.abs() < 10i128.pow(30) && num != 0 {
            num *= 10;
            e -= 1;
        }
        Some(signed(dec(num / b.m, e), a.is_negative() != b.is_negative()))
    }

    /// Floored modulo, as Ruby's `%`.
    pub(crate) fn modulo(a: Dec, b: Dec) -> Option<Dec> {
        let (x, y, e) = Self::align(a, b)?;
        if y == 0 {
            return None;
        }
        let mut r = x % y;
        if r != 0 && ((r < 0) != (y < 0)) {
            r += y;
        }
        // BigDecimal's remainder zero is always positive.
        Some(dec(r, e))
    }

    pub(crate) fn is_zero(self) -> bool {
        self.m == 0
    }

    /// Rounds half away from zero to `n` decimal places (negative `n`: tens, hundreds…).
    pub(crate) fn round(self, n: i32) -> Option<Dec> {
        if -self.e <= n {
            return Some(self);
        }
        let drop = (-self.e as i64 - n as i64) as u32;
        // Past 10^38 every i128 mantissa rounds to zero.
        let Some(p) = 10i128.checked_pow(drop) else {
            return Some(signed(dec(0, -n), self.is_negative()));
        };
        let q = self.m / p;
        let r = (self.m % p).abs();
        let q = if r >= p - r { q + self.m.signum() } else { q };
        Some(signed(dec(q, -n), self.is_negative()))
    }

    /// Floor or ceiling to an integer.
    pub(crate) fn floor_ceil(self, ceil: bool) -> Option<i128> {
        if self.m == 0 {
            return Some(0);
        }
        if self.e >= 0 {
            return self.m.checked_mul(10i128.checked_pow(self.e as u32)?);
        }
        let p = 10i128.checked_pow((-self.e) as u32)?;
        let q = self.m.div_euclid(p);
        let r = self.m.rem_euclid(p);
        Some(if ceil && r != 0 { q + 1 } else { q })
    }

    pub(crate) fn cmp(a: Dec, b: Dec) -> Ordering {
        match Self::align(a, b) {
            Some((x, y, _)) => x.cmp(&y),
            None => a.to_f64().partial_cmp(&b.to_f64()).unwrap_or(Ordering::Equal),
        }
    }

    pub(crate) fn abs(self) -> Dec {
        dec(self.m.abs(), self.e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_arithmetic_is_exact() {
        let a = Dec::from_f64(0.1).unwrap();
        let b = Dec::from_f64(0.2).unwrap();
        assert_eq!(Dec::add(a, b).unwrap().to_f64(), 0.3);
        assert_eq!(Dec::from_f64(1.005).unwrap().round(2).unwrap().to_f64(), 1.01);
        assert_eq!(Dec::from_f64(-2.5).unwrap().round(0).unwrap().to_f64(), -3.0);
        assert_eq!(Dec::div(Dec::from_i64(10), Dec::from_i64(4)).unwrap().to_f64(), 2.5);
        assert_eq!(Dec::modulo(Dec::from_f64(-7.5).unwrap(), Dec::from_i64(2)).unwrap().to_f64(), 0.5);
        assert_eq!(Dec::from_f64(-1.5).unwrap().floor_ceil(false), Some(-2));
        assert_eq!(Dec::from_f64(1.2).unwrap().floor_ceil(true), Some(2));
    }
}
