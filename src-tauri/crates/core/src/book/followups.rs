//! The follow-up half of the `Book` API: reminders with recurrence and snooze, notifications, Today.

use super::followup_input::{clean, parse_local, LOCAL_FMT};
use super::Book;
use crate::api::{FollowupListReq, SnoozeReq};
use crate::clock::stamp;
use crate::domain::followup::{ColdPerson, Followup, FollowupInput, Today, WeekDay};
use crate::domain::recurrence::{local_date, local_to_utc, snooze_until, utc_to_local};
use crate::error::{Error, FieldError, FieldRule, Result};
use crate::new_id;
use crate::store::followups::{self as rows};
use crate::store::people::{rowid_of, summaries_by_rowid};
use crate::store::relationship;
use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use chrono_tz::Tz;
use rusqlite::Connection;

pub(super) const TZ_KEY: &str = "time_zone";

impl Book {
    /// The user's time zone (a setting; UTC until the app or CLI sets it from the system).
    pub fn time_zone(&self) -> Result<Tz> {
        let name = self.db.read(|c| rows::setting(c, TZ_KEY))?;
        Ok(name.and_then(|n| n.parse().ok()).unwrap_or(Tz::UTC))
    }

    pub fn set_time_zone(&self, name: &str) -> Result<()> {
        let tz = Self::parse_time_zone(name)?;
        let now = self.now();
        self.db
            .write(|tx| rows::set_setting(tx, TZ_KEY, tz.name(), &now))
    }

    /// `name` as a zone, or the validation error the settings form shows on `time_zone`.
    pub(super) fn parse_time_zone(name: &str) -> Result<Tz> {
        name.parse()
            .map_err(|_| Error::invalid("time_zone", "use an IANA time zone such as Europe/Paris"))
    }

    /// On first start, takes the computer's time zone as the user's; later starts keep the setting
    /// (someone flying to a trade show keeps their home zone until they change it).
    pub fn init_time_zone_from_system(&self) -> Result<String> {
        if let Some(set) = self.db.read_on_writer(|c| rows::setting(c, TZ_KEY))? {
            return Ok(set);
        }
        let system = iana_time_zone::get_timezone()
            .ok()
            .filter(|n| n.parse::<Tz>().is_ok())
            .unwrap_or_else(|| "UTC".to_string());
        self.set_time_zone(&system)?;
        Ok(system)
    }

    pub fn followup_create(&self, input: FollowupInput) -> Result<Followup> {
        let user_tz = self.time_zone()?;
        let now = self.now();
        let id = new_id();
        self.db.write(|tx| {
            let c = clean(tx, &input, user_tz)?;
            rows::insert(tx, &id, &c.row(), &now)?;
            Ok(rows::load(tx, &id)?.followup)
        })
    }

    pub fn followup_update(&self, id: &str, input: FollowupInput) -> Result<Followup> {
        let user_tz = self.time_zone()?;
        let now = self.now();
        self.db.write(|tx| {
            let rowid = rows::load(tx, id)?.rowid;
            let c = clean(tx, &input, user_tz)?;
            rows::update(tx, rowid, &c.row(), &now)?;
            Ok(rows::load(tx, id)?.followup)
        })
    }

    /// Done: a one-off is closed; a recurring one moves to its next occurrence after now.
    pub fn followup_done(&self, id: &str) -> Result<Followup> {
        let now_t = self.clock.now();
        let now = stamp(now_t);
        self.db.write(|tx| {
            let l = rows::load(tx, id)?;
            let f = &l.followup;
            match &f.recurrence {
                None => rows::mark_done(tx, l.rowid, &now)?,
                Some(rule) => {
                    let tz: Tz = f.time_zone.parse().unwrap_or(Tz::UTC);
                    let anchor = parse_local(&l.anchor_local).ok_or_else(|| corrupt(id))?;
                    let current = parse_local(&f.due_local).ok_or_else(|| corrupt(id))?;
                    let next = rule.next_after_now(anchor, current, utc_to_local(now_t, tz));
                    let next_at = stamp(local_to_utc(next, tz));
                    rows::reschedule(
                        tx,
                        l.rowid,
                        &next.format(LOCAL_FMT).to_string(),
                        &next_at,
                        &now,
                    )?;
                }
            }
            Ok(rows::load(tx, id)?.followup)
        })
    }

    pub fn followup_snooze(&self, req: &SnoozeReq) -> Result<Followup> {
        let now_t = self.clock.now();
        let user_tz = self.time_zone()?;
        let until = match (&req.preset, req.until.as_deref()) {
            (Some(p), None) => snooze_until(*p, now_t, user_tz),
            (None, Some(u)) => match DateTime::parse_from_rfc3339(u) {
                Ok(t) => t.with_timezone(&Utc),
                // A wall time from the window's fields, read in the book's zone.
                Err(_) => NaiveDateTime::parse_from_str(u.trim(), "%Y-%m-%dT%H:%M")
                    .map(|wall| local_to_utc(wall, user_tz))
                    .map_err(|_| {
                        Error::Validation(vec![FieldError::broke(
                            "until",
                            FieldRule::NotADate,
                            "use a date and time such as 2026-11-23T09:00 (in your time zone)",
                        )])
                    })?,
            },
            _ => {
                return Err(Error::invalid(
                    "preset",
                    "choose a snooze preset or a time, not both",
                ))
            }
        };
        if until <= now_t {
            return Err(Error::invalid("until", "snooze until a time in the future"));
        }
        let now = stamp(now_t);
        self.db.write(|tx| {
            let l = rows::load(tx, &req.id)?;
            rows::snooze(tx, l.rowid, &stamp(until), &now)?;
            Ok(rows::load(tx, &req.id)?.followup)
        })
    }

    pub fn followup_delete(&self, id: &str) -> Result<Followup> {
        let now = self.now();
        self.db.write(|tx| {
            let l = rows::load(tx, id)?;
            rows::delete(tx, l.rowid)?;
            crate::store::tombstones::record(tx, "followup", id, &now)?;
            Ok(l.followup)
        })
    }

    pub fn followup_get(&self, id: &str) -> Result<Followup> {
        self.db.read(|c| Ok(rows::load(c, id)?.followup))
    }

    pub fn followup_list(&self, req: &FollowupListReq) -> Result<Vec<Followup>> {
        let limit = req.limit.unwrap_or(100).clamp(1, 1000);
        self.db.read(|c| {
            let person = req
                .person_id
                .as_deref()
                .map(|p| rowid_of(c, p))
                .transpose()?;
            rows::list(c, person, req.status, limit)
        })
    }

    /// Follow-ups that came due and were never announced; marks them announced in the same
    /// transaction, so a notification shows once and not again after a restart.
    pub fn followups_to_notify(&self) -> Result<Vec<Followup>> {
        let now = self.now();
        // The desktop asks every 30 s, all day, and nearly always nothing is due: a read answers
        // that without taking the write lock (and its transaction's bookkeeping). What it finds
        // is read again under the lock, so nothing is announced twice.
        if self.db.read(|c| rows::unnotified_due(c, &now))?.is_empty() {
            return Ok(Vec::new());
        }
        self.db.write(|tx| {
            let due = rows::unnotified_due(tx, &now)?;
            let ids: Vec<String> = due.iter().map(|f| f.id.clone()).collect();
            rows::mark_notified(tx, &ids, &now)?;
            Ok(due)
        })
    }

    pub fn today_get(&self) -> Result<Today> {
        let now_t = self.clock.now();
        let tz = self.time_zone()?;
        let date = local_date(now_t, tz);
        let end = stamp(local_to_utc(
            (date + Duration::days(1)).and_time(chrono::NaiveTime::MIN),
            tz,
        ));
        let start = stamp(local_to_utc(date.and_time(chrono::NaiveTime::MIN), tz));
        let fortnight = stamp(now_t + Duration::days(14));
        let week_end = stamp(local_to_utc(
            (date + Duration::days(WEEK_DAYS + 1)).and_time(chrono::NaiveTime::MIN),
            tz,
        ));
        let now = stamp(now_t);
        let collisions = self.collisions(None)?;
        self.db.read(|c| {
            let followups = rows::open_due_between(c, &end, &week_end, 500)?;
            let meetups = crate::store::meetups::query(
                c,
                &crate::store::meetups::MeetupQuery {
                    event: None,
                    city_key: None,
                    from: Some(&end),
                    until: Some(&week_end),
                    newest_first: false,
                    limit: 200,
                },
            )?;
            Ok(Today {
                collisions,
                week: by_day(followups, meetups, tz),
                date: date.to_string(),
                time_zone: tz.name().to_string(),
                overdue: rows::open_due_before(c, &now, 200)?,
                due_today: rows::open_due_between(c, &now, &end, 200)?,
                going_cold: going_cold(c, now_t, 100)?,
                never_contacted: summaries_by_rowid(
                    c,
                    &relationship::never_contacted(c, NEVER_SHOWN)?,
                )?,
                never_contacted_count: relationship::never_contacted_count(c)?,
                events: crate::store::events::overlapping(c, &now, &fortnight, 20)?,
                meetups: crate::store::meetups::query(
                    c,
                    &crate::store::meetups::MeetupQuery {
                        event: None,
                        city_key: None,
                        from: Some(&start),
                        until: Some(&end),
                        newest_first: false,
                        limit: 50,
                    },
                )?,
            })
        })
    }
}

/// How many never-contacted people Today lists (the count says how many in all).
const NEVER_SHOWN: u32 = 20;

/// How far Today looks ahead, after today itself.
const WEEK_DAYS: i64 = 7;

/// Follow-ups and meetups (each list earliest first) grouped by the user's local day; a
/// follow-up set in another zone falls on the day it comes due for the user.
fn by_day(
    followups: Vec<Followup>,
    meetups: Vec<crate::domain::event::Meetup>,
    tz: Tz,
) -> Vec<WeekDay> {
    let day_of = |at: &str| {
        DateTime::parse_from_rfc3339(at)
            .map(|t| local_date(t.with_timezone(&Utc), tz).to_string())
            .unwrap_or_default()
    };
    let mut days: std::collections::BTreeMap<String, WeekDay> = Default::default();
    fn day(days: &mut std::collections::BTreeMap<String, WeekDay>, date: String) -> &mut WeekDay {
        days.entry(date.clone()).or_insert_with(move || WeekDay {
            date,
            followups: Vec::new(),
            meetups: Vec::new(),
        })
    }
    for f in followups {
        day(&mut days, day_of(&f.due_at)).followups.push(f);
    }
    for m in meetups {
        day(&mut days, day_of(&m.start_at)).meetups.push(m);
    }
    days.into_values().collect()
}

/// The people gone cold, most overdue first, with how late they are.
fn going_cold(c: &Connection, now: DateTime<Utc>, limit: u32) -> Result<Vec<ColdPerson>> {
    let rows = relationship::going_cold(c, &stamp(now), limit)?;
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let people = summaries_by_rowid(c, &ids)?;
    Ok(people
        .into_iter()
        .zip(rows)
        .map(|(person, (_, last, cold))| {
            let since = DateTime::parse_from_rfc3339(&cold)
                .map(|t| t.with_timezone(&Utc))
                .unwrap_or(now);
            ColdPerson {
                person,
                last_interaction_at: last,
                cold_since: cold,
                days_late: (now - since).num_days().max(0) as u32,
            }
        })
        .collect())
}

fn corrupt(id: &str) -> Error {
    Error::Corrupt(format!("follow-up {id} has an unreadable due time"))
}
