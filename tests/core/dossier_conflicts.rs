//! The dossier's "Conflicts" section in English and French: a competitor's ambassador, an exclusivity still running and "do not contact" are named before the profile; an ended affiliation, our own brand and someone with no conflict give no section.

use crate::affiliations::planted;
use liaison_core::{DossierLang, PersonPatch, Stage};

/// The text of the dossier's Conflicts section (between its heading and the next one).
fn section(html: &str, heading: &str) -> Option<String> {
    let start = html.find(&format!("<h2>{heading}</h2>"))?;
    let rest = &html[start..];
    let end = rest[4..].find("<h2>").map(|e| e + 4).unwrap_or(rest.len());
    Some(rest[..end].to_string())
}

#[test]
fn the_dossier_names_each_conflict_in_english_and_french() {
    let p = planted();
    let b = &p.tb.book;
    let ana = &p.people["Ana"];
    b.person_update(
        ana,
        PersonPatch {
            bio: Some("Beauty creator".into()),
            ..Default::default()
        },
    )
    .unwrap();
    let en = b.person_dossier_in(ana, DossierLang::En).unwrap();
    let conflicts = section(&en, "Conflicts").expect("Ana's dossier has a Conflicts section");
    assert!(
        conflicts.contains("Ambassador of a competitor: Lumière Cosmetics (2026-01-01 → …)"),
        "the competitor's ambassadorship is named with its brand and dates: {conflicts}"
    );
    let (conflicts_at, profile_at) = (en.find("<h2>Conflicts</h2>"), en.find("<h2>Profile</h2>"));
    assert!(
        profile_at.is_some() && conflicts_at < profile_at,
        "conflicts come first, before the profile: they are read before the meeting"
    );
    let fr = b.person_dossier_in(ana, DossierLang::Fr).unwrap();
    let conflits = section(&fr, "Conflits").expect("in French too");
    assert!(
        conflits.contains("Égérie chez un concurrent : Lumière Cosmetics (2026-01-01 → …)"),
        "{conflits}"
    );
    assert!(fr.contains("<html lang=\"fr\">"));
    assert!(
        fr.contains("<h2>Profil</h2>"),
        "the whole dossier is in French"
    );

    // Chloé: exclusive with a brand that is not ours, open-ended.
    let chloe = &p.people["Chloé"];
    let en = b.person_dossier_in(chloe, DossierLang::En).unwrap();
    assert!(section(&en, "Conflicts")
        .unwrap()
        .contains("Exclusive with Glow &amp; Co (2026-06-01 → …)"));
    let fr = b.person_dossier_in(chloe, DossierLang::Fr).unwrap();
    assert!(section(&fr, "Conflits")
        .unwrap()
        .contains("Exclusivité avec Glow &amp; Co (2026-06-01 → …)"));

    // Eli: do not contact.
    let eli = &p.people["Eli"];
    assert!(section(
        &b.person_dossier_in(eli, DossierLang::En).unwrap(),
        "Conflicts"
    )
    .unwrap()
    .contains("Do not contact"));
    assert!(section(
        &b.person_dossier_in(eli, DossierLang::Fr).unwrap(),
        "Conflits"
    )
    .unwrap()
    .contains("Ne pas contacter"));
}

#[test]
fn no_conflict_no_section() {
    let p = planted();
    let b = &p.tb.book;
    // Ben's competitor tie ended, Dia's exclusivity is with our brand, Fay's starts next year
    // (a gift: not binding yet) and her exclusivity ended; Gus has none.
    for n in ["Ben", "Dia", "Fay", "Gus"] {
        for (lang, heading) in [
            (DossierLang::En, "Conflicts"),
            (DossierLang::Fr, "Conflits"),
        ] {
            let html = b.person_dossier_in(&p.people[n], lang).unwrap();
            assert!(
                section(&html, heading).is_none(),
                "{n} has no conflict today, so no {heading} section"
            );
        }
    }
    // Marking Gus "do not contact" makes the section appear.
    b.person_update(
        &p.people["Gus"],
        PersonPatch {
            stage: Some(Stage::DoNotContact),
            ..Default::default()
        },
    )
    .unwrap();
    let html = b
        .person_dossier_in(&p.people["Gus"], DossierLang::En)
        .unwrap();
    assert!(section(&html, "Conflicts")
        .unwrap()
        .contains("Do not contact"));
    assert!(
        !html.contains("<h2>Profile</h2>"),
        "known only by name: no empty Profile heading"
    );
    let fr = b
        .person_dossier_in(&p.people["Gus"], DossierLang::Fr)
        .unwrap();
    assert!(
        fr.contains("autre · ne pas contacter"),
        "the kind and the stage in French too"
    );
}

#[test]
fn a_dossier_language_is_read_as_the_app_and_the_cli_name_it() {
    assert_eq!(DossierLang::parse("fr"), Some(DossierLang::Fr));
    assert_eq!(DossierLang::parse("FR"), Some(DossierLang::Fr));
    assert_eq!(DossierLang::parse("fr-CA"), Some(DossierLang::Fr));
    assert_eq!(DossierLang::parse("en_GB.UTF-8"), Some(DossierLang::En));
    assert_eq!(
        DossierLang::parse("de"),
        None,
        "only English and French are written"
    );
    assert_eq!(DossierLang::parse(""), None);
}
