//! Turning one CSV row into a person through the chosen mapping: values parsed, channels built, problems reported by line and column.

use crate::domain::channel::{ChannelInput, Platform};
use crate::domain::fold::fold;
use crate::domain::person::{PersonInput, PersonKind, Stage};
use crate::interchange::csv::dates::{read_date, DateCell, DayOrder};
use crate::interchange::csv::guess::{guess_field, ColumnMap, CsvField};
use crate::interchange::csv::values::{
    also_known_as, is_web_link, language_code, parse_count, photo_link_note, place_country,
    split_emails, split_multi, split_phones, split_tags, GOOGLE_JOIN,
};
use crate::interchange::RowError;

/// One row turned into a person (and an optional note), or the problems found in its cells.
pub struct Mapped {
    pub person: PersonInput,
    pub note: Option<String>,
    pub errors: Vec<RowError>,
    /// Values kept as written in the note (a country no one knows, an unreadable date): the row
    /// still imports.
    pub warnings: Vec<RowError>,
    /// The date the connection was made (LinkedIn), `YYYY-MM-DD`.
    pub connected_on: Option<String>,
    /// Photos given as web addresses, kept in the note (the import counts them once).
    pub photo_links: u32,
}

impl Mapped {
    /// The row as the shared import engine takes it.
    pub(crate) fn into_incoming(self, line: u32) -> crate::interchange::Incoming {
        crate::interchange::Incoming {
            line,
            person: self.person,
            note: self.note,
            photo: None,
            since: self.connected_on,
            errors: self.errors,
            warnings: self.warnings,
        }
    }
}

/// Adds a paragraph to the row's note.
fn add_note(note: &mut Option<String>, text: &str) {
    let n = note.get_or_insert_with(String::new);
    if !n.is_empty() {
        n.push('\n');
    }
    n.push_str(text);
}

/// Applies the mapping to one record. `line` is the physical line the record starts on; `dates`
/// is the file's order of day and month (see `dates::day_order`).
pub(crate) fn map_row(
    line: u32,
    headers: &[String],
    map: &[ColumnMap],
    cells: &[impl AsRef<str>],
    dates: DayOrder,
) -> Mapped {
    let mut p = PersonInput::default();
    let mut note: Option<String> = None;
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut connected_on = None;
    let mut nicknames: Vec<String> = Vec::new();
    let mut photo_links = 0u32;
    let mut handle: Option<String> = None;
    let mut platform: Option<Platform> = None;
    let mut followers: Option<u64> = None;
    let mut by_platform: Vec<(Platform, Option<String>, Option<u64>)> = Vec::new();
    let platform_slot =
        |by: &mut Vec<(Platform, Option<String>, Option<u64>)>, p: Platform| match by
            .iter()
            .position(|(q, _, _)| *q == p)
        {
            Some(i) => i,
            None => {
                by.push((p, None, None));
                by.len() - 1
            }
        };
    for (i, m) in map.iter().enumerate() {
        let raw = cells.get(i).map_or("", AsRef::as_ref).trim();
        if raw.is_empty() || m.field == CsvField::Ignore {
            continue;
        }
        let header = headers.get(i).map(String::as_str).unwrap_or("");
        let mut bad = |message: &str| {
            errors.push(RowError {
                line,
                field: header.to_string(),
                message: message.to_string(),
            })
        };
        // A single value holds Google's first one; the others (`Paris ::: Lyon`) go to the note.
        let joined = raw
            .contains(':')
            .then(|| raw.split_once(GOOGLE_JOIN))
            .flatten();
        let (raw, rest) = match joined {
            Some((first, rest)) if !m.field.adds_up_in_a_cell() => (first.trim(), Some(rest)),
            _ => (raw, None),
        };
        if let Some(rest) = rest {
            add_note(
                &mut note,
                &format!("{header}: {}", rest.replace(GOOGLE_JOIN, ", ")),
            );
        }
        let mut keep_in_note = |what: &str, message: String| {
            add_note(&mut note, &format!("{what} in the file: “{raw}”"));
            warnings.push(RowError {
                line,
                field: header.to_string(),
                message,
            });
        };
        let set = |s: &mut String| {
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(raw);
        };
        match m.field {
            CsvField::Ignore => {}
            CsvField::FirstName | CsvField::MiddleName => set(&mut p.first_name),
            CsvField::LastName => set(&mut p.last_name),
            CsvField::DisplayName => set(&mut p.display_name),
            CsvField::Pronouns => set(&mut p.pronouns),
            CsvField::Email => p.emails.extend(split_emails(raw)),
            CsvField::Phone => p.phones.extend(split_phones(raw)),
            CsvField::City => set(&mut p.city),
            CsvField::Country => match place_country(raw) {
                Ok(code) => p.country = code.to_string(),
                Err(unplaced) => {
                    add_note(&mut note, &unplaced.note());
                    warnings.push(RowError {
                        line,
                        field: header.to_string(),
                        message: unplaced.warning(),
                    });
                }
            },
            CsvField::TimeZone => p.time_zone = raw.to_string(),
            CsvField::Language => p
                .languages
                .extend(split_multi(raw).iter().flat_map(|l| l.split('/')).map(language_code)),
            CsvField::Website => {
                for url in split_urls(raw) {
                    match platform_of_url(url) {
                        Some(pl) => p.channels.push(channel(pl, url, None)),
                        None if p.website.is_empty() => p.website = url.to_string(),
                        None => add_note(&mut note, &format!("{header}: {url}")),
                    }
                }
            }
            CsvField::Employer => set(&mut p.employer),
            CsvField::Title => set(&mut p.title),
            CsvField::Birthday => match read_date(raw, dates) {
                DateCell::Date(d) => p.birthday = d,
                DateCell::Empty => {}
                DateCell::Unreadable => keep_in_note(
                    "Birthday",
                    "not a date Liaison can read (1990-05-17, 17/05/1990): kept in a note".into(),
                ),
            },
            CsvField::ConnectedOn => match read_date(raw, dates) {
                DateCell::Date(d) if !d.starts_with("--") => connected_on = Some(d),
                DateCell::Empty => {}
                _ => keep_in_note(
                    "Connected on",
                    "not a date Liaison can read (12 Mar 2024, 2024-03-12): kept in a note"
                        .into(),
                ),
            },
            CsvField::Bio => {
                if !p.bio.is_empty() {
                    p.bio.push('\n');
                }
                p.bio.push_str(raw);
            }
            CsvField::Topics => p.topics.extend(split_multi(raw)),
            CsvField::Tags => p.tags.extend(split_tags(raw)),
            CsvField::Note => match guess_field(header).field {
                CsvField::Note => add_note(&mut note, raw),
                // A second address's city or country (`Home City` after `Business City`, see
                // `guess_all`) stands in when the first is empty.
                CsvField::City if p.city.is_empty() => p.city = raw.to_string(),
                CsvField::Country if p.country.is_empty() => match place_country(raw) {
                    Ok(code) => p.country = code.to_string(),
                    Err(_) => add_note(&mut note, &format!("{header}: {raw}")),
                },
                // Any other column says what its value is.
                _ => add_note(&mut note, &format!("{header}: {raw}")),
            },
            CsvField::Nickname => nicknames.push(raw.to_string()),
            CsvField::PhotoLink if is_web_link(raw) => {
                add_note(&mut note, &photo_link_note(raw));
                photo_links += 1;
            }
            CsvField::PhotoLink => add_note(&mut note, &format!("{header}: {raw}")),
            CsvField::Source => set(&mut p.source),
            CsvField::Kind => match PersonKind::parse(&fold(raw).replace([' ', '-'], "_")) {
                Some(k) => p.kind = k,
                None => bad("unknown kind (consumer_advocate, opinion_leader, celebrity, journalist…)"),
            },
            CsvField::Stage => match parse_stage(raw) {
                Some(s) => p.stage = s,
                None => bad("unknown stage (identified, contacted, engaged, collaborating, ambassador, paused, do_not_contact)"),
            },
            CsvField::Platform => match Platform::parse_loose(raw) {
                Some(pl) => platform = Some(pl),
                None => bad("unknown platform (Instagram, TikTok, YouTube, X, LinkedIn…)"),
            },
            CsvField::Handle => match m.platform {
                Some(pl) => {
                    let i = platform_slot(&mut by_platform, pl);
                    by_platform[i].1 = Some(raw.to_string());
                }
                None => handle = Some(raw.to_string()),
            },
            CsvField::Followers => match parse_count(raw) {
                Some(n) => match m.platform {
                    Some(pl) => {
                        let i = platform_slot(&mut by_platform, pl);
                        by_platform[i].2 = Some(n);
                    }
                    None => followers = Some(n),
                },
                None => bad("not a follower count (12 500, 45k, 1,2 M)"),
            },
        }
    }
    if let Some(h) = handle {
        let pl = platform
            .or_else(|| platform_of_url(&h))
            .unwrap_or(Platform::Other);
        p.channels.push(channel(pl, &h, followers));
    } else if let Some(n) = followers {
        // Followers with no handle column: they belong to the first per-platform channel.
        match by_platform.first_mut() {
            Some(slot) if slot.2.is_none() => slot.2 = Some(n),
            _ => errors.push(RowError {
                line,
                field: header_of(headers, map, CsvField::Followers),
                message: "a follower count needs a handle or a platform column".into(),
            }),
        }
    }
    for (pl, h, n) in by_platform {
        match h {
            Some(h) => p.channels.push(channel(pl, &h, n)),
            None if n.is_some() => errors.push(RowError {
                line,
                field: header_of(headers, map, CsvField::Followers),
                message: format!("followers on {} but no handle for it", pl.as_str()),
            }),
            None => {}
        }
    }
    also_known_as(&mut p, &nicknames);
    Mapped {
        person: p,
        note,
        errors,
        warnings,
        connected_on,
        photo_links,
    }
}

/// Web addresses in one cell: they hold no spaces, so blanks and `|` split them (Google's ` ::: `
/// too). Commas and semicolons are legal inside a URL (`/a,b;c`), so they only end one when a
/// blank follows (`a.com, b.com`): splitting at them would cut addresses short.
fn split_urls(raw: &str) -> impl Iterator<Item = &str> {
    raw.split(|c: char| c.is_whitespace() || c == '|')
        .map(|s| s.trim_end_matches([',', ';']))
        .filter(|s| !s.is_empty() && !s.chars().all(|c| c == ':'))
}

fn channel(platform: Platform, raw: &str, audience: Option<u64>) -> ChannelInput {
    let is_url = raw.contains("://");
    ChannelInput {
        platform,
        handle: raw.to_string(),
        url: if is_url {
            raw.to_string()
        } else {
            String::new()
        },
        audience,
        ..Default::default()
    }
}

fn header_of(headers: &[String], map: &[ColumnMap], f: CsvField) -> String {
    map.iter()
        .position(|m| m.field == f)
        .and_then(|i| headers.get(i).cloned())
        .unwrap_or_default()
}

/// A profile URL names its platform (`https://www.tiktok.com/@x` is TikTok).
pub fn platform_of_url(raw: &str) -> Option<Platform> {
    let l = raw.to_ascii_lowercase();
    let host = l
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.")
        .split('/')
        .next()?
        .to_string();
    // Country and mobile hosts are the platform's own (`fr.linkedin.com`, `m.facebook.com`).
    let host = match host.split_once('.') {
        Some((sub, rest))
            if (sub.len() == 2 || sub == "m" || sub == "mobile") && rest.contains('.') =>
        {
            rest.to_string()
        }
        _ => host,
    };
    match host.as_str() {
        "instagram.com" => Some(Platform::Instagram),
        "x.com" | "twitter.com" => Some(Platform::X),
        "youtube.com" | "youtu.be" => Some(Platform::Youtube),
        "tiktok.com" => Some(Platform::Tiktok),
        "linkedin.com" => Some(Platform::Linkedin),
        "facebook.com" => Some(Platform::Facebook),
        "twitch.tv" => Some(Platform::Twitch),
        "vk.com" => Some(Platform::Vk),
        "weibo.com" => Some(Platform::Weibo),
        _ => None,
    }
}

fn parse_stage(raw: &str) -> Option<Stage> {
    let f = fold(raw).replace([' ', '-'], "_");
    Stage::parse(&f).or(match f.as_str() {
        "identifie" => Some(Stage::Identified),
        "contacte" => Some(Stage::Contacted),
        "engage" => Some(Stage::Engaged),
        "collaboration" | "en_collaboration" => Some(Stage::Collaborating),
        "ambassadeur" | "ambassadrice" => Some(Stage::Ambassador),
        "en_pause" | "pause" => Some(Stage::Paused),
        "ne_pas_contacter" => Some(Stage::DoNotContact),
        _ => None,
    })
}
