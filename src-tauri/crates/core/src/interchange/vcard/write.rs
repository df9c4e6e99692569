//! vCard out, one card per person streamed into a file: 3.0 (RFC 2426, what Outlook and Google Contacts read) by default, 4.0 (RFC 6350) on request; escaped and folded, read back by our own importer.

use crate::domain::channel::{Channel, Platform};
use crate::domain::person::Person;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::{Deserialize, Serialize};
use std::io::{self, Write};
use ts_rs::TS;

/// Which vCard an export writes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
pub enum VcardVersion {
    /// RFC 2426: what Outlook, Google Contacts and older phones import.
    #[default]
    #[serde(rename = "3.0")]
    V3,
    /// RFC 6350: data URIs, `PREF=`, `LANG`.
    #[serde(rename = "4.0")]
    V4,
}

impl VcardVersion {
    pub fn as_str(self) -> &'static str {
        match self {
            VcardVersion::V3 => "3.0",
            VcardVersion::V4 => "4.0",
        }
    }
}

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

/// The cards of `people`, in order, as one text (for a pipe or a test).
pub fn write(people: &[Person], version: VcardVersion) -> String {
    let mut out = Vec::new();
    write_to(people, version, &mut out).expect("writing into memory does not fail");
    String::from_utf8(out).expect("cards are UTF-8")
}

/// Writes the cards of `people` into `w` one person at a time, so a whole book's cards are
/// never held at once.
pub fn write_to(people: &[Person], version: VcardVersion, w: &mut dyn Write) -> io::Result<()> {
    let mut card = String::new();
    for p in people {
        write_one(&mut card, p, version, w)?;
    }
    Ok(())
}

/// Writes one person's card into `w`, through `card` (a buffer the caller keeps between cards).
pub(crate) fn write_one(
    card: &mut String,
    p: &Person,
    version: VcardVersion,
    w: &mut dyn Write,
) -> io::Result<()> {
    card.clear();
    write_card(card, p, version);
    w.write_all(card.as_bytes())
}

fn write_card(out: &mut String, p: &Person, version: VcardVersion) {
    let v4 = version == VcardVersion::V4;
    line(out, "BEGIN:VCARD");
    line(out, &format!("VERSION:{}", version.as_str()));
    line(out, "PRODID:-//Liaison//Liaison//EN");
    line(out, &format!("UID:urn:uuid:{}", p.id));
    line(out, &format!("FN:{}", esc(&p.display_name)));
    line(
        out,
        &format!("N:{};{};;;", esc(&p.last_name), esc(&p.first_name)),
    );
    for (i, e) in p.emails.iter().enumerate() {
        let params = match (v4, i == 0) {
            (true, true) => ";PREF=1",
            (true, false) => "",
            (false, true) => ";TYPE=INTERNET;TYPE=PREF",
            (false, false) => ";TYPE=INTERNET",
        };
        line(out, &format!("EMAIL{params}:{}", esc(e)));
    }
    for t in &p.phones {
        let params = if v4 { ";VALUE=text" } else { ";TYPE=VOICE" };
        line(out, &format!("TEL{params}:{}", esc(t)));
    }
    if !p.employer.is_empty() {
        line(out, &format!("ORG:{}", esc(&p.employer)));
    }
    if !p.title.is_empty() {
        line(out, &format!("TITLE:{}", esc(&p.title)));
    }
    if let Some(b) = bday(&p.birthday, version) {
        line(out, &b);
    }
    if !p.website.is_empty() {
        line(out, &format!("URL:{}", p.website));
    }
    if !p.city.is_empty() || !p.country.is_empty() {
        // ADR's last part is a country *name* (RFC 2426/6350): Outlook and Google show it as
        // written, so `France` rather than the stored `FR` (our reader places either).
        let country = crate::domain::countries::english_name(&p.country).unwrap_or(&p.country);
        line(out, &format!("ADR:;;;{};;;{}", esc(&p.city), esc(country)));
    }
    for (i, l) in p.languages.iter().enumerate() {
        // 3.0 has no LANG: an extension property, which clients that do not know it skip.
        match v4 {
            true => line(out, &format!("LANG;PREF={}:{l}", i + 1)),
            false => line(out, &format!("X-LIAISON-LANG:{l}")),
        }
    }
    if !p.tags.is_empty() {
        let tags: Vec<String> = p.tags.iter().map(|t| esc(t)).collect();
        line(out, &format!("CATEGORIES:{}", tags.join(",")));
    }
    for c in &p.channels {
        line(
            out,
            &format!(
                "X-SOCIALPROFILE;TYPE={};X-USER={}:{}",
                c.platform.as_str(),
                param(&c.handle),
                profile_url(c)
            ),
        );
    }
    if !p.bio.is_empty() {
        line(out, &format!("NOTE:{}", esc(&p.bio)));
    }
    if let Some(ph) = &p.photo {
        let data = STANDARD.encode(&ph.data);
        match v4 {
            true => line(out, &format!("PHOTO:data:{};base64,{data}", ph.mime)),
            false => line(
                out,
                &format!("PHOTO;ENCODING=b;TYPE={}:{data}", type_3_0(&ph.mime)),
            ),
        }
    }
    if let Some(rev) = rev(&p.updated_at) {
        line(out, &format!("REV:{rev}"));
    }
    line(out, "END:VCARD");
}

/// `BDAY` from a stored birthday (`1990-04-12` or `--04-12`). A day without its year is
/// `--0412` in 4.0; 3.0 has no such form, so it takes Apple's (a placeholder year it marks as
/// omitted), which Apple Contacts and our importer read back as no year.
fn bday(birthday: &str, version: VcardVersion) -> Option<String> {
    if birthday.is_empty() {
        return None;
    }
    Some(match (birthday.strip_prefix("--"), version) {
        (Some(md), VcardVersion::V4) => format!("BDAY:--{}", md.replace('-', "")),
        (Some(md), VcardVersion::V3) => format!("BDAY;X-APPLE-OMIT-YEAR=1604:1604-{md}"),
        (None, VcardVersion::V4) => format!("BDAY:{}", birthday.replace('-', "")),
        (None, VcardVersion::V3) => format!("BDAY:{birthday}"),
    })
}

/// The `TYPE=` a 3.0 card names an image by: `JPEG`, `PNG`…
fn type_3_0(mime: &str) -> String {
    mime.trim_start_matches("image/").to_ascii_uppercase()
}

/// `REV` as both RFC 2426 and 6350 read it: UTC, whole seconds (`20261122T100000Z`).
fn rev(updated_at: &str) -> Option<String> {
    let t = chrono::DateTime::parse_from_rfc3339(updated_at).ok()?;
    Some(
        t.with_timezone(&chrono::Utc)
            .format("%Y%m%dT%H%M%SZ")
            .to_string(),
    )
}

/// The profile's address: the one stored, else the platform's profile page for the handle;
/// where a platform has no page by handle (WeChat, a blog without URL), Apple's `x-apple:`
/// form, which Apple Contacts and our importer read back as the handle.
fn profile_url(c: &Channel) -> String {
    if !c.url.is_empty() {
        return c.url.clone();
    }
    let h = &c.handle;
    if h.starts_with("https://") || h.starts_with("http://") {
        return h.clone();
    }
    match c.platform {
        Platform::Instagram => format!("https://www.instagram.com/{h}"),
        Platform::X => format!("https://x.com/{h}"),
        Platform::Youtube => format!("https://www.youtube.com/@{h}"),
        Platform::Tiktok => format!("https://www.tiktok.com/@{h}"),
        Platform::Linkedin => format!("https://www.linkedin.com/in/{h}"),
        Platform::Facebook => format!("https://www.facebook.com/{h}"),
        Platform::Twitch => format!("https://www.twitch.tv/{h}"),
        Platform::Vk => format!("https://vk.com/{h}"),
        Platform::Weibo => format!("https://weibo.com/{h}"),
        Platform::Blog
        | Platform::Podcast
        | Platform::Newsletter
        | Platform::Wechat
        | Platform::Other => format!("x-apple:{h}"),
    }
}

/// A parameter value: quoted when it holds a character that would end it.
fn param(v: &str) -> String {
    if v.contains([':', ';', ',', ' ']) {
        format!("\"{}\"", v.replace('"', "'"))
    } else {
        v.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rev_is_utc_whole_seconds() {
        assert_eq!(
            rev("2026-11-22T10:00:00.123Z").as_deref(),
            Some("20261122T100000Z")
        );
        assert_eq!(
            rev("2026-11-22T11:00:00+01:00").as_deref(),
            Some("20261122T100000Z")
        );
        assert_eq!(rev("yesterday"), None, "no REV rather than a wrong one");
    }

    #[test]
    fn birthdays_with_and_without_a_year() {
        use VcardVersion::{V3, V4};
        assert_eq!(bday("1990-04-12", V3).unwrap(), "BDAY:1990-04-12");
        assert_eq!(bday("1990-04-12", V4).unwrap(), "BDAY:19900412");
        assert_eq!(
            bday("--04-12", V3).unwrap(),
            "BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12"
        );
        assert_eq!(bday("--04-12", V4).unwrap(), "BDAY:--0412");
        assert_eq!(bday("", V3), None);
    }

    #[test]
    fn folding_never_splits_a_character() {
        let mut out = String::new();
        line(&mut out, &format!("NOTE:{}", "é".repeat(100)));
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        let joined = out.trim_end().replace("\r\n ", "");
        assert_eq!(joined, format!("NOTE:{}", "é".repeat(100)));
    }
}
