//! vCard 4.0 out (RFC 6350): one card per person, escaped and folded, that address books and our own importer read back.

use crate::domain::person::Person;
use std::fmt::Write;

/// Escapes a text value: backslash, comma, semicolon and line breaks.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes one content line folded at 75 octets (never inside a UTF-8 character), CRLF-ended.
fn line(out: &mut String, l: &str) {
    let mut width = 0;
    for c in l.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// The cards of `people`, in order.
pub fn write(people: &[Person]) -> String {
    let mut out = String::new();
    for p in people {
        line(&mut out, "BEGIN:VCARD");
        line(&mut out, "VERSION:4.0");
        line(&mut out, &format!("UID:urn:uuid:{}", p.id));
        line(&mut out, &format!("FN:{}", esc(&p.display_name)));
        line(
            &mut out,
            &format!("N:{};{};;;", esc(&p.last_name), esc(&p.first_name)),
        );
        for (i, e) in p.emails.iter().enumerate() {
            let pref = if i == 0 { ";PREF=1" } else { "" };
            line(&mut out, &format!("EMAIL{pref}:{}", esc(e)));
        }
        for t in &p.phones {
            line(&mut out, &format!("TEL;VALUE=text:{}", esc(t)));
        }
        if !p.employer.is_empty() {
            line(&mut out, &format!("ORG:{}", esc(&p.employer)));
        }
        if !p.website.is_empty() {
            line(&mut out, &format!("URL:{}", p.website));
        }
        if !p.city.is_empty() || !p.country.is_empty() {
            line(
                &mut out,
                &format!("ADR:;;;{};;;{}", esc(&p.city), esc(&p.country)),
            );
        }
        for (i, l) in p.languages.iter().enumerate() {
            line(&mut out, &format!("LANG;PREF={}:{l}", i + 1));
        }
        if !p.tags.is_empty() {
            let tags: Vec<String> = p.tags.iter().map(|t| esc(t)).collect();
            line(&mut out, &format!("CATEGORIES:{}", tags.join(",")));
        }
        for c in &p.channels {
            let value = if c.url.is_empty() {
                esc(&c.handle)
            } else {
                c.url.clone()
            };
            let mut l = String::new();
            let _ = write!(
                l,
                "X-SOCIALPROFILE;TYPE={};X-USER={}:{value}",
                c.platform.as_str(),
                param(&c.handle)
            );
            line(&mut out, &l);
        }
        if !p.bio.is_empty() {
            line(&mut out, &format!("NOTE:{}", esc(&p.bio)));
        }
        line(
            &mut out,
            &format!("REV:{}", p.updated_at.replace(['-', ':'], "")),
        );
        line(&mut out, "END:VCARD");
    }
    out
}

/// A parameter value: quoted when it holds a character that would end it.
fn param(v: &str) -> String {
    if v.contains([':', ';', ',', ' ']) {
        format!("\"{}\"", v.replace('"', "'"))
    } else {
        v.to_string()
    }
}
