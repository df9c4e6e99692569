//! The one export entry (`ExportSpec`): what fits whom, the names it offers, and "everything about a person" written as a bundle with its dossier beside it.

use crate::support::{amelie, book};
use liaison_core::Progress;
use liaison_core::{ExportOf, ExportSpec, ExportWhat};

#[test]
fn a_list_is_only_people_and_names_come_from_the_subject() {
    let tb = book();
    let a = tb.book.person_create(amelie()).unwrap().person;
    let list = tb
        .book
        .list_create(liaison_core::ListInput {
            name: "VIP".into(),
            ..Default::default()
        })
        .unwrap();
    let spec = |what, of| ExportSpec::new(what, of);
    let e = tb
        .book
        .export(&spec(ExportWhat::Ics, ExportOf::List(list.id.clone())))
        .unwrap_err();
    assert_eq!(
        e.fields()[0].field,
        "list_id",
        "a list has no calendar: the refusal names the list"
    );
    let name = |what, of| tb.book.export(&spec(what, of)).unwrap().file_name;
    assert_eq!(
        name(ExportWhat::Vcard, ExportOf::List(list.id.clone())),
        "VIP.vcf"
    );
    assert_eq!(name(ExportWhat::People, ExportOf::List(list.id)), "VIP.csv");
    assert_eq!(
        name(ExportWhat::Dossier, ExportOf::Person(a.id.clone())),
        "Amélie Dubois dossier.html"
    );
    assert_eq!(
        name(ExportWhat::Bundle, ExportOf::Book),
        "liaison-bundle.json"
    );
    let missing = tb
        .book
        .export(&spec(ExportWhat::Dossier, ExportOf::Person("nope".into())))
        .unwrap_err();
    assert_eq!(
        missing.code().as_str(),
        "not_found",
        "before any dialog opens"
    );
}

#[test]
fn everything_about_a_person_streams_the_bundle_and_puts_the_dossier_beside_it() {
    let tb = book();
    let a = tb.book.person_create(amelie()).unwrap().person;
    let export = tb
        .book
        .export(&ExportSpec::new(
            ExportWhat::Everything,
            ExportOf::Person(a.id.clone()),
        ))
        .unwrap();
    assert_eq!(export.file_name, "Amélie Dubois everything.json");
    let path = tb.dir.path().join("amelie.json");
    let len = tb
        .book
        .export_write(&export, &path, &Progress::new())
        .unwrap();
    let bundle: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(bundle["people"][0]["id"], a.id.as_str());
    assert_eq!(len, std::fs::metadata(&path).unwrap().len());
    let html = std::fs::read_to_string(path.with_extension("html")).unwrap();
    assert!(
        html.contains("Amélie Dubois"),
        "the dossier beside the bundle"
    );
}
