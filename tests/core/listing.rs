//! Listing people: keyset and offset paging in a stable order, and filters that combine.

use crate::support::{amelie, book, named};
use liaison_core::{PersonFilter, PersonKind, PersonListReq, PersonSort, Platform};

#[test]
fn keyset_paging_visits_everyone_once_in_order() {
    let tb = book();
    let names = [
        "Émile", "zoé", "Adam", "Ábel", "Chloé", "bruno", "Ålice", "Dmitri", "Юлия", "王芳",
    ];
    for n in names {
        tb.book.person_create(named(n)).unwrap();
        tb.clock.advance(chrono::Duration::seconds(1));
    }
    let mut seen = Vec::new();
    let mut req = PersonListReq {
        limit: Some(3),
        ..Default::default()
    };
    loop {
        let page = tb.book.person_list(&req).unwrap();
        assert_eq!(page.total, 10);
        seen.extend(page.items.into_iter().map(|s| s.display_name));
        match page.next_cursor {
            Some(c) => req.cursor = Some(c),
            None => break,
        }
    }
    assert_eq!(
        seen,
        [
            "Ábel", "Adam", "Ålice", "bruno", "Chloé", "Dmitri", "Émile", "zoé", "Юлия", "王芳"
        ],
        "name order ignores accents and case"
    );
    let newest = tb
        .book
        .person_list(&PersonListReq {
            sort: PersonSort::Created,
            descending: true,
            limit: Some(2),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        newest.items[0].display_name, "王芳",
        "newest first when sorting by creation, descending"
    );
    let off = tb
        .book
        .person_list(&PersonListReq {
            offset: Some(8),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(off.items.len(), 2, "an offset jumps into the middle");
    assert!(off.next_cursor.is_none(), "the last page has no cursor");
}

#[test]
fn list_filters_combine() {
    let tb = book();
    tb.book.person_create(amelie()).unwrap();
    let mut j = named("Joel Backaler");
    j.kind = PersonKind::OpinionLeader;
    j.country = "US".into();
    j.languages = vec!["en".into(), "zh".into()];
    tb.book.person_create(j).unwrap();
    let total = |f: PersonFilter| {
        tb.book
            .person_list(&PersonListReq {
                filter: f,
                ..Default::default()
            })
            .unwrap()
            .total
    };
    assert_eq!(
        total(PersonFilter {
            language: Some("fr".into()),
            ..Default::default()
        }),
        1,
        "fr matches fr-CA"
    );
    assert_eq!(
        total(PersonFilter {
            language: Some("en".into()),
            ..Default::default()
        }),
        2
    );
    assert_eq!(
        total(PersonFilter {
            city: Some("MONTREAL".into()),
            ..Default::default()
        }),
        1,
        "city ignores accents and case"
    );
    assert_eq!(
        total(PersonFilter {
            tag: Some("#pfw".into()),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        total(PersonFilter {
            platform: Some(Platform::Instagram),
            country: Some("ca".into()),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        total(PersonFilter {
            kind: Some(PersonKind::OpinionLeader),
            country: Some("CA".into()),
            ..Default::default()
        }),
        0
    );
}

/// Issue 14: the country box reads a country as the importers do (a name in any language, an
/// alpha-3 code, "UK"), and the page says which country it understood.
#[test]
fn the_country_filter_takes_a_name_in_any_language() {
    let tb = book();
    for (name, country) in [
        ("Noi Srisuk", "TH"),
        ("Jonas Weber", "DE"),
        ("Ada Lovelace", "GB"),
    ] {
        let mut p = named(name);
        p.country = country.into();
        tb.book.person_create(p).unwrap();
    }
    let list = |c: &str| {
        let page = tb
            .book
            .person_list(&PersonListReq {
                filter: PersonFilter {
                    country: Some(c.into()),
                    ..Default::default()
                },
                ..Default::default()
            })
            .unwrap();
        let names: Vec<String> = page.items.into_iter().map(|s| s.display_name).collect();
        (names, page.country)
    };
    for (typed, who, code) in [
        ("Thaïlande", "Noi Srisuk", "TH"),
        ("thailand", "Noi Srisuk", "TH"),
        ("Deutschland", "Jonas Weber", "DE"),
        ("DEU", "Jonas Weber", "DE"),
        ("UK", "Ada Lovelace", "GB"),
        ("Royaume-Uni", "Ada Lovelace", "GB"),
        ("gb", "Ada Lovelace", "GB"),
    ] {
        assert_eq!(
            list(typed),
            (vec![who.to_string()], Some(code.to_string())),
            "“{typed}” is read as {code}"
        );
    }
    assert_eq!(
        list("Atlantis"),
        (Vec::new(), None),
        "a name that is no country matches no one, and the page says it understood none"
    );
    assert_eq!(list("").0.len(), 3, "an empty box filters nothing");
}
