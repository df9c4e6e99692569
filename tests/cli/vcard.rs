//! `liaison import vcard` on Apple and Google exports, and `liaison export vcard`: 3.0 unless `--version 4.0`.

use crate::support::{shell, stderr};
use std::path::Path;

fn fixture(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/vcard")
        .join(name);
    assert!(p.exists(), "fixture {}", p.display());
    p.display().to_string()
}

#[test]
fn apple_and_google_cards_come_in_and_go_out_as_3_0_or_4_0() {
    let sh = shell();
    let r = sh.json(&["import", "vcard", &fixture("apple_contacts.vcf"), "--json"]);
    assert_eq!(
        (r["created"].as_u64(), r["skipped"].as_u64()),
        (Some(2), Some(1)),
        "the company card is skipped: {r}"
    );
    let r = sh.json(&["import", "vcard", &fixture("google_contacts.vcf"), "--json"]);
    assert_eq!(r["created"].as_u64(), Some(2), "{r}");

    let v3 = sh.ok(&["export", "vcard"]);
    assert!(v3.starts_with("BEGIN:VCARD\r\nVERSION:3.0\r\n"), "{v3}");
    assert_eq!(v3.matches("BEGIN:VCARD").count(), 4);
    let out = sh.dir.path().join("people.vcf");
    sh.ok(&[
        "export",
        "vcard",
        "--version",
        "4.0",
        "--out",
        &out.display().to_string(),
    ]);
    let v4 = std::fs::read_to_string(&out).unwrap();
    assert!(v4.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\n"), "{v4}");
    assert_eq!(v4.matches("BEGIN:VCARD").count(), 4);

    let bad = sh.run(&["export", "csv", "--version", "4.0"]);
    assert_eq!(bad.status.code(), Some(2), "{}", stderr(&bad));
    assert!(stderr(&bad).contains("--version"), "{}", stderr(&bad));
    let bad = sh.run(&["export", "vcard", "--version", "2.1"]);
    assert_eq!(
        bad.status.code(),
        Some(2),
        "we write no 2.1: {}",
        stderr(&bad)
    );
}
