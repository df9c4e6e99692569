//! The search box's total stops counting at a cap (issue 17: counting every match of a one-letter query cost up to 100 ms a keystroke); below it the People list's own total, above it cap + 1.

use crate::support::{book, named};
use liaison_core::{ArchivedFilter, PersonFilter, PersonListReq, PersonSort};

/// The People list's total for `q` (in `city`, counted up to `cap`) and its first three names.
pub(crate) fn total(
    b: &liaison_core::Book,
    q: &str,
    city: Option<&str>,
    cap: Option<u32>,
) -> (u32, Vec<String>) {
    let page = b
        .person_list(&PersonListReq {
            filter: PersonFilter {
                query: Some(q.into()),
                archived: ArchivedFilter::Hide,
                city: city.map(Into::into),
                ..Default::default()
            },
            sort: PersonSort::Name,
            limit: Some(3),
            count_cap: cap,
            ..Default::default()
        })
        .unwrap();
    (
        page.total,
        page.items.into_iter().map(|s| s.display_name).collect(),
    )
}

#[test]
fn a_capped_total_is_the_exact_one_below_the_cap_and_cap_plus_one_above() {
    let tb = book();
    let mut ids = Vec::new();
    for (i, first) in [
        "Marc", "Maud", "Martin", "Mila", "Léa", "Lucas", "Marie", "Amélie",
    ]
    .iter()
    .enumerate()
    {
        let mut p = named(&format!("{first} Morel{i}"));
        p.city = if i % 2 == 0 {
            "Lyon".into()
        } else {
            "Paris".into()
        };
        ids.push(tb.book.person_create(p).unwrap().person.id);
    }
    // An archived "Maud" is hidden from both counts.
    tb.book.person_archive(&ids[1], true).unwrap();
    for q in ["m", "ma", "mar", "l", "morel", "am", "zz", "lé"] {
        for city in [None, Some("Lyon")] {
            let (exact, items) = total(&tb.book, q, city, None);
            let (capped, capped_items) = total(&tb.book, q, city, Some(1000));
            assert_eq!(
                capped, exact,
                "{q:?} in {city:?}: under the cap, the exact total"
            );
            assert_eq!(capped_items, items, "{q:?} in {city:?}: the same page");
            let (over, over_items) = total(&tb.book, q, city, Some(2));
            assert_eq!(
                over,
                exact.min(3),
                "{q:?} in {city:?}: cap + 1 past the cap"
            );
            assert_eq!(
                over_items, items,
                "{q:?} in {city:?}: the same page past the cap"
            );
        }
    }
    // `m` names everyone but the archived Maud: by first name or by the last name Morel.
    assert_eq!(total(&tb.book, "m", None, Some(1000)).0, 7);
    assert_eq!(total(&tb.book, "m", Some("Lyon"), Some(1000)).0, 4);
}

#[test]
fn a_limit_of_zero_answers_the_total_only() {
    let tb = book();
    for first in ["Marc", "Maud", "Martin", "Léa"] {
        tb.book
            .person_create(named(&format!("{first} Morel")))
            .unwrap();
    }
    for (q, cap) in [
        ("m", Some(1000)),
        ("m", Some(2)),
        ("ma", None),
        ("lé", Some(1000)),
        ("zz", Some(1000)),
    ] {
        let req = |limit| PersonListReq {
            filter: PersonFilter {
                query: Some(q.into()),
                archived: ArchivedFilter::Hide,
                ..Default::default()
            },
            sort: PersonSort::Name,
            limit: Some(limit),
            count_cap: cap,
            ..Default::default()
        };
        let page = tb.book.person_list(&req(1)).unwrap();
        let only = tb.book.person_list(&req(0)).unwrap();
        assert_eq!(
            only.total, page.total,
            "{q:?} capped at {cap:?}: the same total"
        );
        assert!(
            only.items.is_empty() && only.work.is_empty() && only.next_cursor.is_none(),
            "{q:?}: no rows"
        );
    }
    let count = |q: &str| {
        tb.book
            .person_list(&PersonListReq {
                filter: PersonFilter {
                    query: Some(q.into()),
                    ..Default::default()
                },
                limit: Some(0),
                ..Default::default()
            })
            .unwrap()
            .total
    };
    assert_eq!((count("m"), count("ma"), count("zz")), (4, 3, 0));
}
