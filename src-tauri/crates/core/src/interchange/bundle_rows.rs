//! Reading a bundle's sections out of SQLite: interactions by two scans in step, stored columns as JSON objects, link tables as id lists.

use crate::error::Result;
use rusqlite::types::ValueRef;
use rusqlite::Connection;
use serde::Serialize;
use std::collections::HashMap;

pub(super) fn json_array<T: Serialize>(buf: &mut Vec<u8>, items: &[T]) -> Result<u64> {
    serde_json::to_writer(buf, items).expect("bundle records serialise");
    Ok(items.len() as u64)
}

pub(super) fn query_in<T>(
    conn: &Connection,
    filter: &str,
    arg: Option<&str>,
    sql: &str,
    f: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let mut st = conn.prepare(&sql.replace("{}", filter))?;
    let rows = match arg {
        Some(a) => st.query_map([a], f)?.collect::<rusqlite::Result<_>>()?,
        None => st.query_map([], f)?.collect::<rusqlite::Result<_>>()?,
    };
    Ok(rows)
}

/// `owner id → [person ids]` for a link table.
pub(super) fn id_lists(conn: &Connection, sql: &str) -> Result<HashMap<String, Vec<String>>> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    let mut st = conn.prepare(sql)?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        out.entry(r.get(0)?).or_default().push(r.get(1)?);
    }
    Ok(out)
}

/// Rows as `column → value` objects, without `rowid` and the `drop` columns.
pub(super) fn raw_rows(
    conn: &Connection,
    sql: &str,
    arg: Option<&str>,
    drop: &[&str],
) -> Result<Vec<serde_json::Map<String, serde_json::Value>>> {
    let mut st = conn.prepare(sql)?;
    let names: Vec<String> = st.column_names().map(|s| s.to_string()).collect();
    let mut rows = match arg {
        Some(a) => st.query([a])?,
        None => st.query([])?,
    };
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let mut m = serde_json::Map::new();
        for (i, name) in names.iter().enumerate() {
            if name == "rowid" || drop.contains(&name.as_str()) {
                continue;
            }
            let v = match r.get_ref(i)? {
                ValueRef::Null => serde_json::Value::Null,
                ValueRef::Integer(n) => n.into(),
                ValueRef::Real(x) => x.into(),
                ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned().into(),
                ValueRef::Blob(b) => b
                    .iter()
                    .map(|x| format!("{x:02x}"))
                    .collect::<String>()
                    .into(),
            };
            m.insert(name.clone(), v);
        }
        out.push(m);
    }
    Ok(out)
}

/// An interaction as written: borrowed from the SQLite row, so a million rows cost no copies.
#[derive(Serialize)]
struct InteractionOut<'a> {
    id: &'a str,
    kind: &'a str,
    direction: &'a str,
    exchange: Option<&'a str>,
    occurred_at: &'a str,
    channel: &'a str,
    our_side: &'a str,
    body: &'a str,
    event_id: Option<&'a str>,
    people: Vec<&'a str>,
    created_at: &'a str,
    updated_at: &'a str,
}

const INTERACTION_COLS: &str = "i.rowid, i.id, i.kind, i.direction, i.exchange, i.occurred_at, \
    i.channel, i.our_side, i.body, i.event_id, i.created_at, i.updated_at";

/// Interactions in rowid order with their people's ids. The whole book is read as two ordered
/// scans walked in step (a per-row lookup of the people costs ~1 s more at a million); a scope's
/// few rows take their people from a subquery.
pub(super) fn interactions(
    conn: &Connection,
    buf: &mut Vec<u8>,
    only: Option<(&str, &str)>,
) -> Result<u64> {
    fn text<'a>(r: &'a rusqlite::Row<'_>, i: usize) -> rusqlite::Result<&'a str> {
        r.get_ref(i)?.as_str().map_err(Into::into)
    }
    fn opt<'a>(r: &'a rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Option<&'a str>> {
        r.get_ref(i)?.as_str_or_null().map_err(Into::into)
    }
    let write =
        |buf: &mut Vec<u8>, n: u64, r: &rusqlite::Row<'_>, people: Vec<&str>| -> Result<()> {
            let item = InteractionOut {
                id: text(r, 1)?,
                kind: text(r, 2)?,
                direction: text(r, 3)?,
                exchange: opt(r, 4)?,
                occurred_at: text(r, 5)?,
                channel: text(r, 6)?,
                our_side: text(r, 7)?,
                body: text(r, 8)?,
                event_id: opt(r, 9)?,
                people,
                created_at: text(r, 10)?,
                updated_at: text(r, 11)?,
            };
            if n > 0 {
                buf.push(b',');
            }
            serde_json::to_writer(&mut *buf, &item).expect("an interaction serialises");
            Ok(())
        };
    buf.push(b'[');
    let mut n = 0u64;
    if let Some((filter, arg)) = only {
        let mut st = conn.prepare(&format!(
            "SELECT {INTERACTION_COLS}, (SELECT group_concat(p.id, ' ') FROM interaction_people ip
               JOIN people p ON p.rowid = ip.person_rowid WHERE ip.interaction_rowid = i.rowid)
             FROM interactions i WHERE i.rowid IN ({filter}) ORDER BY i.rowid"
        ))?;
        let mut rows = st.query([arg])?;
        while let Some(r) = rows.next()? {
            let mut people: Vec<&str> = opt(r, 12)?
                .unwrap_or("")
                .split(' ')
                .filter(|s| !s.is_empty())
                .collect();
            people.sort_unstable();
            write(buf, n, r, people)?;
            n += 1;
        }
        buf.push(b']');
        return Ok(n);
    }
    // Indexed by rowid: a million hash look-ups were a tenth of the export.
    let person_ids: Vec<Option<String>> = {
        let mut v: Vec<Option<String>> = Vec::new();
        let mut st = conn.prepare("SELECT rowid, id FROM people ORDER BY rowid")?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            let rowid = r.get::<_, i64>(0)?.max(0) as usize;
            if v.len() <= rowid {
                v.resize(rowid + 1, None);
            }
            v[rowid] = Some(r.get(1)?);
        }
        v
    };
    let mut links = conn.prepare(
        "SELECT interaction_rowid, person_rowid FROM interaction_people ORDER BY interaction_rowid",
    )?;
    let mut links = links.query([])?;
    let mut items = conn.prepare(&format!(
        "SELECT {INTERACTION_COLS} FROM interactions i ORDER BY i.rowid"
    ))?;
    let mut rows = items.query([])?;
    let mut pending: Option<(i64, i64)> = None;
    while let Some(r) = rows.next()? {
        let rowid: i64 = r.get(0)?;
        let mut people: Vec<&str> = Vec::with_capacity(2);
        loop {
            if pending.is_none() {
                pending = match links.next()? {
                    Some(l) => Some((l.get(0)?, l.get(1)?)),
                    None => None,
                };
            }
            match pending {
                Some((i, p)) if i == rowid => {
                    if let Some(Some(id)) = person_ids.get(p.max(0) as usize) {
                        people.push(id);
                    }
                    pending = None;
                }
                Some((i, _)) if i < rowid => pending = None,
                _ => break,
            }
        }
        people.sort_unstable();
        write(buf, n, r, people)?;
        n += 1;
    }
    buf.push(b']');
    Ok(n)
}
