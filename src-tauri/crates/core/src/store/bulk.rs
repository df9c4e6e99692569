//! Reading many whole people at once — for exports and for imports that merge into thousands — by scanning each table once instead of five queries a person.

use super::people_rows::{person_from_row, PERSON_COLS};
use crate::domain::channel::{Channel, Platform};
use crate::domain::person::Person;
use crate::error::Result;
use rusqlite::Connection;

/// Below this many people, one load per person beats scanning every child table.
const SCAN_FROM: usize = 500;

/// Whole people, in rowid order: all of them (`None`) or those rowids.
pub fn people(conn: &Connection, only: Option<&[i64]>) -> Result<Vec<(i64, Person)>> {
    if let Some(ids) = only.filter(|ids| ids.len() < SCAN_FROM) {
        let mut ids = ids.to_vec();
        ids.sort_unstable();
        ids.dedup();
        let mut st = conn.prepare_cached("SELECT id FROM people WHERE rowid = ?1")?;
        let mut out = Vec::with_capacity(ids.len());
        for rowid in ids {
            let id: String = st.query_row([rowid], |r| r.get(0))?;
            out.push(super::people_rows::load(conn, &id)?);
        }
        return Ok(out);
    }
    let wanted: Option<std::collections::HashSet<i64>> =
        only.map(|ids| ids.iter().copied().collect());
    let keep = |rowid: i64| wanted.as_ref().is_none_or(|w| w.contains(&rowid));
    let mut out: Vec<(i64, Person)> = Vec::new();
    let mut st = conn.prepare(&format!(
        "SELECT {PERSON_COLS} FROM people p ORDER BY p.rowid"
    ))?;
    for row in st.query_map([], person_from_row)? {
        let (rowid, p) = row?;
        if keep(rowid) {
            out.push((rowid, p));
        }
    }
    // Position of each rowid in `out`, indexed by rowid: the child scans look up every row.
    let mut at: Vec<usize> =
        vec![usize::MAX; out.last().map(|(r, _)| *r as usize + 1).unwrap_or(0)];
    for (i, (r, _)) in out.iter().enumerate() {
        at[*r as usize] = i;
    }
    let pos = |rowid: i64| {
        at.get(rowid.max(0) as usize)
            .copied()
            .filter(|&i| i != usize::MAX)
    };
    let strings =
        |sql: &str, out: &mut Vec<(i64, Person)>, f: fn(&mut Person, String)| -> Result<()> {
            let mut st = conn.prepare(sql)?;
            let mut rows = st.query([])?;
            while let Some(r) = rows.next()? {
                if let Some(i) = pos(r.get::<_, i64>(0)?) {
                    f(&mut out[i].1, r.get(1)?);
                }
            }
            Ok(())
        };
    strings(
        "SELECT person_rowid, email FROM person_emails ORDER BY person_rowid, position",
        &mut out,
        |p, v| p.emails.push(v),
    )?;
    strings(
        "SELECT person_rowid, language FROM person_languages ORDER BY person_rowid, position",
        &mut out,
        |p, v| p.languages.push(v),
    )?;
    strings(
        "SELECT person_rowid, label FROM person_tags ORDER BY person_rowid, label COLLATE NOCASE",
        &mut out,
        |p, v| p.tags.push(v),
    )?;
    let mut st = conn.prepare(
        "SELECT person_rowid, id, platform, handle, url, audience, as_of, created_at, updated_at
         FROM channels ORDER BY person_rowid, position",
    )?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let Some(i) = pos(r.get::<_, i64>(0)?) else {
            continue;
        };
        let platform: String = r.get(2)?;
        out[i].1.channels.push(Channel {
            id: r.get(1)?,
            platform: Platform::parse(&platform).unwrap_or(Platform::Other),
            handle: r.get(3)?,
            url: r.get(4)?,
            audience: r.get::<_, Option<i64>>(5)?.map(|a| a.max(0) as u64),
            as_of: r.get(6)?,
            created_at: r.get(7)?,
            updated_at: r.get(8)?,
        });
    }
    // Few people have a photo; read one at a time, each handed to its person. Only the rows of
    // the loaded rowids' span: a block of an export must not read every image in the book.
    let (lo, hi) = match (out.first(), out.last()) {
        (Some((lo, _)), Some((hi, _))) => (*lo, *hi),
        _ => return Ok(out),
    };
    let mut st = conn.prepare(
        "SELECT person_rowid, mime, bytes FROM person_photos
         WHERE person_rowid BETWEEN ?1 AND ?2 ORDER BY person_rowid",
    )?;
    let mut rows = st.query([lo, hi])?;
    while let Some(r) = rows.next()? {
        if let Some(i) = pos(r.get::<_, i64>(0)?) {
            out[i].1.photo = Some(crate::domain::photo::Photo {
                mime: r.get(1)?,
                data: r.get(2)?,
            });
        }
    }
    Ok(out)
}
