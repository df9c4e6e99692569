//! The queries each class is measured with, drawn deterministically from the seeded people so that
//! every sample is something a user could type about someone really in the book.

use liaison_core::{fold, PersonFilter, PersonInput, PersonKind, Platform, Stage};

pub use crate::common::Rng;

/// One search to time: the text and the filter it carries.
pub struct Query {
    pub text: String,
    pub filter: PersonFilter,
}

pub struct Class {
    pub name: &'static str,
    pub queries: Vec<Query>,
}

/// Words as a person would type them (original case and accents), taken from names, places,
/// topics and employers; a word is kept once per person, so common names are drawn more often,
/// as they would be in real use.
struct Words {
    names: Vec<String>,
    other: Vec<String>,
}

fn split(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF)
}
fn is_cyrillic(c: char) -> bool {
    matches!(c as u32, 0x0400..=0x04FF)
}
/// Latin with a diacritic or a special letter: what `fold` changes beyond case.
fn is_accented_latin(w: &str) -> bool {
    w.chars()
        .all(|c| c.is_alphanumeric() && !is_cjk(c) && !is_cyrillic(c))
        && fold(w) != w.to_lowercase()
}
fn chars(w: &str) -> usize {
    w.chars().count()
}
fn prefix(w: &str, n: usize) -> String {
    w.chars().take(n).collect()
}

impl Words {
    fn of(people: &[PersonInput]) -> Words {
        let mut names = Vec::new();
        let mut other = Vec::new();
        for p in people {
            names.extend(split(&p.first_name).chain(split(&p.last_name)));
            other.extend(split(&p.city));
            other.extend(split(&p.employer));
            for t in &p.topics {
                other.extend(split(t));
            }
        }
        Words { names, other }
    }

    /// A name word with at least `min` characters satisfying `ok`, drawn by frequency.
    fn name(&self, r: &mut Rng, min: usize, ok: impl Fn(&str) -> bool) -> String {
        loop {
            let w = r.pick(&self.names);
            if chars(w) >= min && ok(w) {
                return w.clone();
            }
        }
    }

    fn any(&self, r: &mut Rng, min: usize, ok: impl Fn(&str) -> bool) -> String {
        loop {
            let pool = if r.below(3) == 0 {
                &self.other
            } else {
                &self.names
            };
            let w = r.pick(pool);
            if chars(w) >= min && ok(w) {
                return w.clone();
            }
        }
    }
}

fn plain(text: String) -> Query {
    Query {
        text,
        filter: PersonFilter::default(),
    }
}

fn class(name: &'static str, n: usize, mut make: impl FnMut() -> Query) -> Class {
    Class {
        name,
        queries: (0..n).map(|_| make()).collect(),
    }
}

/// A filter as the people view sets them: one or two facets, drawn from values in the book.
fn filter(r: &mut Rng, people: &[PersonInput]) -> PersonFilter {
    let p = r.pick(people);
    let mut f = PersonFilter::default();
    for _ in 0..1 + r.below(2) {
        match r.below(7) {
            0 => f.stage = Some(*r.pick(Stage::ALL)),
            1 => f.kind = Some(*r.pick(PersonKind::ALL)),
            2 => f.country = Some(p.country.clone()),
            3 => f.city = Some(p.city.clone()),
            4 => f.language = Some(p.languages[0].split('-').next().unwrap().into()),
            5 => f.platform = Some(p.channels.first().map_or(Platform::Blog, |c| c.platform)),
            _ => f.tag = p.tags.first().cloned(),
        }
    }
    f
}

/// Strings no sample word contains: consonant runs with letters rare in every sampled language.
fn no_hit(r: &mut Rng) -> String {
    const RARE: &[char] = &['q', 'x', 'z', 'j', 'v', 'w', 'k'];
    let len = 2 + r.below(7);
    let mut s: String = (0..len).map(|_| *r.pick(RARE)).collect();
    if r.below(4) == 0 {
        s = format!("{} {s}", r.pick(&["amelie", "paris", "иван", "tech"]));
    }
    s
}

/// Gives two people in three a phone number (issue 15: search at 100k "with e-mail and phone
/// included"), half written internationally, half nationally (as the country writes them), each
/// number distinct. Derived from the position, not drawn, so the rest of the sample is unchanged.
pub fn add_phones(people: &mut [PersonInput]) {
    for (i, p) in people.iter_mut().enumerate() {
        if i % 3 == 0 {
            continue;
        }
        let n = (i as u64).wrapping_mul(7919) % 100_000_000;
        let pairs = format!(
            "{:02} {:02} {:02} {:02}",
            n / 1_000_000,
            n / 10_000 % 100,
            n / 100 % 100,
            n % 100
        );
        p.phones = vec![if i % 2 == 0 {
            format!("+33 6 {pairs}")
        } else {
            format!("07 {pairs}")
        }];
    }
}

/// An e-mail address as people type it into search: whole, its local part with the `@`, a
/// prefix of it, or its domain.
fn email_query(r: &mut Rng, people: &[PersonInput]) -> String {
    let email = loop {
        if let Some(e) = r.pick(people).emails.first() {
            break e.clone();
        }
    };
    let (local, domain) = email.split_once('@').unwrap_or((&email, ""));
    match r.below(4) {
        0 => email.clone(),
        1 => format!("{local}@"),
        2 => prefix(&email, 3 + r.below(chars(&email) - 3)),
        _ => domain.to_string(),
    }
}

/// A phone number as typed: whole in another spacing, without spaces, with or without the
/// country code, or its first 4+ digits.
fn phone_query(r: &mut Rng, people: &[PersonInput]) -> String {
    let phone = loop {
        if let Some(p) = r.pick(people).phones.first() {
            break p.clone();
        }
    };
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let national = digits
        .strip_prefix("33")
        .map_or(digits.clone(), |d| format!("0{d}"));
    match r.below(4) {
        0 => phone,
        1 => national.clone(),
        2 => format!("+33{}", &national[1..]),
        _ => prefix(&national, 4 + r.below(national.len() - 4)),
    }
}

/// Every search class, `n` queries each.
pub fn search_classes(people: &[PersonInput], n: usize, seed: u64) -> Vec<Class> {
    let w = Words::of(people);
    let mut r = Rng(seed);
    let r = &mut r;
    let any = |_: &str| true;
    vec![
        class("1-letter", n, || plain(prefix(&w.name(r, 1, any), 1))),
        class("2-letter", n, || plain(prefix(&w.name(r, 2, any), 2))),
        class("3+-letter prefix", n, || {
            let word = w.name(r, 4, any);
            let len = 3 + r.below(chars(&word) - 3);
            plain(prefix(&word, len).to_lowercase())
        }),
        class("full word", n, || plain(w.any(r, 2, any).to_lowercase())),
        class("accented", n, || plain(w.any(r, 3, is_accented_latin))),
        class("unaccented", n, || {
            plain(fold(&w.any(r, 3, is_accented_latin)))
        }),
        class("CJK", n, || {
            let word = w.any(r, 1, |w| w.chars().all(is_cjk));
            let len = 1 + r.below(chars(&word));
            plain(prefix(&word, len))
        }),
        class("Cyrillic", n, || {
            let word = w.any(r, 3, |w| w.chars().all(is_cyrillic));
            let len = 2 + r.below(chars(&word) - 1);
            plain(prefix(&word, len))
        }),
        class("multi-word", n, || {
            let p = r.pick(people);
            let text = match r.below(3) {
                0 => format!("{} {}", fold(&p.first_name), fold(&p.last_name)),
                1 => format!("{} {}", p.last_name, p.first_name),
                _ => format!("{} {}", fold(&p.first_name), fold(&prefix(&p.city, 3))),
            };
            plain(text)
        }),
        class("no-hit", n, || plain(no_hit(r))),
        class("e-mail", n, || plain(email_query(r, people))),
        class("phone", n, || plain(phone_query(r, people))),
        class("exact handle", n, || {
            let p = r.pick(people);
            plain(format!("@{}", p.channels[0].handle.trim_start_matches('@')))
        }),
        class("with filter", n, || {
            let word = w.name(r, 2, any);
            let len = 1 + r.below(chars(&word));
            Query {
                text: prefix(&word, len),
                filter: filter(r, people),
            }
        }),
    ]
}

/// What is typed in the People table's name box: a 1..n-letter name prefix, an e-mail address or
/// a phone prefix, half the time with a facet too.
pub fn name_box(people: &[PersonInput], n: usize, seed: u64) -> Vec<PersonFilter> {
    let w = Words::of(people);
    let mut r = Rng(seed);
    (0..n)
        .map(|_| {
            let text = match r.below(4) {
                0 => email_query(&mut r, people),
                1 => phone_query(&mut r, people),
                _ => {
                    let word = w.name(&mut r, 2, |_| true);
                    prefix(&word, 1 + r.below(chars(&word)))
                }
            };
            let mut f = if r.below(2) == 0 {
                filter(&mut r, people)
            } else {
                PersonFilter::default()
            };
            f.query = Some(text);
            f
        })
        .collect()
}

/// Filters for the filtered first page of the list.
pub fn list_filters(people: &[PersonInput], n: usize, seed: u64) -> Vec<PersonFilter> {
    let mut r = Rng(seed);
    (0..n).map(|_| filter(&mut r, people)).collect()
}
