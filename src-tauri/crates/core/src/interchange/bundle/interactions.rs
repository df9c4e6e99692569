//! The bundle's interactions section, the bulk of a whole-book bundle: written by hand in serde_json's exact compact form, a scope's few rows by one query, the whole book in rowid blocks that two threads can share.

use crate::error::Result;
use crate::store::bundle_export_rows;
use rusqlite::{Connection, Row};

/// Rowids per block of the whole-book read: ~1.7 MB of JSON at a million interactions, so two
/// threads share the work evenly and each block's two range queries cost nothing beside it.
pub(crate) const BLOCK: i64 = 4096;

/// A JSON string exactly as serde_json writes it. serde_json escapes only `"`, `\` and the
/// control characters; nearly no value has any, and finding that out 16 bytes at a time (the
/// fixed-size inner loop compiles to vector compares) is several times cheaper than its
/// table-driven copy, which was a fifth of the export.
pub(crate) fn string(buf: &mut Vec<u8>, s: &str) {
    fn escaped(b: u8) -> u8 {
        u8::from(b < 0x20) | u8::from(b == b'"') | u8::from(b == b'\\')
    }
    let bytes = s.as_bytes();
    let mut chunks = bytes.chunks_exact(16);
    let mut plain = true;
    for c in &mut chunks {
        if c.iter().fold(0u8, |acc, &b| acc | escaped(b)) != 0 {
            plain = false;
            break;
        }
    }
    plain = plain && chunks.remainder().iter().all(|&b| escaped(b) == 0);
    if plain {
        buf.push(b'"');
        buf.extend_from_slice(bytes);
        buf.push(b'"');
    } else {
        serde_json::to_writer(&mut *buf, s).expect("a string serialises");
    }
}

fn opt_string(buf: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => string(buf, s),
        None => buf.extend_from_slice(b"null"),
    }
}

pub(crate) fn text<'a>(r: &'a Row<'_>, i: usize) -> rusqlite::Result<&'a str> {
    r.get_ref(i)?.as_str().map_err(Into::into)
}

pub(crate) fn opt<'a>(r: &'a Row<'_>, i: usize) -> rusqlite::Result<Option<&'a str>> {
    r.get_ref(i)?.as_str_or_null().map_err(Into::into)
}

/// One interaction as `BundleInteraction` serialises (the row holds the columns
/// `store::bundle_export_rows` reads, in its order) (same keys, same order, no spaces), straight
/// from the row's borrowed text. `people` must be sorted.
fn record(buf: &mut Vec<u8>, r: &Row<'_>, people: &[&str]) -> Result<()> {
    buf.extend_from_slice(b"{\"id\":");
    string(buf, text(r, 1)?);
    buf.extend_from_slice(b",\"kind\":");
    string(buf, text(r, 2)?);
    buf.extend_from_slice(b",\"direction\":");
    string(buf, text(r, 3)?);
    buf.extend_from_slice(b",\"exchange\":");
    opt_string(buf, opt(r, 4)?);
    buf.extend_from_slice(b",\"occurred_at\":");
    string(buf, text(r, 5)?);
    buf.extend_from_slice(b",\"channel\":");
    string(buf, text(r, 6)?);
    buf.extend_from_slice(b",\"our_side\":");
    string(buf, text(r, 7)?);
    buf.extend_from_slice(b",\"body\":");
    string(buf, text(r, 8)?);
    buf.extend_from_slice(b",\"event_id\":");
    opt_string(buf, opt(r, 9)?);
    if let Some(colleague) = opt(r, 12)? {
        buf.extend_from_slice(b",\"colleague_id\":");
        string(buf, colleague);
    }
    buf.extend_from_slice(b",\"people\":[");
    for (k, p) in people.iter().enumerate() {
        if k > 0 {
            buf.push(b',');
        }
        string(buf, p);
    }
    buf.extend_from_slice(b"],\"created_at\":");
    string(buf, text(r, 10)?);
    buf.extend_from_slice(b",\"updated_at\":");
    string(buf, text(r, 11)?);
    buf.push(b'}');
    Ok(())
}

/// The interactions of a scope (`filter` selects their rowids from `arg`), as a JSON array, with
/// their people's ids from a subquery.
pub(crate) fn scoped(conn: &Connection, buf: &mut Vec<u8>, filter: &str, arg: &str) -> Result<u64> {
    buf.push(b'[');
    let mut n = 0u64;
    bundle_export_rows::each_scoped_interaction(conn, filter, arg, &mut |r| {
        let mut people: Vec<&str> = opt(r, 13)?
            .unwrap_or("")
            .split(' ')
            .filter(|s| !s.is_empty())
            .collect();
        people.sort_unstable();
        if n > 0 {
            buf.push(b',');
        }
        record(buf, r, &people)?;
        n += 1;
        Ok(())
    })?;
    buf.push(b']');
    Ok(n)
}

/// The interactions with rowids in `block * BLOCK ..` the next block, appended to `buf` each
/// preceded by a comma (the caller drops the section's first one), their people's ids taken from
/// `person_ids` (by rowid). Returns how many were written.
pub(crate) fn block(
    conn: &Connection,
    person_ids: &[Option<String>],
    block: i64,
    buf: &mut Vec<u8>,
) -> Result<u64> {
    let (lo, hi) = (block * BLOCK, (block + 1) * BLOCK);
    // One list for every row: its ids borrow `person_ids`, not the row.
    let mut people: Vec<&str> = Vec::with_capacity(4);
    let mut n = 0u64;
    bundle_export_rows::each_interaction_in(conn, lo, hi, &mut |r, rowids| {
        people.clear();
        for &p in rowids {
            if let Some(Some(id)) = person_ids.get(p.max(0) as usize) {
                people.push(id);
            }
        }
        people.sort_unstable();
        buf.push(b',');
        record(buf, r, &people)?;
        n += 1;
        Ok(())
    })?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::string;

    #[test]
    fn strings_are_written_as_serde_json_writes_them() {
        let long = "a\"b".repeat(20);
        for s in [
            "",
            "plain",
            "déjeuner café œuvre 😀",
            "quote \" and backslash \\",
            "tab\tnew\nline\r\u{0}\u{1f}\u{7f}",
            "sixteen bytes ok exactly then a \" past the first chunk",
            long.as_str(),
            "\u{2028}\u{2029}</script>",
        ] {
            let mut buf = Vec::new();
            string(&mut buf, s);
            assert_eq!(
                String::from_utf8(buf).unwrap(),
                serde_json::to_string(s).unwrap()
            );
        }
    }
}
