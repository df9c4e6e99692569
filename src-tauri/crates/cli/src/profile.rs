//! `person show` for people: a one-screen profile to read before a meeting, empty fields left out.

use crate::output::{label, local_time, thousands};
use crate::table::{pad, Table};
use liaison_core::Person;

pub fn render(p: &Person, now: chrono::DateTime<chrono::Utc>) -> String {
    let mut out = String::new();
    let mut title = p.display_name.clone();
    if !p.pronouns.is_empty() {
        title.push_str(&format!(" ({})", p.pronouns));
    }
    out.push_str(&title);
    out.push('\n');
    let mut status = vec![label(p.kind.as_str()), label(p.stage.as_str())];
    if p.archived {
        status.push("ARCHIVED".into());
    }
    out.push_str(&status.join(" · "));
    out.push_str("\n\n");

    let rows = facts(p, now);
    let width = rows
        .iter()
        .map(|(k, _)| unicode_width::UnicodeWidthStr::width(*k))
        .max()
        .unwrap_or(0);
    for (k, v) in &rows {
        out.push_str(&format!("  {}  {v}\n", pad(k, width)));
    }

    if !p.channels.is_empty() {
        out.push_str("\nChannels\n");
        let mut t = Table::new(vec![
            col("PLATFORM", 12),
            col("HANDLE", 40),
            col("AUDIENCE", 30),
            col("URL", 60),
        ]);
        for c in &p.channels {
            let audience = match (c.audience, &c.as_of) {
                (Some(n), Some(d)) => format!("{} (seen {d})", thousands(n)),
                (Some(n), None) => thousands(n),
                _ => String::new(),
            };
            t.push(vec![
                c.platform.as_str().into(),
                c.handle.clone(),
                audience,
                c.url.clone(),
            ]);
        }
        for line in t.render().lines() {
            out.push_str(&format!("  {line}\n"));
        }
    }

    for (heading, text) in [
        ("Bio", &p.bio),
        ("Motivations", &p.motivations),
        ("Compensation", &p.compensation),
        ("Values", &p.values_note),
        ("Objectives", &p.objectives),
    ] {
        if !text.trim().is_empty() {
            out.push_str(&format!("\n{heading}\n"));
            for line in text.trim().lines() {
                out.push_str(&format!("  {line}\n"));
            }
        }
    }
    out.push_str(&format!(
        "\nadded {} · updated {}\n",
        local_time(&p.created_at),
        local_time(&p.updated_at)
    ));
    out
}

fn col(heading: &'static str, max: usize) -> crate::table::Column {
    crate::table::Column { heading, max }
}

/// The short facts, as label/value pairs, in the order someone scans them before a meeting.
fn facts(p: &Person, now: chrono::DateTime<chrono::Utc>) -> Vec<(&'static str, String)> {
    let mut rows: Vec<(&'static str, String)> = vec![("id", p.id.clone())];
    let names: Vec<String> = [("first", &p.first_name), ("last", &p.last_name)]
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k} {v}"))
        .collect();
    let place: Vec<&str> = [p.city.as_str(), p.country.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    let mut place = place.join(", ");
    if !p.time_zone.is_empty() {
        if !place.is_empty() {
            place.push_str(" · ");
        }
        place.push_str(&p.time_zone);
        if let Some(t) = their_time(&p.time_zone, now) {
            place.push_str(&format!(" ({t} there now)"));
        }
    }
    let ratings: Vec<String> = [
        ("resonance", p.resonance),
        ("reach", p.reach),
        ("relevance", p.relevance),
    ]
    .iter()
    .filter_map(|(k, v)| v.map(|v| format!("{k} {v}/5")))
    .collect();
    let tags: Vec<String> = p.tags.iter().map(|t| format!("#{t}")).collect();
    let cadence = p.cadence_days.map(|d| match d {
        1 => "every day".to_string(),
        d => format!("every {d} days"),
    });
    let candidates = [
        ("names", names.join(" · ")),
        ("place", place),
        ("e-mail", p.emails.join(", ")),
        ("phone", p.phones.join(", ")),
        ("website", p.website.clone()),
        ("employer", p.employer.clone()),
        ("title", p.title.clone()),
        ("birthday", p.birthday.clone()),
        ("languages", p.languages.join(", ")),
        ("topics", p.topics.join(", ")),
        ("tags", tags.join(" ")),
        ("ratings", ratings.join(" · ")),
        ("cadence", cadence.unwrap_or_default()),
        ("source", p.source.clone()),
        ("consent", p.consent_note.clone()),
    ];
    rows.extend(candidates.into_iter().filter(|(_, v)| !v.is_empty()));
    rows
}

/// The clock on their wall: useful before calling someone in another time zone.
fn their_time(zone: &str, now: chrono::DateTime<chrono::Utc>) -> Option<String> {
    let tz: chrono_tz::Tz = zone.parse().ok()?;
    Some(now.with_timezone(&tz).format("%H:%M").to_string())
}
