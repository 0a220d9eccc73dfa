//! A small unified diff of two texts (line LCS), for templates and queries in a plan.
//! The `similar` crate is not in the dependency tree, and texts here are small.

/// Texts longer than this (in lines, both sides multiplied) are shown as whole replacements,
/// so a huge template cannot make the LCS table quadratic in memory.
const MAX_CELLS: usize = 4_000_000;
const CONTEXT: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Same(usize, usize),
    Del(usize),
    Add(usize),
}

/// A unified diff (`--- server` / `+++ manifest`, hunks with 3 lines of context); empty when the
/// texts are equal.
pub fn unified(old: &str, new: &str) -> String {
    if old == new {
        return String::new();
    }
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    let ops = script(&a, &b);
    let mut out = String::from("--- server\n+++ manifest\n");
    let changed: Vec<usize> =
        ops.iter().enumerate().filter(|(_, o)| !matches!(o, Op::Same(..))).map(|(i, _)| i).collect();
    let mut i = 0;
    while i < changed.len() {
        let start = changed[i].saturating_sub(CONTEXT);
        let mut end = changed[i];
        while i < changed.len() && changed[i] <= end + 2 * CONTEXT {
            end = changed[i];
            i += 1;
        }
        let end = (end + CONTEXT + 1).min(ops.len());
        hunk(&mut out, &ops[start..end], &a, &b);
    }
    out
}

fn hunk(out: &mut String, ops: &[Op], a: &[&str], b: &[&str]) {
    let (mut a0, mut b0, mut na, mut nb) = (None, None, 0, 0);
    for op in ops {
        match *op {
            Op::Same(i, j) => {
                a0.get_or_insert(i);
                b0.get_or_insert(j);
                na += 1;
                nb += 1;
            }
            Op::Del(i) => {
                a0.get_or_insert(i);
                na += 1;
            }
            Op::Add(j) => {
                b0.get_or_insert(j);
                nb += 1;
            }
        }
    }
    let start =
        |first: Option<usize>, n: usize| if n == 0 { first.unwrap_or(0) } else { first.unwrap_or(0) + 1 };
    out.push_str(&format!("@@ -{},{na} +{},{nb} @@\n", start(a0, na), start(b0, nb)));
    for op in ops {
        match *op {
            Op::Same(i, _) => out.push_str(&format!(" {}\n", a[i])),
            Op::Del(i) => out.push_str(&format!("-{}\n", a[i])),
            Op::Add(j) => out.push_str(&format!("+{}\n", b[j])),
        }
    }
}

/// The edit script: the longest common subsequence of lines, the rest deleted or added.
fn script(a: &[&str], b: &[&str]) -> Vec<Op> {
    // Common prefix and suffix first: most edits touch a few lines.
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suf = a[pre..].iter().rev().zip(b[pre..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (ma, mb) = (&a[pre..a.len() - suf], &b[pre..b.len() - suf]);
    let mut ops: Vec<Op> = (0..pre).map(|i| Op::Same(i, i)).collect();
    if ma.len().saturating_mul(mb.len()) > MAX_CELLS {
        ops.extend((0..ma.len()).map(|i| Op::Del(pre + i)));
        ops.extend((0..mb.len()).map(|j| Op::Add(pre + j)));
    } else {
        let (n, m) = (ma.len(), mb.len());
        let mut len = vec![0u32; (n + 1) * (m + 1)];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                len[i * (m + 1) + j] = if ma[i] == mb[j] {
                    len[(i + 1) * (m + 1) + j + 1] + 1
                } else {
                    len[(i + 1) * (m + 1) + j].max(len[i * (m + 1) + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && ma[i] == mb[j] {
                ops.push(Op::Same(pre + i, pre + j));
                i += 1;
                j += 1;
            } else if i < n && (j == m || len[(i + 1) * (m + 1) + j] >= len[i * (m + 1) + j + 1]) {
                ops.push(Op::Del(pre + i));
                i += 1;
            } else {
                ops.push(Op::Add(pre + j));
                j += 1;
            }
        }
    }
    let (ea, eb) = (a.len() - suf, b.len() - suf);
    ops.extend((0..suf).map(|k| Op::Same(ea + k, eb + k)));
    ops
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_texts_have_no_diff() {
        assert_eq!(unified("a\nb\n", "a\nb\n"), "");
    }

    #[test]
    fn one_changed_line_with_context() {
        let old = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        let new = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        assert_eq!(
            unified(old, new),
            "--- server\n+++ manifest\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"
        );
    }

    #[test]
    fn additions_to_an_empty_text() {
        assert_eq!(unified("", "a\nb"), "--- server\n+++ manifest\n@@ -0,0 +1,2 @@\n+a\n+b\n");
    }

    #[test]
    fn far_apart_changes_make_two_hunks() {
        let old: String = (0..30).map(|i| format!("{i}\n")).collect();
        let new = old.replace("\n3\n", "\nthree\n").replace("\n25\n", "\ntwenty-five\n");
        let d = unified(&old, &new);
        assert_eq!(d.matches("@@ -").count(), 2, "{d}");
    }
}
