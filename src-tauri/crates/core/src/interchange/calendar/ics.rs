//! iCalendar (RFC 5545) text: events at wall times in their own zone, with the VTIMEZONE calendars need; the syntax under `calendar`.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use std::collections::BTreeMap;
use std::fmt::Write;

/// When an event happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    /// From one wall time to another, in the event's zone.
    Times(NaiveDateTime, NaiveDateTime),
    /// Whole days: the first, and the day after the last (RFC 5545's exclusive DTEND). Floating
    /// dates, the same days wherever the calendar is opened.
    Days(NaiveDate, NaiveDate),
}

/// One VEVENT: a wall-time span in `tz`, or whole days.
pub struct IcsEvent<'a> {
    pub uid: &'a str,
    pub summary: &'a str,
    pub description: &'a str,
    pub location: &'a str,
    pub url: &'a str,
    pub tz: Tz,
    pub span: Span,
    /// Minutes before the start for a display alarm, if any.
    pub alarm_minutes: Option<u32>,
    pub stamp: DateTime<Utc>,
}

/// A whole calendar, CRLF line ends and 75-octet folding as the RFC requires.
pub fn calendar(events: &[IcsEvent<'_>]) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Liaison//Liaison 0.1//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    let mut zones: BTreeMap<&str, (Tz, i32, i32)> = BTreeMap::new();
    // Whole days name no zone: only timed events need theirs defined.
    for e in events {
        let Span::Times(start, _) = e.span else {
            continue;
        };
        let y = start.year();
        let z = zones.entry(e.tz.name()).or_insert((e.tz, y, y));
        z.1 = z.1.min(y);
        z.2 = z.2.max(y);
    }
    for (tz, from, to) in zones.values() {
        vtimezone(&mut out, *tz, *from, *to);
    }
    for e in events {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", e.uid));
        line(
            &mut out,
            &format!("DTSTAMP:{}", e.stamp.format("%Y%m%dT%H%M%SZ")),
        );
        match e.span {
            Span::Times(start, end) => {
                let tz = e.tz.name();
                let at = |t: NaiveDateTime| t.format("%Y%m%dT%H%M%S");
                line(&mut out, &format!("DTSTART;TZID={tz}:{}", at(start)));
                line(&mut out, &format!("DTEND;TZID={tz}:{}", at(end)));
            }
            Span::Days(first, after) => {
                let day = |d: NaiveDate| d.format("%Y%m%d");
                line(&mut out, &format!("DTSTART;VALUE=DATE:{}", day(first)));
                line(&mut out, &format!("DTEND;VALUE=DATE:{}", day(after)));
            }
        }
        line(&mut out, &format!("SUMMARY:{}", text(e.summary)));
        if !e.description.is_empty() {
            line(&mut out, &format!("DESCRIPTION:{}", text(e.description)));
        }
        if !e.location.is_empty() {
            line(&mut out, &format!("LOCATION:{}", text(e.location)));
        }
        if !e.url.is_empty() {
            line(&mut out, &format!("URL:{}", e.url));
        }
        if let Some(m) = e.alarm_minutes {
            line(&mut out, "BEGIN:VALARM");
            line(&mut out, "ACTION:DISPLAY");
            line(&mut out, &format!("DESCRIPTION:{}", text(e.summary)));
            line(&mut out, &format!("TRIGGER:-PT{m}M"));
            line(&mut out, "END:VALARM");
        }
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// TEXT escaping: backslash, semicolon, comma and newlines.
pub fn text(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\\n")
        .replace('\n', "\\n")
}

/// Appends a content line folded at 75 octets (never inside a UTF-8 character), CRLF-terminated.
pub fn line(out: &mut String, l: &str) {
    let mut width = 0;
    for ch in l.chars() {
        let n = ch.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(ch);
        width += n;
    }
    out.push_str("\r\n");
}

/// The zone's offsets and every transition from the year before `from` to the year after `to`,
/// listed one by one (no RRULE), which every calendar reads the same way.
fn vtimezone(out: &mut String, tz: Tz, from: i32, to: i32) {
    line(out, "BEGIN:VTIMEZONE");
    line(out, &format!("TZID:{}", tz.name()));
    let offset_at = |t: DateTime<Utc>| t.with_timezone(&tz).offset().fix().local_minus_utc();
    let start = Utc.with_ymd_and_hms(from - 1, 1, 1, 0, 0, 0).single();
    let end = Utc.with_ymd_and_hms(to + 2, 1, 1, 0, 0, 0).single();
    let (Some(mut t), Some(end)) = (start, end) else {
        line(out, "END:VTIMEZONE");
        return;
    };
    let first = offset_at(t);
    let mut transitions = Vec::new();
    let mut prev = first;
    // Hour steps find every change (all real zones move on whole or half hours at most once a day).
    while t < end {
        let next = t + Duration::hours(1);
        let o = offset_at(next);
        if o != prev {
            // Narrow to the minute the change takes effect.
            let mut lo = t;
            while lo < next {
                let m = lo + Duration::minutes(1);
                if offset_at(m) != prev {
                    transitions.push((m, prev, o));
                    break;
                }
                lo = m;
            }
            prev = o;
        }
        t = next;
    }
    if transitions.is_empty() {
        sub(out, "STANDARD", "19700101T000000", first, first);
    }
    for (at, before, after) in transitions {
        let local = (at + Duration::seconds(i64::from(before))).naive_utc();
        let kind = if after > before {
            "DAYLIGHT"
        } else {
            "STANDARD"
        };
        sub(
            out,
            kind,
            &local.format("%Y%m%dT%H%M%S").to_string(),
            before,
            after,
        );
    }
    line(out, "END:VTIMEZONE");
}

fn sub(out: &mut String, kind: &str, start: &str, from: i32, to: i32) {
    line(out, &format!("BEGIN:{kind}"));
    line(out, &format!("DTSTART:{start}"));
    line(out, &format!("TZOFFSETFROM:{}", offset(from)));
    line(out, &format!("TZOFFSETTO:{}", offset(to)));
    line(out, &format!("END:{kind}"));
}

fn offset(secs: i32) -> String {
    let sign = if secs < 0 { '-' } else { '+' };
    let s = secs.abs();
    let mut o = String::new();
    let _ = write!(o, "{sign}{:02}{:02}", s / 3600, (s % 3600) / 60);
    o
}
