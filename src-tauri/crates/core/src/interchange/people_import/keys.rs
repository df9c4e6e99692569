//! What makes two records the same person: an e-mail, a platform and handle, or a phone number compared in one normal form (E.164 when the country is known), held in hash maps filled once from the book and then by each row.
//!
//! Reading a number in E.164 costs microseconds (libphonenumber's patterns), too much to pay for
//! every number of a large book on every import. Numbers are filed by their last digits instead,
//! which every spelling of one number shares (`+33 6 12 34 56 78`, `06 12 34 56 78`), and read
//! in full only when a row's number lands among them.

use crate::domain::channel::{normalize_handle, ChannelInput, Platform};
use crate::domain::person::PersonInput;
use crate::error::Result;
use crate::store::import_rows;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use std::cell::OnceCell;
use std::collections::HashMap;
use ts_rs::TS;

/// Where a row goes: a person earlier in the file (by position among the new) or in the book.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Target {
    New(usize),
    Old(i64),
}

/// What two records had in common.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MergeKey {
    Email,
    Handle,
    Phone,
}

/// Every key met so far, the book's and the file's.
pub(super) struct Keys {
    emails: HashMap<String, Target>,
    handles: HashMap<String, Target>,
    /// By `tail`, in the order met.
    phones: HashMap<String, Vec<Phone>>,
}

/// A number as met, its normal form read when first compared.
struct Phone {
    raw: String,
    country: String,
    key: OnceCell<Option<String>>,
    target: Target,
}

/// The digits every spelling of a number ends with; `None` for numbers too short to be keys.
pub(crate) fn tail(phone: &str) -> Option<String> {
    let digits: Vec<char> = phone.chars().filter(char::is_ascii_digit).collect();
    if digits.len() < 6 {
        return None;
    }
    Some(digits[digits.len().saturating_sub(7)..].iter().collect())
}

impl Keys {
    /// The book's keys, read once (empty for an empty book).
    pub fn of_book(tx: &Connection) -> Result<Keys> {
        let mut keys = Keys {
            emails: HashMap::new(),
            handles: HashMap::new(),
            phones: HashMap::new(),
        };
        import_rows::each_email(tx, |e, p| {
            keys.emails.entry(e).or_insert(Target::Old(p));
        })?;
        import_rows::each_handle(tx, |pl, h, p| {
            if let Some(pl) = Platform::parse(&pl) {
                keys.handles
                    .entry(handle_key(pl, &h))
                    .or_insert(Target::Old(p));
            }
        })?;
        import_rows::each_phone(tx, |phone, country, p| {
            keys.add_phone(phone, country, Target::Old(p));
        })?;
        Ok(keys)
    }

    /// The person `p` is, if any key of theirs was met: e-mails first, then channels, then
    /// phone numbers (the weakest: a shared office line).
    pub fn find(&self, p: &PersonInput) -> Option<(Target, MergeKey)> {
        let by_email = p
            .emails
            .iter()
            .find_map(|e| self.emails.get(&e.to_lowercase()).copied());
        if let Some(t) = by_email {
            return Some((t, MergeKey::Email));
        }
        let by_handle = p
            .channels
            .iter()
            .find_map(|c| self.handles.get(&channel_key(c)).copied());
        if let Some(t) = by_handle {
            return Some((t, MergeKey::Handle));
        }
        p.phones
            .iter()
            .find_map(|ph| {
                let met = self.phones.get(&tail(ph)?)?;
                let key = phone_key(ph, &p.country)?;
                met.iter()
                    .find(|m| {
                        m.key.get_or_init(|| phone_key(&m.raw, &m.country)).as_ref() == Some(&key)
                    })
                    .map(|m| m.target)
            })
            .map(|t| (t, MergeKey::Phone))
    }

    fn add_phone(&mut self, raw: String, country: String, target: Target) {
        if let Some(t) = tail(&raw) {
            self.phones.entry(t).or_default().push(Phone {
                raw,
                country,
                key: OnceCell::new(),
                target,
            });
        }
    }

    /// Remembers `p`'s keys as leading to `target` (a key already met keeps its person).
    pub fn add(&mut self, p: &PersonInput, target: Target) {
        for e in &p.emails {
            self.emails.entry(e.to_lowercase()).or_insert(target);
        }
        for c in &p.channels {
            self.handles.entry(channel_key(c)).or_insert(target);
        }
        for ph in &p.phones {
            self.add_phone(ph.clone(), p.country.clone(), target);
        }
    }
}

fn channel_key(c: &ChannelInput) -> String {
    if c.handle.is_empty() {
        handle_key(c.platform, &c.url)
    } else {
        handle_key(c.platform, &c.handle)
    }
}

/// One form for a handle however it was written: `@Name`, `name`, a profile URL on the
/// platform's host or one of its country hosts (`fr.linkedin.com/in/name`).
pub(crate) fn handle_key(platform: Platform, handle: &str) -> String {
    let normal = normalize_handle(platform, handle);
    format!("{}:{}", platform.as_str(), normal.to_lowercase())
}

/// A phone number in one form: E.164 (`+33612345678`) when it reads as a valid number, given
/// with its `+` or for the person's country; otherwise its digits (with the `+` it had).
/// Numbers of fewer than 6 digits (extensions, short codes) are no key.
pub(crate) fn phone_key(phone: &str, country: &str) -> Option<String> {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    if digits.len() < 6 {
        return None;
    }
    let international = phone.trim_start().starts_with('+');
    let region = if international {
        None
    } else {
        country.parse::<phonenumber::country::Id>().ok()
    };
    if international || region.is_some() {
        if let Ok(n) = phonenumber::parse(region, phone) {
            if phonenumber::is_valid(&n) {
                return Some(n.format().mode(phonenumber::Mode::E164).to_string());
            }
        }
    }
    Some(if international {
        format!("+{digits}")
    } else {
        digits
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_meet_in_one_form() {
        let e164 = Some("+33612345678".to_string());
        assert_eq!(phone_key("+33 6 12 34 56 78", ""), e164);
        assert_eq!(
            phone_key("06 12 34 56 78", "FR"),
            e164,
            "French national form"
        );
        assert_eq!(phone_key("+33 (0)6 12-34-56-78", "CA"), e164);
        assert_eq!(
            phone_key("06 12 34 56 78", ""),
            Some("0612345678".into()),
            "no country: digits"
        );
        assert_eq!(
            phone_key("(514) 555-0142", "CA"),
            phone_key("+1 514-555-0142", ""),
            "North American"
        );
        assert_eq!(phone_key("12 34", "FR"), None, "too short to be anyone's");
    }

    #[test]
    fn every_spelling_of_a_number_ends_the_same() {
        for (a, b, country) in [
            ("+33 6 12 34 56 78", "06 12 34 56 78", "FR"),
            ("+55 11 91234-5678", "(11) 91234-5678", "BR"),
            ("+1 514-555-0142", "(514) 555-0142", "CA"),
            ("+39 02 1234 5678", "02 1234 5678", "IT"),
        ] {
            assert_eq!(tail(a), tail(b), "{a} and {b} are filed together");
            assert_eq!(
                phone_key(a, ""),
                phone_key(b, country),
                "and read as one number"
            );
        }
    }

    #[test]
    fn handles_meet_in_one_form() {
        let k = handle_key(Platform::Linkedin, "jane-doe-1a2b");
        for h in [
            "https://www.linkedin.com/in/jane-doe-1a2b",
            "https://www.linkedin.com/in/Jane-Doe-1a2b/",
            "http://fr.linkedin.com/in/jane-doe-1a2b",
            "linkedin.com/in/jane-doe-1a2b?trk=x",
            "@Jane-Doe-1a2b",
        ] {
            assert_eq!(handle_key(Platform::Linkedin, h), k, "{h}");
        }
        assert_ne!(
            handle_key(Platform::Instagram, "jane-doe-1a2b"),
            k,
            "another platform"
        );
    }
}
