//! Bundles carry the network across a team (issue 16): a bundle from before the network still merges, two teammates' bundles make a collision show, and a person's bundle carries their network.

use crate::bundle::{content, export};
use crate::bundle_stream::{assemble, sections};
use crate::network_bundles::{colleague, log, merge_in, teammate};
use crate::support::book;
use liaison_core::BundleScope;
use serde_json::Value;

#[test]
fn a_bundle_from_before_the_network_still_merges_and_keeps_our_owners_and_colleagues() {
    let (a, amelie, lea, _) = teammate();
    let b = book();
    merge_in(&b, &export(&a.book, BundleScope::All));
    // A later edit of Amélie and of the interaction there, written by a Liaison from before
    // the network sections: no colleagues, no owner, no interaction colleague.
    a.clock.advance(chrono::Duration::hours(1));
    a.book
        .person_update(
            &amelie,
            liaison_core::PersonPatch {
                city: Some("Lyon".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let (secs, manifest) = sections(&export(&a.book, BundleScope::All));
    let network = ["colleagues", "organizations", "memberships", "connections"];
    let old: Vec<(String, String)> = secs
        .into_iter()
        .filter(|(n, _)| !network.contains(&n.as_str()))
        .map(|(n, t)| {
            let mut v: Value = serde_json::from_str(&t).unwrap();
            for r in v.as_array_mut().unwrap() {
                let o = r.as_object_mut().unwrap();
                o.remove("owner_id");
                o.remove("colleague_id");
            }
            (n, v.to_string())
        })
        .collect();
    let r = merge_in(&b, &assemble(&old, manifest, false));
    assert_eq!(r.updated, 1, "Amélie's newer record: {r:?}");
    let team = b.book.person_team(&amelie).unwrap();
    assert_eq!(
        team.owner_id.as_deref(),
        Some(lea.as_str()),
        "our owner stays"
    );
    assert_eq!(
        team.touchpoints.len(),
        1,
        "our interaction keeps its colleague"
    );
    assert_eq!(b.book.memberships_of(&amelie).unwrap().len(), 1);
}

#[test]
fn a_collision_shows_once_two_teammates_bundles_are_merged() {
    // Two books share Amélie; each logs a contact by a different colleague two days apart.
    let a = book();
    let amelie = a.person("Amélie Dubois");
    let b = book();
    merge_in(&b, &export(&a.book, BundleScope::All));
    let lea = colleague(&a.book, "Léa Martin", "PR lead");
    let tom = colleague(&b.book, "Tom Archer", "Partnerships");
    log(&a.book, &amelie, &lea, "2026-11-19T09:00:00Z");
    log(&b.book, &amelie, &tom, "2026-11-21T15:00:00Z");
    assert!(
        a.book.collisions(None).unwrap().is_empty(),
        "alone, no collision"
    );
    merge_in(&a, &export(&b.book, BundleScope::All));
    let found = a.book.collisions(None).unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    let who: Vec<&str> = found[0]
        .contacts
        .iter()
        .map(|c| c.colleague_name.as_str())
        .collect();
    assert_eq!(
        who,
        ["Léa Martin", "Tom Archer"],
        "both colleagues, oldest first"
    );
    assert!(
        a.book.person_team(&amelie).unwrap().collision.is_some(),
        "the person page says so too"
    );
    // And the other way round.
    merge_in(&b, &export(&a.book, BundleScope::All));
    assert_eq!(b.book.collisions(None).unwrap().len(), 1);
}

#[test]
fn a_persons_bundle_carries_their_network_and_the_colleagues_it_names() {
    let (a, amelie, ..) = teammate();
    let other = colleague(&a.book, "Nadia Benali", "Events");
    let _ = other;
    let bytes = export(&a.book, BundleScope::Person { id: amelie.clone() });
    let v = content(&bytes);
    let names: Vec<&str> = v["colleagues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["Léa Martin"],
        "only the colleague Amélie's records name"
    );
    assert_eq!(v["organizations"].as_array().unwrap().len(), 1);
    assert_eq!(v["memberships"].as_array().unwrap().len(), 1);
    assert_eq!(
        v["connections"].as_array().unwrap().len(),
        0,
        "Kwame is not in the bundle, so neither is the tie to him"
    );
    let b = book();
    let r = merge_in(&b, &bytes);
    assert!(r.conflicts.is_empty(), "{r:?}");
    assert_eq!(b.book.person_team(&amelie).unwrap().touchpoints.len(), 1);
}
