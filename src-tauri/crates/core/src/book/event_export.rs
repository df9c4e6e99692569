//! An event's files: "who's here" as CSV for a teammate or a printer, its meetups as iCalendar.

use super::Book;
use crate::api::ExportedText;
use crate::api::{AttendeeListReq, MeetupListReq};
use crate::domain::event::EventWhen;
use crate::domain::fold::words;
use crate::error::Result;
use crate::ics::{self, IcsEvent};
use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use chrono_tz::Tz;

impl Book {
    /// "Who's here" as CSV (UTF-8 with a BOM so Excel reads accents; RFC 4180 quoting).
    pub fn event_attendees_csv(&self, event_id: &str) -> Result<ExportedText> {
        let event = self.event_get(event_id)?;
        let people = self.event_attendees(&AttendeeListReq {
            event_id: event_id.to_string(),
            ..AttendeeListReq::default()
        })?;
        let tz = self.time_zone()?;
        // Last contact in the user's own zone, as a spreadsheet shows a date: 2026-11-22 14:30.
        let local = |t: &str| {
            DateTime::parse_from_rfc3339(t)
                .map(|t| t.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string())
                .unwrap_or_default()
        };
        let mut out = String::from("\u{feff}");
        row(
            &mut out,
            &[
                "Name",
                "Role",
                "Status",
                "Why they matter",
                "Last contact",
                "Open follow-ups",
                "Topics",
                "Handle",
                "City",
                "Country",
                "Employer",
            ],
        );
        for a in &people {
            let open = a.open_followups.to_string();
            let last = a
                .last_interaction_at
                .as_deref()
                .map(local)
                .unwrap_or_default();
            let topics = a.topics.join("; ");
            row(
                &mut out,
                &[
                    &a.person.display_name,
                    a.role.as_str(),
                    a.status.as_str(),
                    &a.why,
                    &last,
                    &open,
                    &topics,
                    a.person.primary_handle.as_deref().unwrap_or(""),
                    &a.person.city,
                    &a.person.country,
                    &a.person.employer,
                ],
            );
        }
        Ok(ExportedText {
            file_name: format!("{}-attendees.csv", slug(&event.name)),
            mime: "text/csv".into(),
            text: out,
        })
    }

    /// The event itself and its meetups as an iCalendar file, each at its wall time and zone.
    pub fn event_ics(&self, event_id: &str) -> Result<ExportedText> {
        let event = self.event_get(event_id)?;
        let meetups = self.meetup_list(&MeetupListReq {
            event_id: Some(event_id.to_string()),
            when: EventWhen::All,
            limit: Some(1000),
        })?;
        let stamp = self.clock.now();
        let parse = |s: &str| NaiveDateTime::parse_from_str(s, super::events::LOCAL_FMT).ok();
        let zone = |s: &str| s.parse::<Tz>().unwrap_or(Tz::UTC);
        let place = [
            event.venue.as_str(),
            event.booth.as_str(),
            event.city.as_str(),
        ]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
        let mut items = Vec::new();
        if let (Some(start), Some(end)) = (parse(&event.start_local), parse(&event.end_local)) {
            items.push(Owned {
                uid: format!("{}@liaison", event.id),
                summary: event.name.clone(),
                description: event.notes.clone(),
                location: place,
                url: event.url.clone(),
                tz: zone(&event.time_zone),
                start,
                end,
                alarm: None,
            });
        }
        for m in &meetups {
            let Some(start) = parse(&m.start_local) else {
                continue;
            };
            let who = m.person_names.join(", ");
            let description = if m.notes.is_empty() {
                who
            } else {
                format!("{who}\n\n{}", m.notes)
            };
            items.push(Owned {
                uid: format!("{}@liaison", m.id),
                summary: m.title.clone(),
                description,
                location: [m.place.as_str(), m.city.as_str()]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(", "),
                url: String::new(),
                tz: zone(&m.time_zone),
                start,
                end: start + Duration::minutes(i64::from(m.minutes)),
                alarm: Some(15),
            });
        }
        Ok(ExportedText {
            file_name: format!("{}.ics", slug(&event.name)),
            mime: "text/calendar".into(),
            text: render(&items, stamp),
        })
    }
}

struct Owned {
    uid: String,
    summary: String,
    description: String,
    location: String,
    url: String,
    tz: Tz,
    start: NaiveDateTime,
    end: NaiveDateTime,
    alarm: Option<u32>,
}

fn render(items: &[Owned], stamp: DateTime<Utc>) -> String {
    let events: Vec<IcsEvent<'_>> = items
        .iter()
        .map(|o| IcsEvent {
            uid: &o.uid,
            summary: &o.summary,
            description: &o.description,
            location: &o.location,
            url: &o.url,
            tz: o.tz,
            start: o.start,
            end: o.end,
            alarm_minutes: o.alarm,
            stamp,
        })
        .collect();
    ics::calendar(&events)
}

/// One CSV record. Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first)
/// get a leading apostrophe: a name is data, never a command.
pub(crate) fn row(out: &mut String, cells: &[&str]) {
    for (n, cell) in cells.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        let guarded = if cell.starts_with(['=', '+', '-', '@']) {
            format!("'{cell}")
        } else {
            (*cell).to_string()
        };
        if guarded.contains([',', '"', '\n', '\r', ';']) {
            out.push('"');
            out.push_str(&guarded.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&guarded);
        }
    }
    out.push_str("\r\n");
}

/// A file-name-safe version of a title: `VivaTech 2027` → `vivatech-2027`.
pub(crate) fn slug(s: &str) -> String {
    let s = words(s).collect::<Vec<_>>().join("-");
    if s.is_empty() {
        "event".into()
    } else {
        s.chars().take(60).collect()
    }
}
