//! Who else already holds an e-mail, a handle or a phone number: the reads behind the duplicate warnings given before a person is written.

use crate::domain::person::{DuplicateWarning, PersonInput};
use crate::error::Result;
use rusqlite::{params, Connection};

/// Other people sharing an e-mail (case-insensitive) or a platform+handle with `p`.
pub fn duplicates(
    conn: &Connection,
    p: &PersonInput,
    except: Option<i64>,
) -> Result<Vec<DuplicateWarning>> {
    let except = except.unwrap_or(-1);
    let mut out = Vec::new();
    let mut st = conn.prepare_cached(
        "SELECT DISTINCT p.id, p.display_name FROM person_emails e JOIN people p ON p.rowid = e.person_rowid
         WHERE e.email_norm = ?1 AND p.rowid <> ?2",
    )?;
    for e in &p.emails {
        let hits = st.query_map(params![e.to_lowercase(), except], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
        for hit in hits {
            let (person_id, display_name) = hit?;
            out.push(DuplicateWarning {
                on: "email".into(),
                value: e.clone(),
                person_id,
                display_name,
            });
        }
    }
    let mut st = conn.prepare_cached(
        "SELECT DISTINCT p.id, p.display_name FROM channels c JOIN people p ON p.rowid = c.person_rowid
         WHERE c.platform = ?1 AND c.handle = ?2 AND p.rowid <> ?3",
    )?;
    for c in &p.channels {
        let hits = st.query_map(params![c.platform.as_str(), c.handle, except], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
        for hit in hits {
            let (person_id, display_name) = hit?;
            let value = format!("{}:{}", c.platform.as_str(), c.handle);
            out.push(DuplicateWarning {
                on: "handle".into(),
                value,
                person_id,
                display_name,
            });
        }
    }
    Ok(out)
}

/// A person's id, name, country (for a number's normal form) and phone numbers.
pub type PhoneRow = (String, String, String, Vec<String>);

/// Everyone with a phone number.
pub fn with_phones(conn: &Connection) -> Result<Vec<PhoneRow>> {
    let mut st = conn.prepare_cached(
        "SELECT id, display_name, country, phones FROM people WHERE phones <> '[]'",
    )?;
    let rows = st.query_map([], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get::<_, String>(3)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, name, country, phones) = row?;
        out.push((id, name, country, super::people_rows::json_list(phones)?));
    }
    Ok(out)
}
