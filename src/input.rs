//! Reading user-named inputs: a path, or `-` for standard input, with errors that name the file.

use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};
use crate::secret::Secret;

/// Opens a file, or standard input for `-`.
pub fn open(path: &Path) -> Result<Box<dyn Read + Send>> {
    if path.as_os_str() == "-" {
        Ok(Box::new(std::io::stdin()))
    } else {
        let f = std::fs::File::open(path).map_err(|e| Error::file(path, e))?;
        Ok(Box::new(std::io::BufReader::with_capacity(1 << 20, f)))
    }
}

/// Reads a whole file (or stdin) as bytes, exactly.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    open(path)?.read_to_end(&mut buf).map_err(|e| Error::file(path, e))?;
    Ok(buf)
}

/// Reads a whole file (or stdin) as UTF-8 text.
pub fn read_text(path: &Path) -> Result<String> {
    String::from_utf8(read_bytes(path)?)
        .map_err(|_| Error::input(format!("{} is not UTF-8 text", display(path))))
}

/// Reads and parses a JSON file, naming the file and position on error.
pub fn read_json(path: &Path) -> Result<serde_json::Value> {
    let text = read_text(path)?;
    serde_json::from_str(&text).map_err(|e| {
        Error::input(format!("{} is not valid JSON: {e}", display(path)))
            .with_hint("check the file at that line and column")
    })
}

pub fn display(path: &Path) -> String {
    if path.as_os_str() == "-" { "standard input".into() } else { path.display().to_string() }
}

/// Counts the bytes that pass through a reader.
pub struct CountingReader<R> {
    inner: R,
    count: u64,
}

impl<R: Read> CountingReader<R> {
    pub fn new(inner: R) -> Self {
        CountingReader { inner, count: 0 }
    }
    pub fn count(&self) -> u64 {
        self.count
    }
}

impl<R: Read> Read for CountingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count += n as u64;
        Ok(n)
    }
}

/// Reads a secret from a file or stdin, dropping one trailing newline (as `echo` adds).
pub fn read_secret_file(path: &std::path::Path) -> Result<Secret> {
    let raw = if path.as_os_str() == "-" {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut s).map_err(|e| Error::file(path, e))?;
        s
    } else {
        std::fs::read_to_string(path).map_err(|e| Error::file(path, e))?
    };
    let v = raw.strip_suffix('\n').map(|s| s.strip_suffix('\r').unwrap_or(s)).unwrap_or(&raw);
    if v.is_empty() {
        return Err(Error::input(format!("the secret file {} is empty", path.display())));
    }
    Ok(Secret::new(v))
}

/// The closest candidate to `word`, if any is close enough.
pub fn did_you_mean<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (edit_distance(word, c), *c))
        .filter(|(d, c)| *d <= (c.len() / 3).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != *cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Normalizes an enum value typed on the command line (`feature-set-created` →
/// `FEATURE_SET_CREATED`) and checks it against `known`.
pub fn enum_value(flag: &str, raw: &str, known: &[&str]) -> Result<String> {
    let v = raw.trim().replace('-', "_").to_ascii_uppercase();
    if known.contains(&v.as_str()) {
        return Ok(v);
    }
    let mut e = Error::usage(format!("{flag} {raw:?} is not one of: {}", known.join(", ")));
    if let Some(s) = did_you_mean(&v, known) {
        e = e.with_hint(format!("did you mean {s}?"));
    }
    Err(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        let keys = ["user/created", "user/updated", "scenario_session/completed"];
        assert_eq!(did_you_mean("user/craeted", &keys), Some("user/created"));
        assert_eq!(did_you_mean("scenario_sesion/completed", &keys), Some("scenario_session/completed"));
        assert_eq!(did_you_mean("nothing/like/it", &keys), None);
    }

    const KNOWN: &[&str] = &["FEATURE_SET_CREATED", "FEATURE_SET_UPDATED", "FIELD_CREATED"];

    #[test]
    fn enum_values_are_normalized_and_checked() {
        assert_eq!(enum_value("--event-type", "feature-set-created", KNOWN).unwrap(), "FEATURE_SET_CREATED");
        let e = enum_value("--event-type", "FEATURE_SET_CRATED", KNOWN).unwrap_err();
        assert_eq!(e.hint.as_deref(), Some("did you mean FEATURE_SET_CREATED?"));
    }
}
