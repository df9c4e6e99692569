//! Many people at once: paging, sorting, filters, the table, and where the book is found.

use crate::support::{ids, names, shell, stderr, stdout, Shell};

/// Five people added in this order, with names that do not sort in that order.
fn five(sh: &Shell) -> Vec<String> {
    [
        vec![
            "--name",
            "Émile Zola",
            "--country",
            "FR",
            "--city",
            "Paris",
            "--tag",
            "press",
        ],
        vec![
            "--name",
            "Amélie Dubois",
            "--country",
            "CA",
            "--city",
            "Montréal",
            "--handle",
            "instagram:amelied",
        ],
        vec![
            "--name",
            "张伟",
            "--country",
            "CN",
            "--city",
            "上海",
            "--kind",
            "journalist",
            "--handle",
            "wechat:wxid_1",
        ],
        vec![
            "--name",
            "Bruno Martin",
            "--country",
            "FR",
            "--city",
            "Lyon",
            "--language",
            "fr",
        ],
        vec![
            "--name",
            "Chloé Petit",
            "--country",
            "FR",
            "--city",
            "Paris",
            "--tag",
            "press",
            "--kind",
            "journalist",
        ],
    ]
    .iter()
    .map(|a| sh.add(a))
    .collect()
}

/// Reads the `--cursor` value from the paging note on stderr, undoing its shell quoting.
fn next_cursor(err: &str) -> Option<String> {
    let rest = err.split("--cursor ").nth(1)?;
    let quoted = rest.strip_prefix('\'')?;
    let mut out = String::new();
    let mut rest = quoted;
    loop {
        let end = rest.find('\'')?;
        out.push_str(&rest[..end]);
        rest = &rest[end + 1..];
        match rest.strip_prefix("\\''") {
            Some(more) => {
                out.push('\'');
                rest = more;
            }
            None => return Some(out),
        }
    }
}

#[test]
fn list_pages_with_limit_and_cursor_and_all_reads_everything() {
    let sh = shell();
    five(&sh);
    let everyone = [
        "Amélie Dubois",
        "Bruno Martin",
        "Chloé Petit",
        "Émile Zola",
        "张伟",
    ];

    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    let mut pages = 0;
    loop {
        let mut args = vec!["person", "list", "--limit", "2", "--json"];
        if let Some(c) = &cursor {
            args.extend(["--cursor", c.as_str()]);
        }
        let out = sh.run(&args);
        assert!(out.status.success(), "{}", stderr(&out));
        let page: serde_json::Value =
            serde_json::from_str(&stdout(&out)).expect("each page is a JSON array");
        assert!(
            page.as_array().is_some_and(|p| p.len() <= 2),
            "--limit caps a page"
        );
        seen.extend(names(&page));
        pages += 1;
        cursor = next_cursor(&stderr(&out));
        if cursor.is_none() {
            break;
        }
        assert!(pages < 5, "paging must end");
    }
    assert_eq!(pages, 3, "five people in pages of two is three pages");
    assert_eq!(
        seen, everyone,
        "following the cursors visits everyone once, in name order, accents ignored"
    );

    let all = sh.run(&["person", "list", "--limit", "2", "--all", "--json"]);
    assert!(all.status.success());
    let all: serde_json::Value = serde_json::from_str(&stdout(&all)).expect("one JSON array");
    assert_eq!(
        names(&all),
        everyone,
        "--all pages through everything with the cursor, whatever the page size"
    );
}

#[test]
fn list_sorts_by_creation_and_reverses() {
    let sh = shell();
    let added = five(&sh);
    let newest_first = ids(&sh.json(&["person", "list", "--sort", "created", "--desc", "--json"]));
    let mut expected = added.clone();
    expected.reverse();
    assert_eq!(
        newest_first, expected,
        "--sort created --desc lists the newest first"
    );
    let by_name = names(&sh.json(&["person", "list", "--desc", "--json"]));
    assert_eq!(by_name.first().map(String::as_str), Some("张伟"));
    assert_eq!(by_name.last().map(String::as_str), Some("Amélie Dubois"));
}

#[test]
fn filters_narrow_both_list_and_search() {
    let sh = shell();
    five(&sh);
    let list = |args: &[&str]| {
        let mut all = vec!["person", "list", "--json"];
        all.extend_from_slice(args);
        names(&sh.json(&all))
    };
    assert_eq!(
        list(&["--country", "fr"]),
        ["Bruno Martin", "Chloé Petit", "Émile Zola"]
    );
    assert_eq!(list(&["--kind", "journalist"]), ["Chloé Petit", "张伟"]);
    assert_eq!(
        list(&["--kind", "journalist", "--country", "CN"]),
        ["张伟"],
        "filters combine with AND"
    );
    assert_eq!(
        list(&["--city", "montreal"]),
        ["Amélie Dubois"],
        "cities ignore accents"
    );
    assert_eq!(list(&["--platform", "WeChat"]), ["张伟"]);
    assert_eq!(list(&["--tag", "#press"]), ["Chloé Petit", "Émile Zola"]);
    assert_eq!(list(&["--language", "fr"]), ["Bruno Martin"]);
    assert_eq!(list(&["--stage", "engaged"]), Vec::<String>::new());

    let found = names(&sh.json(&["search", "press", "--country", "FR", "--json"]));
    assert_eq!(
        found.len(),
        2,
        "search finds tags and keeps the filter: {found:?}"
    );
    let found = names(&sh.json(&[
        "search",
        "paris",
        "--tag",
        "press",
        "--kind",
        "journalist",
        "--json",
    ]));
    assert_eq!(found, ["Chloé Petit"]);
}

#[test]
fn search_takes_several_words_and_a_limit() {
    let sh = shell();
    five(&sh);
    let found = names(&sh.json(&["search", "chloe", "petit", "--json"]));
    assert_eq!(found, ["Chloé Petit"], "all words must match");
    let found = sh.json(&["search", "press", "--limit", "1", "--json"]);
    assert_eq!(
        found.as_array().map(Vec::len),
        Some(1),
        "--limit caps the results"
    );
    let none = sh.ok(&["search", "nobody"]);
    assert!(none.is_empty(), "no match prints no table on stdout");
}

/// Display width as a terminal draws it, enough for this test's names: CJK ideographs take two.
fn cells(s: &str) -> usize {
    s.chars()
        .map(|c| {
            if ('\u{4e00}'..='\u{9fff}').contains(&c) {
                2
            } else {
                1
            }
        })
        .sum()
}

#[test]
fn the_table_aligns_columns_even_with_wide_characters() {
    let sh = shell();
    let added = five(&sh);
    let table = sh.ok(&["person", "list"]);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 6, "a heading and five rows:\n{table}");
    let id_col: Vec<usize> = lines
        .iter()
        .map(|l| {
            let at = l.rfind("  ").expect("columns are separated by blanks") + 2;
            cells(&l[..at])
        })
        .collect();
    assert!(
        id_col.iter().all(|c| *c == id_col[0]),
        "the last column starts at the same cell on every line, 张伟 included:\n{table}"
    );
    for id in &added {
        assert!(
            table.contains(id.as_str()),
            "every row shows the full id to copy"
        );
    }
}

#[test]
fn the_liaison_db_variable_chooses_the_book() {
    let sh = shell();
    let elsewhere = sh.dir.path().join("team").join("book.db");
    let out = sh
        .bare()
        .env("LIAISON_DB", &elsewhere)
        .args(["person", "add", "--name", "Amélie Dubois"])
        .output()
        .expect("liaison starts");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        elsewhere.exists(),
        "with no --db, LIAISON_DB says where the book is (folders are created)"
    );
    let out = sh
        .bare()
        .env("LIAISON_DB", &elsewhere)
        .args(["search", "amelie", "--json"])
        .output()
        .expect("liaison starts");
    let found: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(
        names(&found),
        ["Amélie Dubois"],
        "the same variable finds her again"
    );

    // An explicit --db wins over the variable.
    sh.add(&["--name", "Bruno Martin"]);
    let out = sh
        .bare()
        .env("LIAISON_DB", &elsewhere)
        .arg("--db")
        .arg(&sh.db)
        .args(["person", "list", "--json"])
        .output()
        .expect("liaison starts");
    let listed: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(names(&listed), ["Bruno Martin"], "--db beats LIAISON_DB");
}

// dirs::data_dir follows XDG only on Linux; elsewhere the OS has its own data folder.
#[cfg(target_os = "linux")]
#[test]
fn without_db_or_variable_the_book_lives_in_the_data_folder() {
    let sh = shell();
    let out = sh
        .bare()
        .args(["person", "add", "--name", "Amélie Dubois"])
        .output()
        .expect("liaison starts");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        sh.dir.path().join("xdg-data/liaison/liaison.db").exists(),
        "the default is $XDG_DATA_HOME/liaison/liaison.db, where the desktop app keeps it"
    );
}
