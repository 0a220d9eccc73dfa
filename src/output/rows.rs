//! Listing output: rows written as they come (a streamed JSON array, one id per line, or a table
//! at the end).

use std::io::Write;

use serde::Serialize;

use super::{OutputFormat, table};

/// Writing to stdout failed (other than a closed pipe, which is not an error).
#[derive(Debug)]
pub struct WriteError(pub std::io::Error);

type Result<T> = std::result::Result<T, WriteError>;

/// One page of a listing: its items and the cursor of the next page, if any.
pub struct PageOf<T> {
    pub items: Vec<T>,
    pub next: Option<String>,
}

/// Writes listing rows as they come: a streamed JSON array, one id per line, or (for tables,
/// which need every row for column widths) short text rows kept until the end.
pub struct RowSink {
    format: OutputFormat,
    out: std::io::BufWriter<std::io::Stdout>,
    first: bool,
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
    finished: bool,
}

impl RowSink {
    pub fn new(format: OutputFormat, headers: &[&str]) -> RowSink {
        RowSink {
            format,
            out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            first: true,
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
            finished: false,
        }
    }

    /// Adds one item; false when stdout is closed.
    pub fn push<T: Serialize + HasId>(
        &mut self,
        item: &T,
        row: impl FnOnce() -> Vec<String>,
    ) -> Result<bool> {
        let res = match self.format {
            OutputFormat::Json => {
                // `[` waits for the first item: a command that fails before it prints nothing.
                let sep: &[u8] = if self.first { b"[\n" } else { b",\n" };
                self.out
                    .write_all(sep)
                    .and_then(|_| serde_json::to_writer(&mut self.out, item).map_err(std::io::Error::other))
            }
            OutputFormat::Ids => writeln!(self.out, "{}", item.listing_id()),
            OutputFormat::Table => {
                self.rows.push(row());
                Ok(())
            }
        };
        self.first = false;
        ok_unless_closed(res)
    }

    /// Adds every item of the pages `fetch` answers, following the cursors from the first page;
    /// answers how many, or `None` when stdout is closed (`| head`).
    pub async fn push_pages<T, P, E, Fut>(
        &mut self,
        mut fetch: impl FnMut(Option<String>) -> Fut,
        row: impl Fn(&T) -> Vec<String>,
    ) -> std::result::Result<Option<usize>, E>
    where
        T: Serialize + HasId,
        P: Into<PageOf<T>>,
        Fut: std::future::Future<Output = std::result::Result<P, E>>,
        E: From<WriteError>,
    {
        let (mut after, mut total) = (None, 0);
        loop {
            let page: PageOf<T> = fetch(after).await?.into();
            total += page.items.len();
            for item in &page.items {
                if !self.push(item, || row(item))? {
                    return Ok(None);
                }
            }
            match page.next {
                Some(n) => after = Some(n),
                None => return Ok(Some(total)),
            }
        }
    }

    pub fn flush(&mut self) -> Result<bool> {
        ok_unless_closed(self.out.flush())
    }

    pub fn finish(mut self) -> Result<()> {
        let res = match self.format {
            OutputFormat::Json => {
                let end: &[u8] = if self.first { b"[]\n" } else { b"\n]\n" };
                self.out.write_all(end)
            }
            OutputFormat::Ids => Ok(()),
            OutputFormat::Table if self.rows.is_empty() => Ok(()),
            OutputFormat::Table => {
                let headers: Vec<&str> = self.headers.iter().map(String::as_str).collect();
                let mut t = table(&headers);
                for r in std::mem::take(&mut self.rows) {
                    t.add_row(r);
                }
                writeln!(self.out, "{t}")
            }
        };
        self.finished = true;
        ok_unless_closed(res.and_then(|_| self.out.flush())).map(|_| ())
    }
}

/// A JSON listing cut short by an error still ends as valid JSON: the array holds the items
/// received before the failure (the exit code and stderr say it is incomplete).
impl Drop for RowSink {
    fn drop(&mut self) {
        if self.format == OutputFormat::Json && !self.first && !self.finished {
            let _ = self.out.write_all(b"\n]\n").and_then(|_| self.out.flush());
        }
    }
}

fn ok_unless_closed(res: std::io::Result<()>) -> Result<bool> {
    match res {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(false),
        Err(e) => Err(WriteError(e)),
    }
}

/// Listing items have an id (for `--output ids`).
pub trait HasId {
    fn listing_id(&self) -> &str;
}
