//! The relationship half of a person filter (last contact, follow-ups, cadence, audience, lists, events, give and take, source, dates, topic): what a relations manager works by, not only the profile.

use super::filter::{member, PersonFilter};
use crate::domain::fold::fold;
use crate::error::{Error, Result};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How many days before going cold a person counts as due: a week's notice, as Today looks ahead.
pub const DUE_DAYS: i64 = 7;

/// When we were last in touch (an interaction counts no later than when it was written down,
/// as `stats` keeps it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "when", rename_all = "snake_case")]
pub enum ContactFilter {
    /// No interaction at all.
    Never,
    /// Not in the last `days` days: the never contacted are included, they were not either.
    MoreThan {
        days: u32,
    },
    Within {
        days: u32,
    },
}

/// The person's next open follow-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "when", rename_all = "snake_case")]
pub enum FollowupFilter {
    None,
    /// Due already and not done.
    Overdue,
    /// Coming due in the next `days` days (not the overdue ones).
    Within {
        days: u32,
    },
}

/// Where a person stands against their cadence (stage default or their own).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CadenceState {
    /// Contacted, not going cold within DUE_DAYS (or no cadence: paused, identified).
    OnTime,
    /// Going cold within DUE_DAYS.
    Due,
    /// Gone cold: past their last contact plus their cadence.
    Cold,
    /// No interaction was ever written down.
    Never,
}

/// Give and take, counted in interactions (`given`: we gave; `received`: they gave).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BalanceFilter {
    WeGaveMore,
    TheyGaveMore,
    /// As many each way, at least one.
    Even,
}

/// On an event's attendee list as invited, or met there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum EventPresence {
    Attended,
    Invited,
}

/// The state of one person's row at `now`: the rule `to_sql` filters by, for the table's column.
pub fn cadence_state(last: Option<&str>, cold_at: Option<&str>, now: &str) -> CadenceState {
    if last.is_none() {
        return CadenceState::Never;
    }
    match cold_at {
        Some(c) if c <= now => CadenceState::Cold,
        Some(c) if c <= due_until(now).as_str() => CadenceState::Due,
        _ => CadenceState::OnTime,
    }
}

fn instant(now: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(now)
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|_| Utc::now())
}

fn shifted(now: &str, days: i64) -> String {
    crate::clock::stamp(instant(now) + Duration::days(days))
}

fn due_until(now: &str) -> String {
    shifted(now, DUE_DAYS)
}

fn day(field: &str, v: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d").map_err(|_| {
        Error::invalid(
            format!("filter.{field}"),
            format!("“{v}” is not a date: write it as YYYY-MM-DD, for example 2026-03-31"),
        )
    })
}

impl PersonFilter {
    /// Refuses what cannot be a filter (a date that is not one), naming the field.
    pub fn check(&self) -> Result<()> {
        for (field, v) in [
            ("created_from", &self.created_from),
            ("created_until", &self.created_until),
            ("updated_from", &self.updated_from),
            ("updated_until", &self.updated_until),
        ] {
            if let Some(v) = v.as_deref().filter(|v| !v.trim().is_empty()) {
                day(field, v)?;
            }
        }
        Ok(())
    }

    /// The relationship conditions on alias `p`, pushed onto `conds`. Relative days count from
    /// `as_of` (set by the book from its clock; the system time if a caller forgot).
    /// With `sets`, membership conditions are `IN` sets (see `to_count_sql`).
    pub(crate) fn relation_sql(
        &self,
        conds: &mut Vec<String>,
        params: &mut Vec<Value>,
        sets: bool,
    ) {
        let now = self
            .as_of
            .clone()
            .unwrap_or_else(|| crate::clock::stamp(Utc::now()));
        let mut push = |cond: &str, vs: Vec<Value>| {
            let mut c = cond.to_string();
            for v in vs {
                params.push(v);
                c = c.replacen("?$", &format!("?{}", params.len()), 1);
            }
            conds.push(c);
        };
        let text = |s: String| Value::Text(s);
        const LAST: &str = "ifnull(p.last_interaction_at, '')";
        const NEXT: &str = "ifnull(p.next_followup_at, '~')";
        const COLD: &str = "ifnull(p.cold_at, '~')";
        match self.last_contact {
            Some(ContactFilter::Never) => push(&format!("{LAST} = ''"), vec![]),
            Some(ContactFilter::MoreThan { days }) => push(
                &format!("{LAST} < ?$"),
                vec![text(shifted(&now, -i64::from(days)))],
            ),
            Some(ContactFilter::Within { days }) => push(
                &format!("{LAST} >= ?$"),
                vec![text(shifted(&now, -i64::from(days)))],
            ),
            None => {}
        }
        match self.next_followup {
            Some(FollowupFilter::None) => push(&format!("{NEXT} = '~'"), vec![]),
            Some(FollowupFilter::Overdue) => {
                push(&format!("{NEXT} <= ?$"), vec![text(now.clone())])
            }
            Some(FollowupFilter::Within { days }) => push(
                &format!("{NEXT} > ?$ AND {NEXT} <= ?$"),
                vec![text(now.clone()), text(shifted(&now, i64::from(days)))],
            ),
            None => {}
        }
        match self.cadence {
            Some(CadenceState::Never) => push(&format!("{LAST} = ''"), vec![]),
            Some(CadenceState::Cold) => push(&format!("{COLD} <= ?$"), vec![text(now.clone())]),
            Some(CadenceState::Due) => push(
                &format!("{COLD} > ?$ AND {COLD} <= ?$"),
                vec![text(now.clone()), text(due_until(&now))],
            ),
            Some(CadenceState::OnTime) => push(
                &format!("{COLD} > ?$ AND {LAST} <> ''"),
                vec![text(due_until(&now))],
            ),
            None => {}
        }
        if let Some(n) = self.audience_min {
            let n = Value::Integer(n.min(i64::MAX as u64) as i64);
            match self.audience_platform {
                Some(pl) => push(
                    &member(
                        sets,
                        "c.person_rowid",
                        "channels c WHERE c.platform = ?$ AND c.audience >= ?$",
                    ),
                    vec![text(pl.as_str().into()), n],
                ),
                None => push("ifnull(p.audience_max, -1) >= ?$", vec![n]),
            }
        }
        if let Some(l) = given(&self.list) {
            push(
                "p.rowid IN (SELECT m.person_rowid FROM list_members m \
                 WHERE m.list_rowid = (SELECT rowid FROM lists WHERE id = ?$))",
                vec![text(l)],
            );
        }
        let statuses = match self.event_presence {
            Some(EventPresence::Attended) => " AND a.status = 'met'",
            Some(EventPresence::Invited) => " AND a.status = 'invited'",
            None => "",
        };
        match given(&self.event) {
            Some(e) => push(
                &format!(
                    "p.rowid IN (SELECT a.person_rowid FROM event_attendees a \
                     WHERE a.event_rowid = (SELECT rowid FROM events WHERE id = ?$){statuses})"
                ),
                vec![text(e)],
            ),
            None if !statuses.is_empty() => push(
                &member(
                    sets,
                    "a.person_rowid",
                    &format!("event_attendees a WHERE 1{statuses}"),
                ),
                vec![],
            ),
            None => {}
        }
        match self.balance {
            Some(BalanceFilter::WeGaveMore) => push("p.given_count > p.received_count", vec![]),
            Some(BalanceFilter::TheyGaveMore) => push("p.received_count > p.given_count", vec![]),
            Some(BalanceFilter::Even) => push(
                "p.given_count = p.received_count AND p.given_count > 0",
                vec![],
            ),
            None => {}
        }
        if let Some(s) = given(&self.source) {
            let like = format!("%{}%", s.replace(['%', '_', '\\'], ""));
            push("p.source LIKE ?$", vec![text(like)]);
        }
        if let Some(t) = given(&self.topic) {
            push(
                "p.rowid IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?$)",
                vec![text(format!("topics : \"{}\"", fold(&t).replace('"', "")))],
            );
        }
        for (col, from, until) in [
            ("created_at", &self.created_from, &self.created_until),
            ("updated_at", &self.updated_from, &self.updated_until),
        ] {
            if let Some(d) = given(from).and_then(|d| day("", &d).ok()) {
                push(&format!("p.{col} >= ?$"), vec![text(d.to_string())]);
            }
            if let Some(d) = given(until).and_then(|d| day("", &d).ok()) {
                let next = d.succ_opt().unwrap_or(d);
                push(&format!("p.{col} < ?$"), vec![text(next.to_string())]);
            }
        }
    }
}

fn given(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}
