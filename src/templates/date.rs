//! The `date` filter: Ruby's `Time.parse` for the common formats and Ruby's `strftime`.
//! Times without a zone are taken as UTC (the reference renders with `TZ=UTC`).

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike, Utc};

use super::value::Value;

/// A point in time with its offset, and whether Ruby would call its zone "UTC".
pub(crate) struct Time {
    pub dt: DateTime<FixedOffset>,
    pub utc_name: bool,
}

fn utc(dt: DateTime<Utc>) -> Time {
    Time { dt: dt.fixed_offset(), utc_name: true }
}

/// `Utils.to_date`.
pub(crate) fn to_date(v: &Value<'_>) -> Option<Time> {
    match v {
        Value::Int(i) => Utc.timestamp_opt(*i, 0).single().map(utc),
        Value::Str(_) | Value::OStr(_) => {
            let s = v.as_str().unwrap_or("");
            if s.is_empty() {
                return None;
            }
            let lower = s.to_lowercase();
            if lower == "now" || lower == "today" {
                return Some(utc(Utc::now()));
            }
            if lower.bytes().all(|c| c.is_ascii_digit()) {
                return lower.parse::<i64>().ok().and_then(|i| Utc.timestamp_opt(i, 0).single()).map(utc);
            }
            parse_time(s.trim())
        }
        _ => None,
    }
}

const MONTHS: [&str; 12] =
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

fn month_of(word: &str) -> Option<u32> {
    let w = word.to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS.iter().position(|m| w.starts_with(m)).map(|i| i as u32 + 1)
}

/// A subset of `Time.parse`: ISO 8601 / RFC 3339, `YYYY-MM-DD hh:mm:ss ±zone`, `YYYY/MM/DD`,
/// RFC 2822 and `Month D, YYYY` / `D Month YYYY`, each with an optional time and zone.
fn parse_time(s: &str) -> Option<Time> {
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        let utc_name = s.ends_with('Z') || s.ends_with('z');
        return Some(Time { dt, utc_name });
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(Time { dt, utc_name: false });
    }
    // Split into words of digits/letters and the rest.
    let mut date: Option<NaiveDate> = None;
    let mut time = NaiveTime::MIN;
    let mut zone: Option<(i32, bool)> = None;
    let tokens: Vec<&str> = s.split([' ', ',', 'T']).filter(|t| !t.is_empty()).collect();
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        if date.is_none() {
            let sep = if t.contains('-') {
                Some('-')
            } else if t.contains('/') {
                Some('/')
            } else {
                None
            };
            if let Some(sep) = sep {
                let p: Vec<&str> = t.split(sep).collect();
                if p.len() == 3 && p[0].len() == 4 {
                    date =
                        NaiveDate::from_ymd_opt(p[0].parse().ok()?, p[1].parse().ok()?, p[2].parse().ok()?);
                    i += 1;
                    continue;
                }
            }
            if let Some(m) = month_of(t) {
                // Month D YYYY
                let d: u32 = tokens.get(i + 1)?.trim_end_matches(|c: char| c.is_alphabetic()).parse().ok()?;
                let y: i32 = tokens.get(i + 2)?.parse().ok()?;
                date = NaiveDate::from_ymd_opt(y, m, d);
                i += 3;
                continue;
            }
            if t.bytes().all(|c| c.is_ascii_digit())
                && t.len() <= 2
                && let Some(m) = tokens.get(i + 1).and_then(|w| month_of(w))
            {
                let y: i32 = tokens.get(i + 2)?.parse().ok()?;
                date = NaiveDate::from_ymd_opt(y, m, t.parse().ok()?);
                i += 3;
                continue;
            }
            if t.chars().all(char::is_alphabetic) {
                i += 1; // weekday names
                continue;
            }
            return None;
        }
        if t.contains(':') && t.as_bytes()[0].is_ascii_digit() {
            let (clock, tz) = match t.find(['+', '-', 'Z', 'z']) {
                Some(p) => (&t[..p], Some(&t[p..])),
                None => (t, None),
            };
            let p: Vec<&str> = clock.split(':').collect();
            let (sec, frac) = match p.get(2) {
                Some(x) => match x.split_once('.') {
                    Some((a, b)) => (a.parse().ok()?, format!("0.{b}").parse::<f64>().ok()?),
                    None => (x.parse().ok()?, 0.0),
                },
                None => (0, 0.0),
            };
            time = NaiveTime::from_hms_nano_opt(
                p[0].parse().ok()?,
                p.get(1)?.parse().ok()?,
                sec,
                (frac * 1e9) as u32,
            )?;
            if let Some(z) = tz {
                zone = Some(parse_zone(z)?);
            }
        } else if t.eq_ignore_ascii_case("am") || t.eq_ignore_ascii_case("pm") {
            let h = time.hour() % 12 + if t.eq_ignore_ascii_case("pm") { 12 } else { 0 };
            time = time.with_hour(h)?;
        } else {
            zone = Some(parse_zone(t)?);
        }
        i += 1;
    }
    let naive = NaiveDateTime::new(date?, time);
    let (off, utc_name) = zone.unwrap_or((0, true));
    let offset = FixedOffset::east_opt(off)?;
    let dt = offset.from_local_datetime(&naive).single()?;
    Some(Time { dt, utc_name })
}

fn parse_zone(z: &str) -> Option<(i32, bool)> {
    match z.to_ascii_uppercase().as_str() {
        "Z" | "UTC" | "GMT" => return Some((0, true)),
        _ => {}
    }
    let sign = match z.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let digits: String = z[1..].chars().filter(char::is_ascii_digit).collect();
    let (h, m) = match digits.len() {
        1 | 2 => (digits.parse::<i32>().ok()?, 0),
        4 => (digits[..2].parse::<i32>().ok()?, digits[2..].parse::<i32>().ok()?),
        _ => return None,
    };
    Some((sign * (h * 3600 + m * 60), false))
}

const DAYS: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Ruby's `Time#strftime` (flags `-`, `_`, `0`, `^`, `#`, widths, `%:z`).
pub(crate) fn strftime(t: &Time, fmt: &str) -> Result<String, String> {
    let dt = &t.dt;
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut pad: Option<char> = None;
        let mut upper = false;
        let mut swap = false;
        while i < chars.len() && "-_0^#".contains(chars[i]) {
            match chars[i] {
                '-' => pad = Some('\0'),
                '_' => pad = Some(' '),
                '0' => pad = Some('0'),
                '^' => upper = true,
                _ => swap = true,
            }
            i += 1;
        }
        let mut width: Option<usize> = None;
        while i < chars.len() && chars[i].is_ascii_digit() {
            let d = chars[i].to_digit(10).unwrap_or(0) as usize;
            width = Some(width.unwrap_or(0).saturating_mul(10).saturating_add(d));
            i += 1;
        }
        let mut colons = 0;
        while i < chars.len() && chars[i] == ':' {
            colons += 1;
            i += 1;
        }
        let Some(&c) = chars.get(i) else {
            out.extend(&chars[start..]);
            break;
        };
        i += 1;
        match width {
            // Ruby writes a directive whose width does not fit a C int as it is…
            Some(w) if w > i32::MAX as usize => {
                out.extend(&chars[start..i]);
                continue;
            }
            // …and fails past its buffer limit (4.5 MiB).
            Some(w) if w > MAX_WIDTH => {
                return Err(format!("Numerical result out of range - {}", fmt));
            }
            _ => {}
        }
        let num = |v: i64, w: usize, p: char| Field::Num(v, w, p);
        let hour12 = if dt.hour().is_multiple_of(12) { 12 } else { dt.hour() % 12 } as i64;
        let field = match c {
            'Y' => {
                let y = dt.year() as i64;
                Field::Num(y, if y < 0 { 5 } else { 4 }, '0')
            }
            'C' => num((dt.year() / 100) as i64, 2, '0'),
            'y' => num((dt.year() % 100) as i64, 2, '0'),
            'm' => num(dt.month() as i64, 2, '0'),
            'B' => Field::Text(MONTH_NAMES[dt.month0() as usize].to_string()),
            'b' | 'h' => Field::Text(MONTH_NAMES[dt.month0() as usize][..3].to_string()),
            'd' => num(dt.day() as i64, 2, '0'),
            'e' => num(dt.day() as i64, 2, ' '),
            'j' => num(dt.ordinal() as i64, 3, '0'),
            'H' => num(dt.hour() as i64, 2, '0'),
            'k' => num(dt.hour() as i64, 2, ' '),
            'I' => num(hour12, 2, '0'),
            'l' => num(hour12, 2, ' '),
            'M' => num(dt.minute() as i64, 2, '0'),
            'S' => num(dt.second() as i64, 2, '0'),
            'L' => Field::Text(format!("{:09}", dt.nanosecond())[..width.unwrap_or(3).min(9)].to_string()),
            'N' => {
                let w = width.unwrap_or(9);
                let digits = format!("{:09}", dt.nanosecond());
                Field::Text(if w <= 9 { digits[..w].to_string() } else { digits + &"0".repeat(w - 9) })
            }
            'z' => {
                let off = dt.offset().local_minus_utc();
                let sign = if off < 0 { '-' } else { '+' };
                let (h, m) = (off.abs() / 3600, off.abs() % 3600 / 60);
                Field::Text(match colons {
                    0 => format!("{sign}{h:02}{m:02}"),
                    1 => format!("{sign}{h:02}:{m:02}"),
                    _ => format!("{sign}{h:02}:{m:02}:{:02}", off.abs() % 60),
                })
            }
            'Z' => Field::Text(if t.utc_name { "UTC".into() } else { String::new() }),
            'A' => Field::Text(DAYS[dt.weekday().num_days_from_sunday() as usize].to_string()),
            'a' => Field::Text(DAYS[dt.weekday().num_days_from_sunday() as usize][..3].to_string()),
            'u' => num(dt.weekday().number_from_monday() as i64, 1, '0'),
            'w' => num(dt.weekday().num_days_from_sunday() as i64, 1, '0'),
            'p' => Field::Text(if dt.hour() < 12 { "AM" } else { "PM" }.into()),
            'P' => Field::Text(if dt.hour() < 12 { "am" } else { "pm" }.into()),
            's' => num(dt.timestamp(), 1, '0'),
            'U' => num(((dt.ordinal0() + 7 - dt.weekday().num_days_from_sunday()) / 7) as i64, 2, '0'),
            'W' => num(((dt.ordinal0() + 7 - dt.weekday().num_days_from_monday()) / 7) as i64, 2, '0'),
            'G' => num(dt.iso_week().year() as i64, 4, '0'),
            'g' => num((dt.iso_week().year() % 100) as i64, 2, '0'),
            'V' => num(dt.iso_week().week() as i64, 2, '0'),
            'c' => Field::Text(strftime(t, "%a %b %e %H:%M:%S %Y")?),
            'D' | 'x' => Field::Text(strftime(t, "%m/%d/%y")?),
            'F' => Field::Text(strftime(t, "%Y-%m-%d")?),
            'T' | 'X' => Field::Text(strftime(t, "%H:%M:%S")?),
            'R' => Field::Text(strftime(t, "%H:%M")?),
            'r' => Field::Text(strftime(t, "%I:%M:%S %p")?),
            'n' => Field::Text("\n".into()),
            't' => Field::Text("\t".into()),
            '%' => Field::Text("%".into()),
            _ => {
                out.extend(&chars[start..i]);
                continue;
            }
        };
        match field {
            Field::Num(v, w, default_pad) => {
                let w = width.unwrap_or(w);
                let digits = v.abs().to_string();
                let sign = if v < 0 { "-" } else { "" };
                match pad.unwrap_or(default_pad) {
                    '\0' => out.push_str(&format!("{sign}{digits}")),
                    p => {
                        let len = digits.len() + sign.len();
                        let fill: String = std::iter::repeat_n(p, w.saturating_sub(len)).collect();
                        if p == '0' {
                            out.push_str(&format!("{sign}{fill}{digits}"));
                        } else {
                            out.push_str(&format!("{fill}{sign}{digits}"));
                        }
                    }
                }
            }
            Field::Text(mut s) => {
                if upper {
                    s = s.to_uppercase();
                } else if swap {
                    s = if s.chars().any(|c| c.is_lowercase()) { s.to_uppercase() } else { s.to_lowercase() };
                }
                if let Some(w) = width
                    && s.chars().count() < w
                {
                    let p = if pad == Some('0') { '0' } else { ' ' };
                    let fill: String = std::iter::repeat_n(p, w - s.chars().count()).collect();
                    s = fill + &s;
                }
                out.push_str(&s);
            }
        }
    }
    Ok(out)
}

/// The widest field Ruby's `strftime` pads to before it raises `Errno::ERANGE`.
const MAX_WIDTH: usize = 4_718_592;

enum Field {
    Num(i64, usize, char),
    Text(String),
}
