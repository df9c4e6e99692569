//! Affiliations in bundles: they travel with their brand's name and side, a book lacking the brand makes it (or links one of that name), ends and removals follow, and merging twice changes nothing.

use crate::affiliations::{all_names, planted};
use crate::lists::{export, later};
use crate::merges::dump;
use crate::support::book;
use liaison_core::{BrandSide, BundleScope, ConflictKind, OrgKind, OrganizationInput, Progress};

#[test]
fn bundles_carry_affiliations_and_their_brands_and_merge_once() {
    let p = planted();
    let bytes = export(&p.tb.book, BundleScope::All);
    let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(v["affiliations"].as_array().unwrap().len(), 7);

    // A teammate's book has the people (they travel in the same bundle) but none of the brands.
    let other = book();
    other
        .book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap();
    let brands: Vec<(String, BrandSide)> = other
        .book
        .org_all()
        .unwrap()
        .into_iter()
        .map(|o| (o.name, o.brand_side))
        .collect();
    assert_eq!(
        brands,
        vec![
            ("Atelier Nord".to_string(), BrandSide::Ours),
            ("Glow & Co".to_string(), BrandSide::None),
            ("Lumière Cosmetics".to_string(), BrandSide::Competitor),
        ],
        "a brand the book lacked is made from the name and side the bundle carries"
    );
    for n in all_names() {
        let kinds = |b: &liaison_core::Book| -> Vec<ConflictKind> {
            b.person_conflicts(&p.people[n])
                .unwrap()
                .into_iter()
                .map(|c| c.kind)
                .collect()
        };
        assert_eq!(
            kinds(&other.book),
            kinds(&p.tb.book),
            "{n}: the same conflicts there"
        );
    }
    let before = dump(&other);
    let again = other
        .book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap();
    assert_eq!((again.added, again.updated, again.deleted), (0, 0, 0));
    assert_eq!(dump(&other), before, "merging twice changes nothing");

    // An end and a removal there travel here; our own judgement of a brand's side stands.
    later(&p.tb);
    let ana = &p.people["Ana"];
    let a = p.tb.book.person_affiliations(ana).unwrap().affiliations[0].clone();
    p.tb.book.affiliation_end(&a.id, None).unwrap();
    let chloe = &p.people["Chloé"];
    let x = p.tb.book.person_affiliations(chloe).unwrap().affiliations[0].clone();
    p.tb.book.affiliation_remove(&x.id).unwrap();
    let glow = other
        .book
        .org_all()
        .unwrap()
        .into_iter()
        .find(|o| o.name == "Glow & Co")
        .unwrap();
    other
        .book
        .org_brand_side_set(&glow.id, BrandSide::Ours)
        .unwrap();
    let newer = export(&p.tb.book, BundleScope::All);
    other
        .book
        .bundle_import(&newer, false, true, &Progress::new())
        .unwrap();
    assert!(other.book.person_conflicts(ana).unwrap().is_empty());
    assert!(other
        .book
        .person_affiliations(chloe)
        .unwrap()
        .affiliations
        .is_empty());
    let before = dump(&other);
    other
        .book
        .bundle_import(&newer, false, true, &Progress::new())
        .unwrap();
    assert_eq!(
        dump(&other),
        before,
        "the newer bundle merged twice is one merge"
    );
}

#[test]
fn an_affiliation_whose_brand_name_is_taken_here_links_to_that_brand() {
    let p = planted();
    let bytes = export(&p.tb.book, BundleScope::All);
    let other = book();
    // The same brand made here by hand: another id, the same name in other case.
    let ours = other
        .book
        .org_create(OrganizationInput {
            name: "Lumière COSMETICS".into(),
            kind: OrgKind::Brand,
            ..Default::default()
        })
        .unwrap();
    other
        .book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap();
    let ana = other.book.person_affiliations(&p.people["Ana"]).unwrap();
    assert_eq!(ana.affiliations.len(), 1);
    assert_eq!(
        ana.affiliations[0].brand_id, ours.id,
        "linked to the brand of that name here, not a second one"
    );
    assert_eq!(
        ana.affiliations[0].brand_side,
        BrandSide::Competitor,
        "a brand marked neither here takes the side the bundle gives it"
    );
    assert_eq!(other.book.org_all().unwrap().len(), 3);
}
