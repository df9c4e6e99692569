//! vCard 2.1, 3.0 and 4.0 in: a small parser of our own (no crate reads all three, with 2.1's QUOTED-PRINTABLE and CHARSET), mapped onto people.
//!
//! PHOTO is skipped: Liaison stores no pictures yet, and an inline base64 photo would only bloat
//! the import. TITLE and NOTE go to the bio (title first), which is what the export writes back
//! as NOTE. Social profiles (X-SOCIALPROFILE, IMPP, profile URLs) become channels.

pub mod write;

use crate::domain::channel::{ChannelInput, Platform};
use crate::domain::person::PersonInput;
use crate::error::{Error, Result};
use crate::interchange::csv::map::platform_of_url;
use crate::interchange::csv::values::{country_code, language_code};
use crate::interchange::decode::decode;
use crate::interchange::{Incoming, RowError};

/// One content line: `group.NAME;PARAM=a,b:value`, value already decoded (QP, charset).
#[derive(Debug, Clone, PartialEq)]
struct Prop {
    name: String,
    params: Vec<(String, String)>,
    value: String,
}

impl Prop {
    fn param(&self, key: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
    fn types(&self) -> Vec<String> {
        self.params
            .iter()
            .filter(|(k, _)| k == "TYPE")
            .flat_map(|(_, v)| v.split(',').map(|t| t.trim().to_ascii_lowercase()))
            .collect()
    }
}

/// A card and the physical line of its `BEGIN:VCARD`.
#[derive(Debug)]
struct Card {
    line: u32,
    props: Vec<Prop>,
}

/// Logical lines with the physical line each starts on: folded lines (a leading space or tab)
/// are joined, and so are 2.1 QUOTED-PRINTABLE soft breaks (a value ending in `=`).
fn logical_lines(text: &str) -> Vec<(u32, String)> {
    let mut out: Vec<(u32, String)> = Vec::new();
    let mut qp_open = false;
    for (i, raw) in text.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let n = i as u32 + 1;
        if let Some(rest) = line.strip_prefix([' ', '\t']).filter(|_| !out.is_empty()) {
            out.last_mut().expect("checked").1.push_str(rest);
        } else if qp_open {
            out.last_mut()
                .expect("a soft break follows a line")
                .1
                .push_str(line);
        } else if !line.trim().is_empty() {
            out.push((n, line.to_string()));
        }
        if let Some((_, last)) = out.last_mut() {
            let qp = last.to_ascii_uppercase().contains("QUOTED-PRINTABLE");
            qp_open = qp && last.ends_with('=');
            if qp_open {
                last.pop();
            }
        }
    }
    out
}

fn parse_prop(line: &str) -> Option<Prop> {
    // The value starts at the first colon outside a quoted parameter value.
    let mut in_quotes = false;
    let colon = line.char_indices().find_map(|(i, c)| {
        match c {
            '"' => in_quotes = !in_quotes,
            ':' if !in_quotes => return Some(i),
            _ => {}
        }
        None
    })?;
    let (head, value) = (&line[..colon], &line[colon + 1..]);
    let mut parts = head.split(';');
    let name = parts.next()?.trim();
    let name = name.rsplit('.').next().unwrap_or(name).to_ascii_uppercase();
    let params = parts
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (
                k.trim().to_ascii_uppercase(),
                v.trim_matches('"').to_string(),
            ),
            // vCard 2.1 writes bare types: `TEL;WORK;VOICE:`.
            None if p.eq_ignore_ascii_case("QUOTED-PRINTABLE") => {
                ("ENCODING".into(), "QUOTED-PRINTABLE".into())
            }
            None => ("TYPE".into(), p.trim().to_string()),
        })
        .collect::<Vec<_>>();
    let mut prop = Prop {
        name,
        params,
        value: value.to_string(),
    };
    if prop
        .param("ENCODING")
        .is_some_and(|e| e.eq_ignore_ascii_case("QUOTED-PRINTABLE"))
    {
        let bytes = quoted_printable(&prop.value);
        let enc = prop
            .param("CHARSET")
            .and_then(|c| encoding_rs::Encoding::for_label(c.as_bytes()))
            .unwrap_or(encoding_rs::UTF_8);
        prop.value = enc.decode_without_bom_handling(&bytes).0.into_owned();
    }
    Some(prop)
}

fn quoted_printable(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'=' && i + 2 < b.len() {
            let hex = std::str::from_utf8(&b[i + 1..i + 3]).ok();
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    out
}

/// Splits on an unescaped `sep`, then undoes the escapes (`\,` `\;` `\\` `\n`).
fn split_escaped(v: &str, sep: char) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n') | Some('N') => parts.last_mut().expect("never empty").push('\n'),
                Some(o) => parts.last_mut().expect("never empty").push(o),
                None => {}
            },
            c if c == sep => parts.push(String::new()),
            c => parts.last_mut().expect("never empty").push(c),
        }
    }
    parts
}

fn text(v: &str) -> String {
    split_escaped(v, '\u{0}').concat()
}

fn cards(text: &str) -> Result<Vec<Card>> {
    let mut out = Vec::new();
    let mut open: Option<Card> = None;
    for (line, l) in logical_lines(text) {
        let Some(p) = parse_prop(&l) else {
            return Err(Error::BadFile(format!(
                "line {line}: not a vCard property (NAME:value expected)"
            )));
        };
        match (
            p.name.as_str(),
            p.value.trim().to_ascii_uppercase().as_str(),
        ) {
            ("BEGIN", "VCARD") => {
                if let Some(c) = open.take() {
                    return Err(Error::BadFile(format!(
                        "line {line}: a vCard starts before the one of line {} ended",
                        c.line
                    )));
                }
                open = Some(Card {
                    line,
                    props: Vec::new(),
                });
            }
            ("END", "VCARD") => match open.take() {
                Some(c) => out.push(c),
                None => {
                    return Err(Error::BadFile(format!(
                        "line {line}: END:VCARD without BEGIN"
                    )))
                }
            },
            _ => match open.as_mut() {
                Some(c) => c.props.push(p),
                None => {
                    return Err(Error::BadFile(format!(
                        "line {line}: {} outside a vCard (BEGIN:VCARD expected)",
                        p.name
                    )))
                }
            },
        }
    }
    if let Some(c) = open {
        return Err(Error::BadFile(format!(
            "the vCard of line {} has no END:VCARD",
            c.line
        )));
    }
    if out.is_empty() {
        return Err(Error::BadFile("no vCard in this file (BEGIN:VCARD)".into()));
    }
    Ok(out)
}

/// The people of a `.vcf` file as the import would see them, with each card's line and the
/// problems found in its properties; writes nothing (for previews and fuzzing).
pub fn parse_people(bytes: &[u8]) -> Result<Vec<(u32, PersonInput, Vec<RowError>)>> {
    Ok(read(bytes)?
        .into_iter()
        .map(|i| (i.line, i.person, i.errors))
        .collect())
}

/// Reads every card of a `.vcf` file into rows for the import engine.
pub(crate) fn read(bytes: &[u8]) -> Result<Vec<Incoming>> {
    crate::interchange::sniff::require_text(bytes)?;
    let decoded = decode(bytes);
    Ok(cards(&decoded.text)?
        .into_iter()
        .map(card_to_person)
        .collect())
}

fn card_to_person(card: Card) -> Incoming {
    let mut p = PersonInput::default();
    let mut errors = Vec::new();
    let (mut title, mut notes) = (String::new(), Vec::new());
    for prop in &card.props {
        let v = prop.value.trim();
        if v.is_empty() {
            continue;
        }
        match prop.name.as_str() {
            "FN" => p.display_name = text(v),
            "N" => {
                let parts = split_escaped(v, ';');
                p.last_name = parts.first().cloned().unwrap_or_default().replace(',', " ");
                p.first_name = parts.get(1).cloned().unwrap_or_default().replace(',', " ");
            }
            "EMAIL" => p.emails.push(text(v)),
            "TEL" => p
                .phones
                .push(text(v).trim_start_matches("tel:").to_string()),
            "ORG" => {
                let units: Vec<String> = split_escaped(v, ';')
                    .into_iter()
                    .filter(|u| !u.is_empty())
                    .collect();
                p.employer = units.join(", ");
            }
            "TITLE" => title = text(v),
            "NOTE" => notes.push(text(v)),
            "CATEGORIES" => p.tags.extend(
                split_escaped(v, ',')
                    .into_iter()
                    .map(|t| t.trim().to_string()),
            ),
            "ADR" => {
                let parts = split_escaped(v, ';');
                let city = parts.get(3).map(|s| s.trim()).unwrap_or("");
                let country = parts.get(6).map(|s| s.trim()).unwrap_or("");
                if !city.is_empty() && p.city.is_empty() {
                    p.city = city.to_string();
                }
                if !country.is_empty() && p.country.is_empty() {
                    p.country = country_code(country);
                }
            }
            "LANG" => p.languages.push(language_code(&text(v))),
            "URL" => {
                let url = text(v);
                match platform_of_url(&url) {
                    Some(pl) => p.channels.push(social(pl, &url, None)),
                    None if p.website.is_empty() => p.website = url,
                    None => {}
                }
            }
            "X-SOCIALPROFILE" | "SOCIALPROFILE" => {
                let url = text(v);
                let named = prop
                    .types()
                    .iter()
                    .find_map(|t| Platform::parse_loose(t))
                    .or_else(|| platform_of_url(&url));
                match named {
                    Some(pl) => p.channels.push(social(pl, &url, prop.param("X-USER"))),
                    None => errors.push(RowError {
                        line: card.line,
                        field: prop.name.clone(),
                        message: format!("unknown social network for {url}"),
                    }),
                }
            }
            "IMPP" => {
                let (scheme, rest) = v.split_once(':').unwrap_or(("", v));
                if let Some(pl) = Platform::parse_loose(scheme) {
                    p.channels.push(social(pl, rest, None));
                }
            }
            // PHOTO, VERSION, PRODID, UID, REV and the rest: nothing to keep.
            _ => {}
        }
    }
    let bio: Vec<String> = [title]
        .into_iter()
        .chain(notes)
        .filter(|s| !s.is_empty())
        .collect();
    p.bio = bio.join("\n\n");
    Incoming {
        line: card.line,
        person: p,
        note: None,
        photo: None,
        since: None,
        errors,
        ..Default::default()
    }
}

fn social(platform: Platform, url_or_handle: &str, user: Option<&str>) -> ChannelInput {
    let is_url = url_or_handle.contains("://");
    ChannelInput {
        platform,
        handle: user.unwrap_or(url_or_handle).to_string(),
        url: if is_url {
            url_or_handle.to_string()
        } else {
            String::new()
        },
        ..Default::default()
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_escapes_and_quoted_printable() {
        let t = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Dupr=E9;Am=\r\n=E9lie\r\nNOTE:long\r\n  folded\r\nEND:VCARD\r\n";
        let c = cards(t).unwrap();
        assert_eq!(
            c[0].props[1].value, "Dupré;Amélie",
            "QP soft break and Latin-1 charset"
        );
        assert_eq!(
            c[0].props[2].value, "long folded",
            "a folded line loses one leading space"
        );
        assert_eq!(
            split_escaped(r"Dubois\, Amélie;x\;y\nz", ';'),
            ["Dubois, Amélie", "x;y\nz"]
        );
    }

    #[test]
    fn bad_structure_names_the_line() {
        let e = cards("BEGIN:VCARD\nFN:A\nBEGIN:VCARD\n").unwrap_err();
        assert!(e.to_string().starts_with("line 3:"), "{e}");
        let e = cards("FN:A\n").unwrap_err();
        assert!(e.to_string().contains("line 1"), "{e}");
    }
}
