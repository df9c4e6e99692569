//! The keys under which two spellings of one person's name meet: the same words in any order, case or accents, in another script, or with a first name cut to its initial.
//!
//! Transliteration is deunicode's (a maintained table per script: Олег Иванов reads Oleg
//! Ivanov); the rest is our folding. Keys are whole names only: a single shared word (a common
//! first or last name) is never a key, so two Maries or two Duboises do not meet by it.

use crate::domain::fold::{fold, words};

/// A person's name keys, from each way their name is written (display name, first + last).
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct NameKeys {
    /// Every word, transliterated, folded and sorted: "amelie dubois" for "Dubois Amélie".
    pub whole: Vec<String>,
    /// "a dubois" for "A. Dubois" (an initial and a whole word).
    pub by_initial: Vec<String>,
    /// "a dubois" and "d amelie" for "Amélie Dubois": what an initial form of it would be.
    pub as_initial: Vec<String>,
    /// Written in a script other than Latin (the whole key was transliterated).
    pub other_script: bool,
}

/// The keys of a person named in each of `names` (empty ones skipped).
pub(crate) fn name_keys(names: &[&str]) -> NameKeys {
    let mut k = NameKeys::default();
    for name in names.iter().filter(|n| !n.trim().is_empty()) {
        if fold(name)
            .chars()
            .any(|c| c.is_alphabetic() && !c.is_ascii())
        {
            k.other_script = true;
        }
        let mut tokens: Vec<String> = words(&deunicode::deunicode(name)).collect();
        tokens.sort();
        tokens.dedup();
        let (initials, full): (Vec<&String>, Vec<&String>) =
            tokens.iter().partition(|t| t.chars().count() == 1);
        if tokens.len() >= 2 && !full.is_empty() {
            push_new(&mut k.whole, tokens.join(" "));
        }
        if !initials.is_empty() {
            for i in &initials {
                for f in &full {
                    push_new(&mut k.by_initial, format!("{i} {f}"));
                }
            }
        } else if full.len() >= 2 {
            for a in &full {
                for b in full.iter().filter(|b| *b != a) {
                    let first = a.chars().next().unwrap_or_default();
                    push_new(&mut k.as_initial, format!("{first} {b}"));
                }
            }
        }
    }
    k
}

fn push_new(v: &mut Vec<String>, s: String) {
    if !v.contains(&s) {
        v.push(s);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_accents_and_case_meet() {
        let a = name_keys(&["Amélie Dubois"]);
        let b = name_keys(&["DUBOIS amelie"]);
        assert_eq!(a.whole, b.whole, "the same words in another order and case");
        assert!(!a.other_script);
    }

    #[test]
    fn cyrillic_meets_its_latin_spelling() {
        let a = name_keys(&["Олег Иванов"]);
        let b = name_keys(&["Oleg Ivanov"]);
        assert_eq!(a.whole, b.whole, "transliterated: {:?}", a.whole);
        assert!(a.other_script && !b.other_script);
    }

    #[test]
    fn an_initial_meets_the_whole_first_name() {
        let a = name_keys(&["A. Dubois"]);
        let b = name_keys(&["Amélie Dubois"]);
        assert_eq!(a.by_initial, ["a dubois"]);
        assert!(b.as_initial.contains(&"a dubois".to_string()));
        assert!(
            a.as_initial.is_empty(),
            "an initial form is not offered as a whole one"
        );
    }

    #[test]
    fn one_word_is_no_key() {
        let k = name_keys(&["Marie"]);
        assert!(k.whole.is_empty() && k.by_initial.is_empty() && k.as_initial.is_empty());
    }
}
