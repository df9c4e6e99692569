//! Splits CSV text into records that start on known physical lines, refusing what a lenient reader would swallow: a quote that never closes, text after a closing quote, a cell or a row too large.
//!
//! Hand-written because the csv crate (and csv-core below it) is lenient by design: an
//! unclosed quote silently takes the rest of the file into one cell, `"a"b` reads as `ab`, and
//! neither says where a quoted cell opened nor lets a cell be stopped as it grows (a 50 MB cell
//! is built whole first). On well-formed input it reads what the csv crate reads (a test feeds
//! both the same random text); quotes open only at a cell's start, `""` is a quote inside one,
//! line ends are LF, CRLF or a lone CR, and blank lines hold no record.

use crate::file_problem::{FileProblem, FileProblemKind as K};
use std::borrow::Cow;

/// No table of people has more columns; a "file with a million columns" stops here.
pub(crate) const MAX_COLUMNS: usize = 1_000;
/// The largest cell: a long bio or note, far below what would strain memory.
pub(crate) const MAX_CELL_BYTES: usize = 1_000_000;

/// Records in file order, each with the physical line (1-based) it starts on. `problem` is the
/// first thing that stopped the reading; the records before it are kept, so a caller can still
/// report an earlier problem first.
#[cfg(test)]
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    pub lines: Vec<u32>,
    pub rows: Vec<Vec<String>>,
    pub problem: Option<FileProblem>,
}

/// The whole text as owned rows, for the tests (a file is read through `Reader`).
#[cfg(test)]
pub(crate) fn parse(text: &str, delimiter: u8) -> Parsed {
    let mut out = Parsed::default();
    for r in Reader::new(text, delimiter) {
        match r {
            Ok((line, cells)) => {
                out.lines.push(line);
                out.rows
                    .push(cells.into_iter().map(Cow::into_owned).collect());
            }
            Err(p) => out.problem = Some(p),
        }
    }
    out
}

/// One record's cells: a slice of the text where the file holds the value as is (most cells),
/// an owned copy only where it does not (a quoted `""`, a quoted CRLF). A 100k-row file would
/// otherwise be a million small allocations held at once.
pub(crate) type Cells<'a> = Vec<Cow<'a, str>>;

/// Reads records one at a time from a byte offset, so a file can be read again without keeping
/// its cells: each yields the line it starts on and its cells; a problem ends the reading.
#[derive(Debug, Clone)]
pub(crate) struct Reader<'a> {
    text: &'a str,
    delimiter: u8,
    at: usize,
    line: u32,
    done: bool,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str, delimiter: u8) -> Reader<'a> {
        Reader::from(text, delimiter, 0, 1)
    }

    /// Reading from byte `at`, which is on physical line `line` (a position `pos` gave).
    pub fn from(text: &'a str, delimiter: u8, at: usize, line: u32) -> Reader<'a> {
        Reader {
            text,
            delimiter,
            at,
            line,
            done: false,
        }
    }

    /// Where the next record would start: its byte offset and line.
    pub fn pos(&self) -> (usize, u32) {
        (self.at, self.line)
    }
}

impl<'a> Iterator for Reader<'a> {
    type Item = Result<(u32, Cells<'a>), FileProblem>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let b = self.text.as_bytes();
        // Blank lines between records: count them, keep nothing.
        while self.at < b.len() && matches!(b[self.at], b'\n' | b'\r') {
            self.line += newline_at(b, self.at);
            self.at += 1;
        }
        if self.at >= b.len() {
            self.done = true;
            return None;
        }
        let start = self.line;
        let r = record(
            self.text,
            self.delimiter,
            &mut self.at,
            &mut self.line,
            start,
        );
        self.done = r.is_err();
        Some(r.map(|cells| (start, cells)))
    }
}

/// One record from `*i` up to (not including) its line end.
fn record<'a>(
    text: &'a str,
    d: u8,
    i: &mut usize,
    line: &mut u32,
    start: u32,
) -> Result<Cells<'a>, FileProblem> {
    let b = text.as_bytes();
    let mut cells = Vec::new();
    loop {
        let column = cells.len() as u32 + 1;
        if cells.len() == MAX_COLUMNS {
            return Err(FileProblem::new(K::TooManyColumns)
                .at(start, None)
                .counts(None, MAX_COLUMNS as u64));
        }
        let too_large = || {
            FileProblem::new(K::CellTooLarge)
                .at(start, Some(column))
                .counts(None, MAX_CELL_BYTES as u64)
        };
        if b.get(*i) == Some(&b'"') {
            let opened_on = *line;
            *i += 1;
            let mut cell: Cow<'a, str> = Cow::Borrowed("");
            loop {
                let Some(q) = b[*i..].iter().position(|&c| c == b'"').map(|q| *i + q) else {
                    return Err(FileProblem::new(K::UnclosedQuote).at(start, Some(column)));
                };
                if cell.len() + (q - *i) > MAX_CELL_BYTES {
                    return Err(too_large());
                }
                *line += count_newlines(&b[*i..q]);
                let piece = &text[*i..q];
                if cell.is_empty() {
                    cell = Cow::Borrowed(piece);
                } else {
                    cell.to_mut().push_str(piece);
                }
                if b.get(q + 1) == Some(&b'"') {
                    cell.to_mut().push('"');
                    *i = q + 2;
                } else {
                    *i = q + 1;
                    break;
                }
            }
            if !matches!(b.get(*i), None | Some(b'\n' | b'\r')) && b[*i] != d {
                // A quote that closed lines below where it opened was most likely never
                // closed: a later cell's quote ended it. On one line, it is `"Smith" Jr`.
                let kind = match *line == opened_on {
                    true => K::TextAfterQuote,
                    false => K::UnclosedQuote,
                };
                return Err(FileProblem::new(kind).at(start, Some(column)));
            }
            // A quoted line break from Excel is CRLF; stored text uses plain LF everywhere.
            if cell.contains('\r') {
                cell = Cow::Owned(cell.replace("\r\n", "\n"));
            }
            cells.push(cell);
        } else {
            // Looks no further than one byte past the limit: a huge cell is never scanned whole.
            let window = &b[*i..b.len().min(*i + MAX_CELL_BYTES + 1)];
            let len = window
                .iter()
                .position(|&c| c == d || c == b'\n' || c == b'\r')
                .unwrap_or(window.len());
            if len > MAX_CELL_BYTES {
                return Err(too_large());
            }
            cells.push(Cow::Borrowed(&text[*i..*i + len]));
            *i += len;
        }
        match b.get(*i) {
            Some(&c) if c == d => *i += 1,
            _ => return Ok(cells),
        }
    }
}

/// 1 when `b[i]` ends a line: a LF, or a CR not followed by LF (a CRLF counts at its LF).
fn newline_at(b: &[u8], i: usize) -> u32 {
    (b[i] == b'\n' || (b[i] == b'\r' && b.get(i + 1) != Some(&b'\n'))) as u32
}

/// Line ends in `b`: LF, CRLF, and the lone CR of old Mac files, each one line.
pub(crate) fn count_newlines(b: &[u8]) -> u32 {
    (0..b.len()).map(|i| newline_at(b, i)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// On text it accepts, the reader agrees with the csv crate, cell for cell.
    #[test]
    fn agrees_with_the_csv_crate_on_what_it_accepts() {
        let alphabet = b"a,;\t\"\n\r ";
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut accepted = 0;
        for _ in 0..30_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 40) as usize;
            let text: Vec<u8> = (0..len)
                .map(|i| alphabet[((seed >> (i % 58)) as usize + i * 7) % alphabet.len()])
                .collect();
            let text = String::from_utf8(text).unwrap();
            for d in [b',', b';', b'\t'] {
                let got = parse(&text, d);
                if got.problem.is_some() {
                    continue;
                }
                accepted += 1;
                let want: Vec<Vec<String>> = csv::ReaderBuilder::new()
                    .delimiter(d)
                    .has_headers(false)
                    .flexible(true)
                    .from_reader(text.as_bytes())
                    .records()
                    .map(|r| r.unwrap().iter().map(|c| c.replace("\r\n", "\n")).collect())
                    .collect();
                assert_eq!(got.rows, want, "{text:?} split on {:?}", d as char);
            }
        }
        assert!(
            accepted > 10_000,
            "most random texts are well-formed: {accepted}"
        );
    }

    /// Cells are slices of the text except where the value differs from the bytes (an escaped
    /// quote, a quoted CRLF), and a reader started at a position another gave reads on alike.
    #[test]
    fn cells_borrow_the_text_unless_they_must_differ() {
        let text = "a;\"b;c\";\"say \"\"hi\"\"\";\"x\r\ny\";\n\n2;\"\"\n";
        let mut r = Reader::new(text, b';');
        let (line, cells) = r.next().unwrap().unwrap();
        assert_eq!(line, 1);
        assert_eq!(cells, ["a", "b;c", "say \"hi\"", "x\ny", ""]);
        let borrowed: Vec<bool> = cells
            .iter()
            .map(|c| matches!(c, Cow::Borrowed(_)))
            .collect();
        assert_eq!(
            borrowed,
            [true, true, false, false, true],
            "only the escaped quote and the CRLF are copies"
        );
        let (at, line) = r.pos();
        let again: Vec<_> = Reader::from(text, b';', at, line).collect();
        let rest: Vec<_> = r.collect();
        assert_eq!(again, rest);
        assert_eq!(
            rest,
            [Ok((4, vec![Cow::Borrowed("2"), Cow::Borrowed("")]))],
            "line 4, after the quoted line break and a blank line"
        );
    }

    #[test]
    fn refusals_name_the_line_where_the_record_starts() {
        let p = parse("a,b\n1,\"open\n2,x\n3,\"y\",z\n", b',');
        assert_eq!(p.lines, [1], "the records before the broken one are kept");
        let e = p.problem.unwrap();
        assert_eq!(
            (e.kind, e.line, e.column),
            (K::UnclosedQuote, Some(2), Some(2))
        );
        let e = parse("a,b\n\n\"Smith\" Jr,x\n", b',').problem.unwrap();
        assert_eq!(
            (e.kind, e.line, e.column),
            (K::TextAfterQuote, Some(3), Some(1))
        );
        let e = parse("a\r\n\"never\r\ncloses", b',').problem.unwrap();
        assert_eq!((e.kind, e.line), (K::UnclosedQuote, Some(2)));
    }
}
