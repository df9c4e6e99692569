//! A one-letter word beside longer ones is a name's or handle's initial (`amelie d` is Amélie D.), in the search box, the People list and its counts alike (issue 17: as a full-text prefix it read every term under the letter, 14 ms a keystroke at 100k people).

use crate::bulk::found_by;
use crate::search_count::total;
use crate::support::book;
use liaison_core::{ChannelInput, PersonInput, Platform, SearchReq};

fn person(first: &str, last: &str, bio: &str, handle: Option<&str>) -> PersonInput {
    PersonInput {
        first_name: first.into(),
        last_name: last.into(),
        bio: bio.into(),
        city: "Paris".into(),
        channels: handle
            .map(|h| {
                vec![ChannelInput {
                    platform: Platform::Instagram,
                    handle: h.into(),
                    ..Default::default()
                }]
            })
            .unwrap_or_default(),
        ..Default::default()
    }
}

/// The People list's total (capped or not) and first names, as the search box's count asks.
fn listed(b: &liaison_core::Book, q: &str, cap: Option<u32>) -> (u32, Vec<String>) {
    total(b, q, None, cap)
}

#[test]
fn a_one_letter_word_is_an_initial_of_a_name_or_handle() {
    let tb = book();
    for p in [
        person("Amélie", "Dubois", "", None),
        person(
            "Amélie",
            "Martin",
            "Styliste de mode, du côté de Lyon",
            None,
        ),
        person("Amélie", "Roux", "", Some("dressing_amelie")),
        person("Daniel", "Amelier", "", None),
        person("Léa", "Bernard", "Amie d'Amélie", None),
    ] {
        tb.book.person_create(p).unwrap();
    }
    let cases: [(&str, &[&str]); 7] = [
        // Dubois by her last name, Roux by her handle, Amelier by his first name; not Martin,
        // whose bio's "de" and "du" begin with d, nor Léa, whose bio's "d'Amélie" did before.
        (
            "amelie d",
            &["Amélie Dubois", "Amélie Roux", "Daniel Amelier"],
        ),
        (
            "d amelie",
            &["Amélie Dubois", "Amélie Roux", "Daniel Amelier"],
        ),
        (
            "Amélie D.",
            &["Amélie Dubois", "Amélie Roux", "Daniel Amelier"],
        ),
        ("amelie m", &["Amélie Martin"]),
        ("amelie d r", &["Amélie Roux"]),
        ("amelie z", &[]),
        // A longer word is still a prefix anywhere: the bio's "du" and "de" count.
        ("amelie du", &["Amélie Dubois", "Amélie Martin"]),
    ];
    for (q, want) in cases {
        assert_eq!(found_by(&tb.book, q), want, "search box: {q:?}");
        for cap in [None, Some(1000)] {
            let (total, mut items) = listed(&tb.book, q, cap);
            items.sort();
            assert_eq!(items, want, "People list: {q:?} (cap {cap:?})");
            assert_eq!(
                total as usize,
                want.len(),
                "People total: {q:?} (cap {cap:?})"
            );
        }
    }
    // Capped below the matches: cap + 1, as for any query.
    assert_eq!(listed(&tb.book, "amelie d", Some(1)).0, 2);
}

#[test]
fn one_letter_words_alone_or_digits_stay_full_text_prefixes() {
    let tb = book();
    tb.book
        .person_create(person("Jean", "Dupont", "Agence 2 Paris", None))
        .unwrap();
    tb.book
        .person_create(person("Zoé", "Zola", "Jolie découverte", None))
        .unwrap();
    // Nothing longer to drive a look-up: every word is a prefix anywhere, as before.
    assert_eq!(found_by(&tb.book, "j d"), ["Jean Dupont", "Zoé Zola"]);
    // A digit is a number's part, not an initial.
    assert_eq!(found_by(&tb.book, "agence 2"), ["Jean Dupont"]);
    assert_eq!(listed(&tb.book, "agence 2", Some(1000)).0, 1);
}

#[test]
fn initials_pick_the_same_people_when_the_other_words_match_many() {
    // Over PER_PERSON_MAX people share "Amélie", so initials are not looked up match by match:
    // under `d` and `i` (few keys) as a set of people, under `v` (over SET_MAX keys: six a
    // person here) in the full text narrowed by the letter first. Each way, a handle's second
    // word, the platform's name (Instagram) or the bio beginning with the letter is not enough.
    use liaison_core::testing::{PER_PERSON_MAX, SET_MAX};
    let tb = book();
    let many = 2000;
    assert!(many as i64 > PER_PERSON_MAX && 6 * many as i64 > SET_MAX);
    let mut people: Vec<PersonInput> = (0..many)
        .map(|i| {
            let bio = if i % 2 == 0 { "Défilés de mode" } else { "" };
            let mut p = person(
                "Amélie",
                &format!("Vernet{i:04}"),
                bio,
                Some(&format!("v{i}_dressing")),
            );
            p.display_name = format!("Amélie Vernet{i:04} Valin{i} Vidal{i} Voss{i} Vega{i}");
            p
        })
        .collect();
    people.push(person("Amélie", "Dupuis", "", None));
    people.push(person("Amélie", "Noor", "", Some("dressing.amelie")));
    people.push(person("Amélie", "Zed", "", Some("studio.vivid")));
    people.push(person("Inès", "Amelier", "", None));
    tb.book.person_create_many(people).unwrap();
    assert_eq!(
        found_by(&tb.book, "amelie d"),
        ["Amélie Dupuis", "Amélie Noor"]
    );
    assert_eq!(found_by(&tb.book, "amelie i"), ["Inès Amelier"]);
    for cap in [None, Some(1000)] {
        let (total, mut items) = listed(&tb.book, "amelie d", cap);
        items.sort();
        assert_eq!(items, ["Amélie Dupuis", "Amélie Noor"], "cap {cap:?}");
        assert_eq!(total, 2, "cap {cap:?}");
        assert_eq!(listed(&tb.book, "amelie i", cap).0, 1, "cap {cap:?}");
    }
    // Narrowed by `v`: the many, not Zed (her handle's second word), exactly.
    assert_eq!(listed(&tb.book, "amelie v", None).0, many as u32);
    assert_eq!(listed(&tb.book, "amelie v", Some(5000)).0, many as u32);
    assert_eq!(listed(&tb.book, "amelie v", Some(1000)).0, 1001);
    let found = tb
        .book
        .person_search(&SearchReq {
            query: "amelie v".into(),
            limit: Some(500),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(found.len(), 500);
    assert!(found.iter().all(|p| p.display_name.contains("Vernet")));
    assert!(
        found_by(&tb.book, "zed v").is_empty(),
        "Zed has no word under v but her handle's second"
    );
}
