//! Reading the values people put in spreadsheet cells: `12 500`, `45,3k`, `1.2M`, `mode|beauté`, `a ::: b`, `France`, `Thaïlande`, `Français`.

use crate::domain::countries::country_from_text;
use crate::domain::fold::fold;

/// A follower count as written in English or French: thousands separated by spaces (plain,
/// no-break U+00A0, narrow no-break U+202F), commas or dots, and `k` / `M` suffixes with a
/// decimal point or comma (`45,3k`, `1,2 M`, `1.2M`). `None` when it is not a number.
pub fn parse_count(raw: &str) -> Option<u64> {
    let s: String = raw
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\''))
        .collect();
    let s = s.trim_start_matches('+');
    if s.is_empty() {
        return None;
    }
    let lower = s.to_lowercase();
    let (num, mult) = if let Some(n) = lower.strip_suffix('k') {
        (n, 1_000f64)
    } else if let Some(n) = lower
        .strip_suffix("m")
        .or_else(|| lower.strip_suffix("mio"))
    {
        (n, 1_000_000f64)
    } else if let Some(n) = lower.strip_suffix('b') {
        (n, 1_000_000_000f64)
    } else {
        (lower.as_str(), 1f64)
    };
    if num.is_empty()
        || !num
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return None;
    }
    if mult == 1.0 {
        // No suffix: separators are thousands separators when every group after the first has
        // three digits (`12,500`, `1.250.000`); otherwise a decimal mark makes no sense for a count.
        let groups: Vec<&str> = num.split([',', '.']).collect();
        if groups.len() > 1 && groups[1..].iter().any(|g| g.len() != 3) {
            return None;
        }
        return groups.concat().parse().ok();
    }
    // A suffix: one decimal mark, either kind.
    let num = num.replace(',', ".");
    if num.matches('.').count() > 1 {
        return None;
    }
    let v: f64 = num.parse().ok()?;
    Some((v * mult).round() as u64)
}

/// The values of a multi-valued cell, split as the person form says (`,` `;` `|`) and at
/// Google's ` ::: `; trimmed, blanks dropped.
pub fn split_multi(raw: &str) -> Vec<String> {
    google_parts(raw)
        .flat_map(|part| part.split(['|', ';', ',']))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

/// How Google Contacts joins the values of one cell (`a@x.fr ::: b@y.fr`).
pub(crate) const GOOGLE_JOIN: &str = " ::: ";

/// `raw` split at ` ::: `. Most cells hold no colon at all: they are one part, found without
/// building a substring searcher for each of them (a large import reads every cell twice).
pub(crate) fn google_parts(raw: &str) -> impl Iterator<Item = &str> {
    let joined = raw.contains(':');
    let whole = (!joined).then_some(raw);
    let split = joined.then(|| raw.split(GOOGLE_JOIN));
    whole.into_iter().chain(split.into_iter().flatten())
}

/// Phone numbers in one cell: split at `|` `;` and Google's ` ::: `, never at a comma or a
/// space, which numbers themselves hold.
pub(crate) fn split_phones(raw: &str) -> Vec<String> {
    google_parts(raw)
        .flat_map(|part| part.split(['|', ';']))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

/// E-mail cells may hold several addresses, separated by anything an address cannot contain
/// (Google's ` ::: ` included).
pub fn split_emails(raw: &str) -> Vec<String> {
    raw.split(|c: char| matches!(c, '|' | ';' | ',') || c.is_whitespace())
        .map(|s| s.trim_matches(|c| c == '<' || c == '>'))
        .filter(|s| !s.is_empty() && !s.chars().all(|c| c == ':'))
        .map(String::from)
        .collect()
}

/// Tags from a cell. Google's system groups (`* myContacts`, `* starred`) say nothing about the
/// person and are dropped; its other starred labels lose their star.
pub(crate) fn split_tags(raw: &str) -> Vec<String> {
    const SYSTEM: &[&str] = &[
        "mycontacts",
        "starred",
        "friends",
        "family",
        "coworkers",
        "chatbuddies",
        "blocked",
        "all",
    ];
    split_multi(raw)
        .into_iter()
        .filter_map(|t| match t.strip_prefix('*') {
            Some(rest) if SYSTEM.contains(&fold(rest.trim()).as_str()) => None,
            Some(rest) => Some(rest.trim().to_string()),
            None => Some(t),
        })
        .filter(|t| !t.is_empty())
        .collect()
}

/// A country cell that no country fits: kept as written in a note on the person, and reported
/// as a warning; the row still imports.
/// The bio's line for the other names a person goes by, leaving out those that are already
/// their name (Google writes the first name again as the nickname): in the bio so search finds
/// the person by it and the person page shows it. Liaison keeps no separate nickname field, and
/// `person_aliases` holds the ids of merged-away people, which a name must never be taken for.
pub(crate) fn also_known_as(p: &mut crate::domain::person::PersonInput, nicknames: &[String]) {
    let names = [&p.first_name, &p.last_name, &p.display_name]
        .map(|n| fold(n.trim()))
        .join(" ");
    let own = |n: &str| {
        let f = fold(n);
        names.split(' ').any(|w| w == f) || fold(p.display_name.trim()) == f
    };
    let mut kept: Vec<&str> = Vec::new();
    for n in nicknames.iter().map(|n| n.trim()) {
        if !n.is_empty() && !own(n) && !kept.iter().any(|k| fold(k) == fold(n)) {
            kept.push(n);
        }
    }
    if kept.is_empty() {
        return;
    }
    let line = format!("Also known as: {}", kept.join(", "));
    p.bio = if p.bio.is_empty() {
        line
    } else {
        format!("{line}\n\n{}", p.bio)
    };
}

/// A photo given as a web address: Liaison works offline and never fetches it, so the address
/// is kept in the person's note (never silently dropped) and the import counts it.
pub(crate) fn is_web_link(raw: &str) -> bool {
    let r = raw.trim().to_ascii_lowercase();
    r.starts_with("https://") || r.starts_with("http://")
}

/// The note line that keeps a photo's address.
pub(crate) fn photo_link_note(url: &str) -> String {
    format!(
        "Photo (a link; Liaison does not download it): {}",
        url.trim()
    )
}

pub(crate) struct UnplacedCountry(pub String);

impl UnplacedCountry {
    /// The note the person gets.
    pub fn note(&self) -> String {
        format!("Country in the file: “{}”", self.0)
    }
    /// The warning the report carries.
    pub fn warning(&self) -> String {
        format!(
            "“{}” is not a country Liaison knows: kept in a note, the country left empty",
            self.0
        )
    }
}

/// A country cell as an ISO alpha-2 code (a code, an alpha-3 code or a name in any language,
/// see `countries::country_from_text`), or what to keep when none fits. The CSV and vCard
/// readers both place countries through this.
pub(crate) fn place_country(raw: &str) -> Result<&'static str, UnplacedCountry> {
    country_from_text(raw).ok_or_else(|| UnplacedCountry(raw.trim().to_string()))
}

/// A language as a code: codes pass, common English and French names are mapped.
pub fn language_code(raw: &str) -> String {
    let f = fold(raw.trim());
    let code = match f.as_str() {
        "francais" | "french" => "fr",
        "anglais" | "english" => "en",
        "espagnol" | "spanish" | "espanol" => "es",
        "allemand" | "german" | "deutsch" => "de",
        "italien" | "italian" => "it",
        "portugais" | "portuguese" => "pt",
        "neerlandais" | "dutch" => "nl",
        "chinois" | "chinese" | "mandarin" => "zh",
        "japonais" | "japanese" => "ja",
        "coreen" | "korean" => "ko",
        "russe" | "russian" => "ru",
        "arabe" | "arabic" => "ar",
        "polonais" | "polish" => "pl",
        "turc" | "turkish" => "tr",
        "hindi" => "hi",
        _ => return raw.trim().to_string(),
    };
    code.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcut for cells without a colon splits exactly as `str::split` at ` ::: ` does.
    #[test]
    fn google_parts_split_as_split_does() {
        for raw in [
            "",
            "a",
            "a ::: b",
            " ::: ",
            "a:b",
            "https://x.com ::: y",
            "a :::b",
            ":::",
        ] {
            let want: Vec<&str> = raw.split(GOOGLE_JOIN).collect();
            assert_eq!(google_parts(raw).collect::<Vec<_>>(), want, "{raw:?}");
        }
    }

    #[test]
    fn follower_counts_as_people_write_them() {
        for (raw, want) in [
            ("12 500", 12_500),
            ("12\u{00A0}500", 12_500),
            ("12\u{202F}500", 12_500),
            ("45k", 45_000),
            ("45K", 45_000),
            ("45,3k", 45_300),
            ("1,2 M", 1_200_000),
            ("1.2M", 1_200_000),
            ("12,500", 12_500),
            ("1.250.000", 1_250_000),
            ("800", 800),
        ] {
            assert_eq!(parse_count(raw), Some(want), "{raw:?}");
        }
        for bad in ["", "beaucoup", "12,5", "1.2.3k", "-5"] {
            assert_eq!(parse_count(bad), None, "{bad:?} is not a count");
        }
    }

    #[test]
    fn names_become_codes() {
        assert_eq!(place_country("France").ok(), Some("FR"));
        assert_eq!(place_country("États-Unis").ok(), Some("US"));
        assert_eq!(place_country("ca").ok(), Some("CA"));
        assert!(
            place_country(" Atlantis ").is_err_and(|u| u.0 == "Atlantis"),
            "unknown stays as written, for the note and the warning"
        );
        assert_eq!(language_code("Français"), "fr");
        assert_eq!(
            split_multi("mode| beauté ;;voyage, mode durable"),
            ["mode", "beauté", "voyage", "mode durable"],
            "topics and tags split at | ; and , as the person form says"
        );
        assert_eq!(
            split_emails("a@x.fr ::: b@y.fr"),
            ["a@x.fr", "b@y.fr"],
            "Google joins values with :::"
        );
        assert_eq!(
            split_phones("+33 6 12 34 56 78 ::: +1 (555) 010-2030"),
            ["+33 6 12 34 56 78", "+1 (555) 010-2030"]
        );
        assert_eq!(
            split_tags("* myContacts ::: * starred ::: Influencers ::: Beauty, Paris"),
            ["Influencers", "Beauty", "Paris"],
            "Google's system groups are not tags"
        );
    }
}
