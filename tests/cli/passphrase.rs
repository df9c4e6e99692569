//! `liaison passphrase change`: the current passphrase opens the book, the new one is read from a file or a variable, and afterwards only the new one opens it.

use crate::support::{error_body, shell, stderr};

#[test]
fn a_changed_passphrase_opens_the_book_and_the_old_one_no_longer_does() {
    let sh = shell();
    let with = |pass: &str, args: &[&str]| {
        sh.bare()
            .env("LIAISON_PASSPHRASE", pass)
            .arg("--db")
            .arg(&sh.db)
            .args(args)
            .output()
            .unwrap()
    };
    let made = with(
        "the old passphrase",
        &["person", "add", "--name", "Amélie Roux"],
    );
    assert!(made.status.success(), "{}", stderr(&made));

    let new_file = sh.dir.path().join("new.txt");
    std::fs::write(&new_file, "the new passphrase\n").unwrap();
    let wrong = with("the old passphrase", &["passphrase", "change", "--json"]);
    assert_eq!(
        error_body(&wrong)["code"],
        "validation",
        "without a new passphrase nothing happens: {}",
        stderr(&wrong)
    );
    let changed = with(
        "the old passphrase",
        &[
            "passphrase",
            "change",
            "--new-passphrase-file",
            new_file.to_str().unwrap(),
        ],
    );
    assert!(changed.status.success(), "{}", stderr(&changed));
    assert!(
        stderr(&changed).contains("changed") && !stderr(&changed).contains("the new passphrase"),
        "it says so, without echoing the secret: {}",
        stderr(&changed)
    );
    let old = with("the old passphrase", &["person", "list", "--json"]);
    assert_eq!(error_body(&old)["code"], "wrong_key");
    let new = with("the new passphrase", &["person", "list"]);
    assert!(
        String::from_utf8_lossy(&new.stdout).contains("Amélie Roux"),
        "the new passphrase opens the whole book: {}",
        stderr(&new)
    );

    let back = sh
        .bare()
        .env("LIAISON_PASSPHRASE", "the new passphrase")
        .env("LIAISON_NEW_PASSPHRASE", "the old passphrase")
        .arg("--db")
        .arg(&sh.db)
        .args(["passphrase", "change"])
        .output()
        .unwrap();
    assert!(
        back.status.success(),
        "the variable works too: {}",
        stderr(&back)
    );
}
