//! Brands, competitors and exclusivity: a planted book gives exactly the expected conflicts (a current competitor affiliation and an open exclusivity flagged; an ended one, a future one and our own brand not), each form's check warns of the conflicts that matter to it, and the People table flags a page at once (bundles: affiliation_bundles.rs).

use crate::support::{book, raw, TestBook};
use liaison_core::{
    AffiliationInput, AffiliationKind, BrandSide, ConflictAction, ConflictKind, ErrorCode, OrgKind,
    OrganizationInput, PersonListReq, PersonPatch, Stage,
};
use std::collections::BTreeMap;

fn brand(tb: &TestBook, name: &str, side: BrandSide) -> String {
    let o = tb
        .book
        .org_create(OrganizationInput {
            name: name.into(),
            kind: OrgKind::Brand,
            ..Default::default()
        })
        .unwrap();
    tb.book.org_brand_side_set(&o.id, side).unwrap();
    o.id
}

fn tie(
    tb: &TestBook,
    person: &str,
    brand: &str,
    kind: AffiliationKind,
    dates: (Option<&str>, Option<&str>),
) -> String {
    tb.book
        .affiliation_add(AffiliationInput {
            person_id: person.into(),
            brand_id: brand.into(),
            kind,
            since: dates.0.map(str::to_string),
            until: dates.1.map(str::to_string),
            note: String::new(),
        })
        .expect("a valid affiliation")
        .id
}

/// The book's clock says 2026-11-22 (UTC, the book's zone).
pub(crate) struct Planted {
    pub tb: TestBook,
    pub people: BTreeMap<&'static str, String>,
    pub lumiere: String,
}

pub(crate) fn planted() -> Planted {
    let tb = book();
    let lumiere = brand(&tb, "Lumière Cosmetics", BrandSide::Competitor);
    let nord = brand(&tb, "Atelier Nord", BrandSide::Ours);
    let glow = brand(&tb, "Glow & Co", BrandSide::None);
    let mut people = BTreeMap::new();
    for n in ["Ana", "Ben", "Chloé", "Dia", "Eli", "Fay", "Gus"] {
        people.insert(n, tb.person(n));
    }
    use AffiliationKind::*;
    // Ana: a competitor's ambassador since January, not ended.
    tie(
        &tb,
        &people["Ana"],
        &lumiere,
        Ambassador,
        (Some("2026-01-01"), None),
    );
    // Ben: a competitor's paid post, ended in March.
    tie(
        &tb,
        &people["Ben"],
        &lumiere,
        PaidPost,
        (Some("2026-03-01"), Some("2026-03-31")),
    );
    // Chloé: exclusive with a brand that is neither ours nor a competitor, open-ended.
    tie(
        &tb,
        &people["Chloé"],
        &glow,
        Exclusive,
        (Some("2026-06-01"), None),
    );
    // Dia: exclusive with our own brand, and its ambassador.
    tie(&tb, &people["Dia"], &nord, Exclusive, (None, None));
    tie(
        &tb,
        &people["Dia"],
        &nord,
        Ambassador,
        (Some("2025-01-01"), None),
    );
    // Fay: an exclusivity that ended, and a competitor's gift that starts next year.
    tie(
        &tb,
        &people["Fay"],
        &glow,
        Exclusive,
        (Some("2026-01-01"), Some("2026-10-01")),
    );
    tie(
        &tb,
        &people["Fay"],
        &lumiere,
        Gifted,
        (Some("2027-01-01"), None),
    );
    // Eli: do not contact.
    tb.book
        .person_update(
            &people["Eli"],
            PersonPatch {
                stage: Some(Stage::DoNotContact),
                ..Default::default()
            },
        )
        .unwrap();
    Planted {
        tb,
        people,
        lumiere,
    }
}

/// (person, conflict kind, brand) for each conflict, as a reader would list them.
fn read(p: &Planted, ids: &[&str], action: ConflictAction) -> Vec<(String, ConflictKind, String)> {
    let ids: Vec<String> = ids.iter().map(|n| p.people[n].clone()).collect();
    p.tb.book
        .conflict_check(&ids, action)
        .unwrap()
        .into_iter()
        .map(|c| (c.person_name, c.kind, c.brand_name.unwrap_or_default()))
        .collect()
}

pub(crate) fn all_names() -> Vec<&'static str> {
    vec!["Ana", "Ben", "Chloé", "Dia", "Eli", "Fay", "Gus"]
}

#[test]
fn the_planted_book_gives_exactly_the_expected_conflicts() {
    let p = planted();
    let mut found = Vec::new();
    for n in all_names() {
        for c in p.tb.book.person_conflicts(&p.people[n]).unwrap() {
            found.push((c.person_name, c.kind, c.brand_name, c.since, c.until));
        }
    }
    assert_eq!(
        found,
        vec![
            (
                "Ana".to_string(),
                ConflictKind::Competitor,
                Some("Lumière Cosmetics".to_string()),
                Some("2026-01-01".to_string()),
                None
            ),
            (
                "Chloé".to_string(),
                ConflictKind::Exclusive,
                Some("Glow & Co".to_string()),
                Some("2026-06-01".to_string()),
                None
            ),
            (
                "Eli".to_string(),
                ConflictKind::DoNotContact,
                None,
                None,
                None
            ),
        ],
        "a current competitor affiliation and an open exclusivity are flagged, with brand and \
         dates; an ended one (Ben, Fay), one not started (Fay's gift), our own brand (Dia) and \
         nobody (Gus) are not"
    );
}

#[test]
fn each_form_warns_of_the_conflicts_that_matter_to_it() {
    let p = planted();
    let everyone = all_names();
    let brands = vec![
        (
            "Ana".to_string(),
            ConflictKind::Competitor,
            "Lumière Cosmetics".to_string(),
        ),
        (
            "Chloé".to_string(),
            ConflictKind::Exclusive,
            "Glow & Co".to_string(),
        ),
    ];
    assert_eq!(
        read(&p, &everyone, ConflictAction::List),
        brands,
        "adding to a list warns of brand conflicts only"
    );
    assert_eq!(read(&p, &everyone, ConflictAction::Event), brands);
    let dnc = ("Eli".to_string(), ConflictKind::DoNotContact, String::new());
    assert_eq!(
        read(&p, &everyone, ConflictAction::Log),
        vec![dnc.clone()],
        "logging (it already happened) warns only of do-not-contact"
    );
    let mut followup = brands.clone();
    followup.push(dnc);
    assert_eq!(
        read(&p, &everyone, ConflictAction::Followup),
        followup,
        "planning a follow-up warns of every conflict"
    );
    assert_eq!(
        read(&p, &["Ana", "Ana"], ConflictAction::List).len(),
        1,
        "a person named twice is warned of once"
    );
    let err =
        p.tb.book
            .conflict_check(&["no-such-person".to_string()], ConflictAction::List)
            .unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
}

#[test]
fn the_people_table_flags_a_whole_page_at_once() {
    let p = planted();
    let page = p.tb.book.person_list(&PersonListReq::default()).unwrap();
    let flags: Vec<(String, Vec<ConflictKind>)> = page
        .conflicts
        .iter()
        .map(|f| {
            let name = page
                .items
                .iter()
                .find(|i| i.id == f.person_id)
                .unwrap()
                .display_name
                .clone();
            (name, f.kinds.clone())
        })
        .collect();
    assert_eq!(
        flags,
        vec![
            ("Ana".to_string(), vec![ConflictKind::Competitor]),
            ("Chloé".to_string(), vec![ConflictKind::Exclusive]),
            ("Eli".to_string(), vec![ConflictKind::DoNotContact]),
        ],
        "the page says who is flagged, in the page's order"
    );
    let ids: Vec<String> = page.items.iter().map(|i| i.id.clone()).collect();
    assert_eq!(p.tb.book.conflict_flags(&ids).unwrap(), page.conflicts);
}

#[test]
fn ending_lifts_the_flag_and_removing_leaves_a_tombstone() {
    let p = planted();
    let ana = &p.people["Ana"];
    let a = &p.tb.book.person_affiliations(ana).unwrap().affiliations[0];
    let ended = p.tb.book.affiliation_end(&a.id, None).unwrap();
    assert_eq!(ended.until.as_deref(), Some("2026-11-22"), "ends today");
    assert!(
        p.tb.book.person_conflicts(ana).unwrap().is_empty(),
        "an affiliation ended today no longer flags them"
    );
    let err =
        p.tb.book
            .affiliation_end(&a.id, Some("2025-12-31"))
            .unwrap_err();
    assert_eq!(
        (err.code(), err.fields()[0].field.as_str()),
        (ErrorCode::Validation, "until"),
        "it cannot end before it starts"
    );

    let chloe = &p.people["Chloé"];
    let x = &p.tb.book.person_affiliations(chloe).unwrap().affiliations[0];
    p.tb.book.affiliation_remove(&x.id).unwrap();
    assert!(p.tb.book.person_conflicts(chloe).unwrap().is_empty());
    let kind: String = raw(p.tb.book.path())
        .query_row("SELECT kind FROM tombstones WHERE id = ?1", [&x.id], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(kind, "affiliation", "the removal travels in bundles");
    assert_eq!(
        p.tb.book.affiliation_remove(&x.id).unwrap_err().code(),
        ErrorCode::NotFound
    );
}

#[test]
fn marking_a_brand_ours_or_a_competitor_changes_who_is_flagged() {
    let p = planted();
    let dia = &p.people["Dia"];
    assert!(p.tb.book.person_conflicts(dia).unwrap().is_empty());
    let nord =
        p.tb.book
            .org_all()
            .unwrap()
            .into_iter()
            .find(|o| o.name == "Atelier Nord")
            .unwrap();
    assert_eq!(nord.brand_side, BrandSide::Ours);
    p.tb.book
        .org_brand_side_set(&nord.id, BrandSide::Competitor)
        .unwrap();
    let kinds: Vec<ConflictKind> =
        p.tb.book
            .person_conflicts(dia)
            .unwrap()
            .into_iter()
            .map(|c| c.kind)
            .collect();
    assert_eq!(
        kinds,
        vec![ConflictKind::Competitor, ConflictKind::Competitor],
        "once the brand is a competitor's, both of Dia's running ties to it are conflicts"
    );
    p.tb.book
        .org_brand_side_set(&p.lumiere, BrandSide::None)
        .unwrap();
    assert!(
        p.tb.book
            .person_conflicts(&p.people["Ana"])
            .unwrap()
            .is_empty(),
        "an ambassador of a brand that is no competitor is no conflict"
    );
}

#[test]
fn bad_affiliations_are_refused_with_the_field_named() {
    let p = planted();
    let bad =
        p.tb.book
            .affiliation_add(AffiliationInput {
                person_id: p.people["Gus"].clone(),
                brand_id: p.lumiere.clone(),
                kind: AffiliationKind::Gifted,
                since: Some("2026-05-01".into()),
                until: Some("12/05/2026".into()),
                note: String::new(),
            })
            .unwrap_err();
    assert_eq!(bad.code(), ErrorCode::Validation);
    assert_eq!(bad.fields()[0].field, "until");
    let nobrand =
        p.tb.book
            .affiliation_add(AffiliationInput {
                person_id: p.people["Gus"].clone(),
                brand_id: "no-such-brand".into(),
                kind: AffiliationKind::Gifted,
                since: None,
                until: None,
                note: String::new(),
            })
            .unwrap_err();
    assert_eq!(nobrand.code(), ErrorCode::NotFound);
}
