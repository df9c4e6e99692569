//! The whole book's people section written by hand, as `Person` serialises, straight from the rows: building 100k `Person`s to serialise and free them cost ~0.55 s of the export's 4.4 s of CPU.
//!
//! Each list a person has (e-mails, languages, tags, channels) is read by one scan of its table,
//! in person order, into one arena of ready-made JSON arrays; the people rows are then written
//! in rowid order, taking each person's arrays from the arenas as they go.

use crate::domain::channel::Platform;
use crate::domain::person::{PersonKind, Stage};
use crate::error::Result;
use crate::interchange::bundle::interactions::{opt, string, text};
use crate::store::bundle_export_rows;
use crate::store::people_rows::{corrupt, json_list};
use base64::Engine as _;
use rusqlite::{Connection, Row};
use std::io::Write;

/// One kind of list for every person: `[...]` fragments in `bytes`, by ascending person rowid.
struct Arrays {
    bytes: Vec<u8>,
    at: Vec<(i64, usize, usize)>,
    next: usize,
}

impl Arrays {
    /// `rows` hands its rows, `person_rowid` first and ordered by it, to the function it is
    /// given; `item` writes one element from the row.
    fn read(
        rows: impl FnOnce(&mut dyn FnMut(&Row<'_>) -> Result<()>) -> Result<()>,
        item: impl Fn(&mut Vec<u8>, &Row<'_>) -> Result<()>,
    ) -> Result<Arrays> {
        let mut a = Arrays {
            bytes: Vec::new(),
            at: Vec::new(),
            next: 0,
        };
        let mut open: Option<(i64, usize)> = None;
        rows(&mut |r| {
            let rowid: i64 = r.get(0)?;
            match open {
                Some((o, _)) if o == rowid => a.bytes.push(b','),
                _ => {
                    a.close(open);
                    open = Some((rowid, a.bytes.len()));
                    a.bytes.push(b'[');
                }
            }
            item(&mut a.bytes, r)
        })?;
        a.close(open);
        Ok(a)
    }

    fn close(&mut self, open: Option<(i64, usize)>) {
        if let Some((rowid, start)) = open {
            self.bytes.push(b']');
            self.at.push((rowid, start, self.bytes.len()));
        }
    }

    /// Writes `rowid`'s array (`[]` when they have none); rowids must come in ascending order.
    fn write(&mut self, buf: &mut Vec<u8>, rowid: i64) {
        while self.at.get(self.next).is_some_and(|&(r, _, _)| r < rowid) {
            self.next += 1;
        }
        match self.at.get(self.next) {
            Some(&(r, s, e)) if r == rowid => buf.extend_from_slice(&self.bytes[s..e]),
            _ => buf.extend_from_slice(b"[]"),
        }
    }
}

fn text_item(buf: &mut Vec<u8>, r: &Row<'_>) -> Result<()> {
    string(buf, text(r, 1)?);
    Ok(())
}

fn channel_item(buf: &mut Vec<u8>, r: &Row<'_>) -> Result<()> {
    buf.extend_from_slice(b"{\"id\":");
    string(buf, text(r, 1)?);
    buf.extend_from_slice(b",\"platform\":");
    let platform = Platform::parse(text(r, 2)?).unwrap_or(Platform::Other);
    string(buf, platform.as_str());
    buf.extend_from_slice(b",\"handle\":");
    string(buf, text(r, 3)?);
    buf.extend_from_slice(b",\"url\":");
    string(buf, text(r, 4)?);
    buf.extend_from_slice(b",\"audience\":");
    number(buf, r.get::<_, Option<i64>>(5)?.map(|a| a.max(0)));
    buf.extend_from_slice(b",\"as_of\":");
    match opt(r, 6)? {
        Some(s) => string(buf, s),
        None => buf.extend_from_slice(b"null"),
    }
    buf.extend_from_slice(b",\"created_at\":");
    string(buf, text(r, 7)?);
    buf.extend_from_slice(b",\"updated_at\":");
    string(buf, text(r, 8)?);
    buf.push(b'}');
    Ok(())
}

fn number(buf: &mut Vec<u8>, n: Option<i64>) {
    match n {
        Some(n) => write!(buf, "{n}").expect("writing to a Vec"),
        None => buf.extend_from_slice(b"null"),
    }
}

/// A list kept as JSON text in its column (topics, phones), re-written in serde_json's form.
fn stored_list(buf: &mut Vec<u8>, r: &Row<'_>, i: usize) -> Result<()> {
    fn items<S: AsRef<str>>(buf: &mut Vec<u8>, items: &[S]) {
        buf.push(b'[');
        for (k, s) in items.iter().enumerate() {
            if k > 0 {
                buf.push(b',');
            }
            string(buf, s.as_ref());
        }
        buf.push(b']');
    }
    let raw = text(r, i)?;
    // Borrowing fails only for a string with an escape in it; those take the owned path.
    if let Ok(v) = serde_json::from_str::<Vec<&str>>(raw) {
        items(buf, &v);
    } else {
        items(buf, &json_list(raw.to_string())?);
    }
    Ok(())
}

/// Every person of the book as a JSON array, in rowid order, handing what is written to `spill`
/// every 4,096 people; the number of people written.
pub(crate) fn all(
    conn: &Connection,
    buf: &mut Vec<u8>,
    spill: &mut dyn FnMut(&mut Vec<u8>) -> Result<()>,
) -> Result<u64> {
    let by_person = |table: &'static str, col: &'static str, order: &'static str| {
        move |each: &mut dyn FnMut(&Row<'_>) -> Result<()>| {
            bundle_export_rows::each_person_list(conn, table, col, order, each)
        }
    };
    let mut emails = Arrays::read(by_person("person_emails", "email", "position"), text_item)?;
    let mut languages = Arrays::read(
        by_person("person_languages", "language", "position"),
        text_item,
    )?;
    let mut tags = Arrays::read(
        by_person("person_tags", "label", "label COLLATE NOCASE"),
        text_item,
    )?;
    let mut channels = Arrays::read(
        |each| bundle_export_rows::each_channel(conn, each),
        channel_item,
    )?;
    let mut photo_rows = bundle_export_rows::photos_in_order(conn)?;
    let mut photos = photo_rows.query([])?;
    let mut photo: Option<(i64, String, Vec<u8>)> = None;
    let mut n = 0u64;
    buf.push(b'[');
    bundle_export_rows::each_person(conn, &mut |r| {
        let rowid: i64 = r.get(0)?;
        if n > 0 {
            // A few megabytes at a time go on to the file (or the caller's buffer).
            if n.is_multiple_of(4096) {
                spill(buf)?;
            }
            buf.push(b',');
        }
        n += 1;
        let s = |buf: &mut Vec<u8>, key: &[u8], i: usize| -> Result<()> {
            buf.extend_from_slice(key);
            string(buf, text(r, i)?);
            Ok(())
        };
        s(buf, b"{\"id\":", 1)?;
        s(buf, b",\"first_name\":", 2)?;
        s(buf, b",\"last_name\":", 3)?;
        s(buf, b",\"display_name\":", 4)?;
        s(buf, b",\"pronouns\":", 5)?;
        let kind = text(r, 6)?;
        let kind = PersonKind::parse(kind).ok_or_else(|| corrupt("kind", kind))?;
        buf.extend_from_slice(b",\"kind\":");
        string(buf, kind.as_str());
        let stage = text(r, 7)?;
        let stage = Stage::parse(stage).ok_or_else(|| corrupt("stage", stage))?;
        buf.extend_from_slice(b",\"stage\":");
        string(buf, stage.as_str());
        s(buf, b",\"bio\":", 8)?;
        buf.extend_from_slice(b",\"topics\":");
        stored_list(buf, r, 9)?;
        buf.extend_from_slice(b",\"languages\":");
        languages.write(buf, rowid);
        s(buf, b",\"city\":", 10)?;
        s(buf, b",\"country\":", 11)?;
        s(buf, b",\"time_zone\":", 12)?;
        buf.extend_from_slice(b",\"emails\":");
        emails.write(buf, rowid);
        buf.extend_from_slice(b",\"phones\":");
        stored_list(buf, r, 13)?;
        s(buf, b",\"website\":", 14)?;
        s(buf, b",\"employer\":", 15)?;
        s(buf, b",\"title\":", 29)?;
        s(buf, b",\"birthday\":", 30)?;
        s(buf, b",\"motivations\":", 16)?;
        s(buf, b",\"compensation\":", 17)?;
        s(buf, b",\"values_note\":", 18)?;
        s(buf, b",\"objectives\":", 19)?;
        buf.extend_from_slice(b",\"resonance\":");
        number(buf, r.get::<_, Option<u8>>(20)?.map(i64::from));
        buf.extend_from_slice(b",\"reach\":");
        number(buf, r.get::<_, Option<u8>>(21)?.map(i64::from));
        buf.extend_from_slice(b",\"relevance\":");
        number(buf, r.get::<_, Option<u8>>(22)?.map(i64::from));
        buf.extend_from_slice(b",\"cadence_days\":");
        number(buf, r.get::<_, Option<u32>>(23)?.map(i64::from));
        s(buf, b",\"source\":", 24)?;
        s(buf, b",\"consent_note\":", 25)?;
        buf.extend_from_slice(b",\"tags\":");
        tags.write(buf, rowid);
        buf.extend_from_slice(if r.get::<_, bool>(26)? {
            b",\"archived\":true"
        } else {
            b",\"archived\":false"
        });
        buf.extend_from_slice(b",\"channels\":");
        channels.write(buf, rowid);
        if let Some(owner) = opt(r, 31)? {
            buf.extend_from_slice(b",\"owner_id\":");
            string(buf, owner);
        }
        // The photos in person order, walked in step with the people.
        while photo.as_ref().is_none_or(|(p, _, _)| *p < rowid) {
            match photos.next()? {
                Some(ph) => photo = Some((ph.get(0)?, ph.get(1)?, ph.get(2)?)),
                None => break,
            }
        }
        if let Some((_, mime, bytes)) = photo.as_ref().filter(|(p, _, _)| *p == rowid) {
            buf.extend_from_slice(b",\"photo\":{\"mime\":");
            string(buf, mime);
            buf.extend_from_slice(b",\"data\":\"");
            buf.extend_from_slice(
                base64::engine::general_purpose::STANDARD
                    .encode(bytes)
                    .as_bytes(),
            );
            buf.extend_from_slice(b"\"}");
        }
        s(buf, b",\"created_at\":", 27)?;
        s(buf, b",\"updated_at\":", 28)?;
        buf.push(b'}');
        Ok(())
    })?;
    buf.push(b']');
    Ok(n)
}
