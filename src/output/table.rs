//! Tables that never wrap what users copy: ids, job ids, topics and keys stay whole; other
//! columns (names, URLs, messages) are cut with `…` to fit the terminal, and left out from the
//! right when even that is too wide. `--wide` shows every
//! value whole, `--columns a,b` chooses and orders columns. The width is `COLUMNS`, else the
//! terminal's; output to a pipe is not cut.

use std::fmt;
use std::io::IsTerminal;
use std::sync::OnceLock;

use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};

/// How tables are laid out, from the global flags; set once at start-up.
#[derive(Debug, Clone, Default)]
pub struct TableOptions {
    pub wide: bool,
    /// Header names to show, in this order (case-insensitive; `-`, `_` and space are alike).
    pub columns: Option<Vec<String>>,
    /// The width to fit; `None`: no limit.
    pub width: Option<usize>,
}

static OPTIONS: OnceLock<TableOptions> = OnceLock::new();

/// Sets the table options for this process (the first call wins).
pub fn configure(wide: bool, columns: Option<Vec<String>>) {
    let _ = OPTIONS.set(TableOptions { wide, columns, width: terminal_width() });
}

/// The table options of this process (the defaults before [`configure`]).
pub fn options() -> TableOptions {
    OPTIONS.get().cloned().unwrap_or_default()
}

/// `COLUMNS` when set, else the terminal's width when stdout is one.
fn terminal_width() -> Option<usize> {
    if let Some(w) = std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse::<usize>().ok()) {
        return Some(w).filter(|w| *w > 0);
    }
    if std::io::stdout().is_terminal() { Table::new().width().map(usize::from) } else { None }
}

/// Headers whose values are copied into the next command: never cut.
fn is_kept(header: &str) -> bool {
    header.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
        matches!(w.to_ascii_uppercase().as_str(), "ID" | "JOB" | "TOPIC" | "TOPICS" | "KEY" | "TYPES")
    })
}

fn normalize(name: &str) -> String {
    name.trim().to_ascii_lowercase().replace([' ', '_'], "-")
}

/// A table in the house style: rows added, laid out when displayed.
#[derive(Debug, Clone)]
pub struct Grid {
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
    kept: Vec<String>,
}

impl Grid {
    pub fn new(headers: &[&str]) -> Grid {
        Grid { headers: headers.iter().map(|h| h.to_string()).collect(), rows: Vec::new(), kept: Vec::new() }
    }

    pub fn add_row<S: Into<String>>(&mut self, row: impl IntoIterator<Item = S>) -> &mut Grid {
        self.rows.push(row.into_iter().map(Into::into).collect());
        self
    }

    /// Also never cut these columns (beyond ids, jobs, topics and keys).
    pub fn keep(mut self, headers: &[&str]) -> Grid {
        self.kept.extend(headers.iter().map(|h| h.to_string()));
        self
    }

    /// Lays the table out with `opts`.
    pub fn render(&self, opts: &TableOptions) -> String {
        let mut picked = self.pick(opts.columns.as_deref());
        let cell = |r: &Vec<String>, i: usize| r.get(i).cloned().unwrap_or_default();
        let natural = |i: usize| {
            self.rows
                .iter()
                .map(|r| text_width(&cell(r, i)))
                .max()
                .unwrap_or(0)
                .max(self.headers[i].chars().count())
        };
        let mut widths: Vec<usize> = picked.iter().map(|&i| natural(i)).collect();
        if let (false, Some(total)) = (opts.wide, opts.width) {
            loop {
                let kept: Vec<bool> = picked.iter().map(|&i| self.is_kept(i)).collect();
                widths = picked.iter().map(|&i| natural(i)).collect();
                let avail = total.saturating_sub(3 * picked.len() + 1);
                fit(&mut widths, &kept, avail);
                // Too narrow even with every other column cut: leave out the rightmost one
                // that may be cut (`--wide` or `--columns` bring it back).
                match kept.iter().rposition(|k| !k) {
                    Some(drop) if widths.iter().sum::<usize>() > avail && picked.len() > 1 => {
                        picked.remove(drop);
                    }
                    _ => break,
                }
            }
        }
        let mut t = Table::new();
        t.load_preset(UTF8_FULL_CONDENSED);
        t.set_content_arrangement(ContentArrangement::Disabled);
        t.set_header(picked.iter().zip(&widths).map(|(&i, &w)| cut(&self.headers[i], w)));
        for r in &self.rows {
            t.add_row(picked.iter().zip(&widths).map(|(&i, &w)| cut(&cell(r, i), w)));
        }
        t.to_string()
    }

    fn is_kept(&self, i: usize) -> bool {
        is_kept(&self.headers[i]) || self.kept.contains(&self.headers[i])
    }

    /// The column indexes `--columns` names (all when none of them matches).
    fn pick(&self, columns: Option<&[String]>) -> Vec<usize> {
        let all: Vec<usize> = (0..self.headers.len()).collect();
        let Some(names) = columns else { return all };
        let picked: Vec<usize> = names
            .iter()
            .filter_map(|n| self.headers.iter().position(|h| normalize(h) == normalize(n)))
            .collect();
        if picked.is_empty() { all } else { picked }
    }
}

impl fmt::Display for Grid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(&options()))
    }
}

/// The widest line of a cell.
fn text_width(s: &str) -> usize {
    s.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

/// Shrinks the columns that may be cut so the sum fits `avail`: the widest are capped first
/// (a common cap), never below 8 characters or their natural width if smaller.
fn fit(widths: &mut [usize], kept: &[bool], avail: usize) {
    const MIN: usize = 8;
    let total: usize = widths.iter().sum();
    if total <= avail {
        return;
    }
    let fixed: usize = widths.iter().zip(kept).filter(|(_, k)| **k).map(|(w, _)| *w).sum();
    let space = avail.saturating_sub(fixed);
    let used = |cap: usize| -> usize {
        widths.iter().zip(kept).filter(|(_, k)| !**k).map(|(w, _)| (*w).min(cap.max(MIN))).sum()
    };
    let max = widths.iter().copied().max().unwrap_or(0);
    let mut cap = max;
    while cap > MIN && used(cap) > space {
        cap -= 1;
    }
    for (w, k) in widths.iter_mut().zip(kept) {
        if !*k {
            *w = (*w).min(cap);
        }
    }
}

/// Cuts each line of a cell to `width` characters, ending a cut line with `…`.
fn cut(s: &str, width: usize) -> String {
    s.lines()
        .map(|l| {
            if l.chars().count() <= width || width == 0 {
                l.to_string()
            } else {
                let mut c: String = l.chars().take(width.saturating_sub(1)).collect();
                c.push('…');
                c
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid() -> Grid {
        let mut g = Grid::new(&["ID", "NAME", "TOPIC", "CALLBACK URL"]);
        g.add_row([
            "V2ViaG9va1N1YnNjcmlwdGlvbi0xMjM0NTY3ODkwMTIzNDU2Nzg5MA==",
            "a rather long subscription name that goes on",
            "user/created",
            "https://example.com/a/very/long/path/to/the/receiver",
        ]);
        g
    }

    fn opts(width: usize) -> TableOptions {
        TableOptions { wide: false, columns: None, width: Some(width) }
    }

    #[test]
    fn ids_and_topics_stay_whole_and_other_columns_are_cut_to_fit() {
        let out = grid().render(&opts(100));
        assert!(out.lines().all(|l| l.chars().count() <= 100), "{out}");
        assert!(out.contains("V2ViaG9va1N1YnNjcmlwdGlvbi0xMjM0NTY3ODkwMTIzNDU2Nzg5MA=="), "{out}");
        assert!(out.contains("user/created") && out.contains('…'), "{out}");
        assert_eq!(out.lines().count(), 5, "one line per row: {out}");
    }

    #[test]
    fn wide_shows_everything_and_columns_choose() {
        let wide = grid().render(&TableOptions { wide: true, ..opts(60) });
        assert!(wide.contains("a rather long subscription name that goes on") && !wide.contains('…'));
        let two =
            grid().render(&TableOptions { columns: Some(vec!["topic".into(), "id".into()]), ..opts(60) });
        let header = two.lines().nth(1).unwrap();
        assert!(header.find("TOPIC").unwrap() < header.find("ID").unwrap(), "{two}");
        assert!(!two.contains("NAME") && !two.contains("CALLBACK"), "{two}");
    }

    #[test]
    fn no_width_means_no_cut() {
        let out = grid().render(&TableOptions::default());
        assert!(!out.contains('…'), "{out}");
    }
}
