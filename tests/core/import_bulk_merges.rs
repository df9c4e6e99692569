//! A large import whose rows merge (into earlier rows of the file by e-mail, handle and phone,
//! and into people of the book) must leave the book exactly as the import did when it held every
//! row in memory: same people at the same rowids, lists, word keys, full text, notes, history
//! lines and report. The reference is that earlier code's result, fingerprinted.

use crate::support::{amelie, book, raw};
use liaison_core::{ImportOptions, Progress};
use rusqlite::types::Value;
use sha2::{Digest, Sha256};

const HEADER: &str =
    "Prénom;Nom;E-mail;Téléphone;Ville;Pays;Pseudo;Plateforme;Étiquettes;Employeur;Notes\n";

/// 2,600 rows; some repeat an earlier row's e-mail (other case), handle or phone (other
/// spelling), two carry the e-mail of a person already in the book, many carry a note.
fn csv() -> String {
    let people = liaison_core::sample_people(2_600, 23);
    let mut out = String::from(HEADER);
    for (i, p) in people.iter().enumerate() {
        let c = &p.channels[0];
        let email = match i {
            3 | 2_400 => "Amelie@Example.fr".to_string(),
            _ if i % 7 == 6 => format!("U{}@EXAMPLE.org", i - 3),
            _ => format!("u{i}@example.org"),
        };
        let (handle, platform) = match i {
            _ if i % 11 == 10 => (
                format!("{}{}", people[i / 2].channels[0].handle, i / 2),
                people[i / 2].channels[0].platform,
            ),
            _ => (format!("{}{i}", c.handle), c.platform),
        };
        let phone = match i {
            _ if i % 13 == 12 && i > 100 => format!(
                "+33 6 12 {:02} {:02} {:02}",
                (i - 100) / 10_000,
                (i - 100) / 100 % 100,
                (i - 100) % 100
            ),
            _ if i % 5 == 0 => format!(
                "06 12 {:02} {:02} {:02}",
                i / 10_000,
                i / 100 % 100,
                i % 100
            ),
            _ => String::new(),
        };
        let note = match i % 4 {
            0 => format!("Rencontrée au salon {}", i % 9),
            1 => String::new(),
            _ => format!("Suivi n°{}", i % 3),
        };
        out.push_str(&format!(
            "{};{};{email};{phone};{};{};{handle};{};{};{};{note}\n",
            p.first_name,
            p.last_name,
            p.city,
            if i % 5 == 0 { "France" } else { &p.country },
            platform.as_str(),
            p.tags.join("|"),
            p.employer
        ));
    }
    out
}

/// Every row the import wrote, by rowid, random ids left out; then what the full text finds.
fn dump(path: &std::path::Path) -> Vec<String> {
    let c = raw(path);
    let mut out = Vec::new();
    for sql in [
        "SELECT rowid, first_name, last_name, display_name, sort_name, pronouns, kind, stage, bio,
                topics, city, country, time_zone, phones, website, employer, source, created_at,
                updated_at, title, birthday FROM people ORDER BY rowid",
        "SELECT person_rowid, position, email, email_norm FROM person_emails ORDER BY 1, 2",
        "SELECT person_rowid, tag, label FROM person_tags ORDER BY 1, 2",
        "SELECT person_rowid, language, position FROM person_languages ORDER BY 1, 3",
        "SELECT person_rowid, key, sort_name FROM person_keys ORDER BY 1, 2",
        "SELECT person_rowid, platform, handle, url, audience, as_of, position FROM channels
         ORDER BY 1, 7",
        "SELECT person_rowid, body, pinned FROM notes ORDER BY 1, 2",
        "SELECT person_rowid, at, file_name, format, layout, action, since FROM person_sources
         ORDER BY 1, 6",
    ] {
        let mut st = c.prepare(sql).unwrap();
        let n = st.column_count();
        let rows = st
            .query_map([], |r| {
                let cells: Vec<String> = (0..n)
                    .map(|i| format!("{:?}", r.get::<_, Value>(i).unwrap()))
                    .collect();
                Ok(cells.join("|"))
            })
            .unwrap();
        out.extend(rows.map(Result::unwrap));
    }
    for term in [
        "ma*",
        "le*",
        "paris",
        "instagram",
        "lu*",
        "sa*",
        "tiktok",
        "fr*",
        "u1*",
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

#[test]
fn a_large_import_with_merges_leaves_what_the_in_memory_import_left() {
    let t = book();
    t.book.person_create(amelie()).unwrap();
    let r = t
        .book
        .csv_import(
            csv().as_bytes(),
            None,
            &ImportOptions::default(),
            &Progress::new(),
        )
        .unwrap();
    assert!(
        r.errors.is_empty(),
        "{:?}",
        &r.errors[..r.errors.len().min(3)]
    );
    // The file must exercise every kind of merge for the comparison to mean anything.
    let by = |k: liaison_core::MergeKey| r.merges.iter().filter(|m| m.by == k).count();
    assert!(r.merge_count > 500, "{r:?}");
    assert!(
        by(liaison_core::MergeKey::Email) > 0 && by(liaison_core::MergeKey::Handle) > 0,
        "{:?}",
        r.merges
    );
    assert!(
        r.merges.iter().any(|m| m.person_id.is_some()),
        "a row merges into the book's person"
    );
    let mut lines = dump(t.book.path());
    let report: Vec<String> = r
        .merges
        .iter()
        .map(|m| format!("{} {} {:?} {:?}", m.line, m.name, m.with_line, m.by))
        .collect();
    lines.push(format!(
        "created {} merged {} skipped {} merge_count {} warnings {} | {}",
        r.created,
        r.merged,
        r.skipped,
        r.merge_count,
        r.warning_count,
        report.join("; ")
    ));
    let text = lines.join("\n");
    let digest: String = Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let file = std::env::temp_dir().join("liaison-import-bulk-merges.txt");
    std::fs::write(&file, &text).unwrap();
    assert_eq!(
        (digest.as_str(), lines.len()),
        (IN_MEMORY_IMPORT, IN_MEMORY_LINES),
        "the book differs from what the in-memory import (commit d09c55e) left; this run's rows are in {}",
        file.display()
    );
}

/// What commit d09c55e (every row mapped and held, then written) left for this file.
const IN_MEMORY_IMPORT: &str = "7bb1a65b3068298eb0db5c8bf117e857a5b5bd62f557791758deac501bd1744a";
const IN_MEMORY_LINES: usize = 20_296;
