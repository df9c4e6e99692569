//! Reading a bundle's sections out of SQLite: typed records, stored columns as JSON objects, link tables as id lists (interactions have their own module, `bundle_interactions`).

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
