//! Which row of a table is its header: line 1 for most files, but LinkedIn's Connections.csv (and sheets with a title) put lines of notes first; CSV files and workbook sheets ask the same question.

use crate::interchange::csv::guess::{guess_field, CsvField};

/// How far down a header is looked for: preambles are a few lines of notes, not pages.
const LOOK: usize = 50;
/// How many rows after a candidate must fit under it.
const BELOW: usize = 5;

/// The index of the header row in `rows` (0 when nothing says otherwise).
///
/// The first row stays the header when it spans the table (two or more cells, no row below it
/// wider, no sentence or link among its cells), which keeps files whose headers are long questions or unknown words as they were.
/// Otherwise the header is the first row that reads like one: two or more short cells, none of
/// them a sentence or a link, most of them headers the column guesses know (`First Name`,
/// `Email Address`, `Company`…), and no row below it wider. Prose that happens to hold commas
/// fails on its long cells, its links, or the wider rows under it.
pub fn find_header(rows: &[Vec<String>]) -> usize {
    let look = rows.len().min(LOOK);
    let first = (0..look).find(|&i| width(&rows[i]) > 0);
    let Some(first) = first else {
        return 0;
    };
    if filled(&rows[first]) >= 2 && fits_below(rows, first) && !rows[first].iter().any(|c| prose(c))
    {
        return first;
    }
    (first + 1..look)
        .find(|&i| reads_like_header(&rows[i]) && fits_below(rows, i))
        .unwrap_or(first)
}

/// Whether `rows` (a file's first rows) hold every row `find_header` looks at, so the rest of
/// the file cannot change its answer: the first `LOOK`, and `BELOW` rows with cells after them.
pub(crate) fn seen_enough(rows: &[Vec<String>]) -> bool {
    rows.len() > LOOK && rows[LOOK..].iter().filter(|r| width(r) > 0).count() >= BELOW
}

/// Cells up to the last non-empty one: a sheet pads rows with empty cells.
fn width(row: &[String]) -> usize {
    row.iter()
        .rposition(|c| !c.trim().is_empty())
        .map_or(0, |i| i + 1)
}

fn filled(row: &[String]) -> usize {
    row.iter().filter(|c| !c.trim().is_empty()).count()
}

/// No row among the next few (blank ones aside) is wider than row `i`, and there is one.
fn fits_below(rows: &[Vec<String>], i: usize) -> bool {
    let w = width(&rows[i]);
    let below: Vec<usize> = rows[i + 1..]
        .iter()
        .map(|r| width(r))
        .filter(|&n| n > 0)
        .take(BELOW)
        .collect();
    below.is_empty() || below.iter().all(|&n| n <= w)
}

/// A sentence or a link: what notes hold and headers do not.
fn prose(cell: &str) -> bool {
    let c = cell.trim();
    c.contains("://") || c.ends_with('.') || c.ends_with(':') || c.split_whitespace().count() > 12
}

fn reads_like_header(row: &[String]) -> bool {
    let cells: Vec<&str> = row
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    if cells.len() < 2 {
        return false;
    }
    let short = |c: &str| c.chars().count() <= 40 && c.split_whitespace().count() <= 5 && !prose(c);
    if !cells.iter().all(|c| short(c)) {
        return false;
    }
    let known = cells
        .iter()
        .filter(|c| guess_field(c).field != CsvField::Ignore)
        .count();
    known >= 2 && known * 2 >= cells.len()
}

#[cfg(test)]
mod tests {
    use super::find_header;

    fn rows(text: &[&str]) -> Vec<Vec<String>> {
        text.iter()
            .map(|l| l.split(',').map(str::to_string).collect())
            .collect()
    }

    #[test]
    fn linkedin_notes_are_skipped() {
        let r = rows(&[
            "Notes:",
            "When exporting your connection data, you may notice that some of the email addresses are missing. See https://www.linkedin.com/help",
            "",
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
            "Amélie,Dubois,https://www.linkedin.com/in/amelie-dubois,,Maison Lune,Editor,12 Mar 2024",
        ]);
        assert_eq!(find_header(&r), 3);
    }

    #[test]
    fn the_first_row_stays_when_it_spans_the_table() {
        let r = rows(&[
            "Quelle est votre adresse ?,Votre nom complet s'il vous plaît.",
            "a@b.fr,Ana",
        ]);
        assert_eq!(
            find_header(&r),
            0,
            "long question headers are still headers"
        );
        let r = rows(&["Col A,Col B", "1,2"]);
        assert_eq!(find_header(&r), 0, "unknown headers on line 1");
        let r = rows(&["Name"]);
        assert_eq!(find_header(&r), 0);
        assert_eq!(find_header(&[]), 0);
    }

    #[test]
    fn prose_with_commas_is_not_a_header() {
        let r = rows(&[
            "Exported for you, with love, by the app.",
            "Name,Email,Company",
            "Ana,ana@example.com,Lune",
        ]);
        assert_eq!(find_header(&r), 1);
    }
}
