//! What a typed query and a person's phone numbers become in the full-text index, so `maison.fr`, `+33 6 12 34 56 78` and `0612345678` find what they name.
//!
//! The numbers are not read in full with libphonenumber (`phonenumber::parse`): that costs
//! microseconds a number, paid by every person of a bulk import, and a number typed half-way
//! does not parse at all. Only the country calling code is looked up in its metadata (a map
//! read); the rest is digits.

use crate::domain::fold::words;
use crate::error::Result;
use phonenumber::metadata::DATABASE;
use rusqlite::types::Value;
use rusqlite::{params, Connection};

/// Fewest digits read as a phone number in a query: fewer would match a year or a house number.
pub const MIN_PHONE_DIGITS: usize = 4;

/// How a query is looked up: one letter walks the word keys (names and handles: a one-letter
/// prefix has no prefix index in the full text and would read half of it); anything longer is a
/// full-text expression, and each of its other one-letter words an initial (see `initials`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryMatch {
    Key(String),
    FullText { expr: String, initials: Vec<String> },
}

/// See `QueryMatch`; `None` when the query holds no word.
pub fn query_match(query: &str) -> Option<QueryMatch> {
    let w: Vec<String> = words(query).take(2).collect();
    if let [one] = w.as_slice() {
        if one.chars().count() == 1 {
            return Some(QueryMatch::Key(one.clone()));
        }
    }
    let (rest, initials) = initials(query);
    match_expr(&rest).map(|expr| QueryMatch::FullText { expr, initials })
}

/// A word of one letter beside longer ones (`amelie d`, `d amelie`, `amelie d.`) is read as the
/// initial of a name word or handle, looked up in the word keys, not as a full-text prefix:
/// `"d"*` has no prefix index (1-letter prefixes are not indexed) and read and merged every term
/// under the letter, 14 ms of the keystroke at 100k people (BENCHMARKS.md, 2026-12-07), and it
/// matched anyone whose bio holds "de" or "du", which is not what "Amélie D" asks for. Returns
/// the query without those words, and the initials; the query unchanged when every word is one
/// letter (`j d`: nothing longer to drive the look-up) or the letter is a digit (a number's part).
pub fn initials(query: &str) -> (String, Vec<String>) {
    let (mut rest, mut initials) = (Vec::new(), Vec::new());
    for part in query.split_whitespace() {
        match words(part).collect::<Vec<_>>().as_slice() {
            [one] if one.chars().count() == 1 && one.chars().all(char::is_alphabetic) => {
                initials.push(one.clone())
            }
            _ => rest.push(part),
        }
    }
    let rest = rest.join(" ");
    if initials.is_empty() || words(&rest).next().is_none() {
        return (query.to_string(), Vec::new());
    }
    (rest, initials)
}

/// How a query's initials are checked against its other words' full-text matches; the same
/// people each way, chosen by cost (`initials_by`; figures at 100k people, BENCHMARKS.md
/// 2026-12-07 18:00). The cost that counts is the first search's, on pages not yet read and
/// decrypted: the app types a query once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InitialsBy {
    /// Each match's own word keys looked up (`person_keys_person`): ~1.2 µs a match, but a
    /// page of the index read and decrypted for each at first, so for few matches only
    /// (`jean d`: 387 matches, 0.5 ms, where the letter as a full-text prefix took 9 ms).
    Person,
    /// The people with a key under the letter read once a statement (their keys are one run
    /// of the key index: 5k for `d`, ~50 pages) and each match looked up among them: for many
    /// matches and a letter with few keys (`amelie d`: 1,248 matches; first search 25 → 4 ms).
    Set,
    /// The full text first narrowed to people with a name or handle word under the letter
    /// (`narrowed`: what the prefix cost before), then each match's keys looked up: for many
    /// matches and a letter with many keys (`ma m`: 32k matches, 27k keys under `m`).
    Narrowed,
}

/// At most this many matches of the other words: `InitialsBy::Person`.
pub const PER_PERSON_MAX: i64 = 500;
/// At most this many word keys under each letter: `InitialsBy::Set`.
pub const SET_MAX: i64 = 10_000;

/// How to check `initials` against `expr`'s matches (see `InitialsBy`): `expr`'s matches are
/// counted up to `PER_PERSON_MAX`, each letter's keys up to `SET_MAX` (≤ ~1 ms each).
pub fn initials_by(conn: &Connection, expr: &str, initials: &[String]) -> Result<InitialsBy> {
    if initials.is_empty() {
        return Ok(InitialsBy::Person);
    }
    let n: i64 = conn
        .prepare_cached(
            "SELECT count(*) FROM (SELECT 1 FROM person_fts WHERE person_fts MATCH ?1 LIMIT ?2)",
        )?
        .query_row(params![expr, PER_PERSON_MAX + 1], |r| r.get(0))?;
    if n <= PER_PERSON_MAX {
        return Ok(InitialsBy::Person);
    }
    let mut keys = conn.prepare_cached(
        "SELECT count(*) FROM (SELECT 1 FROM person_keys WHERE key >= ?1 AND key < ?2 LIMIT ?3)",
    )?;
    for i in initials {
        let k: i64 = keys.query_row(params![i, upper_bound(i), SET_MAX + 1], |r| r.get(0))?;
        if k > SET_MAX {
            return Ok(InitialsBy::Narrowed);
        }
    }
    Ok(InitialsBy::Set)
}

/// The expression to match for `expr` and its initials checked `by`: narrowed, or as it is.
pub fn initials_expr(expr: String, initials: &[String], by: InitialsBy) -> String {
    match by {
        InitialsBy::Narrowed if !initials.is_empty() => narrowed(&expr, initials),
        _ => expr,
    }
}

/// `expr` narrowed to people with a name or handle word under each initial. A word key under a
/// letter is always such a word (keys and full text are folded alike; a handle's key is the
/// whole handle, whose first word it begins), so this drops nobody the keys would keep; it keeps
/// a few the keys drop (a handle's later word, the platform's name), which `initials_sql` drops.
fn narrowed(expr: &str, initials: &[String]) -> String {
    let mut out = format!("({expr})");
    for i in initials {
        out.push_str(&format!(" AND {{names handles}} : \"{i}\"*"));
    }
    out
}

/// The conditions that the person whose rowid is `col` has a word key (a name word or handle)
/// starting with each initial, each as ` AND …`, checked `by` person or as a set, its values
/// appended to `params` and referred to by number.
pub fn initials_sql(
    col: &str,
    initials: &[String],
    by: InitialsBy,
    params: &mut Vec<Value>,
) -> String {
    let mut sql = String::new();
    for i in initials {
        params.push(Value::Text(i.clone()));
        params.push(Value::Text(upper_bound(i)));
        let (lo, hi) = (params.len() - 1, params.len());
        sql.push_str(&match by {
            InitialsBy::Person | InitialsBy::Narrowed => format!(
                " AND EXISTS (SELECT 1 FROM person_keys k WHERE k.person_rowid = {col} \
                 AND k.key >= ?{lo} AND k.key < ?{hi})"
            ),
            // `+`: a filter on the matches, not rowids for the full-text table to seek one by
            // one; the subquery is read once into a temporary index.
            InitialsBy::Set => format!(
                " AND +{col} IN (SELECT person_rowid FROM person_keys \
                 WHERE key >= ?{lo} AND key < ?{hi})"
            ),
        });
    }
    sql
}

/// The smallest string greater than every string starting with `prefix`.
pub fn upper_bound(prefix: &str) -> String {
    format!("{prefix}\u{10FFFF}")
}

/// The FTS5 expression matching `query`: every whitespace-separated part as a prefix (an e-mail
/// or a domain, split by the tokenizer at `@` and dots, as a phrase so its words stay together
/// in order); when the query reads as a phone number, that number in any of its forms instead
/// (or as well, for a single run of digits).
/// `None` when it holds no word.
pub fn match_expr(query: &str) -> Option<String> {
    // Words are letters and digits only (see `words`), so quoting cannot be broken out of.
    let parts: Vec<String> = query
        .split_whitespace()
        .filter_map(|part| {
            let mut w: Vec<String> = words(part).collect();
            // `amelie@e`: a last word of one letter in an address has no prefix index (1-letter
            // prefixes are not indexed) and would read every term under the letter — 15 ms at
            // 20k people; the address without it matches a few more people, for one keystroke.
            if w.len() > 1 && w.last().is_some_and(|l| l.chars().count() == 1) {
                w.pop();
            }
            (!w.is_empty()).then(|| format!("\"{}\"*", w.join(" ")))
        })
        .collect();
    if parts.is_empty() {
        return None;
    }
    let all = parts.join(" AND ");
    Some(match phone_query(query) {
        // Spaced digits (`06 12 34`) are a number, not words: as words each pair would be a
        // prefix matching most numbers in the book, all of them read to be intersected.
        Some(forms) if parts.len() > 1 => phones_expr(&forms),
        // One run of digits may also be a word (a year in a bio, a handle's digits).
        Some(forms) => format!("({all}) OR ({})", phones_expr(&forms)),
        None => all,
    })
}

fn phones_expr(forms: &[String]) -> String {
    let forms: Vec<String> = forms.iter().map(|f| format!("\"{f}\"*")).collect();
    format!("phones : ({})", forms.join(" OR "))
}

/// The digit strings a query typed as a phone number may begin, in the forms `phone_terms`
/// indexes: as typed, and without the national trunk 0 or the international 00.
pub fn phone_query(query: &str) -> Option<Vec<String>> {
    let q = query.trim();
    let phone_chars = |c: char| c.is_ascii_digit() || " +-.()/".contains(c);
    if !q.chars().all(phone_chars) {
        return None;
    }
    let digits: String = q.chars().filter(char::is_ascii_digit).collect();
    if digits.len() < MIN_PHONE_DIGITS {
        return None;
    }
    let mut forms = vec![digits.clone()];
    if !q.starts_with('+') {
        let national = digits.trim_start_matches('0');
        if national.len() != digits.len() && !national.is_empty() {
            forms.push(national.to_string());
        }
    }
    Some(forms)
}

/// The index terms of one phone number: its digits as written; in international form, the number
/// after the country code; in national form, the number without its trunk 0s and, when the
/// person's country is known, with the country code before it. So `+33 6 12 34 56 78` is found
/// by `0612345678` (national, trunk 0 dropped by `phone_query`) and `06 12 34 56 78` of a French
/// person by `+33612345678`.
pub fn phone_terms(raw: &str, country: &str) -> Vec<String> {
    let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return Vec::new();
    }
    let mut out = vec![digits.clone()];
    let mut add = |t: String| {
        if !t.is_empty() && !out.contains(&t) {
            out.push(t);
        }
    };
    let trimmed = raw.trim_start();
    let international = if trimmed.starts_with('+') {
        Some(digits.as_str())
    } else {
        digits.strip_prefix("00")
    };
    match international {
        Some(intl) => {
            add(intl.to_string());
            // Calling codes are prefix-free: at most one of the first 1–3 digits is one.
            let code_len = (1..=3.min(intl.len())).find(|&n| {
                intl[..n]
                    .parse::<u16>()
                    .is_ok_and(|code| DATABASE.by_code(&code).is_some())
            });
            if let Some(n) = code_len {
                add(intl[n..].to_string());
            }
        }
        None => {
            let national = digits.trim_start_matches('0');
            add(national.to_string());
            let region = country.trim().to_ascii_uppercase();
            if let Some(meta) = (!region.is_empty())
                .then(|| DATABASE.by_id(region.as_str()))
                .flatten()
            {
                add(format!("{}{national}", meta.country_code()));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_international_number_is_indexed_without_its_country_code_too() {
        assert_eq!(
            phone_terms("+33 6 12 34 56 78", ""),
            ["33612345678", "612345678"],
            "typed nationally (0612345678, trunk 0 dropped) it must still be found"
        );
        assert_eq!(
            phone_terms("0033 6 12 34 56 78", ""),
            ["0033612345678", "33612345678", "612345678"]
        );
    }

    #[test]
    fn a_national_number_gets_its_country_code_when_the_country_is_known() {
        assert_eq!(
            phone_terms("06 12 34 56 78", "fr"),
            ["0612345678", "612345678", "33612345678"]
        );
        assert_eq!(
            phone_terms("(212) 555-0100", ""),
            ["2125550100"],
            "no country: digits only, nothing guessed"
        );
    }

    #[test]
    fn queries_read_as_phone_numbers_only_when_they_are_digits_and_separators() {
        assert_eq!(
            phone_query("06 12 34 56 78").unwrap(),
            ["0612345678", "612345678"]
        );
        assert_eq!(phone_query("+33 6 12").unwrap(), ["33612"]);
        assert_eq!(phone_query("12"), None, "too short to be a number");
        assert_eq!(phone_query("amelie 0612"), None);
    }

    #[test]
    fn an_address_is_one_phrase_and_a_number_an_alternative() {
        assert_eq!(
            match_expr("amelie.dubois@maison.fr").unwrap(),
            "\"amelie dubois maison fr\"*"
        );
        assert_eq!(
            match_expr("Amélie  Dub").unwrap(),
            "\"amelie\"* AND \"dub\"*"
        );
        assert_eq!(
            match_expr("0612").unwrap(),
            "(\"0612\"*) OR (phones : (\"0612\"* OR \"612\"*))"
        );
        assert_eq!(
            match_expr("ngozi.ola@example.c").unwrap(),
            "\"ngozi ola example\"*",
            "a one-letter last word is left out of an address"
        );
        assert_eq!(
            match_expr("06 12").unwrap(),
            "phones : (\"0612\"* OR \"612\"*)",
            "spaced digits are one number, not words"
        );
        assert_eq!(match_expr(" @ "), None);
    }

    #[test]
    fn one_letter_words_beside_longer_ones_are_initials() {
        let full = |expr: &str, initials: &[&str]| {
            Some(QueryMatch::FullText {
                expr: expr.into(),
                initials: initials.iter().map(|s| s.to_string()).collect(),
            })
        };
        assert_eq!(query_match("amelie d"), full("\"amelie\"*", &["d"]));
        assert_eq!(query_match("É. Dubois"), full("\"dubois\"*", &["e"]));
        assert_eq!(query_match("a"), Some(QueryMatch::Key("a".into())));
        assert_eq!(
            query_match("j d"),
            full("\"j\"* AND \"d\"*", &[]),
            "nothing longer to drive the look-up"
        );
        assert_eq!(query_match("agence 2"), full("\"agence\"* AND \"2\"*", &[]));
        assert_eq!(
            query_match("l'oreal"),
            full("\"l oreal\"*", &[]),
            "a letter inside a part is the part's phrase"
        );
    }
}
