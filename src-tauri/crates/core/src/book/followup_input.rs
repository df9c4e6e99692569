//! Reading a follow-up as the form or the CLI gives it: title, people, time zone, recurrence and a local due time, checked field by field before anything is written.

use crate::clock::stamp;
use crate::domain::followup::FollowupInput;
use crate::domain::recurrence::{local_to_utc, MORNING};
use crate::error::{Error, FieldError, FieldRule, Result};
use crate::store::followups::FollowupRow;
use crate::store::people::rowid_of;
use chrono::NaiveDateTime;
use chrono_tz::Tz;
use rusqlite::Connection;

/// How a local due time is kept and given back: minutes, no zone.
pub(super) const LOCAL_FMT: &str = "%Y-%m-%dT%H:%M";

pub(super) struct Clean {
    title: String,
    body: String,
    tz: Tz,
    recurrence: Option<crate::domain::recurrence::Recurrence>,
    people: Vec<i64>,
    due_local: String,
    due_at: String,
}

impl Clean {
    pub(super) fn row(&self) -> FollowupRow<'_> {
        FollowupRow {
            title: &self.title,
            body: &self.body,
            time_zone: self.tz.name(),
            anchor_local: &self.due_local,
            due_local: &self.due_local,
            due_at: &self.due_at,
            recurrence: self.recurrence.as_ref(),
            people: &self.people,
        }
    }
}

pub(super) fn clean(c: &Connection, i: &FollowupInput, user_tz: Tz) -> Result<Clean> {
    let mut errs = Vec::new();
    let mut bad = |field: String, rule: Option<FieldRule>, message: &str| {
        errs.push(FieldError {
            rule,
            ..FieldError::new(field, message)
        })
    };
    let title = i.title.trim().to_string();
    if title.is_empty() {
        bad(
            "title".into(),
            Some(FieldRule::Required),
            "a follow-up needs a title",
        );
    }
    let tz = match i
        .time_zone
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        None => user_tz,
        Some(n) => n.parse().unwrap_or_else(|_| {
            bad(
                "time_zone".into(),
                None,
                "use an IANA time zone such as Europe/Paris",
            );
            user_tz
        }),
    };
    let due = parse_local(i.due_local.trim()).unwrap_or_else(|| {
        bad(
            "due_local".into(),
            Some(FieldRule::NotADate),
            "use a date such as 2026-11-27 or 2026-11-27T14:30",
        );
        NaiveDateTime::MIN
    });
    if let Some(r) = &i.recurrence {
        if let Err(m) = r.validate() {
            match r.every_in_range() {
                true => bad("recurrence".into(), None, m),
                false => bad("recurrence.every".into(), Some(FieldRule::OutOfRange), m),
            }
        }
    }
    let mut people = Vec::new();
    for (n, id) in i.people.iter().enumerate() {
        match rowid_of(c, id) {
            Ok(r) => people.push(r),
            Err(Error::NotFound { .. }) => {
                bad(format!("people.{n}"), None, "this person does not exist")
            }
            Err(e) => return Err(e),
        }
    }
    if !errs.is_empty() {
        return Err(Error::Validation(errs));
    }
    Ok(Clean {
        title,
        body: i.body.clone(),
        tz,
        recurrence: i.recurrence.clone(),
        people,
        due_local: due.format(LOCAL_FMT).to_string(),
        due_at: stamp(local_to_utc(due, tz)),
    })
}

/// `2026-11-27T14:30`, `2026-11-27 14:30`, or a bare date meaning the morning (09:00).
pub(super) fn parse_local(s: &str) -> Option<NaiveDateTime> {
    super::events::parse_local(s, MORNING)
}
