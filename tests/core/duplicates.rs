//! The duplicate finder on a planted book: it finds each planted pair for the right reason, and pairs no strangers — same first names, same last names, a lone initial, numbers ending alike.

use crate::support::{book, named};
use liaison_core::{ChannelInput, DuplicateReason, PersonInput, Platform, Progress};
use std::collections::BTreeSet;

fn with(name: &str, f: impl FnOnce(&mut PersonInput)) -> PersonInput {
    let mut p = named(name);
    f(&mut p);
    p
}

fn insta(handle: &str) -> ChannelInput {
    ChannelInput {
        platform: Platform::Instagram,
        handle: handle.into(),
        ..Default::default()
    }
}

const FIRST: &[&str] = &[
    "Lucas", "Emma", "Nathan", "Chloé", "Louis", "Manon", "Jules", "Inès", "Gabriel", "Sarah",
    "Adam", "Jade", "Raphaël", "Lina", "Arthur", "Zoé", "Paul", "Alice", "Victor", "Rose", "Oscar",
    "Anna", "Noah", "Julia", "Ethan", "Nina", "Sacha", "Eva", "Tom", "Lou", "Maxime", "Clara",
    "Yanis", "Mila", "Samuel", "Agathe",
];
const LAST: &[&str] = &[
    "Martin",
    "Bernard",
    "Thomas",
    "Petit",
    "Robert",
    "Richard",
    "Durand",
    "Dubois",
    "Moreau",
    "Laurent",
    "Simon",
    "Michel",
    "Lefebvre",
    "Leroy",
    "Roux",
    "David",
    "Bertrand",
    "Morel",
    "Fournier",
    "Girard",
    "Bonnet",
    "Dupont",
    "Lambert",
    "Fontaine",
    "Rousseau",
    "Vincent",
    "Muller",
    "Lefèvre",
    "Faure",
    "André",
    "Mercier",
    "Blanc",
    "Guérin",
    "Boyer",
    "Garnier",
    "Chevalier",
];

/// The planted pairs: (name a, name b, the reasons the finder must give).
fn planted() -> Vec<(PersonInput, PersonInput, Vec<DuplicateReason>)> {
    use DuplicateReason::*;
    vec![
        (
            with("Camille Roux", |p| {
                p.emails = vec!["Camille.Roux@Example.com".into()]
            }),
            with("Studio Lumen", |p| {
                p.emails = vec!["camille.roux@example.com".into()]
            }),
            vec![Email],
        ),
        (
            with("Hugo Martin", |p| p.channels = vec![insta("@hugo.travels")]),
            with("Hugo Travels", |p| {
                p.channels = vec![insta("https://www.instagram.com/hugo.travels/")]
            }),
            vec![Handle],
        ),
        (
            with("Sofia Rossi", |p| {
                p.phones = vec!["+39 02 1234 5678".into()]
            }),
            with("Bella Vita Press", |p| {
                p.phones = vec!["02 1234 5678".into()];
                p.country = "IT".into();
            }),
            vec![Phone],
        ),
        (named("Amélie Dubois"), named("DUBOIS amelie"), vec![Name]),
        (named("Théo Girard"), named("T. Girard"), vec![NameInitial]),
        (
            named("Олег Иванов"),
            named("Oleg Ivanov"),
            vec![NameOtherScript],
        ),
    ]
}

/// Strangers: unique names, e-mails, handles and phones, sharing first names, last names and
/// phone endings with the planted people and with each other.
fn strangers() -> Vec<PersonInput> {
    let mut out: Vec<PersonInput> = FIRST
        .iter()
        .zip(LAST)
        .enumerate()
        .map(|(i, (f, l))| PersonInput {
            first_name: f.to_string(),
            last_name: l.to_string(),
            emails: vec![format!("{}.{}@mail.test", i, l.to_lowercase())],
            channels: vec![insta(&format!("{}{}", f.to_lowercase(), i))],
            ..Default::default()
        })
        .collect();
    out.extend([
        named("Marie"),
        named("Marie"),
        named("Marie Lefèvre"),
        named("Marie Bernard"),
        named("T. Moreau"),
        named("Анна Петрова"),
        with("Paris Office", |p| {
            p.phones = vec!["+33 1 42 34 56 78".into()]
        }),
        with("Lyon Desk", |p| p.phones = vec!["+33 6 12 34 56 78".into()]),
    ]);
    out
}

fn pair_key(a: &str, b: &str) -> (String, String) {
    if a < b {
        (a.into(), b.into())
    } else {
        (b.into(), a.into())
    }
}

#[test]
fn the_finder_finds_exactly_the_planted_pairs_for_their_reasons() {
    let t = book();
    let mut expected = BTreeSet::new();
    let mut all = strangers();
    for (a, b, reasons) in planted() {
        expected.insert((pair_key(&a.display_name, &b.display_name), reasons));
        all.push(a);
        all.push(b);
    }
    assert!(all.len() >= 50, "a book of about fifty people");
    for p in all {
        t.book.person_create(p).unwrap();
    }
    let progress = Progress::new();
    let report = t.book.duplicates_find(&progress).unwrap();
    let name_of = |id: &str| t.book.person_get(id).unwrap().display_name;
    let mut found = BTreeSet::new();
    for g in &report.groups {
        assert_eq!(
            g.people.len(),
            2,
            "each planted pair is its own group: {g:?}"
        );
        for p in &g.pairs {
            let reasons: Vec<DuplicateReason> = p.matches.iter().map(|m| m.reason).collect();
            found.insert((pair_key(&name_of(&p.a), &name_of(&p.b)), reasons));
        }
    }
    assert_eq!(
        found, expected,
        "the finder must report the planted pairs with their reasons, and no strangers"
    );
    assert_eq!(report.scanned as usize, progress.snapshot().total as usize);
    assert_eq!(
        progress.snapshot().done,
        progress.snapshot().total,
        "progress ends full"
    );
    // Most certain first: the shared e-mail leads, the initial comes last.
    let first = &report.groups[0].pairs[0].matches[0];
    assert_eq!(first.reason, DuplicateReason::Email);
    assert_eq!(first.value, "camille.roux@example.com");
    let last = &report.groups.last().unwrap().pairs[0].matches[0];
    assert_eq!(last.reason, DuplicateReason::NameInitial);
}

#[test]
fn a_dismissed_pair_is_not_proposed_again() {
    let t = book();
    let a = t.person("Amélie Dubois");
    let b = t.person("Dubois Amélie");
    let c = t.person("A. Dubois");
    let before = t.book.duplicates_find(&Progress::new()).unwrap();
    assert_eq!(before.groups.len(), 1, "the three form one group");
    assert_eq!(before.groups[0].pairs.len(), 3, "{:?}", before.groups);
    t.book.duplicates_dismiss(&b, &a).unwrap();
    t.book.duplicates_dismiss(&a, &b).unwrap(); // twice: no harm
    let after = t.book.duplicates_find(&Progress::new()).unwrap();
    let pairs: Vec<(String, String)> = after.groups[0]
        .pairs
        .iter()
        .map(|p| pair_key(&p.a, &p.b))
        .collect();
    assert_eq!(
        pairs.len(),
        2,
        "the dismissed pair is gone, the others stay"
    );
    assert!(!pairs.contains(&pair_key(&a, &b)));
    assert!(pairs.contains(&pair_key(&a, &c)) && pairs.contains(&pair_key(&b, &c)));
    let same = t.book.duplicates_dismiss(&a, &a).unwrap_err();
    assert_eq!(same.code(), liaison_core::ErrorCode::Validation);
}

#[test]
fn a_cancelled_scan_stops_with_cancelled() {
    let t = book();
    t.person("Amélie Dubois");
    t.person("Dubois Amélie");
    let progress = Progress::new();
    progress.cancel();
    let e = t.book.duplicates_find(&progress).unwrap_err();
    assert_eq!(
        e.code(),
        liaison_core::ErrorCode::Cancelled,
        "a cancel stops the scan"
    );
}
