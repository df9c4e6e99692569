//! Conflicts where an event's attendees are listed and in "everything about a person": the planted book's competitor's ambassador, running exclusivities (open-ended, and ending next spring) and "do not contact" are flagged with their reason on the event page's list, the printable attendee sheet (EN and FR) and its CSV; an ended exclusivity, an ended competitor tie, our own brand and a clean person are not; the right-of-access export's dossier names them in the language asked.

use crate::affiliations::planted;
use liaison_core::{
    AffiliationInput, AffiliationKind, AttendReq, AttendeeListReq, Book, BrandSide, ConflictKind,
    DossierLang, EventInput, ExportOf, ExportSpec, ExportWhat, OrgKind, OrganizationInput,
    Progress,
};
use std::collections::BTreeMap;

/// The planted book (clock 2026-11-22) plus Hana, exclusive with Orbis until 2027-03-31: an
/// exclusivity ending in the future still binds. Everyone attends "Salon Beauté 2027".
struct Sheet {
    p: crate::affiliations::Planted,
    event: String,
}

const NAMES: [&str; 8] = ["Ana", "Ben", "Chloé", "Dia", "Eli", "Fay", "Gus", "Hana"];

fn sheet() -> Sheet {
    let mut p = planted();
    let b = &p.tb.book;
    let orbis = b
        .org_create(OrganizationInput {
            name: "Orbis".into(),
            kind: OrgKind::Brand,
            ..Default::default()
        })
        .unwrap();
    b.org_brand_side_set(&orbis.id, BrandSide::None).unwrap();
    let hana = p.tb.person("Hana");
    b.affiliation_add(AffiliationInput {
        person_id: hana.clone(),
        brand_id: orbis.id,
        kind: AffiliationKind::Exclusive,
        since: Some("2026-09-01".into()),
        until: Some("2027-03-31".into()),
        note: String::new(),
    })
    .unwrap();
    p.people.insert("Hana", hana);
    let event = b
        .event_create(EventInput {
            name: "Salon Beauté 2027".into(),
            start_local: "2027-03-01".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    for n in NAMES {
        attend(b, &event, &p.people[n]);
    }
    Sheet { p, event }
}

fn attend(b: &Book, event: &str, person: &str) -> liaison_core::Attendee {
    b.event_attend(&AttendReq {
        event_id: event.into(),
        person_id: person.into(),
        ..Default::default()
    })
    .unwrap()
}

/// Each attendee's (kind, brand) conflicts, by name, as a reader of the list sees them.
fn flags(list: &[liaison_core::Attendee]) -> BTreeMap<String, Vec<(ConflictKind, String)>> {
    list.iter()
        .map(|a| {
            let kinds = a
                .conflicts
                .iter()
                .map(|c| (c.kind, c.brand_name.clone().unwrap_or_default()))
                .collect();
            (a.person.display_name.clone(), kinds)
        })
        .collect()
}

fn expected() -> BTreeMap<String, Vec<(ConflictKind, String)>> {
    let mut m: BTreeMap<String, Vec<(ConflictKind, String)>> =
        NAMES.iter().map(|n| (n.to_string(), Vec::new())).collect();
    let mut put = |n: &str, k: ConflictKind, brand: &str| {
        m.get_mut(n).unwrap().push((k, brand.to_string()));
    };
    put("Ana", ConflictKind::Competitor, "Lumière Cosmetics");
    put("Chloé", ConflictKind::Exclusive, "Glow & Co");
    put("Eli", ConflictKind::DoNotContact, "");
    put("Hana", ConflictKind::Exclusive, "Orbis");
    m
}

#[test]
fn the_event_page_flags_exactly_the_attendees_with_a_conflict_and_why() {
    let s = sheet();
    let b = &s.p.tb.book;
    let detail = b.event_detail(&s.event).unwrap();
    assert_eq!(
        flags(&detail.attendees),
        expected(),
        "Ana (a competitor's ambassador), Chloé and Hana (exclusivities not ended, one open, one \
         ending next spring) and Eli (do not contact) are flagged; Ben (competitor tie ended), \
         Dia (our own brand), Fay (exclusivity ended, competitor gift not started) and Gus are not"
    );
    for a in &detail.attendees {
        assert_eq!(
            a.conflicts,
            b.person_conflicts(&a.person.id).unwrap(),
            "{}: the list reads the whole event at once, and says what the person page says",
            a.person.display_name
        );
    }
    let listed = b
        .event_attendees(&AttendeeListReq {
            event_id: s.event.clone(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        flags(&listed),
        expected(),
        "the sorted, filtered list the page asks for carries the same flags"
    );
    let line = attend(b, &s.event, &s.p.people["Ana"]);
    assert_eq!(
        line.conflicts.len(),
        1,
        "the line answered after a change keeps its flag: the row does not lose it on edit"
    );
    // On 2027-03-31 Hana's exclusivity has ended: her flag is lifted that day, Chloé's stays.
    s.p.tb.clock.advance(chrono::Duration::days(129));
    let later = flags(&b.event_detail(&s.event).unwrap().attendees);
    assert!(later["Hana"].is_empty(), "{later:?}");
    assert_eq!(later["Chloé"].len(), 1, "{later:?}");
}

/// The `<tr>` of the attendee sheet holding `name`'s link text.
fn row<'a>(html: &'a str, name: &str) -> &'a str {
    html.split("<tr>")
        .find(|r| r.contains(&format!(">{name}</a>")))
        .unwrap_or_else(|| panic!("{name} has a line on the sheet"))
}

#[test]
fn the_printable_attendee_sheet_flags_them_in_english_and_french() {
    let s = sheet();
    let b = &s.p.tb.book;
    let cases = [
        (
            DossierLang::En,
            "4 attendees have a conflict",
            [
                (
                    "Ana",
                    "⚠ Ambassador of a competitor: Lumière Cosmetics (2026-01-01 → …)",
                ),
                ("Chloé", "⚠ Exclusive with Glow &amp; Co (2026-06-01 → …)"),
                ("Eli", "⚠ Do not contact"),
                ("Hana", "⚠ Exclusive with Orbis (2026-09-01 → 2027-03-31)"),
            ],
        ),
        (
            DossierLang::Fr,
            "4 participants présentent un conflit",
            [
                (
                    "Ana",
                    "⚠ Égérie chez un concurrent : Lumière Cosmetics (2026-01-01 → …)",
                ),
                ("Chloé", "⚠ Exclusivité avec Glow &amp; Co (2026-06-01 → …)"),
                ("Eli", "⚠ Ne pas contacter"),
                ("Hana", "⚠ Exclusivité avec Orbis (2026-09-01 → 2027-03-31)"),
            ],
        ),
    ];
    for (lang, count, lines) in cases {
        let html = b.event_dossier_in(&s.event, lang).unwrap();
        assert!(
            html.contains(count),
            "{lang:?}: the sheet says how many first"
        );
        for (name, reason) in lines {
            let r = row(&html, name);
            assert!(
                r.contains(reason),
                "{lang:?}: {name}'s line says {reason}: {r}"
            );
            assert_eq!(
                r.matches('⚠').count(),
                1,
                "{lang:?}: one conflict, one flag: {r}"
            );
        }
        for name in ["Ben", "Dia", "Fay", "Gus"] {
            assert!(
                !row(&html, name).contains('⚠'),
                "{lang:?}: {name} has no conflict today, so no flag"
            );
        }
        let part = match lang {
            DossierLang::En => "<td>Attendee</td><td>Invited</td>",
            DossierLang::Fr => "<td>Participant</td><td>Invité</td>",
        };
        assert!(
            row(&html, "Gus").contains(part),
            "{lang:?}: the part and status in the sheet's language, as the event page names them"
        );
    }
}

#[test]
fn the_attendee_csv_has_a_conflicts_column() {
    let s = sheet();
    let spec = ExportSpec::new(ExportWhat::Attendees, ExportOf::Event(s.event.clone()));
    let text = s.p.tb.book.export_text(&spec).unwrap().text;
    let lines: Vec<&str> = text
        .trim_start_matches('\u{feff}')
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .collect();
    assert!(
        lines[0].ends_with(",Employer,Conflicts"),
        "the last column: {}",
        lines[0]
    );
    // No cell here holds a comma or a quote: a plain split reads the first and last cells.
    let cells: BTreeMap<&str, &str> = lines[1..]
        .iter()
        .map(|l| (l.split(',').next().unwrap(), l.rsplit(',').next().unwrap()))
        .collect();
    let want: BTreeMap<&str, &str> = [
        ("Ana", "competitor: Lumière Cosmetics"),
        ("Ben", ""),
        ("Chloé", "exclusive: Glow & Co"),
        ("Dia", ""),
        ("Eli", "do_not_contact"),
        ("Fay", ""),
        ("Gus", ""),
        ("Hana", "exclusive: Orbis"),
    ]
    .into();
    assert_eq!(cells, want, "codes, as the Role and Status cells are");
}

#[test]
fn everything_about_a_person_names_their_conflicts_in_the_language_asked() {
    let s = sheet();
    let b = &s.p.tb.book;
    let ana = &s.p.people["Ana"];
    let en = b.person_export_everything_in(ana, DossierLang::En).unwrap();
    assert!(en.dossier.contains("<h2>Conflicts</h2>"));
    assert!(en
        .dossier
        .contains("Ambassador of a competitor: Lumière Cosmetics (2026-01-01 → …)"));
    assert!(
        en.bundle.contains("\"kind\":\"ambassador\"") && en.bundle.contains(&s.p.lumiere),
        "the bundle carries the affiliation the conflict comes from"
    );
    let fr = b.person_export_everything_in(ana, DossierLang::Fr).unwrap();
    assert!(fr.dossier.contains("<html lang=\"fr\">") && fr.dossier.contains("<h2>Conflits</h2>"));
    assert!(fr
        .dossier
        .contains("Égérie chez un concurrent : Lumière Cosmetics (2026-01-01 → …)"));
    assert_eq!(
        b.person_export_everything(ana).unwrap().dossier,
        en.dossier,
        "English unless asked"
    );
    for (n, en_reason, fr_reason) in [
        ("Eli", "Do not contact", "Ne pas contacter"),
        (
            "Hana",
            "Exclusive with Orbis (2026-09-01 → 2027-03-31)",
            "Exclusivité avec Orbis (2026-09-01 → 2027-03-31)",
        ),
    ] {
        let id = &s.p.people[n];
        let en = b.person_export_everything_in(id, DossierLang::En).unwrap();
        let fr = b.person_export_everything_in(id, DossierLang::Fr).unwrap();
        assert!(en.dossier.contains(en_reason), "{n} in English");
        assert!(fr.dossier.contains(fr_reason), "{n} in French");
    }
    for n in ["Ben", "Fay", "Gus"] {
        let fr = b
            .person_export_everything_in(&s.p.people[n], DossierLang::Fr)
            .unwrap();
        assert!(
            !fr.dossier.contains("Conflits"),
            "{n}: no conflict, no section"
        );
    }

    // The app's and the CLI's way: the bundle at the chosen path, the French dossier beside it.
    let mut spec = ExportSpec::new(ExportWhat::Everything, ExportOf::Person(ana.clone()));
    spec.lang = DossierLang::Fr;
    let export = b.export(&spec).unwrap();
    let path = s.p.tb.dir.path().join("ana.json");
    b.export_write(&export, &path, &Progress::new()).unwrap();
    let beside = std::fs::read_to_string(path.with_extension("html")).unwrap();
    assert!(
        beside.contains("Égérie chez un concurrent : Lumière Cosmetics"),
        "the dossier written beside the bundle is the French one asked for"
    );
}
