//! Which column holds what: guesses from English and French headers, and turning one row into a person through the chosen mapping.

use super::csv_values::{country_code, language_code, parse_count, split_emails, split_multi};
use super::RowError;
use crate::domain::channel::{ChannelInput, Platform};
use crate::domain::fold::fold;
use crate::domain::person::{PersonInput, PersonKind, Stage};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A person field a CSV column can feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, Default)]
#[serde(rename_all = "snake_case")]
pub enum CsvField {
    #[default]
    Ignore,
    FirstName,
    LastName,
    /// The whole name in one cell.
    DisplayName,
    Pronouns,
    Email,
    Phone,
    City,
    Country,
    TimeZone,
    Language,
    Website,
    Employer,
    Bio,
    Topics,
    Tags,
    /// Becomes a note on the person.
    Note,
    Kind,
    Stage,
    Source,
    /// A handle or profile URL; with `platform` set, that platform's channel.
    Handle,
    /// The platform of the row's `Handle` column.
    Platform,
    /// Followers of the row's channel (or of `platform`'s channel when set).
    Followers,
}

/// What one column (by position) maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct ColumnMap {
    pub field: CsvField,
    /// For `Handle` and `Followers` columns named after a platform ("Instagram", "Abonnés TikTok").
    pub platform: Option<Platform>,
}

const PLATFORM_WORDS: &[(&str, Platform)] = &[
    ("instagram", Platform::Instagram),
    ("insta", Platform::Instagram),
    ("tiktok", Platform::Tiktok),
    ("youtube", Platform::Youtube),
    ("twitter", Platform::X),
    ("linkedin", Platform::Linkedin),
    ("facebook", Platform::Facebook),
    ("twitch", Platform::Twitch),
    ("wechat", Platform::Wechat),
    ("weibo", Platform::Weibo),
    ("vk", Platform::Vk),
    ("podcast", Platform::Podcast),
    ("newsletter", Platform::Newsletter),
    ("blog", Platform::Blog),
];

/// The guess for one header, from its folded words (`E-mail` → `e mail`, `Prénom` → `prenom`).
pub fn guess_field(header: &str) -> ColumnMap {
    let words: Vec<String> = crate::domain::fold::words(header).collect();
    let joined = words.join(" ");
    let compact = words.concat();
    let platform = PLATFORM_WORDS
        .iter()
        .find(|(w, _)| words.iter().any(|x| x == w) || compact == *w)
        .map(|(_, p)| *p)
        .or_else(|| (words.iter().any(|w| w == "x")).then_some(Platform::X));
    let has = |list: &[&str]| list.iter().any(|w| words.iter().any(|x| x == w));
    let field = if has(&["abonnes", "followers", "audience", "subscribers", "fans", "abonnements"]) {
        CsvField::Followers
    } else if matches!(compact.as_str(), "prenom" | "firstname" | "givenname" | "forename")
        || has(&["prenom"])
    {
        CsvField::FirstName
    } else if matches!(
        compact.as_str(),
        "nom" | "lastname" | "surname" | "familyname" | "nomdefamille" | "nomdenaissance"
    ) {
        CsvField::LastName
    } else if matches!(
        compact.as_str(),
        "name" | "fullname" | "nomcomplet" | "displayname" | "contact" | "influenceur"
            | "influencer" | "nometprenom" | "prenometnom"
    ) {
        CsvField::DisplayName
    } else if has(&["email", "mail", "courriel", "emails"]) || compact == "email" {
        CsvField::Email
    } else if has(&["telephone", "phone", "tel", "mobile", "portable", "cell"]) {
        CsvField::Phone
    } else if has(&["ville", "city", "town"]) {
        CsvField::City
    } else if has(&["pays", "country"]) {
        CsvField::Country
    } else if joined.contains("fuseau") || joined.contains("time zone") || compact == "timezone" {
        CsvField::TimeZone
    } else if has(&["langue", "langues", "language", "languages", "lang"]) {
        CsvField::Language
    } else if has(&["pseudo", "handle", "username", "compte", "identifiant", "account"])
        // A bare platform name is a handle column; a bare "Blog" is more often a web address.
        || (platform.is_some_and(|p| p != Platform::Blog)
            && words.len() <= 2
            && !has(&["url", "lien", "link", "site", "web"]))
    {
        CsvField::Handle
    } else if has(&["plateforme", "platform", "reseau", "network", "canal", "channel"]) {
        CsvField::Platform
    } else if has(&["thematiques", "thematique", "topics", "topic", "themes", "theme", "sujets", "centres"]) {
        CsvField::Topics
    } else if has(&["tags", "tag", "etiquettes", "etiquette", "labels", "mots"]) {
        CsvField::Tags
    } else if has(&["notes", "note", "commentaires", "commentaire", "comments", "remarques"]) {
        CsvField::Note
    } else if has(&["bio", "biographie", "description", "presentation"]) {
        CsvField::Bio
    } else if has(&["site", "website", "web", "url", "blog"]) {
        CsvField::Website
    } else if has(&[
        "employeur", "employer", "company", "societe", "entreprise", "organisation", "organization",
        "agence", "media",
    ]) {
        CsvField::Employer
    } else if has(&["pronoms", "pronouns"]) {
        CsvField::Pronouns
    } else if has(&["source", "origine"]) {
        CsvField::Source
    } else if has(&["etape", "stage", "statut", "status"]) {
        CsvField::Stage
    } else if has(&["type", "kind", "categorie", "category"]) {
        CsvField::Kind
    } else {
        CsvField::Ignore
    };
    let platform = match field {
        CsvField::Handle | CsvField::Followers => platform,
        _ => None,
    };
    ColumnMap { field, platform }
}

/// Guesses for a whole header row. A lone `Nom` (no first-name column) is the whole name.
pub fn guess_all(headers: &[String]) -> Vec<ColumnMap> {
    let mut out: Vec<ColumnMap> = headers.iter().map(|h| guess_field(h)).collect();
    if !out.iter().any(|c| c.field == CsvField::FirstName) {
        for c in out.iter_mut().filter(|c| c.field == CsvField::LastName) {
            c.field = CsvField::DisplayName;
        }
    }
    out
}

/// The settings key under which a mapping is remembered: a hash of the folded header row, in its order.
pub fn header_key(headers: &[String]) -> String {
    use sha2::{Digest, Sha256};
    let folded: Vec<String> = headers.iter().map(|h| fold(h.trim())).collect();
    let digest = Sha256::digest(folded.join("\u{1F}").as_bytes());
    let hex: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
    format!("csv_mapping.{hex}")
}

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
    let platform_slot = |by: &mut Vec<(Platform, Option<String>, Option<u64>)>, p: Platform| {
        match by.iter().position(|(q, _, _)| *q == p) {
            Some(i) => i,
            None => {
                by.push((p, None, None));
                by.len() - 1
            }
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
        let pl = platform.or_else(|| platform_of_url(&h)).unwrap_or(Platform::Other);
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
        url: if is_url { raw.to_string() } else { String::new() },
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

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(hs: &[&str]) -> Vec<CsvField> {
        let hs: Vec<String> = hs.iter().map(|s| s.to_string()).collect();
        guess_all(&hs).into_iter().map(|m| m.field).collect()
    }

    #[test]
    fn french_and_english_headers() {
        use CsvField::*;
        assert_eq!(
            fields(&["Nom", "Prénom", "E-mail", "Ville", "Pays", "Langue", "Abonnés", "Pseudo",
                "Plateforme", "Thématiques", "Notes", "Étiquettes", "Bio", "Site", "Téléphone", "Employeur"]),
            [LastName, FirstName, Email, City, Country, Language, Followers, Handle, Platform,
                Topics, Note, Tags, Bio, Website, Phone, Employer]
        );
        assert_eq!(fields(&["Name", "Courriel", "Tags", "Company"]), [DisplayName, Email, Tags, Employer]);
        assert_eq!(fields(&["Nom", "Ville"]), [DisplayName, City], "a lone Nom is the whole name");
        let ig = guess_field("Compte Instagram");
        assert_eq!((ig.field, ig.platform), (Handle, Some(crate::Platform::Instagram)));
        let f = guess_field("Abonnés TikTok");
        assert_eq!((f.field, f.platform), (Followers, Some(crate::Platform::Tiktok)));
        assert_eq!(guess_field("Blog").field, Website, "a bare Blog column is an address");
        let b = guess_field("Blog handle");
        assert_eq!((b.field, b.platform), (Handle, Some(crate::Platform::Blog)));
    }

    #[test]
    fn header_key_ignores_case_and_accents() {
        let a = header_key(&["Prénom".into(), "Nom".into()]);
        assert_eq!(a, header_key(&["PRENOM".into(), "nom".into()]));
        assert_ne!(a, header_key(&["Nom".into(), "Prénom".into()]));
    }
}
