//! CSV out — people, interactions, follow-ups, an event's attendees — the one CSV writer: UTF-8 with an optional BOM and `;` for Excel, RFC 4180 records, one formula guard, headers our own import maps back.

use crate::domain::channel::Platform;
use crate::domain::event::Attendee;
use crate::domain::followup::Followup;
use crate::domain::interaction::Interaction;
use crate::domain::person::Person;
use chrono::DateTime;
use chrono_tz::Tz;

/// Excel on a French system opens `;`-separated files with a BOM correctly; others want `,`.
/// (No IPC shape carries it: `export_save` takes `bom` and `semicolon` flat.)
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CsvExportOptions {
    /// Start with a UTF-8 byte order mark (Excel then reads the accents right).
    pub bom: bool,
    /// Separate with `;` instead of `,`.
    pub semicolon: bool,
}

fn writer(opts: CsvExportOptions) -> csv::Writer<Vec<u8>> {
    let mut out = Vec::new();
    if opts.bom {
        out.extend_from_slice("\u{FEFF}".as_bytes());
    }
    // CRLF between records, as RFC 4180 and Excel itself write them.
    csv::WriterBuilder::new()
        .delimiter(if opts.semicolon { b';' } else { b',' })
        .terminator(csv::Terminator::CRLF)
        .from_writer(out)
}

fn finish(w: csv::Writer<Vec<u8>>) -> Vec<u8> {
    w.into_inner().expect("writing to memory cannot fail")
}

/// A cell a spreadsheet would run as a formula (`=`, `@`, or `+`/`-` before something other than
/// a number) gets a leading apostrophe; phone numbers like `+33 1…` stay as they are. The one
/// guard of every CSV the app writes: a name is data, never a command.
pub(crate) fn cell(s: &str) -> String {
    let risky = match s.chars().next() {
        Some('=') | Some('@') | Some('\t') | Some('\r') => true,
        Some('+') | Some('-') => !s[1..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit() || c == '(' || c == ' '),
        _ => false,
    };
    if risky {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

fn row(w: &mut csv::Writer<Vec<u8>>, cells: Vec<String>) {
    w.write_record(cells.iter().map(|c| cell(c)))
        .expect("writing to memory cannot fail");
}

/// One row per person; a handle and a followers column for each platform anyone uses, named so
/// that importing the file maps every column back (`Instagram`, `Instagram followers`).
pub fn people(list: &[Person], opts: CsvExportOptions) -> Vec<u8> {
    let mut platforms: Vec<Platform> = Vec::new();
    for p in list {
        for c in &p.channels {
            if !platforms.contains(&c.platform) {
                platforms.push(c.platform);
            }
        }
    }
    platforms.sort_by_key(|p| Platform::ALL.iter().position(|q| q == p));
    let mut w = writer(opts);
    let mut head: Vec<String> = [
        "Id",
        "Name",
        "First name",
        "Last name",
        "Pronouns",
        "Email",
        "Phone",
        "City",
        "Country",
        "Time zone",
        "Languages",
        "Company",
        "Website",
        "Kind",
        "Stage",
        "Topics",
        "Tags",
        "Bio",
        "Source",
        "Created",
        "Updated",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for p in &platforms {
        head.push(platform_title(*p).to_string());
        head.push(format!("{} followers", platform_title(*p)));
    }
    row(&mut w, head);
    for p in list {
        let mut cells = vec![
            p.id.clone(),
            p.display_name.clone(),
            p.first_name.clone(),
            p.last_name.clone(),
            p.pronouns.clone(),
            p.emails.join(" | "),
            p.phones.join(" | "),
            p.city.clone(),
            p.country.clone(),
            p.time_zone.clone(),
            p.languages.join(" | "),
            p.employer.clone(),
            p.website.clone(),
            p.kind.as_str().into(),
            p.stage.as_str().into(),
            p.topics.join(" | "),
            p.tags.join(" | "),
            p.bio.clone(),
            p.source.clone(),
            p.created_at.clone(),
            p.updated_at.clone(),
        ];
        for pl in &platforms {
            let c = p.channels.iter().find(|c| c.platform == *pl);
            cells.push(c.map(|c| c.handle.clone()).unwrap_or_default());
            cells.push(
                c.and_then(|c| c.audience)
                    .map(|a| a.to_string())
                    .unwrap_or_default(),
            );
        }
        row(&mut w, cells);
    }
    finish(w)
}

fn platform_title(p: Platform) -> &'static str {
    match p {
        Platform::Instagram => "Instagram",
        Platform::X => "X (Twitter)",
        Platform::Youtube => "YouTube",
        Platform::Tiktok => "TikTok",
        Platform::Linkedin => "LinkedIn",
        Platform::Blog => "Blog handle",
        Platform::Podcast => "Podcast",
        Platform::Newsletter => "Newsletter",
        Platform::Facebook => "Facebook",
        Platform::Twitch => "Twitch",
        Platform::Wechat => "WeChat",
        Platform::Weibo => "Weibo",
        Platform::Vk => "VK",
        Platform::Other => "Other handle",
    }
}

pub fn interactions(list: &[Interaction], opts: CsvExportOptions) -> Vec<u8> {
    let mut w = writer(opts);
    row(
        &mut w,
        [
            "Id",
            "Date",
            "Kind",
            "Direction",
            "Exchange",
            "Channel",
            "Our side",
            "People",
            "Person ids",
            "Event id",
            "Body",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect(),
    );
    for i in list {
        row(
            &mut w,
            vec![
                i.id.clone(),
                i.occurred_at.clone(),
                i.kind.as_str().into(),
                i.direction.as_str().into(),
                i.exchange
                    .map(|e| e.as_str().to_string())
                    .unwrap_or_default(),
                i.channel.clone(),
                i.our_side.clone(),
                i.person_names.join(" | "),
                i.people.join(" | "),
                i.event_id.clone().unwrap_or_default(),
                i.body.clone(),
            ],
        );
    }
    finish(w)
}

pub fn followups(list: &[Followup], opts: CsvExportOptions) -> Vec<u8> {
    let mut w = writer(opts);
    row(
        &mut w,
        [
            "Id",
            "Title",
            "Due (local)",
            "Time zone",
            "Due (UTC)",
            "Repeats",
            "Done",
            "People",
            "Person ids",
            "Body",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect(),
    );
    for f in list {
        let repeats = f
            .recurrence
            .as_ref()
            .map(|r| serde_json::to_string(r).unwrap_or_default())
            .unwrap_or_default();
        row(
            &mut w,
            vec![
                f.id.clone(),
                f.title.clone(),
                f.due_local.clone(),
                f.time_zone.clone(),
                f.due_at.clone(),
                repeats,
                f.done_at.clone().unwrap_or_default(),
                f.person_names.join(" | "),
                f.people.join(" | "),
                f.body.clone(),
            ],
        );
    }
    finish(w)
}

/// An event's "who's here", one row per attendee; the last contact in the user's zone `tz`, as a
/// spreadsheet shows a date (2026-11-22 14:30).
pub fn attendees(list: &[Attendee], tz: Tz, opts: CsvExportOptions) -> Vec<u8> {
    let local = |t: &str| {
        DateTime::parse_from_rfc3339(t)
            .map(|t| t.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_default()
    };
    let mut w = writer(opts);
    row(
        &mut w,
        [
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
        ]
        .iter()
        .map(|s| s.to_string())
        .collect(),
    );
    for a in list {
        row(
            &mut w,
            vec![
                a.person.display_name.clone(),
                a.role.as_str().into(),
                a.status.as_str().into(),
                a.why.clone(),
                a.last_interaction_at
                    .as_deref()
                    .map(local)
                    .unwrap_or_default(),
                a.open_followups.to_string(),
                a.topics.join("; "),
                a.person.primary_handle.clone().unwrap_or_default(),
                a.person.city.clone(),
                a.person.country.clone(),
                a.person.employer.clone(),
            ],
        );
    }
    finish(w)
}

#[cfg(test)]
mod tests {
    #[test]
    fn formulas_are_defused_but_phone_numbers_are_not() {
        assert_eq!(super::cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(super::cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(super::cell("+33 1 23 45 67 89"), "+33 1 23 45 67 89");
        assert_eq!(super::cell("-cmd|x"), "'-cmd|x");
        assert_eq!(super::cell("Amélie"), "Amélie");
    }
}
