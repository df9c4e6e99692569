//! A CSV file checked and read: what the bytes are, their encoding and delimiter, the header row (after any lines of notes), and records no wider than it, each with the physical line it starts on.

use crate::error::Result;
use crate::file_problem::{FileProblem, FileProblemKind as K};
use crate::interchange::csv::header::{find_header, seen_enough};
use crate::interchange::csv::parse::{Cells, Reader};
use crate::interchange::decode::decode;
use crate::interchange::sniff::require_text;
use std::borrow::Cow;

/// A parsed file: what it was read as, its header row and its records (a workbook's sheet, and
/// a CSV file read whole by `read_table`).
#[derive(Debug, Clone)]
pub struct CsvTable {
    pub encoding: &'static str,
    pub delimiter: u8,
    pub headers: Vec<String>,
    pub records: Vec<CsvRecord>,
    /// Physical lines before the header row (LinkedIn's notes), 0 when it is line 1.
    pub skipped_lines: u32,
}

#[derive(Debug, Clone)]
pub struct CsvRecord {
    /// The physical line (1-based) the record starts on; a quoted field may span several.
    pub line: u32,
    pub cells: Vec<String>,
}

/// A CSV file checked whole once, then read again record by record (`records`) as an import
/// goes: no cell is kept between reads, only the text (the file's own bytes when UTF-8).
#[derive(Debug)]
pub struct CsvFile<'a> {
    pub encoding: &'static str,
    pub delimiter: u8,
    pub headers: Vec<String>,
    /// Physical lines before the header row (LinkedIn's notes), 0 when it is line 1.
    pub skipped_lines: u32,
    /// Records after the header, blank rows not counted.
    pub len: usize,
    text: Cow<'a, str>,
    /// Where the record after the header starts: byte offset and line.
    body: (usize, u32),
}

impl CsvFile<'_> {
    /// The records in file order: the line each starts on and its cells, none past the header's
    /// width (the check refused any that held a value there); blank rows skipped.
    pub(crate) fn records(&self) -> impl Iterator<Item = (u32, Cells<'_>)> + '_ {
        let width = self.headers.len();
        let (at, line) = self.body;
        // `read_csv` read the whole text without a problem, so none comes now.
        Reader::from(&self.text, self.delimiter, at, line)
            .map_while(std::result::Result::ok)
            .filter(|(_, cells)| !blank(cells))
            .map(move |(line, mut cells)| {
                cells.truncate(width);
                (line, cells)
            })
    }
}

fn blank(cells: &[Cow<'_, str>]) -> bool {
    cells.iter().all(|c| c.trim().is_empty())
}

/// Decodes and parses a CSV file whole, every cell copied: for the tests, the fuzz targets and
/// the exports' round trips. An import reads `read_csv`'s records instead.
pub fn read_table(bytes: &[u8]) -> Result<CsvTable> {
    let file = read_csv(bytes)?;
    let records = file
        .records()
        .map(|(line, cells)| CsvRecord {
            line,
            cells: cells.into_iter().map(Cow::into_owned).collect(),
        })
        .collect();
    Ok(CsvTable {
        encoding: file.encoding,
        delimiter: file.delimiter,
        skipped_lines: file.skipped_lines,
        headers: file.headers,
        records,
    })
}

/// Decodes a CSV file and checks every record; blank rows and rows of bare separators are
/// dropped.
///
/// Refused as `bad_file`, with the line where the broken record starts: a file that is not
/// text (an image, a workbook…), a quote that never closes, a row wider than the header (empty
/// cells past its end aside), a cell over 1 MB, more than 1,000 columns. Rows narrower than the
/// header are fine: their missing cells are empty.
pub(crate) fn read_csv(bytes: &[u8]) -> Result<CsvFile<'_>> {
    require_text(bytes)?;
    let decoded = decode(bytes);
    let delimiter = sniff_delimiter(&decoded.text);
    let text = decoded.text;
    // The header is looked for among the first rows only; where each ends says where the
    // records after it start.
    let (mut head, mut ends) = (Vec::new(), Vec::new());
    let mut reader = Reader::new(&text, delimiter);
    let mut problem = None;
    while !seen_enough(&head) {
        match reader.next() {
            Some(Ok((line, cells))) => {
                head.push(cells.into_iter().map(Cow::into_owned).collect::<Vec<_>>());
                ends.push((line, reader.pos()));
            }
            Some(Err(p)) => {
                problem = Some(p);
                break;
            }
            None => break,
        }
    }
    let h = find_header(&head);
    // Only blank rows (no header to find) is an empty file too.
    let header = head
        .get(h)
        .filter(|h| h.iter().any(|c| !c.trim().is_empty()));
    let Some(header) = header else {
        let problem = problem.or_else(|| reader.find_map(std::result::Result::err));
        return Err(problem.unwrap_or_else(|| FileProblem::new(K::Empty)).into());
    };
    let headers: Vec<String> = header.iter().map(|h| h.trim().to_string()).collect();
    let (header_line, body) = ends[h];
    let mut len = 0;
    for r in Reader::from(&text, delimiter, body.0, body.1) {
        let (line, cells) = r?;
        if blank(&cells) {
            continue;
        }
        if cells.len() > headers.len() {
            // Empty cells past the header's end lose nothing (a trailing separator); a
            // value there would belong to no column.
            if let Some(i) = cells[headers.len()..]
                .iter()
                .position(|c| !c.trim().is_empty())
            {
                return Err(FileProblem::new(K::TooManyFields)
                    .at(line, Some((headers.len() + i + 1) as u32))
                    .counts(Some(cells.len() as u64), headers.len() as u64)
                    .into());
            }
        }
        len += 1;
    }
    Ok(CsvFile {
        encoding: decoded.encoding,
        delimiter,
        headers,
        skipped_lines: header_line - 1,
        len,
        text,
        body,
    })
}

/// The delimiter among `,` `;` tab that splits most of the first lines into the same number of
/// fields, the most fields winning; a quoted field is not split. Lines of notes before the
/// header (one field each, or a sentence with a comma) are outvoted by the table below them.
fn sniff_delimiter(text: &str) -> u8 {
    // Delimiters and quotes are ASCII, so a byte prefix is as good as a char-aligned one.
    let sample = &text.as_bytes()[..text.len().min(64 * 1024)];
    let mut best = (b',', 0usize, 0usize);
    for d in [b',', b';', b'\t'] {
        let counts = field_counts(sample, d, 20);
        // The most frequent count above 1 (ties: the wider), and how often it comes.
        let mut top = (0usize, 0usize);
        for &c in counts.iter().filter(|&&c| c > 1) {
            let n = counts.iter().filter(|&&x| x == c).count();
            top = top.max((n, c));
        }
        if top.0 > 0 && top > (best.1, best.2) {
            best = (d, top.0, top.1);
        }
    }
    best.0
}

/// Fields per record in the first `max` records when split on `d`, read as the csv crate reads
/// them (quotes open only at a field's start, `""` inside quotes, blank lines skipped). Building
/// a csv reader per candidate cost more than the whole parse on small files.
fn field_counts(b: &[u8], d: u8, max: usize) -> Vec<usize> {
    #[derive(PartialEq)]
    enum S {
        RecordStart,
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }
    let mut counts = Vec::with_capacity(max);
    let (mut state, mut fields) = (S::RecordStart, 1usize);
    for &c in b {
        if counts.len() == max {
            return counts;
        }
        let eol = c == b'\n' || c == b'\r';
        state = match state {
            S::RecordStart if eol => S::RecordStart,
            S::Quoted if c == b'"' => S::QuoteInQuoted,
            S::Quoted => S::Quoted,
            S::RecordStart | S::FieldStart if c == b'"' => S::Quoted,
            S::QuoteInQuoted if c == b'"' => S::Quoted,
            _ if c == d => {
                fields += 1;
                S::FieldStart
            }
            _ if eol => {
                counts.push(fields);
                fields = 1;
                S::RecordStart
            }
            _ => S::Unquoted,
        };
    }
    if state != S::RecordStart && counts.len() < max {
        counts.push(fields);
    }
    counts
}

#[cfg(test)]
mod tests {
    #[test]
    fn record_lines() {
        let t = super::read_table(b"a;b\r\n1;\"x\r\ny\"\r\n2;z\r\n\r\n;\r\n3;w\r\n").unwrap();
        let lines: Vec<u32> = t.records.iter().map(|r| r.line).collect();
        assert_eq!(
            lines,
            [2, 4, 7],
            "physical lines, CRLF and a quoted line break included"
        );
        // Found by the fuzzer: old Mac files end lines with a lone CR.
        let t = super::read_table(b"a;b\r1;2\r\r3;4\r").unwrap();
        let lines: Vec<u32> = t.records.iter().map(|r| r.line).collect();
        assert_eq!(lines, [2, 4], "a lone CR ends a line too");
    }

    #[test]
    fn delimiter_from_the_table_not_the_notes() {
        let text = "Notes:\nExported by a tool, with care\n\nNom;Prénom;Ville\nDubois;Amélie;Lyon\nMartin;Jo;Paris\n";
        assert_eq!(super::sniff_delimiter(text), b';');
    }

    /// The hand-written counter agrees with the csv crate on random quote/separator/line soup.
    #[test]
    fn field_counts_match_the_csv_reader() {
        let alphabet = b"a,;\t\"\n\r ";
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 40) as usize;
            let text: Vec<u8> = (0..len)
                .map(|i| alphabet[((seed >> (i % 58)) as usize + i * 7) % alphabet.len()])
                .collect();
            for d in [b',', b';', b'\t'] {
                let want: Vec<usize> = csv::ReaderBuilder::new()
                    .delimiter(d)
                    .has_headers(false)
                    .flexible(true)
                    .from_reader(&text[..])
                    .byte_records()
                    .take(20)
                    .map(|r| r.unwrap().len())
                    .collect();
                let got = super::field_counts(&text, d, 20);
                assert_eq!(
                    got,
                    want,
                    "{:?} split on {:?}",
                    String::from_utf8_lossy(&text),
                    d as char
                );
            }
        }
    }
}
