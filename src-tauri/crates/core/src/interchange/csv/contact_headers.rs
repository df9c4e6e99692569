//! Headers of the contact exports people have (Google Contacts, Outlook in English and French, LinkedIn) that the generic guesses would read wrong: a value's label beside the value, Outlook's `Title` (Mr./Ms.) beside `Job Title`, names' prefixes and phonetic spellings, and the fields only they carry (middle name, job title, birthday, connection date).

use super::guess::CsvField;
use crate::interchange::ImportOptions;

/// The field of an export's header, or `None` to leave it to the generic guesses. `words` are
/// the header's folded words (`E-mail 1 - Label` → `e`, `mail`, `1`, `label`).
pub(crate) fn contact_field(words: &[String]) -> Option<CsvField> {
    let joined = words.join(" ");
    let compact = words.concat();
    let has = |list: &[&str]| list.iter().any(|w| words.iter().any(|x| x == w));
    // Exports pair each value with its kind: Google's `E-mail 1 - Label` beside `E-mail 1 -
    // Value`, Outlook's `E-mail Type` and `E-mail Display Name` beside `E-mail Address`. The kind
    // is not the value; a bare `Type` column (a person's kind) is not one of these.
    let family = has(&[
        "email",
        "mail",
        "phone",
        "address",
        "website",
        "im",
        "relation",
        "event",
        "custom",
        "organization",
    ]);
    let qualifier = words.len() > 1
        && family
        && (matches!(
            words.last().map(String::as_str),
            Some("label" | "type" | "service")
        ) || has(&["display", "department", "formatted"]));
    // French Outlook names the e-mail "adresse de messagerie", beside its "type de messagerie"
    // and the "nom complet de l'adresse de messagerie" (the display name): only the address is one.
    if has(&["messagerie"]) {
        let address = has(&["adresse"]) && !has(&["type", "nom", "complet"]);
        return Some(if address {
            CsvField::Email
        } else {
            CsvField::Ignore
        });
    }
    let field = if qualifier
        // Outlook's `Title` is Mr./Ms.; names' prefixes, suffixes, phonetic spellings, the
        // assistant's and the switchboard's numbers are not the person's fields.
        || matches!(compact.as_str(), "title" | "suffix" | "nameprefix" | "namesuffix" | "fileas")
        || has(&["phonetic", "assistant", "assistants", "main", "fax", "department"])
    {
        CsvField::Ignore
    } else if matches!(
        compact.as_str(),
        "middlename" | "secondprenom" | "deuxiemeprenom"
    ) || joined == "additional name"
    {
        CsvField::MiddleName
    } else if matches!(
        compact.as_str(),
        "jobtitle"
            | "organizationtitle"
            | "position"
            | "poste"
            | "fonction"
            | "titreduposte"
            | "intituledeposte"
            | "role"
    ) {
        CsvField::Title
    } else if matches!(
        compact.as_str(),
        "birthday" | "birthdate" | "dateofbirth" | "anniversaire" | "datedenaissance" | "bday"
    ) {
        CsvField::Birthday
    } else if matches!(
        compact.as_str(),
        "connectedon" | "connectiondate" | "connectele" | "datedeconnexion"
    ) {
        CsvField::ConnectedOn
    } else if matches!(
        compact.as_str(),
        "nickname" | "nick" | "surnom" | "alias" | "aka" | "alsoknownas"
    ) {
        CsvField::Nickname
    } else if matches!(
        compact.as_str(),
        "photo" | "photourl" | "picture" | "pictureurl" | "avatar" | "avatarurl"
    ) {
        CsvField::PhotoLink
    } else {
        return None;
    };
    Some(field)
}

/// The export a header row comes from, named for the person's history of imports (`Google
/// Contacts CSV`); `None` for any other spreadsheet.
pub(crate) fn layout(headers: &[String]) -> Option<&'static str> {
    let has = |h: &str| headers.iter().any(|x| x.trim().eq_ignore_ascii_case(h));
    if has("E-mail 1 - Value") && has("First Name") {
        Some("Google Contacts CSV")
    } else if has("E-mail Display Name") && has("Job Title") {
        Some("Outlook CSV")
    } else if has("Connected On") && has("URL") {
        Some("LinkedIn Connections")
    } else {
        None
    }
}

/// The options with the file's layout named, when the headers are an export's the caller did
/// not name.
pub(crate) fn recognised(opts: &ImportOptions, headers: &[String]) -> ImportOptions {
    let mut opts = opts.clone();
    if opts.source.layout.is_empty() {
        if let Some(l) = layout(headers) {
            opts.source.layout = l.to_string();
        }
    }
    opts
}

#[cfg(test)]
mod tests {
    use super::super::guess::tests::fields;
    use super::CsvField::*;

    #[test]
    fn google_contacts_labels_are_not_values() {
        assert_eq!(
            fields(&[
                "First Name",
                "Middle Name",
                "Last Name",
                "Phonetic First Name",
                "Name Prefix",
                "Nickname",
                "File As",
                "Organization Name",
                "Organization Title",
                "Organization Department",
                "Birthday",
                "Notes",
                "Labels",
                "E-mail 1 - Label",
                "E-mail 1 - Value",
                "Phone 1 - Label",
                "Phone 1 - Value",
                "Address 1 - Formatted",
                "Address 1 - City",
                "Address 1 - Country",
                "Website 1 - Label",
                "Website 1 - Value",
                "Address 2 - City",
            ]),
            [
                FirstName, MiddleName, LastName, Ignore, Ignore, Nickname, Ignore, Employer, Title,
                Ignore, Birthday, Note, Tags, Ignore, Email, Ignore, Phone, Ignore, City, Country,
                Ignore, Website, Note
            ],
            "a second address's city is a note (or the city when the first is empty), not a clash"
        );
    }

    #[test]
    fn a_french_outlook_export_maps_like_the_english_one() {
        assert_eq!(
            fields(&[
                "Titre",
                "Prénom",
                "Deuxième prénom",
                "Nom",
                "Suffixe",
                "Société",
                "Service",
                "Fonction",
                "Ville (bureau)",
                "Pays/Région (bureau)",
                "Ville (domicile)",
                "Télécopie (bureau)",
                "Téléphone (bureau)",
                "Téléphone mobile",
                "Catégories",
                "Adresse de messagerie",
                "Type de messagerie",
                "Nom complet de l'adresse de messagerie",
                "Adresse de messagerie 2",
                "Page Web",
                "Anniversaire",
                "Notes",
            ]),
            [
                Ignore, FirstName, MiddleName, LastName, Ignore, Employer, Ignore, Title, City,
                Country, Note, Ignore, Phone, Phone, Tags, Email, Ignore, Ignore, Email, Website,
                Birthday, Note
            ]
        );
    }

    #[test]
    fn outlook_title_is_not_a_job_title() {
        assert_eq!(
            fields(&[
                "Title",
                "First Name",
                "Suffix",
                "Company",
                "Department",
                "Job Title",
                "Business City",
                "Business Country/Region",
                "Home City",
                "Assistant's Phone",
                "Business Fax",
                "Business Phone",
                "Company Main Phone",
                "Mobile Phone",
                "Categories",
                "E-mail Address",
                "E-mail Type",
                "E-mail Display Name",
                "E-mail 2 Address",
                "Web Page",
            ]),
            [
                Ignore, FirstName, Ignore, Employer, Ignore, Title, City, Country, Note, Ignore,
                Ignore, Phone, Ignore, Phone, Tags, Email, Ignore, Ignore, Email, Website
            ]
        );
    }

    #[test]
    fn layouts_are_named() {
        let hs = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            super::layout(&hs(&["First Name", "E-mail 1 - Label", "E-mail 1 - Value"])),
            Some("Google Contacts CSV")
        );
        assert_eq!(
            super::layout(&hs(&["First Name", "Job Title", "E-mail Display Name"])),
            Some("Outlook CSV")
        );
        assert_eq!(
            super::layout(&hs(&["First Name", "URL", "Connected On"])),
            Some("LinkedIn Connections")
        );
        assert_eq!(super::layout(&hs(&["Nom", "Prénom"])), None);
    }

    #[test]
    fn linkedin_connections() {
        assert_eq!(
            fields(&[
                "First Name",
                "Last Name",
                "URL",
                "Email Address",
                "Company",
                "Position",
                "Connected On"
            ]),
            [
                FirstName,
                LastName,
                Website,
                Email,
                Employer,
                Title,
                ConnectedOn
            ]
        );
        assert_eq!(
            fields(&["Name", "Contact type"]),
            [DisplayName, Kind],
            "a person's kind is no value's label"
        );
    }
}
