//! A large CSV import writes its people in bulk (word keys sorted, full text after the rows,
//! folded on another thread): the book must end exactly as small imports of the same rows leave it.

use crate::support::{amelie, book, raw};
use liaison_core::{ImportOptions, Progress};

/// 2,400 people with distinct e-mails, handles and phone numbers, so no row merges into another.
pub(crate) fn csv_rows() -> Vec<String> {
    liaison_core::sample_people(2_400, 11)
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let c = &p.channels[0];
            format!(
                "{};{};u{i}@example.org;06 {i:08};{};{};{}{i};{};{};{};{}\n",
                p.first_name,
                p.last_name,
                p.city,
                p.country,
                c.handle,
                c.platform.as_str(),
                p.tags.join("|"),
                p.employer,
                // An audience for most, none for some: each person's largest is copied onto
                // their row (by a trigger one at a time, in one statement in bulk).
                if i % 7 == 0 {
                    String::new()
                } else {
                    (i * 37).to_string()
                }
            )
        })
        .collect()
}

pub(crate) const HEADER: &str =
    "Prénom;Nom;E-mail;Téléphone;Ville;Pays;Pseudo;Plateforme;Étiquettes;Employeur;Abonnés\n";

/// Everything derived from the people, by rowid (both books number them alike).
pub(crate) fn derived(path: &std::path::Path) -> Vec<String> {
    let c = raw(path);
    let mut out = Vec::new();
    for sql in [
        "SELECT person_rowid || ' ' || key || ' ' || sort_name FROM person_keys ORDER BY 1",
        "SELECT person_rowid || ' ' || email_norm FROM person_emails ORDER BY 1",
        "SELECT person_rowid || ' ' || tag || ' ' || label FROM person_tags ORDER BY 1",
        "SELECT person_rowid || ' ' || platform || ' ' || handle || ' ' || ifnull(audience, '-') FROM channels ORDER BY 1",
        "SELECT rowid || ' audience ' || ifnull(audience_max, '-') FROM people ORDER BY rowid",
        "SELECT name || ' ' || ifnull(sql, '') FROM sqlite_schema ORDER BY name",
    ] {
        let mut st = c.prepare(sql).unwrap();
        out.extend(
            st.query_map([], |r| r.get::<_, String>(0))
                .unwrap()
                .map(Result::unwrap),
        );
    }
    // The full text is contentless: compare what it finds, by rowid, for a spread of terms.
    for term in [
        "ma*",
        "le*",
        "paris",
        "instagram",
        "lu*",
        "sa*",
        "be*",
        "tiktok",
        "fr*",
        // E-mails and phone numbers (issue 15), in each of the forms a number is indexed in.
        "u12*",
        "example",
        "emails : org",
        "0600001*",
        "600001*",
        "336*",
    ] {
        let mut st = c
            .prepare("SELECT rowid FROM person_fts WHERE person_fts MATCH ?1 ORDER BY rowid")
            .unwrap();
        let ids: Vec<String> = st
            .query_map([term], |r| r.get::<_, i64>(0))
            .unwrap()
            .map(|r| r.unwrap().to_string())
            .collect();
        out.push(format!("{term}: {}", ids.join(",")));
    }
    out
}

/// The rows imported 400 at a time, each import below the bulk paths: people written one by one.
pub(crate) fn import_in_chunks(book: &liaison_core::Book, rows: &[String]) {
    for chunk in rows.chunks(400) {
        let r = book
            .csv_import(
                format!("{HEADER}{}", chunk.concat()).as_bytes(),
                None,
                &ImportOptions::default(),
                &Progress::new(),
            )
            .unwrap();
        assert_eq!(r.created, 400, "{r:?}");
    }
}

#[test]
fn a_bulk_import_leaves_the_same_keys_lists_and_full_text_as_small_ones() {
    let rows = csv_rows();
    let bulk = book();
    bulk.book.person_create(amelie()).unwrap();
    let r = bulk
        .book
        .csv_import(
            format!("{HEADER}{}", rows.concat()).as_bytes(),
            None,
            &ImportOptions::default(),
            &Progress::new(),
        )
        .unwrap();
    assert_eq!(r.created, 2_400, "{r:?}");
    let small = book();
    small.book.person_create(amelie()).unwrap();
    import_in_chunks(&small.book, &rows);
    let (a, b) = (derived(bulk.book.path()), derived(small.book.path()));
    assert!(a.len() > 2_400 * 4, "{} derived rows", a.len());
    assert!(
        a.iter()
            .filter(|l| l.contains(": ") && l.len() > 12)
            .count()
            >= 5,
        "terms hit"
    );
    assert_eq!(a, b);
    assert_eq!(
        crate::facets::drift(&bulk),
        Vec::<String>::new(),
        "the people imported in bulk have their copy for the People table's counts"
    );
}
