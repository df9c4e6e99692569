//! "Already in your book?": before a person is created (the form, quick capture), the people who share an e-mail, a platform+handle or a phone number in normal form with them, or whose name has the same words — so the existing person is offered first.

use super::Book;
use crate::domain::duplicates::names::name_keys;
use crate::domain::person::{DuplicateWarning, PersonInput};
use crate::error::Result;
use crate::interchange::people_import::keys::phone_key;
use crate::store::{name_match, people};
use std::collections::HashSet;

impl Book {
    /// Who the book already holds that `input` may be: same e-mail, same handle on the same
    /// platform, same phone in normal form (`06 12 34 56 78` in France is `+33612345678`), or a
    /// name with the same words whatever their order, case, accents or script (`DUBOIS amélie`,
    /// `Олег Иванов` / `Oleg Ivanov`). Archived people are offered too (one may restore them),
    /// but a name matches only among the unarchived, as the duplicate finder's name keys say.
    ///
    /// `except` is the person an edit form is saving: the book holds them already, so they
    /// are not "someone else" with their own e-mail.
    pub fn person_existing(
        &self,
        input: &PersonInput,
        except: Option<&str>,
    ) -> Result<Vec<DuplicateWarning>> {
        // Handles and e-mails as they would be saved (`@AmelieD` is stored `AmelieD`); a form
        // not valid yet is looked at as typed, since the offer comes before its errors.
        let cleaned = crate::domain::validate::clean_person(input.clone());
        let input = cleaned.as_ref().unwrap_or(input);
        self.db.read(|c| {
            let mut out = people::duplicates(c, input, None)?;
            let keys: Vec<(String, &String)> = input
                .phones
                .iter()
                .filter_map(|p| phone_key(p, &input.country).map(|k| (k, p)))
                .collect();
            if !keys.is_empty() {
                for (id, name, country, phones) in people::with_phones(c)? {
                    if let Some((_, typed)) = keys.iter().find(|(k, _)| {
                        phones
                            .iter()
                            .any(|p| phone_key(p, &country).as_ref() == Some(k))
                    }) {
                        out.push(DuplicateWarning {
                            on: "phone".into(),
                            value: (*typed).clone(),
                            person_id: id,
                            display_name: name,
                        });
                    }
                }
            }
            let typed = if input.display_name.trim().is_empty() {
                format!("{} {}", input.first_name, input.last_name)
            } else {
                input.display_name.clone()
            };
            let want = name_keys(&[&typed]).whole;
            if !want.is_empty() {
                // Candidates by their name words (exact words, any order), then only those whose
                // whole name is the same words; a transliteration is looked up in Latin too.
                let latin = deunicode::deunicode(&typed);
                let mut rowids = name_match::people_named(c, &typed, true)?;
                if latin != typed {
                    rowids.extend(name_match::people_named(c, &latin, true)?);
                }
                for s in people::summaries_by_rowid(c, &rowids)? {
                    let theirs = name_keys(&[&s.display_name]).whole;
                    if theirs.iter().any(|k| want.contains(k)) {
                        out.push(DuplicateWarning {
                            on: "name".into(),
                            value: s.display_name.clone(),
                            person_id: s.id,
                            display_name: s.display_name,
                        });
                    }
                }
            }
            // One offer per person, on the surest ground (e-mail, handle, phone, then name).
            let mut seen = HashSet::new();
            out.retain(|d| {
                Some(d.person_id.as_str()) != except && seen.insert(d.person_id.clone())
            });
            Ok(out)
        })
    }
}
