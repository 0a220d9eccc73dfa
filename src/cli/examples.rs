//! The `Examples:` section of every command's help, kept in one text file
//! (`examples.txt`) so a test can check that every command has one and that every example
//! parses.

/// `[command path]` lines, each followed by its examples.
const TEXT: &str = include_str!("examples.txt");

/// Each command path below `hookctl` (`""` is the top level) and its example lines as written
/// (a continuation line starts with two spaces).
fn sections() -> Vec<(&'static str, Vec<&'static str>)> {
    let mut out: Vec<(&str, Vec<&str>)> = Vec::new();
    for line in TEXT.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        match (line.strip_prefix('[').and_then(|l| l.strip_suffix(']')), out.last_mut()) {
            (Some(path), _) => out.push((path, Vec::new())),
            (None, Some((_, lines))) => lines.push(line),
            (None, None) => {}
        }
    }
    out
}

/// `cmd` with the examples of it and of every subcommand added at the end of their help.
pub fn attach(cmd: clap::Command) -> clap::Command {
    attach_at(cmd, "", &sections())
}

type Sections = [(&'static str, Vec<&'static str>)];

fn attach_at(mut cmd: clap::Command, path: &str, sections: &Sections) -> clap::Command {
    if let Some((_, lines)) = sections.iter().find(|(p, _)| *p == path) {
        let mut text = String::new();
        if let Some(before) = cmd.get_after_help() {
            text.push_str(&before.to_string());
            text.push_str("\n\n");
        }
        text.push_str("Examples:");
        for line in lines {
            text.push_str("\n  ");
            text.push_str(line);
        }
        cmd = cmd.after_help(text);
    }
    cmd.mut_subcommands(|sub| {
        let sub_path =
            if path.is_empty() { sub.get_name().to_string() } else { format!("{path} {}", sub.get_name()) };
        attach_at(sub, &sub_path, sections)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of an example as a shell would split them, from its `hookctl` on: quotes
    /// removed, stopping at a comment, pipe or redirection.
    fn words(example: &str) -> Vec<String> {
        let start = example.find("hookctl ").unwrap_or_else(|| panic!("no hookctl in {example:?}"));
        let (mut out, mut word, mut quote, mut any) = (Vec::new(), String::new(), None, false);
        for c in example[start..].chars() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), c) => word.push(c),
                (None, '\'' | '"') => (quote, any) = (Some(c), true),
                (None, ')') => break,
                (None, '#' | '|' | '>' | '<') if word.is_empty() => break,
                (None, ' ') => {
                    if !word.is_empty() || any {
                        out.push(std::mem::take(&mut word));
                    }
                    any = false;
                }
                (None, c) => word.push(c),
            }
        }
        if !word.is_empty() || any {
            out.push(word);
        }
        out
    }

    /// The examples of a section as whole command lines (continuations joined).
    fn command_lines(lines: &[&str]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut open = false;
        for line in lines {
            let (text, goes_on) = match line.strip_suffix(" \\") {
                Some(t) => (t.trim(), true),
                None => (line.trim(), false),
            };
            match out.last_mut() {
                Some(last) if open => {
                    last.push(' ');
                    last.push_str(text);
                }
                _ => out.push(text.to_string()),
            }
            open = goes_on;
        }
        out
    }

    #[test]
    fn every_example_parses_and_fits_80_columns() {
        let sections = sections();
        assert!(sections.len() > 60);
        for (path, lines) in &sections {
            for line in lines {
                assert!(line.chars().count() <= 78, "{path}: wider than 78 characters: {line}");
            }
            let examples = command_lines(lines);
            assert!((1..=4).contains(&examples.len()), "{path}: {examples:?}");
            for example in examples {
                let args = words(&example);
                if let Err(e) = crate::cli::parse(args.iter().map(Into::into)) {
                    panic!("the example {example:?} of {path:?} does not parse: {e}");
                }
            }
        }
    }

    #[test]
    fn every_path_names_a_command() {
        let cmd = crate::cli::command();
        for (path, _) in sections() {
            let mut at = &cmd;
            for name in path.split_whitespace() {
                at = at.find_subcommand(name).unwrap_or_else(|| panic!("no command {path:?}"));
            }
        }
    }
}
