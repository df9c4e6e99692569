//! The SQL behind a bundle's sections: which rowids a scope covers, and each section's rows as typed records or stored columns (the bulk reads of interactions and people are in `bundle_export_rows`, lists' in `lists`).

use crate::domain::interaction::Note;
use crate::error::Result;
use crate::interchange::bundle::{BundleFollowup, BundleScope};
use rusqlite::types::ValueRef;
use rusqlite::Connection;
use std::collections::HashMap;

type Row = serde_json::Map<String, serde_json::Value>;

/// SQL selecting the rowids of each section's records in scope (`?1` is the scope's id).
pub(crate) struct Filter {
    pub people: &'static str,
    pub interactions: &'static str,
    notes: &'static str,
    followups: &'static str,
    events: &'static str,
    attendees: &'static str,
    meetups: &'static str,
}

const ALL: Filter = Filter {
    people: "SELECT rowid FROM people",
    interactions: "SELECT rowid FROM interactions",
    notes: "SELECT rowid FROM notes",
    followups: "SELECT rowid FROM followups",
    events: "SELECT rowid FROM events",
    attendees: "SELECT event_rowid FROM event_attendees",
    meetups: "SELECT rowid FROM meetups",
};

const PERSON: Filter = Filter {
    people: "SELECT rowid FROM people WHERE id = ?1",
    interactions: "SELECT interaction_rowid FROM interaction_people WHERE person_rowid = (SELECT rowid FROM people WHERE id = ?1)",
    notes: "SELECT rowid FROM notes WHERE person_rowid = (SELECT rowid FROM people WHERE id = ?1)",
    followups: "SELECT followup_rowid FROM followup_people WHERE person_rowid = (SELECT rowid FROM people WHERE id = ?1)",
    events: "SELECT event_rowid FROM event_attendees WHERE person_rowid = (SELECT rowid FROM people WHERE id = ?1)",
    attendees: "SELECT event_rowid FROM event_attendees WHERE person_rowid = (SELECT rowid FROM people WHERE id = ?1)",
    meetups: "SELECT meetup_rowid FROM meetup_people WHERE person_rowid = (SELECT rowid FROM people WHERE id = ?1)",
};

const EVENT: Filter = Filter {
    people: "SELECT person_rowid FROM event_attendees WHERE event_rowid = (SELECT rowid FROM events WHERE id = ?1)",
    interactions: "SELECT rowid FROM interactions WHERE event_id = ?1",
    notes: "SELECT rowid FROM notes WHERE 0",
    followups: "SELECT rowid FROM followups WHERE 0",
    events: "SELECT rowid FROM events WHERE id = ?1",
    attendees: "SELECT rowid FROM events WHERE id = ?1",
    meetups: "SELECT rowid FROM meetups WHERE event_rowid = (SELECT rowid FROM events WHERE id = ?1)",
};

/// A list's members, for the `LIST` filter.
const LIST_MEMBERS: &str =
    "SELECT person_rowid FROM list_members WHERE list_rowid = (SELECT rowid FROM lists WHERE id = ?1)";

const LIST: Filter = Filter {
    people: LIST_MEMBERS,
    interactions: "SELECT DISTINCT interaction_rowid FROM interaction_people WHERE person_rowid IN (SELECT person_rowid FROM list_members WHERE list_rowid = (SELECT rowid FROM lists WHERE id = ?1))",
    notes: "SELECT rowid FROM notes WHERE person_rowid IN (SELECT person_rowid FROM list_members WHERE list_rowid = (SELECT rowid FROM lists WHERE id = ?1))",
    followups: "SELECT DISTINCT followup_rowid FROM followup_people WHERE person_rowid IN (SELECT person_rowid FROM list_members WHERE list_rowid = (SELECT rowid FROM lists WHERE id = ?1))",
    events: "SELECT DISTINCT event_rowid FROM event_attendees WHERE person_rowid IN (SELECT person_rowid FROM list_members WHERE list_rowid = (SELECT rowid FROM lists WHERE id = ?1))",
    attendees: "SELECT DISTINCT event_rowid FROM event_attendees WHERE person_rowid IN (SELECT person_rowid FROM list_members WHERE list_rowid = (SELECT rowid FROM lists WHERE id = ?1))",
    meetups: "SELECT DISTINCT meetup_rowid FROM meetup_people WHERE person_rowid IN (SELECT person_rowid FROM list_members WHERE list_rowid = (SELECT rowid FROM lists WHERE id = ?1))",
};

/// The chosen people, `?1` being a JSON array of their ids.
const CHOSEN: &str = "SELECT rowid FROM people WHERE id IN (SELECT value FROM json_each(?1))";

const PEOPLE: Filter = Filter {
    people: CHOSEN,
    interactions: "SELECT DISTINCT interaction_rowid FROM interaction_people WHERE person_rowid IN (SELECT rowid FROM people WHERE id IN (SELECT value FROM json_each(?1)))",
    notes: "SELECT rowid FROM notes WHERE person_rowid IN (SELECT rowid FROM people WHERE id IN (SELECT value FROM json_each(?1)))",
    followups: "SELECT DISTINCT followup_rowid FROM followup_people WHERE person_rowid IN (SELECT rowid FROM people WHERE id IN (SELECT value FROM json_each(?1)))",
    events: "SELECT DISTINCT event_rowid FROM event_attendees WHERE person_rowid IN (SELECT rowid FROM people WHERE id IN (SELECT value FROM json_each(?1)))",
    attendees: "SELECT DISTINCT event_rowid FROM event_attendees WHERE person_rowid IN (SELECT rowid FROM people WHERE id IN (SELECT value FROM json_each(?1)))",
    meetups: "SELECT DISTINCT meetup_rowid FROM meetup_people WHERE person_rowid IN (SELECT rowid FROM people WHERE id IN (SELECT value FROM json_each(?1)))",
};

/// The filter of `scope` and its `?1` (none for the whole book); an unknown person, event or
/// list is `not_found`.
pub(crate) fn filter(
    conn: &Connection,
    scope: &BundleScope,
) -> Result<(&'static Filter, Option<String>)> {
    Ok(match scope {
        BundleScope::All => (&ALL, None),
        BundleScope::Person { id } => {
            super::people::rowid_of(conn, id)?;
            (&PERSON, Some(id.clone()))
        }
        BundleScope::Event { id } => {
            super::events::rowid_of(conn, id)?;
            (&EVENT, Some(id.clone()))
        }
        BundleScope::List { id } => {
            super::lists::rowid_of(conn, id)?;
            (&LIST, Some(id.clone()))
        }
        BundleScope::People { ids } => {
            // Every id must name someone: a bundle silently short of a chosen person is a
            // bundle the teammate trusts wrongly.
            for id in ids {
                super::people::rowid_of(conn, id)?;
            }
            (
                &PEOPLE,
                Some(serde_json::to_string(ids).expect("ids serialise")),
            )
        }
    })
}

/// The rowids one of a filter's statements selects.
pub(crate) fn rowids(conn: &Connection, sql: &str, arg: Option<&str>) -> Result<Vec<i64>> {
    super::export_rows::first_column(conn, sql, arg.as_ref().map(|a| a as &dyn rusqlite::ToSql))
}

pub(crate) fn notes(conn: &Connection, f: &Filter, arg: Option<&str>) -> Result<Vec<Note>> {
    query_in(
        conn,
        f.notes,
        arg,
        "SELECT n.id, p.id, n.body, n.pinned, n.created_at, n.updated_at FROM notes n
         JOIN people p ON p.rowid = n.person_rowid WHERE n.rowid IN ({}) ORDER BY n.rowid",
        |r| {
            Ok(Note {
                id: r.get(0)?,
                person_id: r.get(1)?,
                body: r.get(2)?,
                pinned: r.get(3)?,
                created_at: r.get(4)?,
                updated_at: r.get(5)?,
            })
        },
    )
}

/// Follow-ups in scope, each with its people's ids.
pub(crate) fn followups(
    conn: &Connection,
    f: &Filter,
    arg: Option<&str>,
) -> Result<Vec<BundleFollowup>> {
    let mut followups: Vec<BundleFollowup> = query_in(conn, f.followups, arg,
        "SELECT f.id, f.title, f.body, f.time_zone, f.anchor_local, f.due_local, f.due_at, f.recurrence,
            f.done_at, f.notified_at, f.created_at, f.updated_at FROM followups f
         WHERE f.rowid IN ({}) ORDER BY f.rowid",
        |r| Ok(BundleFollowup { id: r.get(0)?, title: r.get(1)?, body: r.get(2)?, time_zone: r.get(3)?,
            anchor_local: r.get(4)?, due_local: r.get(5)?, due_at: r.get(6)?, recurrence: r.get(7)?,
            done_at: r.get(8)?, notified_at: r.get(9)?, created_at: r.get(10)?, updated_at: r.get(11)?,
            people: Vec::new() }))?;
    let links = id_lists(
        conn,
        "SELECT f.id, p.id FROM followup_people fp JOIN followups f ON f.rowid = fp.followup_rowid
        JOIN people p ON p.rowid = fp.person_rowid ORDER BY p.id",
    )?;
    for fu in &mut followups {
        fu.people = links.get(&fu.id).cloned().unwrap_or_default();
    }
    Ok(followups)
}

/// Events in scope as their stored columns.
pub(crate) fn events(conn: &Connection, f: &Filter, arg: Option<&str>) -> Result<Vec<Row>> {
    raw_rows(
        conn,
        &format!(
            "SELECT e.* FROM events e WHERE e.rowid IN ({}) ORDER BY e.rowid",
            f.events
        ),
        arg,
        &[],
    )
}

/// Attendance in scope as stored columns, the event and person as ids.
pub(crate) fn attendees(
    conn: &Connection,
    scope: &BundleScope,
    f: &Filter,
    arg: Option<&str>,
) -> Result<Vec<Row>> {
    let attendee_where = match scope {
        BundleScope::Person { .. } => {
            "a.person_rowid = (SELECT rowid FROM people WHERE id = ?1)".to_string()
        }
        // Only the members' attendance, as a person bundle carries only theirs.
        BundleScope::List { .. } => format!("a.person_rowid IN ({LIST_MEMBERS})"),
        BundleScope::People { .. } => format!("a.person_rowid IN ({CHOSEN})"),
        _ => format!("a.event_rowid IN ({})", f.attendees),
    };
    raw_rows(
        conn,
        &format!(
            "SELECT a.*, e.id AS event_id, p.id AS person_id FROM event_attendees a
         JOIN events e ON e.rowid = a.event_rowid JOIN people p ON p.rowid = a.person_rowid
         WHERE {attendee_where} ORDER BY a.event_rowid, a.person_rowid"
        ),
        arg,
        &["event_rowid", "person_rowid"],
    )
}

/// Meetups in scope as stored columns, with the event's id and the people's ids.
pub(crate) fn meetups(conn: &Connection, f: &Filter, arg: Option<&str>) -> Result<Vec<Row>> {
    let mut meetups = raw_rows(
        conn,
        &format!(
        "SELECT m.*, e.id AS event_id FROM meetups m LEFT JOIN events e ON e.rowid = m.event_rowid
         WHERE m.rowid IN ({}) ORDER BY m.rowid", f.meetups),
        arg,
        &["event_rowid"],
    )?;
    let links = id_lists(
        conn,
        "SELECT m.id, p.id FROM meetup_people mp JOIN meetups m ON m.rowid = mp.meetup_rowid
        JOIN people p ON p.rowid = mp.person_rowid ORDER BY p.id",
    )?;
    for m in &mut meetups {
        let id = m
            .get("id")
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string();
        let ids = links.get(&id).cloned().unwrap_or_default();
        m.insert("people".into(), serde_json::json!(ids));
    }
    Ok(meetups)
}

fn query_in<T>(
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
fn id_lists(conn: &Connection, sql: &str) -> Result<HashMap<String, Vec<String>>> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    let mut st = conn.prepare(sql)?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        out.entry(r.get(0)?).or_default().push(r.get(1)?);
    }
    Ok(out)
}

/// Rows as `column → value` objects, without `rowid` and the `drop` columns.
fn raw_rows(conn: &Connection, sql: &str, arg: Option<&str>, drop: &[&str]) -> Result<Vec<Row>> {
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
