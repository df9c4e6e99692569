//! iCalendar out for a calendar app, the one calendar every export writes: follow-ups (with a reminder alarm), events and meetups, each at its wall time in its own zone (TZID).
//!
//! A recurring follow-up is written as its current occurrence: the app moves it on when it is
//! done, and a repeat rule in the calendar would keep firing after that.
//!
//! An event given as dates only (a trade show from the 10th to the 12th) is stored from 00:00 of
//! its first day to 23:59 of its last (the form's reading of a date alone): written as such it
//! would show as three 24-hour blocks across every morning's agenda, so a span from midnight to
//! 23:59 is written as whole days (`VALUE=DATE`, the end exclusive as RFC 5545 wants).

use crate::domain::event::{Event, Meetup};
use crate::domain::followup::Followup;
mod ics;

use chrono::{DateTime, Duration, NaiveDateTime, NaiveTime, Timelike, Utc};
use chrono_tz::Tz;
use ics::{calendar, IcsEvent, Span};

const LOCAL_FMT: &str = "%Y-%m-%dT%H:%M";
/// A follow-up is a reminder, not a meeting: a short slot, with an alarm at its time.
const FOLLOWUP_MINUTES: i64 = 15;
/// A meetup's alarm, minutes before it. Meetups are booked at the event itself — a booth, the
/// café on the show floor — and conference slots are often half an hour long: a quarter of an
/// hour is time to end a conversation and walk over, while 30 minutes would ring at the start
/// of the meeting before and be forgotten by the time it matters. (The event page's file once
/// said 15 and the book's calendar 30; one writer now says it once.)
pub(crate) const MEETUP_ALARM_MINUTES: u32 = 15;

struct Item {
    uid: String,
    summary: String,
    description: String,
    location: String,
    url: String,
    tz: Tz,
    span: Span,
    alarm: Option<u32>,
}

/// Whole days when the span runs from the start of its first day to 23:59 (or midnight) of its
/// last, as a date-only event is stored; otherwise the wall times in its zone.
fn event_span(start: NaiveDateTime, end: NaiveDateTime) -> Span {
    let midnight = start.time() == NaiveTime::MIN;
    let day_end = end.time().hour() == 23 && end.time().minute() == 59;
    if midnight && day_end {
        Span::Days(start.date(), end.date().succ_opt().unwrap_or(end.date()))
    } else if midnight && end.time() == NaiveTime::MIN && end > start {
        Span::Days(start.date(), end.date())
    } else {
        Span::Times(start, end)
    }
}

fn local(s: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(s, LOCAL_FMT).ok()
}

fn zone(s: &str) -> Tz {
    s.parse().unwrap_or(Tz::UTC)
}

/// The calendar entry's link (one URL per entry in RFC 5545): the first person it is about,
/// opened in Liaison from the calendar.
fn first_person_link(people: &[String]) -> String {
    people
        .first()
        .map(|id| super::person_link(id))
        .unwrap_or_default()
}

fn join(parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ")
}

/// Open follow-ups, events and meetups as one calendar.
pub fn write(
    followups: &[Followup],
    events: &[Event],
    meetups: &[Meetup],
    stamp: DateTime<Utc>,
) -> String {
    let mut items = Vec::new();
    for f in followups.iter().filter(|f| f.done_at.is_none()) {
        let Some(start) = local(&f.due_local) else {
            continue;
        };
        let who = f.person_names.join(", ");
        items.push(Item {
            uid: format!("{}@liaison", f.id),
            summary: if who.is_empty() {
                f.title.clone()
            } else {
                format!("{} — {who}", f.title)
            },
            description: f.body.clone(),
            location: String::new(),
            url: first_person_link(&f.people),
            tz: zone(&f.time_zone),
            span: Span::Times(start, start + Duration::minutes(FOLLOWUP_MINUTES)),
            alarm: Some(0),
        });
    }
    for e in events {
        let (Some(start), Some(end)) = (local(&e.start_local), local(&e.end_local)) else {
            continue;
        };
        items.push(Item {
            uid: format!("{}@liaison", e.id),
            summary: e.name.clone(),
            description: e.notes.clone(),
            location: join(&[&e.venue, &e.booth, &e.city]),
            url: e.url.clone(),
            tz: zone(&e.time_zone),
            span: event_span(start, end),
            alarm: None,
        });
    }
    for m in meetups {
        let Some(start) = local(&m.start_local) else {
            continue;
        };
        let who = m.person_names.join(", ");
        items.push(Item {
            uid: format!("{}@liaison", m.id),
            summary: m.title.clone(),
            description: if m.notes.is_empty() {
                who
            } else {
                format!("{who}\n\n{}", m.notes)
            },
            location: join(&[&m.place, &m.city]),
            url: first_person_link(&m.people),
            tz: zone(&m.time_zone),
            span: Span::Times(start, start + Duration::minutes(i64::from(m.minutes))),
            alarm: Some(MEETUP_ALARM_MINUTES),
        });
    }
    let events: Vec<IcsEvent<'_>> = items
        .iter()
        .map(|i| IcsEvent {
            uid: &i.uid,
            summary: &i.summary,
            description: &i.description,
            location: &i.location,
            url: &i.url,
            tz: i.tz,
            span: i.span,
            alarm_minutes: i.alarm,
            stamp,
        })
        .collect();
    calendar(&events)
}
