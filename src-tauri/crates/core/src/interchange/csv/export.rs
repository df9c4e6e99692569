//! CSV out — people, interactions, follow-ups, an event's attendees — the one CSV writer: streamed a record at a time into any `Write`, UTF-8 with an optional BOM and `;` for Excel, CRLF records (RFC 4180), one formula guard, dates as spreadsheets read them, headers our own import maps back.

use crate::domain::channel::Platform;
use crate::domain::followup::Followup;
use crate::domain::interaction::Interaction;
use crate::domain::person::Person;
use chrono::{DateTime, NaiveDateTime};
use chrono_tz::Tz;
use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::{self, Write};

// The attendee sheet has its own file; its writer is named here with the other records'.
pub use super::attendee_sheet::{attendee, ATTENDEES_HEAD};

/// Excel on a French system opens `;`-separated files with a BOM correctly; others want `,`.
/// (No IPC shape carries it: `export_save` takes `bom` and `semicolon` flat.)
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CsvExportOptions {
    /// Start with a UTF-8 byte order mark (Excel then reads the accents right).
    pub bom: bool,
    /// Separate with `;` instead of `,`.
    pub semicolon: bool,
}

impl CsvExportOptions {
    /// What a person working in `language` (`fr`, `fr-CA`, `en_GB.UTF-8`…) gets unless they
    /// choose: French Excel splits on `;` (the comma is the decimal sign there) and reads a
    /// BOM-less file as Windows-1252, so French gets both; everyone else plain UTF-8 with commas,
    /// which every other spreadsheet opens.
    pub fn for_language(language: &str) -> CsvExportOptions {
        let french = language
            .trim()
            .get(..2)
            .is_some_and(|l| l.eq_ignore_ascii_case("fr"));
        CsvExportOptions {
            bom: french,
            semicolon: french,
        }
    }
}

/// A CSV file being written, one record at a time: nothing but the record in hand and the
/// `csv` crate's buffer is held, so a million rows cost no more memory than ten.
pub struct CsvOut<W: Write> {
    w: csv::Writer<W>,
}

impl<W: Write> CsvOut<W> {
    /// Starts the file (its BOM, if asked) and writes the header.
    pub fn new(mut out: W, opts: CsvExportOptions, head: &[&str]) -> io::Result<CsvOut<W>> {
        if opts.bom {
            out.write_all("\u{FEFF}".as_bytes())?;
        }
        // CRLF between records, as RFC 4180 and Excel itself write them.
        let w = csv::WriterBuilder::new()
            .delimiter(if opts.semicolon { b';' } else { b',' })
            .terminator(csv::Terminator::CRLF)
            .from_writer(out);
        let mut o = CsvOut { w };
        o.record(head.iter().copied())?;
        Ok(o)
    }

    /// One record; every cell goes through the formula guard.
    pub fn record<'a>(&mut self, cells: impl IntoIterator<Item = &'a str>) -> io::Result<()> {
        self.w
            .write_record(cells.into_iter().map(|c| match cell(c) {
                Cow::Borrowed(s) => Cow::Borrowed(s.as_bytes()),
                Cow::Owned(s) => Cow::Owned(s.into_bytes()),
            }))
            .map_err(io::Error::from)
    }

    /// Flushes the last records and hands the writer back.
    pub fn finish(self) -> io::Result<W> {
        self.w.into_inner().map_err(|e| e.into_error())
    }
}

/// A cell a spreadsheet would run as a formula (`=`, `@`, or `+`/`-` before something other than
/// a number) gets a leading apostrophe; phone numbers like `+33 1…` stay as they are. The one
/// guard of every CSV the app writes: a name is data, never a command.
pub(crate) fn cell(s: &str) -> Cow<'_, str> {
    let risky = match s.chars().next() {
        Some('=') | Some('@') | Some('\t') | Some('\r') => true,
        Some('+') | Some('-') => !s[1..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit() || c == '(' || c == ' '),
        _ => false,
    };
    if risky {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// An instant stored in UTC (RFC 3339) as the person's own clock in `tz` showed it; empty when
/// empty or unreadable.
pub(crate) fn sheet_time(utc: &str, tz: Tz) -> String {
    DateTime::parse_from_rfc3339(utc)
        .map(|t| sheet(t.with_timezone(&tz).naive_local()))
        .unwrap_or_default()
}

/// The form every spreadsheet (Excel in any language, LibreOffice, Numbers, Google Sheets) reads
/// as a date and time: `2026-12-06 14:30`, no `T`, no zone letter. Written directly: chrono's
/// `format` parses its pattern again for each of a million rows (a tenth of the export).
fn sheet(t: NaiveDateTime) -> String {
    use chrono::{Datelike, Timelike};
    fn digits(s: &mut String, n: u32, width: u32) {
        for i in (0..width).rev() {
            s.push(char::from(b'0' + (n / 10u32.pow(i) % 10) as u8));
        }
    }
    let mut s = String::with_capacity(16);
    match u32::try_from(t.year()).ok().filter(|y| *y < 10_000) {
        Some(y) => digits(&mut s, y, 4),
        None => {
            let _ = write!(s, "{:04}", t.year());
        }
    }
    for (sep, n) in [
        ('-', t.month()),
        ('-', t.day()),
        (' ', t.hour()),
        (':', t.minute()),
    ] {
        s.push(sep);
        digits(&mut s, n, 2);
    }
    s
}

/// A stored wall time (`2026-12-06T14:30`) in the same spreadsheet form.
fn sheet_wall(local: &str) -> String {
    NaiveDateTime::parse_from_str(local, "%Y-%m-%dT%H:%M")
        .map(sheet)
        .unwrap_or_else(|_| local.to_string())
}

/// The people file's columns: a handle and a followers column for each of `platforms` (the ones
/// anyone in the file uses), named so that importing the file maps every column back
/// (`Instagram`, `Instagram followers`).
pub fn people_head(platforms: &[Platform]) -> Vec<String> {
    let mut head: Vec<String> = PEOPLE_HEAD.iter().map(|s| s.to_string()).collect();
    for p in platforms {
        head.push(platform_title(*p).to_string());
        head.push(format!("{} followers", platform_title(*p)));
    }
    head
}

const PEOPLE_HEAD: [&str; 21] = [
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
];

/// One person's record under [`people_head`]`(platforms)`; when they were added and last changed
/// at the user's clock in `tz`.
pub fn person<W: Write>(
    out: &mut CsvOut<W>,
    p: &Person,
    platforms: &[Platform],
    tz: Tz,
) -> io::Result<()> {
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
        sheet_time(&p.created_at, tz),
        sheet_time(&p.updated_at, tz),
    ];
    for pl in platforms {
        let c = p.channels.iter().find(|c| c.platform == *pl);
        cells.push(c.map(|c| c.handle.clone()).unwrap_or_default());
        cells.push(
            c.and_then(|c| c.audience)
                .map(|a| a.to_string())
                .unwrap_or_default(),
        );
    }
    out.record(cells.iter().map(String::as_str))
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

pub const INTERACTIONS_HEAD: [&str; 11] = [
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
];

/// One interaction, dated at the user's clock in `tz`.
pub fn interaction<W: Write>(out: &mut CsvOut<W>, i: &Interaction, tz: Tz) -> io::Result<()> {
    out.record([
        i.id.as_str(),
        &sheet_time(&i.occurred_at, tz),
        i.kind.as_str(),
        i.direction.as_str(),
        i.exchange.map(|e| e.as_str()).unwrap_or_default(),
        &i.channel,
        &i.our_side,
        &i.person_names.join(" | "),
        &i.people.join(" | "),
        i.event_id.as_deref().unwrap_or_default(),
        &i.body,
    ])
}

/// `Due` and `Done` at the user's clock; `Due (local)` the wall time the follow-up was set for,
/// in its own `Time zone` (a call at 9:00 in Tokyo).
pub const FOLLOWUPS_HEAD: [&str; 10] = [
    "Id",
    "Title",
    "Due",
    "Due (local)",
    "Time zone",
    "Repeats",
    "Done",
    "People",
    "Person ids",
    "Body",
];

pub fn followup<W: Write>(out: &mut CsvOut<W>, f: &Followup, tz: Tz) -> io::Result<()> {
    let repeats = f
        .recurrence
        .as_ref()
        .map(|r| serde_json::to_string(r).unwrap_or_default())
        .unwrap_or_default();
    out.record([
        f.id.as_str(),
        &f.title,
        &sheet_time(&f.due_at, tz),
        &sheet_wall(&f.due_local),
        &f.time_zone,
        &repeats,
        &f.done_at
            .as_deref()
            .map(|d| sheet_time(d, tz))
            .unwrap_or_default(),
        &f.person_names.join(" | "),
        &f.people.join(" | "),
        &f.body,
    ])
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

    #[test]
    fn french_gets_excel_defaults_and_others_plain_commas() {
        use super::CsvExportOptions as O;
        let excel = O {
            bom: true,
            semicolon: true,
        };
        assert_eq!(O::for_language("fr"), excel);
        assert_eq!(O::for_language("fr_FR.UTF-8"), excel);
        assert_eq!(O::for_language("FR-ca"), excel);
        assert_eq!(O::for_language("en"), O::default());
        assert_eq!(O::for_language(""), O::default());
        assert_eq!(O::for_language("C"), O::default());
    }

    #[test]
    fn instants_read_as_dates_at_the_users_clock() {
        let paris: chrono_tz::Tz = "Europe/Paris".parse().unwrap();
        assert_eq!(
            super::sheet_time("2026-12-06T13:30:00.123Z", paris),
            "2026-12-06 14:30"
        );
        assert_eq!(super::sheet_time("", paris), "");
        assert_eq!(super::sheet_wall("2026-12-01T09:30"), "2026-12-01 09:30");
    }
}
