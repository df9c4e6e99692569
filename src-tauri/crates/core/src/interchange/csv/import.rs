//! CSV files in: decoding, delimiter sniffing, records with the physical line they start on, the preview the mapping screen shows, and the import itself.

use crate::domain::validate::clean_person;
use crate::error::{Error, Result};
use crate::interchange::csv::guess::{guess_all, header_key, ColumnMap, CsvField};
use crate::interchange::csv::map::map_row;
use crate::interchange::decode::decode;
use crate::interchange::{
    import_people, ImportOptions, ImportReport, Incoming, Progress, RowError,
};
use crate::store::followups::{set_setting, setting};
use crate::store::Db;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A parsed file: what it was read as, its header row and its records.
#[derive(Debug, Clone)]
pub struct CsvTable {
    pub encoding: &'static str,
    pub delimiter: u8,
    pub headers: Vec<String>,
    pub records: Vec<CsvRecord>,
}

#[derive(Debug, Clone)]
pub struct CsvRecord {
    /// The physical line (1-based) the record starts on; a quoted field may span several.
    pub line: u32,
    pub cells: Vec<String>,
}

/// What the mapping screen shows before anything is written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CsvPreview {
    pub encoding: String,
    /// `,`, `;` or a tab.
    pub delimiter: String,
    pub headers: Vec<String>,
    /// One entry per column: the remembered mapping for this header set, else the guesses.
    pub mapping: Vec<ColumnMap>,
    /// True when `mapping` is one the user chose before for the same headers.
    pub remembered: bool,
    pub rows: Vec<PreviewRow>,
    /// Records in the file (blank rows not counted).
    pub total_rows: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PreviewRow {
    pub line: u32,
    pub cells: Vec<String>,
    /// What would stop this row from importing.
    pub problems: Vec<RowError>,
}

/// Decodes and parses a CSV file; blank rows and rows of bare separators are dropped.
pub fn read_table(bytes: &[u8]) -> Result<CsvTable> {
    let decoded = decode(bytes);
    let text = decoded.text;
    let delimiter = sniff_delimiter(&text);
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut headers: Option<Vec<String>> = None;
    let mut records = Vec::new();
    let mut rec = csv::StringRecord::new();
    // csv counts a CRLF's line only when it reads the next record, so lines are counted here
    // from byte offsets: newlines before the record, plus the ones it begins past.
    let bytes = text.as_bytes();
    let (mut seen_at, mut seen_lines) = (0usize, 1u32);
    loop {
        match rdr.read_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                return Err(Error::BadFile(format!(
                    "line {line}: this is not readable CSV ({e})"
                )));
            }
        }
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let mut at = rec
            .position()
            .map(|p| p.byte() as usize)
            .unwrap_or(0)
            .min(bytes.len());
        while at < bytes.len() && matches!(bytes[at], b'\r' | b'\n') {
            at += 1;
        }
        seen_lines += count_newlines(&bytes[seen_at..at]);
        seen_at = at;
        let line = seen_lines;
        // A quoted line break from Excel is CRLF; stored text uses plain LF everywhere.
        let cells: Vec<String> = rec
            .iter()
            .map(|c| {
                if c.contains('\r') {
                    c.replace("\r\n", "\n")
                } else {
                    c.to_string()
                }
            })
            .collect();
        match headers {
            None => headers = Some(cells.iter().map(|h| h.trim().to_string()).collect()),
            Some(_) => records.push(CsvRecord { line, cells }),
        }
    }
    let headers =
        headers.ok_or_else(|| Error::BadFile("the file is empty: no header row".into()))?;
    Ok(CsvTable {
        encoding: decoded.encoding,
        delimiter,
        headers,
        records,
    })
}

/// Line ends in `b`: LF, CRLF, and the lone CR of old Mac files, each one line.
fn count_newlines(b: &[u8]) -> u32 {
    let mut n = 0;
    for (i, &c) in b.iter().enumerate() {
        if c == b'\n' || (c == b'\r' && b.get(i + 1) != Some(&b'\n')) {
            n += 1;
        }
    }
    n
}

/// The delimiter among `,` `;` tab that splits the first lines into the same number of fields,
/// the most fields winning; a quoted field is not split.
fn sniff_delimiter(text: &str) -> u8 {
    // Delimiters and quotes are ASCII, so a byte prefix is as good as a char-aligned one.
    let sample = &text.as_bytes()[..text.len().min(64 * 1024)];
    let mut best = (b',', 0usize, 0usize);
    for d in [b',', b';', b'\t'] {
        let counts = field_counts(sample, d, 20);
        let Some(&first) = counts.first() else {
            continue;
        };
        let consistent = counts.iter().filter(|&&c| c == first).count();
        if first > 1 && (consistent, first) > (best.1, best.2) {
            best = (d, consistent, first);
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

/// The preview: guessed or remembered mapping, and the first `n` rows with their problems.
pub fn preview(db: &Db, bytes: &[u8], n: usize) -> Result<CsvPreview> {
    let table = read_table(bytes)?;
    let remembered = remembered_mapping(db, &table.headers)?;
    let mapping = remembered
        .clone()
        .unwrap_or_else(|| guess_all(&table.headers));
    let rows = table
        .records
        .iter()
        .take(n)
        .map(|r| PreviewRow {
            line: r.line,
            cells: r.cells.clone(),
            problems: row_problems(&table.headers, &mapping, r),
        })
        .collect();
    Ok(CsvPreview {
        encoding: table.encoding.to_string(),
        delimiter: match table.delimiter {
            b'\t' => "\t".into(),
            d => (d as char).to_string(),
        },
        total_rows: table.records.len() as u32,
        remembered: remembered.is_some(),
        headers: table.headers,
        mapping,
        rows,
    })
}

fn row_problems(headers: &[String], mapping: &[ColumnMap], r: &CsvRecord) -> Vec<RowError> {
    let cells: Vec<&str> = r.cells.iter().map(String::as_str).collect();
    let m = map_row(r.line, headers, mapping, &cells);
    let mut problems = m.errors;
    if let Err(Error::Validation(fields)) = clean_person(m.person) {
        problems.extend(fields.into_iter().map(|f| RowError {
            line: r.line,
            field: label(headers, mapping, &f.field),
            message: f.message,
        }));
    }
    problems
}

fn remembered_mapping(db: &Db, headers: &[String]) -> Result<Option<Vec<ColumnMap>>> {
    let key = header_key(headers);
    let stored = db.read(|c| setting(c, &key))?;
    Ok(stored
        .and_then(|s| serde_json::from_str::<Vec<ColumnMap>>(&s).ok())
        .filter(|m| m.len() == headers.len()))
}

/// Imports a CSV file with `mapping` (or the remembered or guessed one); see `ImportOptions`.
/// A mapping that was used for a written import is remembered for the same header set.
pub fn import(
    db: &Db,
    now: &str,
    bytes: &[u8],
    mapping: Option<Vec<ColumnMap>>,
    opts: &ImportOptions,
    progress: &Progress,
) -> Result<ImportReport> {
    let table = read_table(bytes)?;
    let mapping = match mapping {
        Some(m) if m.len() != table.headers.len() => {
            return Err(Error::invalid(
                "mapping",
                format!(
                    "the mapping has {} columns but the file has {}",
                    m.len(),
                    table.headers.len()
                ),
            ))
        }
        Some(m) => m,
        None => {
            remembered_mapping(db, &table.headers)?.unwrap_or_else(|| guess_all(&table.headers))
        }
    };
    let check = super::rules::check_mapping(&mapping);
    if check.no_name {
        return Err(Error::invalid(
            "mapping",
            "no column is mapped to a name (Nom, Prénom, Name…)",
        ));
    }
    if !check.clashes.is_empty() {
        // A second "City" column would silently overwrite the first: say which, import nothing.
        let names: Vec<&str> = check
            .clashes
            .iter()
            .filter_map(|&i| table.headers.get(i as usize).map(String::as_str))
            .collect();
        return Err(Error::invalid(
            "mapping",
            format!(
                "these columns fill the same field, so one would overwrite the other: {}; map one of them elsewhere or to “ignore”",
                names.join(", ")
            ),
        ));
    }
    let rows: Vec<Incoming> = table
        .records
        .iter()
        .map(|r| {
            let cells: Vec<&str> = r.cells.iter().map(String::as_str).collect();
            let m = map_row(r.line, &table.headers, &mapping, &cells);
            Incoming {
                line: r.line,
                person: m.person,
                note: m.note,
                errors: m.errors,
            }
        })
        .collect();
    let headers = &table.headers;
    let labeller = |f: &str| label(headers, &mapping, f);
    let report = import_people(db, now, rows, opts, progress, &labeller)?;
    if report.written {
        let json = serde_json::to_string(&mapping).expect("a mapping always serialises");
        db.write(|tx| set_setting(tx, &header_key(&table.headers), &json, now))?;
    }
    Ok(report)
}

/// The column header a person field came from (`emails.0` → `Courriel`), else the field path.
fn label(headers: &[String], mapping: &[ColumnMap], field: &str) -> String {
    let root = field.split('.').next().unwrap_or(field);
    let wanted: &[CsvField] = match root {
        "emails" => &[CsvField::Email],
        "phones" => &[CsvField::Phone],
        "country" => &[CsvField::Country],
        "time_zone" => &[CsvField::TimeZone],
        "languages" => &[CsvField::Language],
        "website" => &[CsvField::Website],
        "channels" => &[CsvField::Handle, CsvField::Followers],
        "display_name" => &[
            CsvField::DisplayName,
            CsvField::LastName,
            CsvField::FirstName,
        ],
        _ => &[],
    };
    wanted
        .iter()
        .find_map(|w| mapping.iter().position(|m| m.field == *w))
        .and_then(|i| headers.get(i).cloned())
        .unwrap_or_else(|| field.to_string())
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
