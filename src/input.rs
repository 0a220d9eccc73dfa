//! Reading user-named inputs: a path, or `-` for standard input, with errors that name the file.

use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};

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
