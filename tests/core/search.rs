//! Search finds people the way they are typed on a show floor: no accents, partial words, any case.

use crate::support::{amelie, book, named};
use liaison_core::{
    ArchivedFilter, ChannelInput, PersonFilter, PersonInput, Platform, SearchReq, Stage,
};

fn names(tb: &crate::support::TestBook, q: &str) -> Vec<String> {
    tb.book
        .person_search(&SearchReq {
            query: q.into(),
            ..Default::default()
        })
        .unwrap()
        .into_iter()
        .map(|s| s.display_name)
        .collect()
}

#[test]
fn accents_case_and_prefixes_do_not_matter() {
    let tb = book();
    tb.book.person_create(amelie()).unwrap();
    tb.book.person_create(named("Brian Solis")).unwrap();
    for q in [
        "amelie",
        "AMÉLIE",
        "amél",
        "am",
        "a",
        "montreal",
        "Montréal",
        "dubois amelie",
        "@amelied",
        "mode ethique",
        "pfw",
        "beaute",
    ] {
        assert_eq!(
            names(&tb, q),
            ["Amélie Dubois"],
            "query {q:?} must find Amélie and only her"
        );
    }
    assert!(names(&tb, "zzz").is_empty(), "a no-hit query finds nothing");
    assert!(names(&tb, "  ").is_empty(), "a blank query finds nothing");
    assert!(
        names(&tb, "\"*)( OR").is_empty(),
        "FTS syntax in a query is text, not an error"
    );
}

#[test]
fn names_rank_above_other_fields() {
    let tb = book();
    tb.book
        .person_create(PersonInput {
            display_name: "Léa Martin".into(),
            bio: "Travaille avec Paris Hilton".into(),
            ..Default::default()
        })
        .unwrap();
    tb.book
        .person_create(PersonInput {
            display_name: "Paris Kent".into(),
            ..Default::default()
        })
        .unwrap();
    tb.book
        .person_create(PersonInput {
            display_name: "Hugo Roy".into(),
            city: "Paris".into(),
            ..Default::default()
        })
        .unwrap();
    let got = names(&tb, "paris");
    assert_eq!(
        got[0], "Paris Kent",
        "a name match comes before a city or bio match: {got:?}"
    );
    assert_eq!(got.len(), 3);
}

#[test]
fn one_letter_queries_list_name_matches_alphabetically() {
    let tb = book();
    for n in ["Zoé Bernard", "Bruno Zola", "Élodie Blanc", "Carl Boe"] {
        tb.book.person_create(named(n)).unwrap();
    }
    assert_eq!(
        names(&tb, "b"),
        ["Zoé Bernard", "Élodie Blanc", "Carl Boe", "Bruno Zola"],
        "one letter walks name words in order: bernard, blanc, boe, bruno"
    );
    let got = names(&tb, "z");
    assert_eq!(
        got,
        ["Zoé Bernard", "Bruno Zola"],
        "key order: 'zoe' before 'zola'"
    );
}

#[test]
fn filters_apply_to_search_and_limit_bounds_it() {
    let tb = book();
    for i in 0..30 {
        let mut p = named(&format!("Anna {i:02}"));
        p.stage = if i % 2 == 0 {
            Stage::Engaged
        } else {
            Stage::Identified
        };
        tb.book.person_create(p).unwrap();
    }
    let req = SearchReq {
        query: "anna".into(),
        filter: PersonFilter {
            stage: Some(Stage::Engaged),
            ..Default::default()
        },
        limit: Some(10),
    };
    let got = tb.book.person_search(&req).unwrap();
    assert_eq!(got.len(), 10, "the limit caps the result");
    assert!(
        got.iter().all(|s| s.stage == Stage::Engaged),
        "every hit satisfies the filter"
    );
    let req = SearchReq {
        query: "a".into(),
        limit: Some(5),
        ..Default::default()
    };
    assert_eq!(tb.book.person_search(&req).unwrap().len(), 5);
}

#[test]
fn cyrillic_and_cjk_names_are_found() {
    let tb = book();
    tb.book.person_create(named("Юлия Иванова")).unwrap();
    tb.book.person_create(named("王芳")).unwrap();
    assert_eq!(names(&tb, "юлия"), ["Юлия Иванова"]);
    assert_eq!(
        names(&tb, "Иван"),
        ["Юлия Иванова"],
        "Cyrillic prefixes match, case-insensitively"
    );
    assert_eq!(names(&tb, "王芳"), ["王芳"]);
}

/// Every facet narrows search the same way on each path: the one-letter walk, the ranked path
/// and the broad path (over RANK_CAP matches), which check candidates against the facet's own
/// index rather than the person's row.
#[test]
fn each_facet_filters_every_search_path() {
    let tb = book();
    let mut silva = named("Ana Silva");
    silva.languages = vec!["pt-BR".into()];
    silva.city = "São Paulo".into();
    silva.country = "br".into();
    silva.tags = vec!["VIP".into()];
    silva.channels = vec![ChannelInput {
        platform: Platform::Instagram,
        handle: "anasilva".into(),
        ..Default::default()
    }];
    let mut dupont = named("Ana Dupont");
    dupont.languages = vec!["fr-CA".into()];
    dupont.city = "Montréal".into();
    dupont.stage = Stage::Engaged;
    dupont.channels = vec![ChannelInput {
        platform: Platform::X,
        handle: "anadupont".into(),
        ..Default::default()
    }];
    tb.book.person_create(silva).unwrap();
    tb.book.person_create(dupont).unwrap();
    let smith = tb.book.person_create(named("Ana Smith")).unwrap();
    tb.book.person_archive(&smith.person.id, true).unwrap();
    let ranked = |f: &PersonFilter, q: &str| -> Vec<String> {
        let req = SearchReq {
            query: q.into(),
            filter: f.clone(),
            limit: Some(500),
        };
        let mut got: Vec<String> = tb
            .book
            .person_search(&req)
            .unwrap()
            .into_iter()
            .map(|s| s.display_name)
            .filter(|n| !n.starts_with("Ana Filler"))
            .collect();
        got.sort();
        got
    };
    let cases: Vec<(PersonFilter, &str)> = vec![
        (
            PersonFilter {
                language: Some("pt".into()),
                ..Default::default()
            },
            "Ana Silva",
        ),
        (
            PersonFilter {
                language: Some("fr-ca".into()),
                ..Default::default()
            },
            "Ana Dupont",
        ),
        (
            PersonFilter {
                city: Some("sao paulo".into()),
                ..Default::default()
            },
            "Ana Silva",
        ),
        (
            PersonFilter {
                country: Some("BR".into()),
                ..Default::default()
            },
            "Ana Silva",
        ),
        (
            PersonFilter {
                tag: Some("#vip".into()),
                ..Default::default()
            },
            "Ana Silva",
        ),
        (
            PersonFilter {
                platform: Some(Platform::X),
                ..Default::default()
            },
            "Ana Dupont",
        ),
        (
            PersonFilter {
                stage: Some(Stage::Engaged),
                ..Default::default()
            },
            "Ana Dupont",
        ),
        (
            PersonFilter {
                archived: ArchivedFilter::Only,
                ..Default::default()
            },
            "Ana Smith",
        ),
    ];
    let check = |path: &str| {
        for (f, want) in &cases {
            for q in ["a", "ana"] {
                assert_eq!(ranked(f, q), [*want], "{path}: {q:?} with {f:?}");
            }
        }
    };
    check("few matches");
    // Past RANK_CAP matches "ana" takes the broad path; the fillers have no facet at all.
    let fillers = (0..1001)
        .map(|i| named(&format!("Ana Filler{i}")))
        .collect();
    tb.book.person_create_many(fillers).unwrap();
    check("many matches");
}
