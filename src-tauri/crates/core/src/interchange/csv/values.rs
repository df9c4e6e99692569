//! Reading the values people put in spreadsheet cells: `12 500`, `45,3k`, `1.2M`, `mode|beauté`, `France`, `Français`.

use crate::domain::countries::is_country_code;
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

/// The values of a multi-valued cell (`mode|beauté`, `mode; beauté`), trimmed, blanks dropped.
pub fn split_multi(raw: &str) -> Vec<String> {
    raw.split(['|', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

/// E-mail cells may hold several addresses, separated by anything an address cannot contain.
pub fn split_emails(raw: &str) -> Vec<String> {
    raw.split(|c: char| matches!(c, '|' | ';' | ',') || c.is_whitespace())
        .map(|s| s.trim_matches(|c| c == '<' || c == '>'))
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

/// A country as a two-letter code: codes pass, common English and French names are mapped;
/// anything else is returned as typed, for validation to name the problem.
pub fn country_code(raw: &str) -> String {
    let t = raw.trim();
    if t.len() == 2 && is_country_code(&t.to_ascii_uppercase()) {
        return t.to_ascii_uppercase();
    }
    let f = fold(t);
    let code = match f.as_str() {
        "france" => "FR",
        "canada" => "CA",
        "belgique" | "belgium" => "BE",
        "suisse" | "switzerland" => "CH",
        "luxembourg" => "LU",
        "monaco" => "MC",
        "allemagne" | "germany" | "deutschland" => "DE",
        "espagne" | "spain" | "espana" => "ES",
        "italie" | "italy" | "italia" => "IT",
        "portugal" => "PT",
        "royaume-uni" | "royaume uni" | "united kingdom" | "uk" | "angleterre" | "england"
        | "great britain" => "GB",
        "irlande" | "ireland" => "IE",
        "pays-bas" | "pays bas" | "netherlands" | "nederland" => "NL",
        "etats-unis"
        | "etats unis"
        | "united states"
        | "usa"
        | "us"
        | "united states of america" => "US",
        "mexique" | "mexico" => "MX",
        "bresil" | "brazil" | "brasil" => "BR",
        "argentine" | "argentina" => "AR",
        "chine" | "china" => "CN",
        "japon" | "japan" => "JP",
        "coree du sud" | "south korea" | "korea" => "KR",
        "inde" | "india" => "IN",
        "russie" | "russia" => "RU",
        "ukraine" => "UA",
        "pologne" | "poland" => "PL",
        "suede" | "sweden" => "SE",
        "norvege" | "norway" => "NO",
        "danemark" | "denmark" => "DK",
        "finlande" | "finland" => "FI",
        "autriche" | "austria" => "AT",
        "grece" | "greece" => "GR",
        "turquie" | "turkey" | "turkiye" => "TR",
        "maroc" | "morocco" => "MA",
        "algerie" | "algeria" => "DZ",
        "tunisie" | "tunisia" => "TN",
        "senegal" => "SN",
        "cote d'ivoire" | "ivory coast" => "CI",
        "afrique du sud" | "south africa" => "ZA",
        "nigeria" => "NG",
        "australie" | "australia" => "AU",
        "nouvelle-zelande" | "new zealand" => "NZ",
        "singapour" | "singapore" => "SG",
        "emirats arabes unis" | "united arab emirates" | "uae" => "AE",
        "israel" => "IL",
        "quebec" => "CA",
        _ => return t.to_string(),
    };
    code.to_string()
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
        assert_eq!(country_code("France"), "FR");
        assert_eq!(country_code("États-Unis"), "US");
        assert_eq!(country_code("ca"), "CA");
        assert_eq!(
            country_code("Atlantis"),
            "Atlantis",
            "unknown stays for validation"
        );
        assert_eq!(language_code("Français"), "fr");
        assert_eq!(
            split_multi("mode| beauté ;;voyage"),
            ["mode", "beauté", "voyage"]
        );
    }
}
