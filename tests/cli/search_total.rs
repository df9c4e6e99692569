//! `liaison search` finds e-mail addresses and phone numbers, says how many match in all, and names the `person list --name` that lists them.

use crate::support::{names, shell, stderr, stdout};

#[test]
fn search_says_how_many_match_and_person_list_name_lists_them_all() {
    let sh = shell();
    for i in 0..25 {
        sh.add(&[
            "--name",
            &format!("Élise Martin {i:02}"),
            "--email",
            &format!("elise{i}@maison.fr"),
            "--phone",
            &format!("+33 6 00 00 00 {i:02}"),
        ]);
    }
    sh.add(&["--name", "Bruno Roy", "--email", "bruno@atelier.com"]);

    let out = sh.run(&["search", "maison.fr", "--limit", "20"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = stdout(&out).lines().filter(|l| l.contains("Élise")).count();
    assert_eq!(rows, 20, "--limit caps the table:\n{}", stdout(&out));
    let note = stderr(&out);
    assert!(
        note.contains("20 of 25 shown") && note.contains("person list --name maison.fr --all"),
        "the total, and how to see them all, go to stderr: {note}"
    );

    let all = names(&sh.json(&["person", "list", "--name", "maison.fr", "--json"]));
    assert_eq!(all.len(), 25, "the name filter lists every match: {all:?}");
    assert!(all.iter().all(|n| n.starts_with("Élise")), "{all:?}");

    let found = names(&sh.json(&["search", "06 00 00 00 07", "--json"]));
    assert_eq!(
        found,
        ["Élise Martin 07"],
        "a number stored as +33 6 … is found as typed nationally"
    );
    let found = names(&sh.json(&["search", "bruno@atelier.com", "--json"]));
    assert_eq!(
        found,
        ["Bruno Roy"],
        "a whole e-mail address finds its person"
    );

    let out = sh.run(&["search", "bruno"]);
    assert!(
        !stderr(&out).contains(" of "),
        "no total note when every match is shown: {}",
        stderr(&out)
    );
}
