//! Which column holds what: guesses from English and French headers (`Prénom`, `Abonnés TikTok`, `Courriel`…) and from the exports people have (Google Contacts, Outlook, LinkedIn), and the key a chosen mapping is remembered under.

use crate::domain::channel::Platform;
use crate::domain::fold::fold;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A person field a CSV column can feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, Default)]
#[serde(rename_all = "snake_case")]
pub enum CsvField {
    #[default]
    Ignore,
    FirstName,
    /// Joins the first name (`Marie` + `Claire`).
    MiddleName,
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
    /// The job title (`Job Title`, `Organization Title`, `Position`, `Fonction`).
    Title,
    Birthday,
    /// The date a connection was made (LinkedIn's `Connected On`).
    ConnectedOn,
    /// Another name the person goes by (Google's `Nickname`): "Also known as" in the bio.
    Nickname,
    /// A link to the person's photo (Google's `Photo`): kept as a link in a note, not fetched.
    PhotoLink,
}

impl CsvField {
    /// Fields one cell may feed several values (`a@x.fr ::: b@y.fr`, `mode|beauté`); the
    /// others take a cell's first value.
    pub(crate) fn adds_up_in_a_cell(self) -> bool {
        matches!(
            self,
            CsvField::Ignore
                | CsvField::Email
                | CsvField::Phone
                | CsvField::Language
                | CsvField::Website
                | CsvField::Topics
                | CsvField::Tags
                | CsvField::Note
                | CsvField::Bio
        )
    }
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
    let field = if let Some(f) = super::contact_headers::contact_field(&words) {
        f
    } else if has(&[
        "abonnes",
        "followers",
        "audience",
        "subscribers",
        "fans",
        "abonnements",
    ]) {
        CsvField::Followers
    } else if matches!(
        compact.as_str(),
        "prenom" | "firstname" | "givenname" | "forename"
    ) || has(&["prenom"])
    {
        CsvField::FirstName
    } else if matches!(
        compact.as_str(),
        "nom" | "lastname" | "surname" | "familyname" | "nomdefamille" | "nomdenaissance"
    ) {
        CsvField::LastName
    } else if matches!(
        compact.as_str(),
        "name"
            | "fullname"
            | "nomcomplet"
            | "displayname"
            | "contact"
            | "influenceur"
            | "influencer"
            | "nometprenom"
            | "prenometnom"
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
    } else if has(&[
        "plateforme",
        "platform",
        "reseau",
        "network",
        "canal",
        "channel",
    ]) {
        CsvField::Platform
    } else if has(&[
        "thematiques",
        "thematique",
        "topics",
        "topic",
        "themes",
        "theme",
        "sujets",
        "centres",
    ]) {
        CsvField::Topics
    } else if has(&[
        "tags",
        "tag",
        "etiquettes",
        "etiquette",
        "labels",
        "mots",
        "categories",
    ]) {
        CsvField::Tags
    } else if has(&[
        "notes",
        "note",
        "commentaires",
        "commentaire",
        "comments",
        "remarques",
    ]) {
        CsvField::Note
    } else if has(&["bio", "biographie", "description", "presentation"]) {
        CsvField::Bio
    } else if has(&["site", "website", "web", "url", "blog"]) {
        CsvField::Website
    } else if has(&[
        "employeur",
        "employer",
        "company",
        "societe",
        "entreprise",
        "organisation",
        "organization",
        "agence",
        "media",
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
///
/// Exports repeat a field under different names (Outlook's `Business City`, `Home City`,
/// `Other City`; Google's `Address 1 - City`, `Address 2 - City`): the first such column feeds
/// the field and the others become notes (`Home City: Lyon`; a city or country fills the
/// person's when the first column was empty), so the guess runs without clashing and no value
/// is lost. Columns with the very same header still clash: which one
/// holds the person's city is the user's call.
pub fn guess_all(headers: &[String]) -> Vec<ColumnMap> {
    let mut out: Vec<ColumnMap> = headers.iter().map(|h| guess_field(h)).collect();
    if !out.iter().any(|c| c.field == CsvField::FirstName) {
        for c in out.iter_mut().filter(|c| c.field == CsvField::LastName) {
            c.field = CsvField::DisplayName;
        }
    }
    for i in 0..out.len() {
        let m = out[i];
        if super::rules::adds_up(m.field) {
            continue;
        }
        let first = out[..i].iter().zip(headers).position(|(o, h)| {
            o.field == m.field
                && o.platform == m.platform
                && fold(h.trim()) != fold(headers[i].trim())
        });
        let same_header = out[..i].iter().zip(headers).any(|(o, h)| {
            o.field == m.field
                && o.platform == m.platform
                && fold(h.trim()) == fold(headers[i].trim())
        });
        if first.is_some() && !same_header {
            out[i] = ColumnMap {
                field: CsvField::Note,
                platform: None,
            };
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

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// The guessed field of each header (also used by contact_headers' tests).
    pub(in crate::interchange::csv) fn fields(hs: &[&str]) -> Vec<CsvField> {
        let hs: Vec<String> = hs.iter().map(|s| s.to_string()).collect();
        guess_all(&hs).into_iter().map(|m| m.field).collect()
    }

    #[test]
    fn french_and_english_headers() {
        use CsvField::*;
        assert_eq!(
            fields(&[
                "Nom",
                "Prénom",
                "E-mail",
                "Ville",
                "Pays",
                "Langue",
                "Abonnés",
                "Pseudo",
                "Plateforme",
                "Thématiques",
                "Notes",
                "Étiquettes",
                "Bio",
                "Site",
                "Téléphone",
                "Employeur"
            ]),
            [
                LastName, FirstName, Email, City, Country, Language, Followers, Handle, Platform,
                Topics, Note, Tags, Bio, Website, Phone, Employer
            ]
        );
        assert_eq!(
            fields(&["Name", "Courriel", "Tags", "Company"]),
            [DisplayName, Email, Tags, Employer]
        );
        assert_eq!(
            fields(&["Nom", "Ville"]),
            [DisplayName, City],
            "a lone Nom is the whole name"
        );
        let ig = guess_field("Compte Instagram");
        assert_eq!(
            (ig.field, ig.platform),
            (Handle, Some(crate::Platform::Instagram))
        );
        let f = guess_field("Abonnés TikTok");
        assert_eq!(
            (f.field, f.platform),
            (Followers, Some(crate::Platform::Tiktok))
        );
        assert_eq!(
            guess_field("Blog").field,
            Website,
            "a bare Blog column is an address"
        );
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
