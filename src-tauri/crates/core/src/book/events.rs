//! The events part of the `Book` API: conferences and trade shows (who attends is `attendees.rs`).

use super::Book;
use crate::api::{AttendeeListReq, EventListReq};
use crate::clock::stamp;
use crate::domain::event::{Event, EventDetail, EventInput};
use crate::domain::fold::fold;
use crate::domain::recurrence::local_to_utc;
use crate::error::{Error, FieldError, FieldRule, Result};
use crate::new_id;
use crate::store::events::{self as rows, EventRow};
use crate::store::meetups::{self, MeetupQuery};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use chrono_tz::Tz;

pub(crate) const LOCAL_FMT: &str = "%Y-%m-%dT%H:%M";
const MAX_TEXT: usize = 20_000;

impl Book {
    pub fn event_create(&self, input: EventInput) -> Result<Event> {
        let user_tz = self.time_zone()?;
        let now = self.now();
        let id = new_id();
        let c = clean(&input, user_tz)?;
        self.db.write(|tx| {
            rows::insert(tx, &id, &c.row(), &now)?;
            Ok(rows::load(tx, &id)?.1)
        })
    }

    pub fn event_update(&self, id: &str, input: EventInput) -> Result<Event> {
        let user_tz = self.time_zone()?;
        let now = self.now();
        let c = clean(&input, user_tz)?;
        self.db.write(|tx| {
            let (rowid, _) = rows::load(tx, id)?;
            rows::update(tx, rowid, &c.row(), &now)?;
            Ok(rows::load(tx, id)?.1)
        })
    }

    /// Deletes the event and its attendance list; meetups and logged interactions stay, unlinked.
    pub fn event_delete(&self, id: &str) -> Result<Event> {
        let now = self.now();
        self.db.write(|tx| {
            let (rowid, old) = rows::load(tx, id)?;
            rows::delete(tx, rowid, id)?;
            crate::store::tombstones::record(tx, "event", id, &now)?;
            Ok(old)
        })
    }

    pub fn event_get(&self, id: &str) -> Result<Event> {
        self.db.read(|c| Ok(rows::load(c, id)?.1))
    }

    pub fn event_list(&self, req: &EventListReq) -> Result<Vec<Event>> {
        let now = self.now();
        let city = req
            .city
            .as_deref()
            .map(fold)
            .filter(|c| !c.trim().is_empty());
        let limit = req.limit.unwrap_or(100).clamp(1, 1000);
        self.db
            .read(|c| rows::list(c, req.when, city.as_deref(), &now, limit))
    }

    /// Events under way now (started and not ended, in UTC), the latest started first.
    pub fn events_now(&self) -> Result<Vec<Event>> {
        let now = self.now();
        self.db.read(|c| rows::current(c, &now))
    }

    /// The event page: the event, every attendee with what to know, and its meetups.
    pub fn event_detail(&self, id: &str) -> Result<EventDetail> {
        let today = self.today()?;
        self.db.read(|c| {
            let (rowid, event) = rows::load(c, id)?;
            let attendees =
                super::attendees::attendees(c, rowid, &AttendeeListReq::default(), &today)?;
            let meetups = meetups::query(
                c,
                &MeetupQuery {
                    event: Some(rowid),
                    city_key: None,
                    from: None,
                    until: None,
                    newest_first: false,
                    limit: 1000,
                },
            )?;
            Ok(EventDetail {
                event,
                attendees,
                meetups,
            })
        })
    }
}

/// A validated event, ready for `EventRow`.
struct Clean {
    name: String,
    input: EventInput,
    tz: Tz,
    start_local: String,
    end_local: String,
    start_at: String,
    end_at: String,
    city_key: String,
}

impl Clean {
    fn row(&self) -> EventRow<'_> {
        EventRow {
            name: &self.name,
            kind: self.input.kind,
            time_zone: self.tz.name(),
            start_local: &self.start_local,
            end_local: &self.end_local,
            start_at: &self.start_at,
            end_at: &self.end_at,
            city: &self.input.city,
            city_key: &self.city_key,
            country: &self.input.country,
            venue: &self.input.venue,
            booth: &self.input.booth,
            url: &self.input.url,
            notes: &self.input.notes,
        }
    }
}

fn clean(i: &EventInput, user_tz: Tz) -> Result<Clean> {
    let mut errs = Vec::new();
    let mut bad = |field: &str, rule: Option<FieldRule>, message: &str| {
        errs.push(FieldError {
            rule,
            ..FieldError::new(field, message)
        })
    };
    let mut input = i.clone();
    for f in [
        &mut input.name,
        &mut input.city,
        &mut input.venue,
        &mut input.booth,
        &mut input.url,
    ] {
        *f = f.trim().to_string();
    }
    input.country = input.country.trim().to_uppercase();
    if input.name.is_empty() {
        bad("name", Some(FieldRule::Required), "an event needs a name");
    }
    let tz = parse_zone(i.time_zone.as_deref(), user_tz).unwrap_or_else(|m| {
        bad("time_zone", None, m);
        user_tz
    });
    if !input.country.is_empty() && !crate::domain::countries::is_country_code(&input.country) {
        bad(
            "country",
            None,
            "use a two-letter ISO country code such as FR or US",
        );
    }
    if !input.url.is_empty() && !input.url.contains("://") {
        input.url = format!("https://{}", input.url);
    }
    let web = input.url.starts_with("https://") || input.url.starts_with("http://");
    if !input.url.is_empty() && !web {
        bad("url", None, "this is not a web address (https://…)");
    }
    if input.notes.len() > MAX_TEXT {
        bad(
            "notes",
            None,
            "this text is too long (20 000 characters at most)",
        );
    }
    let start = parse_local(i.start_local.trim(), NaiveTime::MIN);
    if start.is_none() {
        bad(
            "start_local",
            Some(if i.start_local.trim().is_empty() {
                FieldRule::Required
            } else {
                FieldRule::NotADate
            }),
            "use a date such as 2026-11-27 or 2026-11-27T09:30",
        );
    }
    let end_text = i.end_local.trim();
    let end = if end_text.is_empty() {
        start.map(|s| s.date().and_time(end_of_day()))
    } else {
        let e = parse_local(end_text, end_of_day());
        if e.is_none() {
            bad(
                "end_local",
                Some(FieldRule::NotADate),
                "use a date such as 2026-11-29 or 2026-11-29T18:00",
            );
        }
        e
    };
    if let (Some(s), Some(e)) = (start, end) {
        if e < s {
            bad(
                "end_local",
                Some(FieldRule::EndBeforeStart),
                "the event cannot end before it starts",
            );
        }
    }
    if !errs.is_empty() {
        return Err(Error::Validation(errs));
    }
    let (start, end) = (start.unwrap_or_default(), end.unwrap_or_default());
    Ok(Clean {
        name: input.name.clone(),
        city_key: fold(&input.city),
        tz,
        start_local: start.format(LOCAL_FMT).to_string(),
        end_local: end.format(LOCAL_FMT).to_string(),
        start_at: stamp(local_to_utc(start, tz)),
        end_at: stamp(local_to_utc(end, tz)),
        input,
    })
}

fn end_of_day() -> NaiveTime {
    NaiveTime::from_hms_opt(23, 59, 0).expect("23:59 is a time")
}

/// A zone name, or the fallback when none is given.
pub(crate) fn parse_zone(
    name: Option<&str>,
    fallback: Tz,
) -> std::result::Result<Tz, &'static str> {
    match name.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(fallback),
        Some(n) => n
            .parse()
            .map_err(|_| "use an IANA time zone such as Europe/Paris"),
    }
}

/// `2026-11-27T14:30`, `2026-11-27 14:30`, or a bare date at `day_time`.
pub(crate) fn parse_local(s: &str, day_time: NaiveTime) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(s, LOCAL_FMT)
        .or_else(|_| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M"))
        .or_else(|_| NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S"))
        .ok()
        .or_else(|| {
            NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .ok()
                .map(|d| d.and_time(day_time))
        })
}
