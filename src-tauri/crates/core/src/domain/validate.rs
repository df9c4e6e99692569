//! Turns what a person typed into clean, stored values, or says which field is wrong and why.

use super::birthday::normalize_birthday;
use super::channel::{normalize_handle, ChannelInput, Platform};
use super::countries::is_country_code;
use super::fold::fold;
use super::person::PersonInput;
use crate::error::{Error, FieldError, FieldRule, Result};

/// The longest name (first, last or whole), in characters.
pub const MAX_NAME_CHARS: usize = 300;
/// The largest bio, in bytes of UTF-8: a long text, not a file.
pub const MAX_TEXT_BYTES: usize = 1_000_000;

/// Validates and normalises in one pass so every problem is reported at once, not one per save.
pub fn clean_person(mut p: PersonInput) -> Result<PersonInput> {
    let mut errs = Vec::new();
    let mut bad =
        |field: String, message: &str| errs.push(FieldError::new(field, message.to_string()));

    for s in [
        &mut p.first_name,
        &mut p.last_name,
        &mut p.display_name,
        &mut p.pronouns,
        &mut p.city,
        &mut p.time_zone,
        &mut p.website,
        &mut p.employer,
        &mut p.title,
        &mut p.birthday,
        &mut p.source,
    ] {
        *s = s.trim().to_string();
    }
    // A name is read in lists and on labels; a cell of pasted text is not one. Checked as
    // given: a whole name made of two long halves is not the person's fault twice.
    for (field, v) in [
        ("first_name", &p.first_name),
        ("last_name", &p.last_name),
        ("display_name", &p.display_name),
    ] {
        if v.chars().count() > MAX_NAME_CHARS {
            bad(field.into(), "a name holds at most 300 characters");
        }
    }
    if p.display_name.is_empty() {
        p.display_name = [p.first_name.as_str(), p.last_name.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
    }
    if p.display_name.is_empty() {
        bad("display_name".into(), "a name is required");
    }
    if p.bio.len() > MAX_TEXT_BYTES {
        bad("bio".into(), "a bio holds at most 1 MB of text");
    }

    let country = p.country.trim().to_ascii_uppercase();
    if !country.is_empty() && !is_country_code(&country) {
        bad(
            "country".into(),
            "use a two-letter ISO country code such as FR, CA or CN",
        );
    }
    p.country = country;

    if !p.time_zone.is_empty() && p.time_zone.parse::<chrono_tz::Tz>().is_err() {
        bad(
            "time_zone".into(),
            "use an IANA time zone such as Europe/Paris or America/Montreal",
        );
    }

    // Named by its rule, so the form says it in the reader's words; told after the others.
    let mut ruled = Vec::new();
    if !p.birthday.is_empty() {
        match normalize_birthday(&p.birthday) {
            Some(b) => p.birthday = b,
            None => ruled.push(FieldError::broke(
                "birthday",
                FieldRule::NotADate,
                "use a date such as 1990-04-17, or --04-17 when the year is unknown",
            )),
        }
    }

    p.emails = trimmed_unique(p.emails, |e| e.to_lowercase());
    for (i, e) in p.emails.iter().enumerate() {
        if !is_email(e) {
            bad(
                format!("emails.{i}"),
                "this is not an e-mail address (name@domain.tld)",
            );
        }
    }
    p.phones = trimmed_unique(p.phones, |s| {
        s.chars().filter(|c| c.is_ascii_digit()).collect()
    });
    for (i, ph) in p.phones.iter().enumerate() {
        let digits = ph.chars().filter(|c| c.is_ascii_digit()).count();
        let allowed = ph
            .chars()
            .all(|c| c.is_ascii_digit() || " +-.()/".contains(c));
        if !allowed || !(4..=20).contains(&digits) {
            bad(
                format!("phones.{i}"),
                "a phone number holds 4 to 20 digits, spaces, + - . ( )",
            );
        }
    }

    if !p.website.is_empty() {
        if !p.website.contains("://") {
            p.website = format!("https://{}", p.website);
        }
        if !is_web_url(&p.website) {
            bad("website".into(), "this is not a web address (https://…)");
        }
    }

    p.languages = trimmed_unique(p.languages, |l| l.to_lowercase());
    for (i, l) in p.languages.iter_mut().enumerate() {
        match normalize_language(l) {
            Some(n) => *l = n,
            None => bad(
                format!("languages.{i}"),
                "use a language code such as fr, en or zh-Hans",
            ),
        }
    }
    p.topics = trimmed_unique(p.topics, fold);
    p.tags = trimmed_unique(
        p.tags
            .into_iter()
            .map(|t| t.trim().trim_start_matches('#').to_string())
            .collect(),
        fold,
    );

    for (name, v) in [
        ("resonance", p.resonance),
        ("reach", p.reach),
        ("relevance", p.relevance),
    ] {
        if matches!(v, Some(r) if !(1..=5).contains(&r)) {
            bad(name.into(), "ratings go from 1 to 5");
        }
    }
    if matches!(p.cadence_days, Some(d) if !(1..=3650).contains(&d)) {
        bad(
            "cadence_days".into(),
            "a cadence is between 1 and 3650 days",
        );
    }

    for (i, c) in p.channels.iter_mut().enumerate() {
        clean_channel(c, i, &mut bad);
    }
    errs.extend(ruled);
    if errs.is_empty() {
        Ok(p)
    } else {
        Err(Error::Validation(errs))
    }
}

fn clean_channel(c: &mut ChannelInput, i: usize, bad: &mut impl FnMut(String, &str)) {
    c.url = c.url.trim().to_string();
    c.handle = normalize_handle(c.platform, &c.handle);
    if c.handle.is_empty() && !c.url.is_empty() {
        c.handle = normalize_handle(c.platform, &c.url);
    }
    if c.handle.is_empty() {
        bad(
            format!("channels.{i}.handle"),
            "a channel needs a handle or a URL",
        );
    } else if c.handle.chars().any(char::is_whitespace)
        && !matches!(
            c.platform,
            Platform::Blog | Platform::Podcast | Platform::Newsletter | Platform::Other
        )
    {
        bad(format!("channels.{i}.handle"), "a handle has no spaces");
    }
    if !c.url.is_empty() && !is_web_url(&c.url) {
        bad(
            format!("channels.{i}.url"),
            "this is not a web address (https://…)",
        );
    }
    if let Some(d) = c.as_of.as_mut() {
        *d = d.trim().to_string();
        if d.is_empty() {
            c.as_of = None;
        } else if chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_err() {
            bad(
                format!("channels.{i}.as_of"),
                "use a date such as 2026-11-22",
            );
        }
    }
}

/// Drops blanks and repeats (by `key`), keeping the first spelling and the given order.
fn trimmed_unique(items: Vec<String>, key: impl Fn(&str) -> String) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    items
        .into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty() && seen.insert(key(s)))
        .collect()
}

/// Deliberately simple: one `@`, a dotted domain, no spaces. RFC 5322 accepts far more than
/// anyone types, and a stricter check would refuse real addresses.
pub fn is_email(e: &str) -> bool {
    let Some((local, domain)) = e.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && !e
            .chars()
            .any(|c| c.is_whitespace() || c == ',' || c == ';' || c == '<' || c == '>')
}

fn is_web_url(u: &str) -> bool {
    let rest = u
        .strip_prefix("https://")
        .or_else(|| u.strip_prefix("http://"));
    matches!(rest, Some(r) if !r.is_empty() && !r.starts_with('/') && !u.chars().any(char::is_whitespace))
}

/// BCP 47 in the shape people use: a 2–3 letter language, then optional 2–8 character subtags.
fn normalize_language(l: &str) -> Option<String> {
    let mut parts = l.split(['-', '_']);
    let lang = parts.next()?.to_ascii_lowercase();
    if !(2..=3).contains(&lang.len()) || !lang.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let mut out = lang;
    for sub in parts {
        if !(2..=8).contains(&sub.len()) || !sub.chars().all(|c| c.is_ascii_alphanumeric()) {
            return None;
        }
        out.push('-');
        // Conventional casing: region upper (fr-CA), script title (zh-Hans).
        match sub.len() {
            2 => out.push_str(&sub.to_ascii_uppercase()),
            4 => {
                out.push_str(&sub[..1].to_ascii_uppercase());
                out.push_str(&sub[1..].to_ascii_lowercase());
            }
            _ => out.push_str(sub),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> PersonInput {
        PersonInput {
            first_name: "Amélie".into(),
            last_name: "Dubois".into(),
            ..Default::default()
        }
    }

    #[test]
    fn derives_display_name_and_normalises() {
        let mut p = input();
        p.country = "ca".into();
        p.emails = vec![" amelie@example.fr ".into(), "AMELIE@example.fr".into()];
        p.tags = vec!["#Mode".into(), "mode".into(), "beauté".into()];
        p.languages = vec!["fr_ca".into(), "zh-hans".into()];
        p.website = "amelie.example.fr".into();
        let p = clean_person(p).expect("valid input must pass");
        assert_eq!(
            p.display_name, "Amélie Dubois",
            "display name defaults to first + last"
        );
        assert_eq!(p.country, "CA", "country codes are stored upper-case");
        assert_eq!(
            p.emails,
            ["amelie@example.fr"],
            "the same address twice is kept once"
        );
        assert_eq!(
            p.tags,
            ["Mode", "beauté"],
            "tags lose '#' and case-insensitive repeats"
        );
        assert_eq!(p.languages, ["fr-CA", "zh-Hans"]);
        assert_eq!(p.website, "https://amelie.example.fr");
    }

    #[test]
    fn reports_every_bad_field_at_once() {
        let p = PersonInput {
            country: "XX".into(),
            time_zone: "Paris".into(),
            emails: vec!["ok@example.com".into(), "not-an-email".into()],
            resonance: Some(9),
            channels: vec![ChannelInput::default()],
            ..Default::default()
        };
        let err = clean_person(p).unwrap_err();
        let fields: Vec<&str> = err.fields().iter().map(|f| f.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "display_name",
                "country",
                "time_zone",
                "emails.1",
                "resonance",
                "channels.0.handle"
            ],
            "each wrong field must be named so the form can mark it"
        );
    }

    #[test]
    fn email_shapes() {
        for ok in [
            "a@b.co",
            "amélie@exemple.fr",
            "first.last+tag@sub.example.com",
        ] {
            assert!(is_email(ok), "{ok} should be accepted");
        }
        for ko in [
            "", "a@", "@b.co", "a@b", "a b@c.de", "a@b..c", "a@@b.co", "a@b.co.",
        ] {
            assert!(!is_email(ko), "{ko:?} should be refused");
        }
    }
}
