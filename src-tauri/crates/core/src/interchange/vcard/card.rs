//! One card's properties read into what Liaison keeps of a contact, the way Apple Contacts, Google Contacts and phones write them (item groups and their labels, social profiles, inline photos, birthdays, company cards).

use super::birthday::{parse_birthday, Birthday};
use super::parse::{split_escaped, text, Card, Prop};
use super::photo;
use crate::domain::channel::{ChannelInput, Platform};
use crate::domain::person::PersonInput;
use crate::domain::photo::Photo;
use crate::interchange::csv::map::platform_of_url;
use crate::interchange::csv::values::{is_web_link, language_code, place_country};
use crate::interchange::RowError;

/// A card read: the person, what Liaison keeps beside the person's usual fields, and whether
/// the card is a person at all.
#[derive(Debug, Default)]
pub(crate) struct Contact {
    pub line: u32,
    pub person: PersonInput,
    pub title: String,
    pub notes: Vec<String>,
    pub birthday: Option<Birthday>,
    pub photo: Option<Photo>,
    /// A note the person gets (a country no one knows, kept as written).
    pub note: Option<String>,
    /// Why this card is not a person (a company or a group card), when it is not.
    pub not_a_person: Option<String>,
    /// What was read but not kept (a photo over the cap, a damaged photo…): said, never fatal.
    pub notices: Vec<RowError>,
    /// Other names the person goes by (`NICKNAME`).
    pub nicknames: Vec<String>,
    /// A photo given as a web address (`PHOTO;VALUE=uri:https://…`): kept in the note, not
    /// fetched.
    pub photo_link: Option<String>,
}

/// Apple writes its standard labels as `_$!<HomePage>!$_`; custom ones as typed.
fn label_text(raw: &str) -> String {
    let t = text(raw);
    t.trim()
        .strip_prefix("_$!<")
        .and_then(|r| r.strip_suffix(">!$_"))
        .unwrap_or(t.trim())
        .to_string()
}

pub(crate) fn read(card: Card) -> Contact {
    let mut c = Contact {
        line: card.line,
        ..Default::default()
    };
    // `item1.X-ABLabel:Instagram` names what `item1.URL` is; `item1.X-ABADR:fr` the country.
    let group_value = |group: &Option<String>, name: &str| -> Option<String> {
        let g = group.as_ref()?;
        card.props
            .iter()
            .find(|p| p.group.as_ref() == Some(g) && p.name == name)
            .map(|p| p.value.clone())
    };
    let (mut show_as_company, mut org_units) = (false, Vec::new());
    for prop in &card.props {
        let v = prop.value.trim();
        if v.is_empty() {
            continue;
        }
        let label = group_value(&prop.group, "X-ABLABEL").map(|l| label_text(&l));
        let p = &mut c.person;
        match prop.name.as_str() {
            "FN" => p.display_name = text(v),
            "N" => {
                let parts = split_escaped(v, ';');
                p.last_name = parts.first().cloned().unwrap_or_default().replace(',', " ");
                p.first_name = parts.get(1).cloned().unwrap_or_default().replace(',', " ");
            }
            "EMAIL" => p.emails.push(text(v).trim_start_matches("mailto:").into()),
            "TEL" => p.phones.push(text(v).trim_start_matches("tel:").into()),
            "ORG" => {
                org_units = split_escaped(v, ';')
                    .into_iter()
                    .map(|u| u.trim().to_string())
                    .filter(|u| !u.is_empty())
                    .collect();
                p.employer = org_units.join(", ");
            }
            "TITLE" => c.title = text(v),
            // A note is kept to its last space: what was written comes back the same.
            "NOTE" => c.notes.push(text(&prop.value)),
            // Google puts every contact in its system group `myContacts`: not a tag anyone chose.
            "CATEGORIES" => p.tags.extend(
                split_escaped(v, ',')
                    .into_iter()
                    .map(|t| t.trim().to_string())
                    .filter(|t| !t.eq_ignore_ascii_case("myContacts")),
            ),
            "ADR" => {
                let parts = split_escaped(v, ';');
                let city = parts.get(3).map(|s| s.trim()).unwrap_or("");
                let country = parts.get(6).map(|s| s.trim()).unwrap_or("");
                let country = match group_value(&prop.group, "X-ABADR") {
                    Some(code) if country.is_empty() => code.trim().to_string(),
                    _ => country.to_string(),
                };
                if !city.is_empty() && p.city.is_empty() {
                    p.city = city.to_string();
                }
                if !country.is_empty() && p.country.is_empty() {
                    match place_country(&country) {
                        Ok(code) => p.country = code.to_string(),
                        // Kept as written in a note, said, never blocking (as in a CSV).
                        Err(unplaced) => {
                            c.note = Some(unplaced.note());
                            c.notices.push(notice(c.line, "ADR", unplaced.warning()));
                        }
                    }
                }
            }
            "LANG" | "X-LIAISON-LANG" => p.languages.push(language_code(&text(v))),
            "URL" => {
                // Google names a few kinds in TYPE (`URL;TYPE=BLOG`), Apple in the item's label.
                let kind = label.or_else(|| prop.types().into_iter().find(|t| t != "pref"));
                url(&mut c, prop, kind.as_deref())
            }
            "X-SOCIALPROFILE" | "SOCIALPROFILE" => social_profile(&mut c, prop),
            "IMPP" => impp(&mut c, prop),
            "BDAY" => birthday(&mut c, prop),
            "PHOTO" if is_web_link(v) => c.photo_link = Some(v.to_string()),
            "PHOTO" => match photo::read(prop) {
                Ok(ph) => c.photo = Some(ph),
                Err(why) => c.notices.push(notice(c.line, "PHOTO", why)),
            },
            "NICKNAME" => c.nicknames.extend(
                split_escaped(v, ',')
                    .into_iter()
                    .map(|n| n.trim().to_string()),
            ),
            "X-ABSHOWAS" => show_as_company = v.eq_ignore_ascii_case("COMPANY"),
            "KIND" | "X-ADDRESSBOOKSERVER-KIND" => {
                let k = v.to_ascii_lowercase();
                if k == "org" || k == "group" {
                    c.not_a_person = Some(format!("a card of kind {k}, not a person"));
                }
            }
            // VERSION, PRODID, UID, REV, X-ABUID and the rest: nothing to keep.
            _ => {}
        }
    }
    let p = &c.person;
    let no_person_name = p.first_name.trim().is_empty() && p.last_name.trim().is_empty();
    if show_as_company {
        c.not_a_person = Some("a company card (X-ABShowAs:COMPANY), not a person".into());
    } else if no_person_name
        && !org_units.is_empty()
        && (p.display_name.trim().is_empty() || org_units.contains(&p.display_name))
    {
        // Google writes a company-only contact as `FN` = `ORG` with an empty `N`.
        c.not_a_person = Some("only an organisation's name, no person's name".into());
    }
    c
}

fn notice(line: u32, field: &str, message: String) -> RowError {
    RowError {
        line,
        field: field.into(),
        message,
    }
}

/// A web address: a profile on a platform we know (by its host, or by the label Apple and
/// Google let people type), else the person's website; a second website is said, not kept.
fn url(c: &mut Contact, prop: &Prop, label: Option<&str>) {
    let url = text(&prop.value).trim().to_string();
    // Apple's `_$!<Other>!$_` is "another address", not the platform "other".
    let named = label
        .and_then(Platform::parse_loose)
        .filter(|p| *p != Platform::Other)
        .or_else(|| platform_of_url(&url));
    match named {
        Some(pl) => c.person.channels.push(channel(pl, &url, None)),
        None if c.person.website.is_empty() => c.person.website = url,
        None if c.person.website == url => {}
        None => c.notices.push(notice(
            c.line,
            "URL",
            format!(
                "{url} not kept: a person has one website ({})",
                c.person.website
            ),
        )),
    }
}

/// `X-SOCIALPROFILE;type=instagram;x-user=janedoe:http://instagram.com/janedoe` (Apple), with or
/// without `x-user`; a network we have no platform for is kept as "other", with its address.
fn social_profile(c: &mut Contact, prop: &Prop) {
    let value = text(&prop.value).trim().to_string();
    let named = prop
        .types()
        .iter()
        .find_map(|t| Platform::parse_loose(t))
        .or_else(|| platform_of_url(&value));
    let user = prop.param("X-USER").filter(|u| !u.trim().is_empty());
    match named {
        Some(pl) => c.person.channels.push(channel(pl, &value, user)),
        None => {
            let network = prop
                .types()
                .into_iter()
                .find(|t| t != "pref")
                .unwrap_or_default();
            let handle =
                user.map(str::to_string)
                    .unwrap_or_else(|| match value.strip_prefix("x-apple:") {
                        Some(h) => h.to_string(),
                        None if network.is_empty() => value.clone(),
                        None => format!("{network}:{value}"),
                    });
            c.person
                .channels
                .push(channel(Platform::Other, &value, Some(&handle)));
        }
    }
}

/// `IMPP;X-SERVICE-TYPE=WeChat:x-apple:wxid_1` (Apple) or `IMPP:wechat:wangjing88` (RFC 6350):
/// the service names the platform; one we have none for is kept as "other" with its name.
fn impp(c: &mut Contact, prop: &Prop) {
    let v = text(&prop.value).trim().to_string();
    let (scheme, rest) = v.split_once(':').unwrap_or(("", &v));
    let service = prop.param("X-SERVICE-TYPE").map(str::trim);
    let named = service
        .and_then(Platform::parse_loose)
        .or_else(|| Platform::parse_loose(scheme));
    let rest = rest.strip_prefix("x-apple:").unwrap_or(rest).trim();
    match named {
        Some(pl) => c.person.channels.push(channel(pl, rest, None)),
        None => {
            let service = service.unwrap_or(scheme);
            c.person.channels.push(channel(
                Platform::Other,
                "",
                Some(&format!("{service}:{rest}")),
            ))
        }
    }
}

fn channel(platform: Platform, url_or_handle: &str, user: Option<&str>) -> ChannelInput {
    let is_web = url_or_handle.starts_with("http://") || url_or_handle.starts_with("https://");
    ChannelInput {
        platform,
        // Without a user name, validation derives the handle from the profile URL.
        handle: match (user, is_web) {
            (Some(u), _) => u.to_string(),
            (None, true) => String::new(),
            (None, false) => url_or_handle.to_string(),
        },
        url: if is_web {
            url_or_handle.to_string()
        } else {
            String::new()
        },
        ..Default::default()
    }
}

fn birthday(c: &mut Contact, prop: &Prop) {
    let omit_year = prop.param("X-APPLE-OMIT-YEAR").map(str::trim);
    match parse_birthday(prop.value.trim(), omit_year) {
        Some(b) => c.birthday = Some(b),
        None => c.notices.push(notice(
            c.line,
            "BDAY",
            format!(
                "birthday “{}” not kept: not a date (such as 1990-04-12 or --04-12)",
                prop.value.trim()
            ),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse::cards;
    use super::*;

    fn one(body: &str) -> Contact {
        let t = format!("BEGIN:VCARD\r\nVERSION:3.0\r\n{body}END:VCARD\r\n");
        read(cards(&t).unwrap().remove(0))
    }

    #[test]
    fn item_groups_and_their_labels() {
        let c = one(concat!(
            "N:Doe;Jane;;;\r\nFN:Jane Doe\r\n",
            "item1.URL:https://janedoe.example\r\n",
            "item1.X-ABLabel:_$!<HomePage>!$_\r\n",
            "item2.URL:https\\://vimeo.com/janedoe\r\n",
            "item2.X-ABLabel:Blog\r\n",
            "item3.EMAIL;type=INTERNET:jane@work.example\r\n",
            "item3.X-ABLabel:_$!<Work>!$_\r\n",
            "item4.ADR:;;1 Rue X;Paris;;75001;\r\n",
            "item4.X-ABADR:fr\r\n",
            "URL;TYPE=podcast:https://feeds.example/jane\r\n",
            "URL;TYPE=WORK:https://janedoe.example\r\n",
        ));
        assert!(c.notices.is_empty(), "the same website twice is no news");
        let p = &c.person;
        assert_eq!(p.website, "https://janedoe.example", "the home page");
        assert_eq!(p.emails, ["jane@work.example"], "a grouped e-mail is read");
        assert_eq!(
            (p.channels[0].platform, p.channels[0].url.as_str()),
            (Platform::Blog, "https://vimeo.com/janedoe"),
            "the label names the platform; Google's escaped colon is undone"
        );
        assert_eq!(
            p.channels[1].platform,
            Platform::Podcast,
            "or the TYPE does"
        );
        assert_eq!((p.city.as_str(), p.country.as_str()), ("Paris", "FR"));
        let far = one("FN:Jane\r\nADR:;;;Atlantis;;;Atlantide\r\n");
        assert_eq!(far.person.country, "", "an unknown country is not a value");
        assert!(far.note.unwrap().contains("Atlantide"), "kept as written");
        assert_eq!(far.notices[0].field, "ADR");
    }

    #[test]
    fn social_profiles_and_instant_messaging() {
        let c = one(concat!(
            "FN:Jane\r\n",
            "X-SOCIALPROFILE;type=instagram;x-user=janedoe:http://instagram.com/janedoe\r\n",
            "X-SOCIALPROFILE;type=linkedin:http://www.linkedin.com/in/jane-doe\r\n",
            "X-SOCIALPROFILE;type=flickr;x-user=jd:http://www.flickr.com/photos/jd\r\n",
            "IMPP;X-SERVICE-TYPE=WeChat;type=pref:x-apple:wxid_jane\r\n",
            "IMPP;X-SERVICE-TYPE=Skype:skype:jane.doe\r\n",
        ));
        let ch: Vec<_> = c
            .person
            .channels
            .iter()
            .map(|c| (c.platform, c.handle.as_str(), c.url.as_str()))
            .collect();
        assert_eq!(
            ch,
            [
                (
                    Platform::Instagram,
                    "janedoe",
                    "http://instagram.com/janedoe"
                ),
                (
                    Platform::Linkedin,
                    "",
                    "http://www.linkedin.com/in/jane-doe"
                ),
                (Platform::Other, "jd", "http://www.flickr.com/photos/jd"),
                (Platform::Wechat, "wxid_jane", ""),
                (Platform::Other, "Skype:jane.doe", ""),
            ],
            "no profile is dropped; a network we lack is kept as other"
        );
    }

    #[test]
    fn company_cards_are_not_people() {
        let apple = one("N:;;;;\r\nFN:Acme\r\nORG:Acme;\r\nX-ABShowAs:COMPANY\r\n");
        assert!(apple.not_a_person.unwrap().contains("X-ABShowAs"));
        let google = one("FN:Acme SAS\r\nN:;;;;\r\nORG:Acme SAS\r\n");
        assert!(google.not_a_person.is_some(), "FN is the ORG, no N");
        let person = one("FN:Jane Doe\r\nN:Doe;Jane;;;\r\nORG:Acme\r\n");
        assert!(person.not_a_person.is_none(), "a person with an employer");
    }

    #[test]
    fn an_unreadable_birthday_is_said_not_fatal() {
        let c = one("FN:Jane\r\nBDAY;VALUE=text:circa 1990\r\n");
        assert!(c.birthday.is_none() && c.not_a_person.is_none());
        assert_eq!(c.notices[0].field, "BDAY");
    }
}
