//! Turning one CSV row into a person through the chosen mapping: values parsed, channels built, problems reported by line and column.

use crate::domain::channel::{ChannelInput, Platform};
use crate::domain::fold::fold;
use crate::domain::person::{PersonInput, PersonKind, Stage};
use crate::interchange::csv::guess::{ColumnMap, CsvField};
use crate::interchange::csv::values::{
    country_code, language_code, parse_count, split_emails, split_multi,
};
use crate::interchange::RowError;

/// One row turned into a person (and an optional note), or the problems found in its cells.
pub struct Mapped {
    pub person: PersonInput,
    pub note: Option<String>,
    pub errors: Vec<RowError>,
}

/// Applies the mapping to one record. `line` is the physical line the record starts on.
pub fn map_row(line: u32, headers: &[String], map: &[ColumnMap], cells: &[&str]) -> Mapped {
    let mut p = PersonInput::default();
    let mut note: Option<String> = None;
    let mut errors = Vec::new();
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
        let raw = cells.get(i).copied().unwrap_or("").trim();
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
        let set = |s: &mut String| {
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(raw);
        };
        match m.field {
            CsvField::Ignore => {}
            CsvField::FirstName => set(&mut p.first_name),
            CsvField::LastName => set(&mut p.last_name),
            CsvField::DisplayName => set(&mut p.display_name),
            CsvField::Pronouns => set(&mut p.pronouns),
            CsvField::Email => p.emails.extend(split_emails(raw)),
            CsvField::Phone => p.phones.extend(split_multi(raw)),
            CsvField::City => set(&mut p.city),
            CsvField::Country => p.country = country_code(raw),
            CsvField::TimeZone => p.time_zone = raw.to_string(),
            CsvField::Language => p
                .languages
                .extend(raw.split(['|', ';', ',', '/']).map(language_code)),
            CsvField::Website => p.website = raw.to_string(),
            CsvField::Employer => set(&mut p.employer),
            CsvField::Bio => {
                if !p.bio.is_empty() {
                    p.bio.push('\n');
                }
                p.bio.push_str(raw);
            }
            CsvField::Topics => p.topics.extend(split_multi(raw)),
            CsvField::Tags => p.tags.extend(split_multi(raw)),
            CsvField::Note => {
                let n = note.get_or_insert_with(String::new);
                if !n.is_empty() {
                    n.push('\n');
                }
                n.push_str(raw);
            }
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
    Mapped {
        person: p,
        note,
        errors,
    }
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
