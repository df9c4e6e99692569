//! A large bundle merged into a book with no one yet writes its people in bulk (indexes built
//! again after, word keys and full text in one pass): the book must end exactly as the one the
//! bundle came from, whose people were written one by one.

use crate::bundle::export;
use crate::import_bulk::{csv_rows, derived, import_in_chunks, HEADER};
use crate::support::{amelie, book, raw, TestBook};
use liaison_core::{
    BundleScope, Direction, ImportOptions, InteractionInput, InteractionKind, Progress,
};

/// Interactions logged in the source of the first test: each names two of a quarter of its people.
const INTERACTIONS: usize = 900;

/// Each person's figures derived from the timeline, by id.
fn figures(b: &TestBook) -> Vec<String> {
    let c = raw(b.book.path());
    let mut st = c
        .prepare(
            "SELECT id || ' ' || ifnull(last_interaction_at, '-') || ' ' || ifnull(cold_at, '-')
               || ' ' || given_count || ' ' || received_count FROM people ORDER BY id",
        )
        .unwrap();
    let rows = st.query_map([], |r| r.get::<_, String>(0)).unwrap();
    let out: Vec<String> = rows.map(Result::unwrap).collect();
    assert!(
        out.iter().filter(|f| !f.contains(" - - ")).count() > 500,
        "most people of the timeline have figures, so the comparison means something"
    );
    out
}

#[test]
fn a_large_bundle_into_an_empty_book_leaves_what_one_by_one_writes_left() {
    // The source: 2,401 people written in imports of 400, each below the bulk paths.
    let source = book();
    source.book.person_create(amelie()).unwrap();
    import_in_chunks(&source.book, &csv_rows());
    // A timeline for some of them, so the figures the merge writes after its bulk people
    // (with their indexes and the facets' copy left until then) are there to compare.
    let ids: Vec<String> = {
        let c = raw(source.book.path());
        let mut st = c.prepare("SELECT id FROM people ORDER BY rowid").unwrap();
        let ids = st.query_map([], |r| r.get(0)).unwrap();
        ids.map(Result::unwrap).step_by(4).collect()
    };
    let logged = (0..INTERACTIONS)
        .map(|n| InteractionInput {
            kind: InteractionKind::Email,
            direction: [Direction::Given, Direction::Received, Direction::Neutral][n % 3],
            occurred_at: Some(format!(
                "2026-{:02}-{:02}T10:00:00Z",
                1 + n % 11,
                1 + n % 27
            )),
            body: format!("n°{n}"),
            people: vec![
                ids[n % ids.len()].clone(),
                ids[(n * 7 + 3) % ids.len()].clone(),
            ],
            ..Default::default()
        })
        .collect();
    assert_eq!(
        source.book.interaction_create_many(logged).unwrap(),
        INTERACTIONS
    );
    let bytes = export(&source.book, BundleScope::All);

    let merged = book();
    let r = merged
        .book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap();
    assert!(r.written && r.conflicts.is_empty(), "{r:?}");
    // The imports made each employer an organization with its members (issue 16): they arrive too.
    let orgs = source.book.org_all().unwrap();
    let network = orgs.len() + orgs.iter().map(|o| o.member_count as usize).sum::<usize>();
    assert_eq!(
        r.added as usize,
        2_401 + network + INTERACTIONS,
        "every person arrives, with the organizations, memberships and timeline: {r:?}"
    );
    assert_eq!(
        figures(&merged),
        figures(&source),
        "each person's last contact, cadence date and give and take, as logged one by one"
    );

    let (want, got) = (derived(source.book.path()), derived(merged.book.path()));
    assert!(want.len() > 2_400 * 4, "{} derived rows", want.len());
    // Keys, e-mails, tags, channels with audiences, each person's largest audience, the schema
    // (indexes and trigger back as the migrations wrote them) and what full-text terms find.
    assert_eq!(got, want);
    assert_eq!(
        crate::facets::drift(&merged),
        Vec::<String>::new(),
        "the people written in bulk have their copy for the People table's counts"
    );
    // Today's two lists read their own partial indexes (0017), which the merge drops and builds
    // again after the figures: the same people, in the same order, as logged one by one.
    let lists = |b: &TestBook| {
        let today = b.book.today_get().unwrap();
        let ids =
            |v: Vec<liaison_core::PersonSummary>| v.into_iter().map(|p| p.id).collect::<Vec<_>>();
        (
            ids(today.never_contacted),
            today.never_contacted_count,
            ids(b.book.takers_list(50).unwrap()),
        )
    };
    let (want_lists, got_lists) = (lists(&source), lists(&merged));
    assert!(
        want_lists.1 > 0 && !want_lists.2.is_empty(),
        "{want_lists:?}"
    );
    assert_eq!(got_lists, want_lists);
    // And the bundle the merged book writes is the one it read.
    let again = export(&merged.book, BundleScope::All);
    assert_eq!(
        crate::bundle::content(&again),
        crate::bundle::content(&bytes),
        "a bulk-written person reads back as the bundle had them"
    );
}

/// A record named twice in a bundle: the second is weighed against the first, newest wins, as
/// when the book already held it (the fast paths into an empty book must not change that).
fn named_twice(bytes: &[u8], section: &str, field: &str) -> (Vec<u8>, String) {
    let (mut secs, manifest) = crate::bundle_stream::sections(bytes);
    let (_, text) = secs.iter_mut().find(|(n, _)| n == section).unwrap();
    let mut records: Vec<serde_json::Value> = serde_json::from_str(text).unwrap();
    let mut again = records[0].clone();
    again[field] = "written again, later".into();
    again["updated_at"] = "2099-01-01T00:00:00Z".into();
    let id = again["id"].as_str().unwrap().to_string();
    records.push(again);
    *text = serde_json::to_string(&records).unwrap();
    (crate::bundle_stream::assemble(&secs, manifest, false), id)
}

fn field_of(bytes: &[u8], section: &str, id: &str, field: &str) -> String {
    let v = crate::bundle::content(bytes);
    let found = v[section]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["id"] == id)
        .collect::<Vec<_>>();
    assert_eq!(found.len(), 1, "{section} {id} is one record");
    found[0][field].as_str().unwrap().to_string()
}

#[test]
fn an_interaction_named_twice_into_an_empty_book_keeps_the_newer() {
    let a = book();
    crate::bundle::populate(&a.book, 3);
    let (bytes, id) = named_twice(&export(&a.book, BundleScope::All), "interactions", "body");
    let b = book();
    let r = b
        .book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap();
    assert_eq!(r.updated, 1, "the second copy replaces the first: {r:?}");
    let out = export(&b.book, BundleScope::All);
    assert_eq!(
        field_of(&out, "interactions", &id, "body"),
        "written again, later"
    );
}

#[test]
fn a_person_named_twice_in_a_large_bundle_keeps_the_newer_and_whole_indexes() {
    let source = book();
    let r = source
        .book
        .csv_import(
            format!("{HEADER}{}", csv_rows().concat()).as_bytes(),
            None,
            &ImportOptions::default(),
            &Progress::new(),
        )
        .unwrap();
    assert_eq!(r.created, 2_400, "{r:?}");
    let (bytes, id) = named_twice(&export(&source.book, BundleScope::All), "people", "bio");
    let merged = book();
    let r = merged
        .book
        .bundle_import(&bytes, false, false, &Progress::new())
        .unwrap();
    // The import made each employer an organization with its members (issue 16): they arrive too.
    let orgs = source.book.org_all().unwrap();
    let network = orgs.len() + orgs.iter().map(|o| o.member_count as usize).sum::<usize>();
    assert_eq!((r.added as usize, r.updated), (2_400 + network, 1), "{r:?}");
    let out = export(&merged.book, BundleScope::All);
    assert_eq!(field_of(&out, "people", &id, "bio"), "written again, later");
    // The bulk path ended at the second copy and the rest went in one by one: every index and
    // the trigger are back, and the full text finds the new bio.
    let (want, got) = (derived(source.book.path()), derived(merged.book.path()));
    let schema = |d: &[String]| {
        d.iter()
            .filter(|l| l.contains("CREATE"))
            .cloned()
            .collect::<Vec<_>>()
    };
    assert_eq!(schema(&got), schema(&want));
    let c = crate::support::raw(merged.book.path());
    let hits: i64 = c
        .query_row(
            "SELECT count(*) FROM person_fts WHERE person_fts MATCH 'written'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(hits, 1, "the newer bio is what search finds");
}
