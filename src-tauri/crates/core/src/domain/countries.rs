//! Countries as ISO 3166-1 alpha-2 codes, so a country field holds a code every export format understands, and a country written in any language (`Thaïlande`, `Deutschland`, `DEU`) finds its code.
//!
//! The codes and the names come from `keshvar` (CLDR-derived: each country's name in about 150
//! languages, its ISO names and common unofficial ones, ~34,000 in all), not from a hand list.

use crate::domain::fold::fold;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The assigned alpha-2 codes, sorted for binary search and for the UI's suggestions.
static CODES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut codes: Vec<&'static str> = keshvar::SUPPORTED_ALPHA2_LIST
        .iter()
        .map(|a| &*a.to_string().leak())
        .collect();
    codes.sort_unstable();
    codes
});

/// Every name the data knows, folded the way `fold` folds what people type (no case, no
/// accents, one kind of apostrophe, words separated by single spaces).
static NAMES: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut names = HashMap::with_capacity(40_000);
    for alpha2 in keshvar::SUPPORTED_ALPHA2_LIST {
        let Some(code) = code_of(&alpha2.to_string()) else {
            continue;
        };
        let country = alpha2.to_country();
        let own = [country.iso_short_name(), country.iso_long_name()];
        let all = own
            .into_iter()
            .chain(country.unofficial_name_list().iter().copied())
            .chain(country.translations().values().copied());
        for name in all {
            // A name two countries share (rare: old names) stays with the first.
            names.entry(name_key(name)).or_insert(code);
        }
    }
    names
});

/// Every code a country field accepts, sorted: what the UI offers as suggestions.
pub fn codes() -> &'static [&'static str] {
    &CODES
}

/// The country's short English name (`France`, `Côte d'Ivoire`) for a code: what a file read by
/// people or by clients that want a name (vCard's ADR) holds. `None` for an unknown code.
pub fn english_name(code: &str) -> Option<&'static str> {
    let alpha2 = keshvar::Alpha2::try_from(code_of(code)?).ok()?;
    Some(alpha2.to_country().iso_short_name())
}

/// True for an assigned ISO 3166-1 alpha-2 code (upper case).
pub fn is_country_code(code: &str) -> bool {
    code_of(code).is_some()
}

fn code_of(code: &str) -> Option<&'static str> {
    CODES.binary_search(&code).ok().map(|i| CODES[i])
}

/// The alpha-2 code of a country as people write it: an alpha-2 or alpha-3 code, or a name in
/// any language the data knows, in any case, with or without accents, with a straight or curly
/// apostrophe. A name followed by more words (`États-Unis d'Amérique`, `Royaume-Uni de
/// Grande-Bretagne`) is placed by its longest known beginning. `None` when nothing fits.
pub fn country_from_text(raw: &str) -> Option<&'static str> {
    let t = raw.trim();
    if t.is_empty() {
        return None;
    }
    let upper = t.to_ascii_uppercase();
    if upper.len() == 2 {
        if let Some(code) = code_of(&upper) {
            return Some(code);
        }
    }
    if upper.len() == 3 && upper.bytes().all(|b| b.is_ascii_uppercase()) {
        if let Ok(a3) = keshvar::Alpha3::try_from(upper.as_str()) {
            if let Some(code) = code_of(&keshvar::Alpha2::from(a3).to_string()) {
                return Some(code);
            }
        }
    }
    let key = name_key(t);
    if let Some(code) = NAMES.get(&key) {
        return Some(code);
    }
    // The longest known beginning that ends at a word boundary, of two letters at least, so
    // "Congo" is not found in "Congolese" and a lone letter never matches.
    let mut best = None;
    for (end, _) in key.match_indices(' ') {
        let head = &key[..end];
        if head.chars().count() >= 2 {
            if let Some(code) = NAMES.get(head) {
                best = Some(*code);
            }
        }
    }
    best
}

/// Folded, dots and commas dropped (`U.S.A.`, `Korea, Republic of`), apostrophes of every kind
/// and hyphens read as spaces (`Côte d’Ivoire` = `cote d ivoire`), runs of spaces as one.
fn name_key(name: &str) -> String {
    let folded: String = fold(name)
        .chars()
        .filter(|c| !matches!(c, '.' | ','))
        .map(|c| match c {
            '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}' | '-' | '\u{2010}'
            | '\u{2011}' => ' ',
            c => c,
        })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_the_assigned_ones_sorted() {
        assert_eq!(CODES.len(), 249, "every assigned ISO 3166-1 alpha-2 code");
        assert!(
            CODES.windows(2).all(|w| w[0] < w[1]),
            "CODES must stay sorted and unique"
        );
        assert!(is_country_code("CA") && is_country_code("FR") && !is_country_code("XX"));
    }

    #[test]
    fn names_in_any_language_find_their_code() {
        for (raw, want) in [
            ("Thaïlande", "TH"),
            ("thailande", "TH"),
            ("Ghana", "GH"),
            ("Deutschland", "DE"),
            ("ALLEMAGNE", "DE"),
            ("Royaume-Uni", "GB"),
            ("UK", "GB"),
            ("États-Unis d'Amérique", "US"),
            ("Etats-Unis", "US"),
            ("U.S.A.", "US"),
            ("Côte d’Ivoire", "CI"),
            ("Côte d'Ivoire", "CI"),
            ("cote d ivoire", "CI"),
            ("DEU", "DE"),
            ("deu", "DE"),
            ("fr", "FR"),
            ("  Canada ", "CA"),
            ("España", "ES"),
            ("日本", "JP"),
        ] {
            assert_eq!(country_from_text(raw), Some(want), "{raw:?}");
        }
        for raw in ["", "Atlantis", "Narnia del Sur", "X"] {
            assert_eq!(country_from_text(raw), None, "{raw:?} is no country");
        }
    }
}
