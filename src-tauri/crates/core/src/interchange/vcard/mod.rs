//! vCard 2.1, 3.0 and 4.0 in: a small parser of our own (no crate reads all three, with 2.1's QUOTED-PRINTABLE and CHARSET), mapped onto people.
//!
//! TITLE, BDAY and an inline PHOTO become the person's title, birthday and photo; NOTE the bio.
//! Social profiles (X-SOCIALPROFILE, IMPP, profile URLs) become channels. Company and group
//! cards are not people: they are skipped and said (Liaison has no organisation records).

mod birthday;
mod card;
mod parse;
pub mod photo;
pub mod write;

pub use birthday::Birthday;

use crate::domain::person::PersonInput;
use crate::domain::photo::Photo;
use crate::error::Result;
use crate::interchange::csv::values::{also_known_as, photo_link_note};
use crate::interchange::decode::decode;
use crate::interchange::{Incoming, RowError};

/// What a `.vcf` file holds for the import: a row per person (with what was read but not kept,
/// as its warnings), and the cards that are not people, with why.
pub(crate) struct VcardFile {
    pub rows: Vec<Incoming>,
    pub not_people: Vec<RowError>,
    /// Photos given as web addresses, kept as links in the people's notes.
    pub photo_links: u32,
}

/// One card as the import sees it: its line, the person, and what the person keeps beside the
/// usual fields. Nothing in a card stops it: what cannot be kept is said in `notices`, and the
/// person's fields are checked by the import like any row's.
#[derive(Debug)]
pub struct ParsedCard {
    pub line: u32,
    pub person: PersonInput,
    pub title: String,
    pub birthday: Option<Birthday>,
    pub photo: Option<Photo>,
    /// Why the card is not a person (a company or a group), when it is not.
    pub not_a_person: Option<String>,
    /// A note the person gets (a country no one knows, kept as written).
    pub note: Option<String>,
    /// What was read but not kept (a photo over the cap, a second website…).
    pub notices: Vec<RowError>,
    /// A photo given as a web address, kept in `note` (Liaison does not download it).
    pub photo_link: Option<String>,
}

/// Every card of a `.vcf` file as the import would see it; writes nothing (for previews and
/// fuzzing).
pub fn parse_people(bytes: &[u8]) -> Result<Vec<ParsedCard>> {
    let decoded = decode(bytes);
    Ok(parse::cards(&decoded.text)?
        .into_iter()
        .map(|c| {
            let mut c = card::read(c);
            let person = person_of(&c);
            if let Some(url) = &c.photo_link {
                let line = photo_link_note(url);
                c.note = Some(match c.note.take() {
                    Some(n) => format!("{n}\n{line}"),
                    None => line,
                });
            }
            ParsedCard {
                line: c.line,
                person,
                title: c.title,
                birthday: c.birthday,
                photo: c.photo,
                not_a_person: c.not_a_person,
                note: c.note,
                notices: c.notices,
                photo_link: c.photo_link,
            }
        })
        .collect())
}

/// The person fields of a contact: its notes make the bio.
fn person_of(c: &card::Contact) -> PersonInput {
    let mut p = c.person.clone();
    p.title = c.title.clone();
    p.birthday = c.birthday.map(|b| b.iso()).unwrap_or_default();
    let notes: Vec<&str> = c
        .notes
        .iter()
        .map(String::as_str)
        .filter(|s| !s.is_empty())
        .collect();
    p.bio = notes.join("\n\n");
    also_known_as(&mut p, &c.nicknames);
    p
}

/// Reads every card of a `.vcf` file into rows for the import engine.
pub(crate) fn read(bytes: &[u8]) -> Result<VcardFile> {
    crate::interchange::sniff::require_text(bytes)?;
    let mut file = VcardFile {
        rows: Vec::new(),
        not_people: Vec::new(),
        photo_links: 0,
    };
    for c in parse_people(bytes)? {
        if let Some(why) = c.not_a_person {
            let name = if c.person.display_name.is_empty() {
                c.person.employer.clone()
            } else {
                c.person.display_name.clone()
            };
            file.not_people.push(RowError {
                line: c.line,
                field: "FN".into(),
                message: format!("“{name}” skipped: {why}"),
            });
            continue;
        }
        file.photo_links += u32::from(c.photo_link.is_some());
        file.rows.push(Incoming {
            line: c.line,
            person: c.person,
            note: c.note,
            photo: c.photo,
            since: None,
            errors: Vec::new(),
            warnings: c.notices,
        });
    }
    Ok(file)
}

/// The vCard property a person field comes from, for error reports.
pub(crate) fn label(field: &str) -> String {
    match field.split('.').next().unwrap_or(field) {
        "emails" => "EMAIL",
        "phones" => "TEL",
        "country" => "ADR",
        "website" => "URL",
        "channels" => "X-SOCIALPROFILE",
        "display_name" => "FN",
        "languages" => "LANG",
        other => return other.to_string(),
    }
    .to_string()
}
