//! The vCards we write open in other clients: 3.0 by default and 4.0 on request, read by Python's `vobject` (an independent, maintained parser), and back into an empty book unchanged.

use crate::support::{book, everyone};
use liaison_core::{
    Book, ChannelInput, ExportOf, ExportSpec, ExportWhat, ImportOptions, Person, PersonInput,
    PersonListReq, Platform, Progress, VcardVersion,
};
use std::path::Path;
use std::process::Command;

/// People whose every field is awkward for a vCard writer: accents, commas, semicolons,
/// backslashes, line breaks, lines far over 75 octets, handles without a URL.
fn awkward(b: &Book) {
    let long = "Très longue note: ".to_string() + &"é😀, ; ".repeat(40);
    let people = [
        PersonInput {
            first_name: "Amélie".into(),
            last_name: "Dubois; Lefèvre".into(),
            display_name: "Amélie Dubois, dite « Amé »".into(),
            emails: vec!["amelie@example.fr".into(), "a.dubois@maison.example".into()],
            phones: vec!["+33 6 12 34 56 78".into(), "+33 1 23 45 67 89".into()],
            employer: "Maison Dubois, Paris; Communication".into(),
            title: "Créatrice de contenu, mode; éthique".into(),
            birthday: "1990-04-12".into(),
            city: "Montréal".into(),
            country: "CA".into(),
            bio: format!("Première ligne, avec virgule; et point-virgule\\ fin\n{long}"),
            tags: vec!["mode, éthique".into(), "PFW".into()],
            channels: vec![
                ChannelInput {
                    platform: Platform::Instagram,
                    handle: "amelied".into(),
                    ..Default::default()
                },
                ChannelInput {
                    platform: Platform::X,
                    handle: "AmelieD".into(),
                    url: "https://x.com/AmelieD".into(),
                    ..Default::default()
                },
                ChannelInput {
                    platform: Platform::Wechat,
                    handle: "amelie_wx".into(),
                    ..Default::default()
                },
            ],
            ..Default::default()
        },
        PersonInput {
            first_name: "静".into(),
            last_name: "王".into(),
            display_name: "王静".into(),
            emails: vec!["wangjing@example.cn".into()],
            languages: vec!["zh-Hans".into(), "en".into()],
            birthday: "--02-29".into(),
            channels: vec![ChannelInput {
                platform: Platform::Tiktok,
                handle: "wangjing".into(),
                ..Default::default()
            }],
            ..Default::default()
        },
    ];
    let mut ids = Vec::new();
    for p in people {
        ids.push(
            b.person_create(p)
                .expect("the awkward person is valid")
                .person
                .id,
        );
    }
    b.person_photo_set(&ids[0], face())
        .expect("the test face is a photo");
}

/// The 200-byte JPEG of the Apple fixture's first card.
fn face() -> Vec<u8> {
    let card = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/vcard/apple_contacts.vcf"),
    )
    .unwrap();
    let parsed = liaison_core::testing::parse_vcard(card.as_bytes()).unwrap();
    parsed[0].photo.clone().expect("Camille's photo").data
}

/// Exports the book as `version` through the streaming file path, answering its text.
fn export_file(b: &Book, version: VcardVersion, path: &Path) -> String {
    let spec = ExportSpec {
        vcard: version,
        ..ExportSpec::new(ExportWhat::Vcard, ExportOf::Book)
    };
    let export = b.export(&spec).unwrap();
    assert_eq!(export.file_name, "people.vcf");
    b.export_write(&export, path, &Progress::new()).unwrap();
    std::fs::read_to_string(path).unwrap()
}

const READ_WITH_VOBJECT: &str = r#"
import base64, datetime, io, json, sys, vobject
from vobject.base import getLogicalLines, parseLine
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    text = f.read()
# vobject knows 3.0 only: it decodes a 3.0 ENCODING=b photo into bytes, but reads a 4.0 data URI
# as 3.0 text, cut at its comma; that one is taken from vobject's own unfolded, parsed line.
uris = []
for line, n in getLogicalLines(io.StringIO(text)):
    name, _params, value, _group = parseLine(line, n)
    if name.upper() == "BEGIN":
        uris.append(None)
    elif name.upper() == "PHOTO":
        uris[-1] = value
def photo(i, c):
    if "photo" not in c.contents:
        return []
    if isinstance(c.photo.value, bytes):
        return list(c.photo.value)
    head, data = uris[i].split(",", 1)
    assert head.startswith("data:image/") and head.endswith(";base64"), head
    return list(base64.b64decode(data))
out = []
for i, c in enumerate(vobject.readComponents(text)):
    rev = datetime.datetime.strptime(c.rev.value, "%Y%m%dT%H%M%SZ")
    out.append({
        "version": c.version.value,
        "fn": c.fn.value,
        "family": c.n.value.family,
        "given": c.n.value.given,
        "emails": [e.value for e in c.contents.get("email", [])],
        "tels": [t.value for t in c.contents.get("tel", [])],
        "org": c.org.value if "org" in c.contents else [],
        "note": c.note.value if "note" in c.contents else "",
        "socials": [[s.params["TYPE"][0], s.params["X-USER"][0], s.value]
                    for s in c.contents.get("x-socialprofile", [])],
        "rev": rev.isoformat(),
        "title": c.title.value if "title" in c.contents else "",
        "bday": c.bday.value if "bday" in c.contents else "",
        "photo": photo(i, c),
    })
print(json.dumps(out))
"#;

fn vobject_available() -> bool {
    Command::new("/usr/bin/python3")
        .args(["-c", "import vobject"])
        .output()
        .is_ok_and(|o| o.status.success())
}

fn read_with_vobject(path: &Path) -> serde_json::Value {
    let out = Command::new("/usr/bin/python3")
        .args(["-c", READ_WITH_VOBJECT])
        .arg(path)
        .output()
        .expect("/usr/bin/python3 runs");
    assert!(
        out.status.success(),
        "vobject refuses the file: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        std::fs::read_to_string(path).unwrap()
    );
    serde_json::from_slice(&out.stdout).expect("the script prints JSON")
}

#[test]
fn version_3_0_by_default_folded_with_a_valid_rev() {
    let t = book();
    awkward(&t.book);
    let card = export_file(
        &t.book,
        VcardVersion::default(),
        &t.dir.path().join("p.vcf"),
    );
    assert!(
        card.starts_with("BEGIN:VCARD\r\nVERSION:3.0\r\n"),
        "3.0 is what Outlook and Google read: {card}"
    );
    for l in card.split("\r\n") {
        assert!(l.len() <= 75, "a line over 75 octets: {l}");
    }
    let unfolded = card.replace("\r\n ", "");
    assert!(
        unfolded.contains("\r\nREV:20261122T100000Z\r\n"),
        "{unfolded}"
    );
    assert!(
        unfolded.contains("\r\nN:Dubois\\; Lefèvre;Amélie;;;\r\n"),
        "{unfolded}"
    );
    assert!(
        unfolded.contains("\r\nADR:;;;Montréal;;;Canada\r\n"),
        "ADR holds the country's name, as clients show it, not the stored code: {unfolded}"
    );
    assert!(
        unfolded.contains(
            "X-SOCIALPROFILE;TYPE=instagram;X-USER=amelied:https://www.instagram.com/amelied\r\n"
        ),
        "a profile without a stored URL gets its page's URL: {unfolded}"
    );
    assert!(unfolded.contains("EMAIL;TYPE=INTERNET;TYPE=PREF:amelie@example.fr\r\n"));
    let v4 = export_file(&t.book, VcardVersion::V4, &t.dir.path().join("p4.vcf"));
    assert!(v4.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\n"), "{v4}");
}

#[test]
fn vobject_reads_both_versions_with_every_name_address_and_profile() {
    if !vobject_available() {
        eprintln!(
            "SKIPPED: `/usr/bin/python3 -c \"import vobject\"` fails; install Debian's \
             python3-vobject (scripts/setup.sh) to check our vCards with a third-party parser"
        );
        return;
    }
    let t = book();
    awkward(&t.book);
    for version in [VcardVersion::V3, VcardVersion::V4] {
        let path = t
            .dir
            .path()
            .join(format!("people-{}.vcf", version.as_str()));
        export_file(&t.book, version, &path);
        let cards = read_with_vobject(&path);
        let cards = cards.as_array().unwrap();
        assert_eq!(cards.len(), 2, "{version:?}: {cards:?}");
        let amelie = cards
            .iter()
            .find(|c| c["given"] == "Amélie")
            .expect("Amélie's card");
        assert_eq!(amelie["version"], version.as_str());
        assert_eq!(amelie["fn"], "Amélie Dubois, dite « Amé »");
        assert_eq!(amelie["family"], "Dubois; Lefèvre");
        assert_eq!(
            amelie["emails"],
            serde_json::json!(["amelie@example.fr", "a.dubois@maison.example"])
        );
        assert_eq!(
            amelie["tels"],
            serde_json::json!(["+33 6 12 34 56 78", "+33 1 23 45 67 89"])
        );
        assert_eq!(
            amelie["org"],
            serde_json::json!(["Maison Dubois, Paris; Communication"])
        );
        let note = amelie["note"].as_str().unwrap();
        assert!(
            note.starts_with("Première ligne, avec virgule; et point-virgule\\ fin\nTrès longue")
                && note.ends_with("é😀, ; "),
            "{version:?}: escapes and folding undone: {note:?}"
        );
        assert_eq!(
            amelie["socials"],
            serde_json::json!([
                ["instagram", "amelied", "https://www.instagram.com/amelied"],
                ["x", "AmelieD", "https://x.com/AmelieD"],
                ["wechat", "amelie_wx", "x-apple:amelie_wx"],
            ])
        );
        assert_eq!(amelie["rev"], "2026-11-22T10:00:00", "REV parses as a time");
        assert_eq!(amelie["title"], "Créatrice de contenu, mode; éthique");
        let bday = match version {
            VcardVersion::V3 => "1990-04-12",
            VcardVersion::V4 => "19900412",
        };
        assert_eq!(amelie["bday"], bday);
        assert_eq!(
            amelie["photo"],
            serde_json::json!(face()),
            "{version:?}: the photo decodes to the same JPEG"
        );
        let wang = cards.iter().find(|c| c["fn"] == "王静").unwrap();
        assert_eq!(
            wang["socials"][0],
            serde_json::json!(["tiktok", "wangjing", "https://www.tiktok.com/@wangjing"])
        );
    }
}

#[test]
fn each_version_comes_back_into_an_empty_book_as_the_same_people() {
    let t = book();
    awkward(&t.book);
    let key = |p: &Person| {
        let ch: Vec<(&str, String)> = p
            .channels
            .iter()
            .map(|c| (c.platform.as_str(), c.handle.clone()))
            .collect();
        (
            (
                p.display_name.clone(),
                p.first_name.clone(),
                p.last_name.clone(),
            ),
            (p.emails.clone(), p.phones.clone(), p.employer.clone()),
            (p.city.clone(), p.country.clone(), p.tags.clone()),
            (p.languages.clone(), p.bio.clone(), ch),
            (
                p.title.clone(),
                p.birthday.clone(),
                p.photo
                    .as_ref()
                    .map(|ph| (ph.mime.clone(), ph.data.clone())),
            ),
        )
    };
    let mut before: Vec<_> = everyone(&t.book).iter().map(key).collect();
    before.sort();
    for version in [VcardVersion::V3, VcardVersion::V4] {
        let card = export_file(&t.book, version, &t.dir.path().join("rt.vcf"));
        let other = book();
        let r = other
            .book
            .vcard_import(card.as_bytes(), &ImportOptions::default(), &Progress::new())
            .unwrap();
        assert_eq!((r.created, r.error_count), (2, 0), "{version:?}: {r:?}");
        let mut after: Vec<_> = everyone(&other.book).iter().map(key).collect();
        after.sort();
        assert_eq!(before, after, "{version:?} holds everything it exports");
    }
}

/// A whole book's file is written card by card from blocks of people, each block reading only its
/// own photos: every photo still lands on its own person's card, and on no one else's.
#[test]
fn a_big_books_file_puts_each_photo_on_its_own_card() {
    let t = book();
    let rows: String = (0..600)
        .map(|i| format!("Person {i:03};p{i}@example.fr\r\n"))
        .collect();
    let csv = format!("Name;E-mail\r\n{rows}");
    let r = t
        .book
        .csv_import(
            csv.as_bytes(),
            None,
            &ImportOptions::default(),
            &Progress::new(),
        )
        .unwrap();
    assert_eq!(
        r.created, 600,
        "600 people: over the count where people are read by scans"
    );
    let page = t
        .book
        .person_list(&PersonListReq {
            limit: Some(1000),
            ..Default::default()
        })
        .unwrap();
    let with = |name: &str| {
        let p = page.items.iter().find(|p| p.display_name == name);
        p.unwrap_or_else(|| panic!("{name} imported")).id.clone()
    };
    t.book
        .person_photo_set(&with("Person 002"), face())
        .unwrap();
    t.book
        .person_photo_set(&with("Person 598"), face())
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let text = export_file(&t.book, VcardVersion::V3, &dir.path().join("people.vcf"));
    let cards: Vec<&str> = text.split("BEGIN:VCARD").skip(1).collect();
    assert_eq!(cards.len(), 600, "one card a person");
    let with_photo: Vec<&str> = cards
        .iter()
        .filter(|c| c.contains("PHOTO;"))
        .map(|c| c.lines().find(|l| l.starts_with("FN:")).unwrap())
        .collect();
    assert_eq!(
        with_photo,
        ["FN:Person 002", "FN:Person 598"],
        "each photo on its own person's card"
    );
}
