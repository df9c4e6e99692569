//! Per-person figures derived from the timeline — last contact, going-cold date, given/received — kept in step on write.

use crate::clock::stamp;
use crate::domain::cadence;
use crate::domain::person::Stage;
use crate::error::Result;
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

/// Recomputes the derived columns of one person from their interactions.
pub fn refresh(conn: &Connection, person_rowid: i64) -> Result<()> {
    let Some((stage, own)) = conn
        .prepare_cached("SELECT stage, cadence_days FROM people WHERE rowid = ?1")?
        .query_row([person_rowid], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Option<u32>>(1)?))
        })
        .optional()?
    else {
        return Ok(()); // the person was deleted in this same transaction
    };
    let last_t = last_contact(conn, person_rowid)?;
    let last = last_t.map(stamp);
    let (given, received): (i64, i64) = conn
        .prepare_cached(
            "SELECT coalesce(sum(i.direction = 'given'), 0), coalesce(sum(i.direction = 'received'), 0)
             FROM interaction_people ip JOIN interactions i ON i.rowid = ip.interaction_rowid
             WHERE ip.person_rowid = ?1",
        )?
        .query_row([person_rowid], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let stage = Stage::parse(&stage).unwrap_or_default();
    let cold = cadence::cold_at(stage, own, last_t).map(stamp);
    conn.prepare_cached(
        "UPDATE people SET last_interaction_at = ?2, cold_at = ?3, given_count = ?4, received_count = ?5
         WHERE rowid = ?1",
    )?
    .execute(params![person_rowid, last, cold, given, received])?;
    Ok(())
}

/// The last time this person was in touch, never later than when it was written down: an
/// interaction dated in the future (a typo, a planned call logged early, an imported row)
/// cannot be a contact that happened, and "last contact" must never read "tomorrow". Such an
/// interaction counts as of its writing; once its date has passed it counts no later than
/// that until the person's figures are next refreshed, which errs on the side of "older".
fn last_contact(conn: &Connection, person_rowid: i64) -> Result<Option<DateTime<Utc>>> {
    // Newest first by the primary key (person_rowid, occurred_at, …): usually the first row
    // was written after it happened and is the answer, in one index probe.
    let mut st = conn.prepare_cached(
        "SELECT ip.occurred_at, i.created_at FROM interaction_people ip
         JOIN interactions i ON i.rowid = ip.interaction_rowid
         WHERE ip.person_rowid = ?1 ORDER BY ip.occurred_at DESC",
    )?;
    let mut rows = st.query([person_rowid])?;
    let mut best: Option<DateTime<Utc>> = None;
    while let Some(r) = rows.next()? {
        let (Some(at), written) = (instant(&r.get::<_, String>(0)?), r.get::<_, String>(1)?) else {
            continue;
        };
        if best.is_some_and(|b| at <= b) {
            break; // every later row happened earlier still
        }
        let counted = instant(&written).map_or(at, |w| at.min(w));
        best = Some(best.map_or(counted, |b| b.max(counted)));
        if counted == at {
            break; // not in the future of its writing: nothing below can beat it
        }
    }
    Ok(best)
}

/// A text column read in place (a million rows: no copy each).
fn text<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> rusqlite::Result<&'r str> {
    r.get_ref(i)?.as_str().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn instant(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// From how many people one pass over every interaction may beat a refresh per person: each
/// person's refresh reads their interactions at random places (a million-interaction merge spent
/// about a third of its time there), the pass reads the table in order once.
const ONE_PASS_FROM: usize = 2_000;

/// Recomputes the derived columns of these people, exactly as `refresh` does for each.
pub fn refresh_all(conn: &Connection, people: &[i64]) -> Result<()> {
    // The pass reads everyone's interactions: worth it once these people are a good share of
    // the book (a quarter: their interactions at random places cost more than all in order).
    if people.len() >= ONE_PASS_FROM {
        let everyone: i64 = conn.query_row("SELECT count(*) FROM people", [], |r| r.get(0))?;
        if people.len() as i64 * 4 >= everyone {
            return refresh_in_one_pass(conn, people);
        }
    }
    people.iter().try_for_each(|p| refresh(conn, *p))
}

/// `refresh` for many people at once: every interaction is read once, in table order, and
/// folded into its people's figures by the same rule as `last_contact` (an interaction counts
/// no later than when it was written down); then each person is written once, in rowid order.
fn refresh_in_one_pass(conn: &Connection, people: &[i64]) -> Result<()> {
    #[derive(Default)]
    struct Figures {
        last: Option<DateTime<Utc>>,
        given: i64,
        received: i64,
    }
    let mut wanted: std::collections::HashMap<i64, Figures> =
        people.iter().map(|p| (*p, Figures::default())).collect();
    let mut st = conn.prepare(
        "SELECT ip.person_rowid, ip.occurred_at, i.created_at, i.direction
         FROM interactions i JOIN interaction_people ip ON ip.interaction_rowid = i.rowid",
    )?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let Some(f) = wanted.get_mut(&r.get::<_, i64>(0)?) else {
            continue;
        };
        match text(r, 3)? {
            "given" => f.given += 1,
            "received" => f.received += 1,
            _ => {}
        }
        let at = text(r, 1)?;
        if let Some(at) = instant(at) {
            let counted = instant(text(r, 2)?).map_or(at, |w| at.min(w));
            f.last = Some(f.last.map_or(counted, |b| b.max(counted)));
        }
    }
    drop(rows);
    let mut read =
        conn.prepare_cached("SELECT stage, cadence_days FROM people WHERE rowid = ?1")?;
    let mut write = conn.prepare_cached(
        "UPDATE people SET last_interaction_at = ?2, cold_at = ?3, given_count = ?4, received_count = ?5
         WHERE rowid = ?1",
    )?;
    let mut order: Vec<(i64, Figures)> = wanted.into_iter().collect();
    order.sort_unstable_by_key(|(p, _)| *p);
    for (p, f) in order {
        let Some((stage, own)) = read
            .query_row([p], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, Option<u32>>(1)?))
            })
            .optional()?
        else {
            continue; // deleted in this same transaction
        };
        let stage = Stage::parse(&stage).unwrap_or_default();
        let cold = cadence::cold_at(stage, own, f.last).map(stamp);
        write.execute(params![p, f.last.map(stamp), cold, f.given, f.received])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use rusqlite::Connection;

    /// A book of 40 people and their interactions, some dated after they were written down,
    /// some with no people of interest, one person with none at all.
    fn book() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::store::migrations::migrate(&mut conn).unwrap();
        let stages = ["identified", "engaged", "partner", "do_not_contact"];
        for p in 1..=40i64 {
            conn.execute(
                "INSERT INTO people (rowid, id, display_name, sort_name, kind, stage, cadence_days, created_at, updated_at)
                 VALUES (?1, 'p' || ?1, 'P', 'p', 'creator', ?2, ?3, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
                rusqlite::params![p, stages[p as usize % 4], (p % 3 == 0).then_some(p)],
            )
            .unwrap();
        }
        let directions = ["given", "received", "neutral"];
        for i in 1..=400i64 {
            let day = 1 + (i * 7) % 28;
            let occurred = format!("2026-{:02}-{day:02}T10:00:00Z", 1 + (i * 5) % 12);
            // Every ninth was written down in March, before it happened.
            let created = if i % 9 == 0 {
                "2026-03-01T08:00:00Z".to_string()
            } else {
                occurred.clone()
            };
            conn.execute(
                "INSERT INTO interactions (rowid, id, kind, direction, occurred_at, created_at, updated_at)
                 VALUES (?1, 'i' || ?1, 'email', ?2, ?3, ?4, ?4)",
                rusqlite::params![i, directions[i as usize % 3], occurred, created],
            )
            .unwrap();
            for p in [1 + (i * 13) % 39, 1 + (i * 17) % 39] {
                conn.execute(
                    "INSERT OR IGNORE INTO interaction_people (person_rowid, occurred_at, interaction_rowid) VALUES (?1, ?2, ?3)",
                    rusqlite::params![p, occurred, i],
                )
                .unwrap();
            }
        }
        conn
    }

    /// rowid, last contact, cold date, given, received.
    type Figures = (i64, Option<String>, Option<String>, i64, i64);

    fn figures(conn: &Connection) -> Vec<Figures> {
        let mut st = conn
            .prepare("SELECT rowid, last_interaction_at, cold_at, given_count, received_count FROM people ORDER BY rowid")
            .unwrap();
        st.query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
    }

    #[test]
    fn one_pass_gives_what_a_refresh_per_person_gives() {
        let everyone: Vec<i64> = (1..=40).collect();
        let one_by_one = book();
        everyone
            .iter()
            .for_each(|p| super::refresh(&one_by_one, *p).unwrap());
        let at_once = book();
        super::refresh_in_one_pass(&at_once, &everyone).unwrap();
        let expected = figures(&one_by_one);
        assert!(
            expected.iter().filter(|f| f.1.is_some()).count() > 30,
            "the book gives most people a last contact, so the comparison means something"
        );
        assert_eq!(
            figures(&at_once),
            expected,
            "a bundle merge's one pass must write the figures a per-person refresh writes"
        );
        // Only the people asked for are written.
        let some = book();
        super::refresh_in_one_pass(&some, &[3, 5]).unwrap();
        let f = figures(&some);
        assert_eq!(f[2], expected[2]);
        assert_eq!(
            f[0].1, None,
            "person 1 was not asked for and keeps its columns"
        );
    }
}
