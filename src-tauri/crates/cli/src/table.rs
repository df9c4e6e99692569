//! Aligned text columns measured in terminal cells, so 张伟 and Amélie line up like Bob does.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// A column: its heading and the widest it may grow before its cells are shortened with `…`.
pub struct Column {
    pub heading: &'static str,
    pub max: usize,
}

pub struct Table {
    columns: Vec<Column>,
    rows: Vec<Vec<String>>,
}

const GAP: &str = "  ";

impl Table {
    pub fn new(columns: Vec<Column>) -> Self {
        Table {
            columns,
            rows: Vec::new(),
        }
    }

    pub fn push(&mut self, cells: Vec<String>) {
        let cells = cells
            .into_iter()
            .zip(&self.columns)
            .map(|(c, col)| fit(&one_line(&c), col.max))
            .collect();
        self.rows.push(cells);
    }

    pub fn render(&self) -> String {
        let widths: Vec<usize> = self
            .columns
            .iter()
            .enumerate()
            .map(|(i, col)| {
                self.rows
                    .iter()
                    .map(|r| r[i].width())
                    .chain([col.heading.width()])
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let mut out = String::new();
        let headings: Vec<String> = self.columns.iter().map(|c| c.heading.into()).collect();
        for row in std::iter::once(&headings).chain(&self.rows) {
            let mut line = String::new();
            for (i, cell) in row.iter().enumerate() {
                if i > 0 {
                    line.push_str(GAP);
                }
                line.push_str(cell);
                line.extend(std::iter::repeat_n(' ', widths[i] - cell.width()));
            }
            // Padding after the last column only shows up as trailing blanks in files and diffs.
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }
}

/// A stray newline or tab inside a bio-derived cell would break every column after it.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// Shortens `s` to at most `max` cells, ending with `…` when something was cut. Wide characters
/// are never split: a two-cell character that would overflow is left out whole.
pub fn fit(s: &str, max: usize) -> String {
    if s.width() <= max {
        return s.to_string();
    }
    let budget = max.saturating_sub(1);
    let mut used = 0;
    let mut out = String::new();
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > budget {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// Pads `s` on the right to `width` cells: for the label column of a profile.
pub fn pad(s: &str, width: usize) -> String {
    let mut out = s.to_string();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(s.width())));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_count_as_two_cells() {
        let mut t = Table::new(vec![
            Column {
                heading: "NAME",
                max: 20,
            },
            Column {
                heading: "CITY",
                max: 20,
            },
        ]);
        t.push(vec!["张伟".into(), "上海".into()]);
        t.push(vec!["Amélie Dubois".into(), "Montréal".into()]);
        let text = t.render();
        let starts: Vec<usize> = text
            .lines()
            .map(|l| {
                let name_end = l.find("  ").expect("columns are separated by two blanks");
                let rest = &l[name_end..];
                l[..name_end].width() + (rest.len() - rest.trim_start().len())
            })
            .collect();
        assert!(
            starts.iter().all(|s| *s == starts[0]),
            "the second column must start at the same cell on every line: {text}"
        );
    }

    #[test]
    fn long_cells_are_cut_with_an_ellipsis_and_never_mid_character() {
        assert_eq!(fit("Amélie Dubois", 8), "Amélie …");
        assert_eq!(
            fit("张伟张伟", 4),
            "张…",
            "a wide char that would overflow stays out"
        );
        assert_eq!(fit("short", 8), "short");
    }

    #[test]
    fn no_trailing_blanks() {
        let mut t = Table::new(vec![Column {
            heading: "A",
            max: 10,
        }]);
        t.push(vec!["x".into()]);
        assert!(t.render().lines().all(|l| l == l.trim_end()));
    }
}
