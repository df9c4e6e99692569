//! Folding text for matching and ordering: lower case, no accents, so `amelie` meets `Amélie`.

use unicode_normalization::char::is_combining_mark;

/// Lower-cases, strips diacritics and expands the few ligatures French and German writers use.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Char by char: ASCII (most handles, e-mails, topics) skips normalisation altogether, and
    // every combining mark is dropped, so decomposing each char alone gives what NFD of the
    // whole text would (a bulk import folds each person ~20 times).
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        unicode_normalization::char::decompose_canonical(c, |d| fold_char(d, &mut out));
    }
    out
}

fn fold_char(c: char, out: &mut String) {
    if is_combining_mark(c) {
        return;
    }
    match c {
        'œ' | 'Œ' => out.push_str("oe"),
        'æ' | 'Æ' => out.push_str("ae"),
        'ß' => out.push_str("ss"),
        'ø' | 'Ø' => out.push('o'),
        'ł' | 'Ł' => out.push('l'),
        'đ' | 'Đ' => out.push('d'),
        _ => out.extend(c.to_lowercase()),
    }
}

/// The words of a text, folded, split on anything that is not a letter or a digit.
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fold)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_case_and_ligatures() {
        assert_eq!(fold("Amélie"), "amelie", "acute accents must vanish");
        assert_eq!(
            fold("MONTRÉAL"),
            "montreal",
            "upper-case accented letters fold too"
        );
        assert_eq!(
            fold("Cœur"),
            "coeur",
            "French ligature expands so 'coeur' finds it"
        );
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(
            fold("Łódź"),
            "lodz",
            "Polish letters without decomposition still fold"
        );
        assert_eq!(
            fold("Москва"),
            "москва",
            "Cyrillic is lower-cased, not dropped"
        );
        assert_eq!(fold("北京"), "北京", "CJK passes through unchanged");
    }

    #[test]
    fn words_split_on_punctuation() {
        let w: Vec<_> = words("Jean-Éric O'Brien").collect();
        assert_eq!(w, ["jean", "eric", "o", "brien"]);
    }
}
