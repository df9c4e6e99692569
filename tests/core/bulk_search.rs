//! A bulk tag change writes the changed people's search text again by one of three routes, by
//! the share of the book it changes (a few people: row by row; many: each child table read whole;
//! most: the whole index dropped and written again). Each must leave search exactly as a person
//! would expect: the tag found on those changed, and everything else found as before.

use crate::bulk::{apply, found_by, ids, tag};
use crate::support::book;
use liaison_core::{Book, ChannelInput, PersonInput, Platform};

const NAMES: [&str; 8] = [
    "Amélie Dubois",
    "Bruno Costa",
    "Chloé Martin",
    "Dmitri Orlov",
    "Élodie Faure",
    "Farid Haddad",
    "Gaëlle Leroy",
    "Hugo Pereira",
];

/// Eight people, each with their own e-mail, handle and tag (all findable words of their own).
fn eight(b: &Book) -> Vec<String> {
    NAMES
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let (first, last) = name.split_once(' ').unwrap();
            b.person_create(PersonInput {
                first_name: first.into(),
                last_name: last.into(),
                emails: vec![format!("mail{i}x@studio.example")],
                tags: vec![format!("theme{i}x")],
                channels: vec![ChannelInput {
                    platform: Platform::Instagram,
                    handle: format!("handle{i}x"),
                    ..Default::default()
                }],
                ..Default::default()
            })
            .unwrap()
            .person
            .id
        })
        .collect()
}

/// Every person is found, alone, by each word of their own.
fn each_found_by_their_own_words(b: &Book, when: &str) {
    for (i, name) in NAMES.iter().enumerate() {
        let first = name.split(' ').next().unwrap();
        for q in [
            first.to_string(),
            format!("mail{i}x"),
            format!("handle{i}x"),
            format!("theme{i}x"),
        ] {
            assert_eq!(
                found_by(b, &q),
                vec![name.to_string()],
                "{when}: {q:?} finds {name} once and no one else"
            );
        }
    }
}

#[test]
fn a_bulk_tag_of_a_few_many_most_or_all_people_leaves_search_exact_and_undo_too() {
    for k in [1, 3, 7, 8] {
        let tb = book();
        let b = &tb.book;
        let who = eight(b);
        let out = apply(b, ids(&who[..k]), vec![tag("Salon Lyon")]);
        assert_eq!(out.changed as usize, k);
        let mut tagged: Vec<String> = NAMES[..k].iter().map(|n| n.to_string()).collect();
        tagged.sort();
        let when = format!("{k} of 8 tagged");
        assert_eq!(
            found_by(b, "salon"),
            tagged,
            "{when}: the new tag finds exactly those changed"
        );
        each_found_by_their_own_words(b, &when);
        b.undo(out.undo_id.as_deref()).unwrap();
        let when = format!("{k} of 8 tagged, then undone");
        assert!(found_by(b, "salon").is_empty(), "{when}: the tag is gone");
        each_found_by_their_own_words(b, &when);
    }
}
