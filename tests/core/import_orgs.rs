//! Imports create or link organizations (issue 16): the company column of Google, Outlook and LinkedIn exports, a mapped employer column and a vCard's ORG make each person a member of the organization of that name, their title as role; one organization per name, an existing one linked, nothing left behind by a refused import.

use crate::import_sources::{csv, vcard};
use crate::support::{book, find};
use liaison_core::{Book, ImportOptions, OrgKind, OrganizationInput, Progress};

/// (organization, role, employer) of each membership of the person named `who`.
fn places(b: &Book, who: &str) -> Vec<(String, String, bool)> {
    let p = find(b, who);
    b.memberships_of(&p.id)
        .unwrap()
        .into_iter()
        .map(|m| (m.organization_name, m.role, m.employer))
        .collect()
}

fn org_names(b: &Book) -> Vec<String> {
    b.org_all().unwrap().into_iter().map(|o| o.name).collect()
}

fn place(org: &str, role: &str) -> Vec<(String, String, bool)> {
    vec![(org.to_string(), role.to_string(), true)]
}

#[test]
fn google_contacts_organization_name_becomes_an_organization_with_the_title_as_role() {
    let t = book();
    csv(&t.book, "google_contacts.csv");
    assert_eq!(
        org_names(&t.book),
        [
            "Abidjan Mode",
            "Accra Beauty Collective",
            "Bangkok Travel Co."
        ],
        "one organization per company named in the file"
    );
    assert_eq!(
        places(&t.book, "Amara Mensah"),
        place("Accra Beauty Collective", "Brand Director")
    );
    assert_eq!(
        places(&t.book, "Élodie"),
        place("Abidjan Mode", ""),
        "no title, no role"
    );
    assert!(
        places(&t.book, "Nereus").is_empty(),
        "no company, no organization"
    );
}

#[test]
fn outlook_and_linkedin_company_columns_do_too_and_link_the_same_organization() {
    let t = book();
    csv(&t.book, "outlook.csv");
    assert_eq!(
        org_names(&t.book),
        ["Grant & Hale", "Moda Milano", "Tokyo Style Weekly"]
    );
    assert_eq!(
        places(&t.book, "Chiara Rossi"),
        place("Moda Milano", "Head of PR")
    );
    let l = book();
    csv(&l.book, "linkedin_connections.csv");
    assert_eq!(
        places(&l.book, "Jonas Weber"),
        place("Weber & Söhne, GmbH", "CEO")
    );
    // Google then LinkedIn into one book: Amara's company is one organization, she is one member.
    let both = book();
    csv(&both.book, "google_contacts.csv");
    csv(&both.book, "linkedin_connections.csv");
    let names = org_names(&both.book);
    assert_eq!(
        names
            .iter()
            .filter(|n| *n == "Accra Beauty Collective")
            .count(),
        1,
        "the second file links the organization the first made: {names:?}"
    );
    assert_eq!(
        places(&both.book, "Amara Mensah"),
        place("Accra Beauty Collective", "Brand Director")
    );
}

#[test]
fn a_vcard_org_links_an_organization_already_here_by_its_name_in_any_case() {
    let t = book();
    let ours = t
        .book
        .org_create(OrganizationInput {
            name: "ACCRA BEAUTY COLLECTIVE".into(),
            kind: OrgKind::Brand,
            ..Default::default()
        })
        .unwrap();
    vcard(&t.book, "mac_contacts.vcf");
    let orgs = t.book.org_all().unwrap();
    let accra: Vec<_> = orgs
        .iter()
        .filter(|o| o.name.eq_ignore_ascii_case("Accra Beauty Collective"))
        .collect();
    assert_eq!(accra.len(), 1, "linked, not duplicated: {orgs:?}");
    assert_eq!(
        (accra[0].id.as_str(), accra[0].kind),
        (ours.id.as_str(), OrgKind::Brand),
        "ours, as we typed it"
    );
    let amara = find(&t.book, "Amara Mensah");
    let m = t.book.memberships_of(&amara.id).unwrap();
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].organization_id, ours.id);
}

fn import_text(b: &Book, text: &str) -> liaison_core::Result<liaison_core::ImportReport> {
    b.csv_import(
        text.as_bytes(),
        None,
        &ImportOptions::default(),
        &Progress::new(),
    )
}

#[test]
fn a_mapped_employer_column_makes_one_organization_per_name_within_one_import() {
    let t = book();
    let r = import_text(
        &t.book,
        "Name,Company,Job Title,Email\n\
         Kwame Mensah,Ogilvy Paris,Talent manager,kwame@ogilvy.example\n\
         Amélie Dubois,ogilvy paris ,Creator,amelie@mail.example\n\
         Noi Srisuk,,,noi@example.th\n",
    )
    .unwrap();
    assert!(r.written && r.errors.is_empty(), "{r:?}");
    assert_eq!(
        org_names(&t.book),
        ["Ogilvy Paris"],
        "two spellings of one name: one organization"
    );
    assert_eq!(
        places(&t.book, "Kwame Mensah"),
        place("Ogilvy Paris", "Talent manager")
    );
    assert_eq!(
        places(&t.book, "Amélie Dubois"),
        place("Ogilvy Paris", "Creator")
    );
    // Importing the same file again adds nothing.
    import_text(&t.book, "Name,Company,Job Title,Email\nKwame Mensah,Ogilvy Paris,Talent manager,kwame@ogilvy.example\n").unwrap();
    assert_eq!(org_names(&t.book), ["Ogilvy Paris"]);
    assert_eq!(places(&t.book, "Kwame Mensah").len(), 1);
}

#[test]
fn a_refused_import_leaves_no_organization_behind() {
    let t = book();
    let r = import_text(
        &t.book,
        "Name,Company,Email\nKwame Mensah,Ogilvy Paris,kwame@ogilvy.example\nAmélie Dubois,Maison Verte,not-an-address\n",
    )
    .unwrap();
    assert!(
        !r.written && r.error_count == 1,
        "the bad e-mail stops the import: {r:?}"
    );
    assert!(
        org_names(&t.book).is_empty(),
        "all or nothing: no organization either"
    );
}
