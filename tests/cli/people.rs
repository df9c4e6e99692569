//! One person at a time: add, show, edit, archive and delete, as a user drives them from a shell.

use crate::support::{error_body, ids, shell, stderr, stdout};

#[test]
fn add_with_json_prints_the_saved_person_and_pairs_audiences_with_handles() {
    let sh = shell();
    let saved = sh.json(&[
        "person",
        "add",
        "--json",
        "--first",
        "Joel",
        "--last",
        "Backaler",
        "--kind",
        "opinion-leader",
        "--stage",
        "Engaged",
        "--topic",
        "China",
        "--topic",
        "global marketing",
        "--language",
        "en",
        "--language",
        "zh_hans",
        "--tag",
        "#speaker",
        "--handle",
        "x:JoelBackaler",
        "--audience",
        "12k",
        "--handle",
        "wechat:wxid_1",
        "--resonance",
        "4",
        "--cadence",
        "30",
    ]);
    let p = &saved["person"];
    assert_eq!(
        p["display_name"], "Joel Backaler",
        "without --name the display name is first + last"
    );
    assert_eq!(
        p["kind"], "opinion_leader",
        "the dashed spelling people type maps to the stored kind"
    );
    assert_eq!(p["stage"], "engaged", "stage names ignore case");
    assert_eq!(
        p["topics"],
        serde_json::json!(["China", "global marketing"])
    );
    assert_eq!(
        p["languages"],
        serde_json::json!(["en", "zh-Hans"]),
        "language codes are normalised by the core"
    );
    assert_eq!(
        p["tags"],
        serde_json::json!(["speaker"]),
        "the # is not part of a tag"
    );
    assert_eq!(p["resonance"], 4);
    assert_eq!(p["cadence_days"], 30);
    let channels = p["channels"].as_array().expect("channels are a list");
    assert_eq!(channels.len(), 2, "both --handle flags become channels");
    assert_eq!(channels[0]["platform"], "x");
    assert_eq!(
        channels[0]["handle"], "JoelBackaler",
        "X keeps the handle's case"
    );
    assert_eq!(
        channels[0]["audience"], 12_000,
        "--audience belongs to the --handle just before it"
    );
    assert!(
        channels[0]["as_of"].is_string(),
        "an audience figure carries the day it was seen"
    );
    assert_eq!(channels[1]["platform"], "wechat");
    assert!(
        channels[1]["audience"].is_null(),
        "the second handle had no --audience after it"
    );
    assert_eq!(saved["duplicates"], serde_json::json!([]));
}

#[test]
fn a_possible_duplicate_is_a_warning_not_a_refusal() {
    let sh = shell();
    let first = sh.add(&["--name", "Amélie Dubois", "--email", "amelie@example.fr"]);
    let out = sh.run(&[
        "person",
        "add",
        "--name",
        "A. Dubois",
        "--email",
        "AMELIE@example.fr",
    ]);
    assert!(
        out.status.success(),
        "a duplicate must not stop the add: two people can share an agency address"
    );
    let err = stderr(&out);
    assert!(
        err.contains("possible duplicate") && err.contains(&first) && err.contains("Amélie Dubois"),
        "the warning names who else has that e-mail, on stderr: {err}"
    );
    assert_eq!(
        stdout(&out).trim().len(),
        36,
        "stdout still holds only the new id, so scripts can capture it"
    );
}

#[test]
fn show_prints_the_full_person_as_json_and_a_readable_profile() {
    let sh = shell();
    let id = sh.add(&[
        "--name",
        "张伟",
        "--city",
        "上海",
        "--country",
        "cn",
        "--tz",
        "Asia/Shanghai",
        "--email",
        "zhang@example.cn",
        "--bio",
        "Tech reviewer.",
        "--handle",
        "weibo:zhangwei",
    ]);
    let p = sh.json(&["person", "show", &id, "--json"]);
    assert_eq!(p["id"], id.as_str());
    for field in [
        "first_name",
        "pronouns",
        "kind",
        "stage",
        "topics",
        "phones",
        "resonance",
        "consent_note",
        "channels",
        "created_at",
        "updated_at",
    ] {
        assert!(
            p.get(field).is_some(),
            "show --json prints the whole Person, including `{field}`"
        );
    }
    assert_eq!(p["country"], "CN", "country codes are stored upper case");
    assert_eq!(p["emails"], serde_json::json!(["zhang@example.cn"]));

    let text = sh.ok(&["person", "show", &id]);
    for expected in [
        "张伟",
        "上海, CN",
        "Asia/Shanghai",
        "zhang@example.cn",
        "weibo",
        "Tech reviewer.",
    ] {
        assert!(
            text.contains(expected),
            "the profile shows `{expected}`:\n{text}"
        );
    }
    assert!(
        !text.contains("phone"),
        "empty fields are left out of the profile:\n{text}"
    );
}

#[test]
fn an_unknown_id_is_not_found_with_its_own_exit_code() {
    let sh = shell();
    sh.add(&["--name", "Someone"]);
    let missing = "01900000-0000-7000-8000-000000000000";
    for cmd in [
        vec!["person", "show", missing],
        vec!["person", "edit", missing, "--city", "Paris"],
        vec!["person", "archive", missing],
        vec!["person", "delete", missing, "--yes"],
    ] {
        let mut args = cmd.clone();
        args.push("--json");
        let out = sh.run(&args);
        assert_eq!(
            out.status.code(),
            Some(3),
            "`{}` on an unknown id exits 3 (not found), as --help documents",
            cmd.join(" ")
        );
        assert!(
            stderr(&out).contains(missing),
            "the message says which id was not found"
        );
        assert_eq!(
            error_body(&out)["code"],
            "not_found",
            "scripts branch on the code"
        );
        assert!(stdout(&out).is_empty(), "nothing is printed as a result");
    }
}

#[test]
fn edit_changes_only_the_fields_given() {
    let sh = shell();
    let id = sh.add(&[
        "--name",
        "Amélie Dubois",
        "--city",
        "Montréal",
        "--email",
        "amelie@example.fr",
        "--tag",
        "PFW",
        "--tag",
        "beauty",
        "--handle",
        "instagram:@AmelieD",
        "--audience",
        "45300",
        "--resonance",
        "3",
    ]);
    let before = sh.json(&["person", "show", &id, "--json"]);
    let saved = sh.json(&[
        "person",
        "edit",
        &id,
        "--stage",
        "contacted",
        "--tag",
        "mode",
        "--json",
    ]);
    let after = &saved["person"];
    assert_eq!(after["stage"], "contacted", "the given field changed");
    assert_eq!(
        after["tags"],
        serde_json::json!(["mode"]),
        "a repeatable flag replaces the whole list"
    );
    for untouched in ["display_name", "city", "emails", "resonance", "created_at"] {
        assert_eq!(
            after[untouched], before[untouched],
            "`{untouched}` was not given, so it must not change"
        );
    }
    // The core restamps channels' `updated_at` on any save; what they hold must not change.
    for key in [
        "id",
        "platform",
        "handle",
        "audience",
        "as_of",
        "created_at",
    ] {
        assert_eq!(
            after["channels"][0][key], before["channels"][0][key],
            "no --handle was given, so the channel's `{key}` must not change"
        );
    }

    // Re-stating a handle keeps that channel (its id and audience); a new one is added.
    let saved = sh.json(&[
        "person",
        "edit",
        &id,
        "--handle",
        "instagram:https://www.instagram.com/amelied/",
        "--handle",
        "tiktok:@amelie.d",
        "--clear",
        "resonance",
        "--json",
    ]);
    let channels = saved["person"]["channels"].as_array().expect("a list");
    assert_eq!(channels.len(), 2, "--handle replaces the channel list");
    assert_eq!(
        channels[0]["id"], before["channels"][0]["id"],
        "the same Instagram account, typed as a URL, keeps its channel identity"
    );
    assert_eq!(channels[0]["audience"], 45_300, "and its audience figure");
    assert_eq!(channels[1]["platform"], "tiktok");
    assert!(
        saved["person"]["resonance"].is_null(),
        "--clear resonance empties the rating"
    );
    assert_eq!(saved["person"]["city"], "Montréal", "still untouched");
}

#[test]
fn an_edit_with_nothing_to_change_is_refused() {
    let sh = shell();
    let id = sh.add(&["--name", "Someone"]);
    let before = sh.json(&["person", "show", &id, "--json"]);
    let out = sh.run(&["person", "edit", &id]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "an empty edit is a usage mistake"
    );
    assert!(stderr(&out).contains("nothing to change"));
    let after = sh.json(&["person", "show", &id, "--json"]);
    assert_eq!(
        after["updated_at"], before["updated_at"],
        "a refused edit must not touch the record"
    );
}

#[test]
fn archive_hides_from_search_and_list_and_undo_brings_back() {
    let sh = shell();
    let id = sh.add(&["--name", "Amélie Dubois", "--city", "Montréal"]);
    let other = sh.add(&["--name", "Amélie Martin"]);

    let archived = sh.json(&["person", "archive", &id, "--json"]);
    assert_eq!(
        archived["archived"], true,
        "archive --json prints the person"
    );
    assert_eq!(
        ids(&sh.json(&["search", "amelie", "--json"])),
        vec![other.clone()],
        "an archived person no longer turns up in search"
    );
    assert_eq!(
        ids(&sh.json(&["person", "list", "--json"])),
        vec![other.clone()],
        "nor in the default list"
    );
    assert_eq!(
        ids(&sh.json(&["person", "list", "--archived", "only", "--json"])),
        vec![id.clone()],
        "--archived only finds them"
    );
    assert_eq!(
        ids(&sh.json(&["search", "amelie", "--archived", "include", "--json"])).len(),
        2,
        "--archived include shows both"
    );

    sh.ok(&["person", "archive", &id, "--undo"]);
    let mut found = ids(&sh.json(&["search", "amelie", "--json"]));
    found.sort();
    let mut both = vec![id, other];
    both.sort();
    assert_eq!(found, both, "--undo restores them to search");
}

#[test]
fn delete_needs_yes_without_a_terminal_and_then_erases_the_person() {
    let sh = shell();
    let id = sh.add(&["--name", "Amélie Dubois", "--email", "amelie@example.fr"]);

    // The test's stdin is a pipe, as in a script or CI: there is no one to ask.
    let out = sh.run(&["person", "delete", &id]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "without --yes and without a terminal, delete refuses instead of waiting on a prompt"
    );
    assert!(
        stderr(&out).contains("--yes"),
        "the refusal tells how to confirm: {}",
        stderr(&out)
    );
    sh.ok(&["person", "show", &id]);

    let gone = sh.json(&["person", "delete", &id, "--yes", "--json"]);
    assert_eq!(gone["id"], id.as_str());
    assert_eq!(gone["deleted"], true);
    let out = sh.run(&["person", "show", &id]);
    assert_eq!(out.status.code(), Some(3), "a deleted person is not found");
    assert_eq!(
        sh.json(&["search", "amelie", "--json"]),
        serde_json::json!([]),
        "and no trace of them is left in search"
    );
}
