//! Follow-ups and Today: due times in the user's zone, recurrence, snooze, one-time notifications, going cold.

use crate::support::book;
use liaison_core::{
    ErrorCode, FollowupInput, FollowupListReq, FollowupStatus, InteractionInput, InteractionKind,
    PersonInput, PersonPatch, Recurrence, Snooze, SnoozeReq, Stage,
};

/// A follow-up input for tests: a title, a due wall time, the people it is about.
pub(crate) fn followup(title: &str, due: &str, people: &[&str]) -> FollowupInput {
    FollowupInput {
        title: title.into(),
        due_local: due.into(),
        people: people.iter().map(|s| s.to_string()).collect(),
        ..Default::default()
    }
}

#[test]
fn due_times_are_read_in_the_users_zone() {
    let tb = book(); // 2026-11-22T10:00Z = 11:00 in Paris
    tb.book.set_time_zone("Europe/Paris").unwrap();
    let a = tb.person("Amélie Dubois");
    let f = tb
        .book
        .followup_create(followup("Send the brief", "2026-11-27T14:30", &[&a]))
        .unwrap();
    assert_eq!(
        (f.time_zone.as_str(), f.due_at.as_str()),
        ("Europe/Paris", "2026-11-27T13:30:00.000Z"),
        "14:30 Paris is 13:30 UTC in winter"
    );
    let ny = FollowupInput {
        time_zone: Some("America/New_York".into()),
        ..followup("Call", "2026-11-27", &[&a])
    };
    let f2 = tb.book.followup_create(ny).unwrap();
    assert_eq!(
        f2.due_local, "2026-11-27T09:00",
        "a bare date means the morning"
    );
    assert_eq!(f2.due_at, "2026-11-27T14:00:00.000Z");
    let err = tb
        .book
        .followup_create(followup("", "next friday", &["nobody"]))
        .unwrap_err();
    let fields: Vec<_> = err.fields().iter().map(|f| f.field.as_str()).collect();
    assert_eq!(fields, ["title", "due_local", "people.0"]);
    let mine = tb
        .book
        .followup_list(&FollowupListReq {
            person_id: Some(a),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(mine.len(), 2, "both follow-ups are listed on her page");
}

#[test]
fn done_closes_a_one_off_and_moves_a_weekly_one_across_dst() {
    let tb = book();
    tb.book.set_time_zone("Europe/Paris").unwrap();
    let once = tb
        .book
        .followup_create(followup("Thank her", "2026-11-22T09:00", &[]))
        .unwrap();
    let done = tb.book.followup_done(&once.id).unwrap();
    assert_eq!(done.done_at.as_deref(), Some("2026-11-22T10:00:00.000Z"));
    assert!(
        tb.book
            .followup_list(&FollowupListReq::default())
            .unwrap()
            .is_empty(),
        "a done one-off leaves the open list"
    );
    assert_eq!(
        tb.book
            .followup_list(&FollowupListReq {
                status: FollowupStatus::Done,
                ..Default::default()
            })
            .unwrap()
            .len(),
        1
    );

    // Weekly on Fridays at 09:00 Paris, first due before the March change.
    tb.clock.advance(chrono::Duration::days(125)); // 2027-03-27 (Saturday), after Friday 26 March
    let weekly = FollowupInput {
        recurrence: Some(Recurrence::Weeks {
            every: 1,
            weekdays: vec![],
        }),
        ..followup("Weekly check-in", "2027-03-26T09:00", &[])
    };
    let w = tb.book.followup_create(weekly).unwrap();
    assert_eq!(w.due_at, "2027-03-26T08:00:00.000Z", "CET");
    let next = tb.book.followup_done(&w.id).unwrap();
    assert_eq!(
        next.due_local, "2027-04-02T09:00",
        "the next Friday, still 09:00 on the wall"
    );
    assert_eq!(
        next.due_at, "2027-04-02T07:00:00.000Z",
        "CEST: one hour earlier in UTC"
    );
    assert!(next.done_at.is_none(), "a recurring follow-up stays open");
}

#[test]
fn snooze_presets_and_custom_times() {
    let tb = book(); // Sunday 22 Nov 2026, 11:00 Paris
    tb.book.set_time_zone("Europe/Paris").unwrap();
    let f = tb
        .book
        .followup_create(followup("Reply", "2026-11-22T10:00", &[]))
        .unwrap();
    let s = |preset, until: Option<&str>| {
        tb.book.followup_snooze(&SnoozeReq {
            id: f.id.clone(),
            preset,
            until: until.map(String::from),
        })
    };
    assert_eq!(
        s(Some(Snooze::OneHour), None).unwrap().due_at,
        "2026-11-22T11:00:00.000Z"
    );
    assert_eq!(
        s(Some(Snooze::Tomorrow), None).unwrap().due_at,
        "2026-11-23T08:00:00.000Z",
        "Monday 09:00 Paris"
    );
    let custom = s(None, Some("2026-12-01T15:00:00+01:00")).unwrap();
    assert_eq!(custom.due_at, "2026-12-01T14:00:00.000Z");
    assert_eq!(
        custom.due_local, "2026-11-22T10:00",
        "snoozing moves when it is due, not the occurrence"
    );
    assert_eq!(
        s(None, Some("2020-01-01T00:00:00Z")).unwrap_err().code(),
        ErrorCode::Validation,
        "no snoozing into the past"
    );
    assert_eq!(s(None, None).unwrap_err().code(), ErrorCode::Validation);
}

#[test]
fn a_due_follow_up_is_announced_once_even_across_a_restart() {
    let tb = book();
    let f = tb
        .book
        .followup_create(followup("Call back", "2026-11-22T09:59", &[]))
        .unwrap();
    tb.book
        .followup_create(followup("Later", "2026-11-22T12:00", &[]))
        .unwrap();
    let first: Vec<_> = tb
        .book
        .followups_to_notify()
        .unwrap()
        .into_iter()
        .map(|f| f.id)
        .collect();
    assert_eq!(first, std::slice::from_ref(&f.id), "only what is due now");
    assert!(
        tb.book.followups_to_notify().unwrap().is_empty(),
        "announced once"
    );
    let tb = tb.reopen();
    assert!(
        tb.book.followups_to_notify().unwrap().is_empty(),
        "not again after a restart"
    );
    tb.clock.advance(chrono::Duration::hours(3));
    assert_eq!(
        tb.book.followups_to_notify().unwrap().len(),
        1,
        "the later one when its time comes"
    );
}

#[test]
fn today_lists_overdue_due_today_and_who_is_going_cold() {
    let tb = book(); // 2026-11-22T10:00Z
    tb.book.set_time_zone("Europe/Paris").unwrap();
    let person = |name: &str, stage, cadence| {
        tb.book
            .person_create(PersonInput {
                display_name: name.into(),
                stage,
                cadence_days: cadence,
                ..Default::default()
            })
            .unwrap()
            .person
            .id
    };
    let engaged = person("Engaged Emma", Stage::Engaged, None); // 30 days by default
    let collab = person("Collab Carl", Stage::Collaborating, None); // 14 days
    let weekly = person("Weekly Wanda", Stage::Engaged, Some(7));
    let dnc = person("Quiet Quentin", Stage::DoNotContact, Some(7));
    let fresh = person("Fresh Fred", Stage::Engaged, None);
    let talk = |p: &str, at: &str| {
        tb.book
            .interaction_create(InteractionInput {
                kind: InteractionKind::Email,
                occurred_at: Some(at.into()),
                people: vec![p.into()],
                ..Default::default()
            })
            .unwrap();
    };
    talk(&engaged, "2026-10-01T10:00:00Z"); // cold since 10-31: 22 days late
    talk(&collab, "2026-11-01T10:00:00Z"); // cold since 11-15: 7 days late
    talk(&weekly, "2026-11-18T10:00:00Z"); // cold on 11-25: not yet
    talk(&dnc, "2026-01-01T10:00:00Z");
    talk(&fresh, "2026-11-20T10:00:00Z");

    tb.book
        .followup_create(followup("Morning call", "2026-11-22T09:00", &[&engaged]))
        .unwrap();
    tb.book
        .followup_create(followup("Evening drinks", "2026-11-22T19:00", &[&collab]))
        .unwrap();
    tb.book
        .followup_create(followup("Tomorrow", "2026-11-23T09:00", &[]))
        .unwrap();
    tb.book
        .followup_create(followup("Last week", "2026-11-15T09:00", &[]))
        .unwrap();

    let t = tb.book.today_get().unwrap();
    assert_eq!(t.date, "2026-11-22");
    let titles =
        |v: &[liaison_core::Followup]| v.iter().map(|f| f.title.clone()).collect::<Vec<_>>();
    assert_eq!(
        titles(&t.overdue),
        ["Last week", "Morning call"],
        "overdue, oldest first"
    );
    assert_eq!(
        titles(&t.due_today),
        ["Evening drinks"],
        "later today; tomorrow is not today"
    );
    let cold: Vec<_> = t
        .going_cold
        .iter()
        .map(|c| (c.person.display_name.as_str(), c.days_late))
        .collect();
    assert_eq!(
        cold,
        [("Engaged Emma", 22), ("Collab Carl", 7)],
        "latest first; never nag do-not-contact"
    );

    tb.book
        .person_update(
            &engaged,
            PersonPatch {
                stage: Some(Stage::Paused),
                ..Default::default()
            },
        )
        .unwrap();
    let t = tb.book.today_get().unwrap();
    assert_eq!(
        t.going_cold.len(),
        1,
        "pausing a relationship takes them off the list"
    );
    tb.book.person_archive(&collab, true).unwrap();
    assert!(
        tb.book.today_get().unwrap().going_cold.is_empty(),
        "archived people are not going cold"
    );
}

#[test]
fn the_first_start_takes_the_system_zone_and_later_starts_keep_the_setting() {
    let tb = book();
    let first = tb.book.init_time_zone_from_system().unwrap();
    assert!(
        first.parse::<chrono_tz::Tz>().is_ok(),
        "a valid IANA name, whatever the machine says: {first}"
    );
    tb.book.set_time_zone("Asia/Tokyo").unwrap();
    assert_eq!(
        tb.book.init_time_zone_from_system().unwrap(),
        "Asia/Tokyo",
        "a chosen zone is never overwritten"
    );
    assert_eq!(
        tb.book.set_time_zone("Mars/Base").unwrap_err().code(),
        ErrorCode::Validation
    );
}

#[test]
fn the_settings_are_saved_as_one_value_and_read_back_as_stored() {
    let tb = book();
    let set = |zone: &str| {
        tb.book.settings_set(&liaison_core::Settings {
            time_zone: zone.into(),
            collision_days: None,
            ..Default::default()
        })
    };
    let saved = set("  Europe/Paris ").unwrap();
    assert_eq!(
        saved.time_zone, "Europe/Paris",
        "the zone is stored trimmed, and the answer says what was stored"
    );
    assert_eq!(
        tb.book.settings_get().unwrap(),
        saved,
        "the shell, the CLI and the dev backend all read the same settings"
    );
    let e = set("Mars/Base").unwrap_err();
    assert_eq!(
        e.code(),
        ErrorCode::Validation,
        "an unknown zone is refused"
    );
    assert_eq!(
        tb.book.settings_get().unwrap(),
        saved,
        "and changes nothing"
    );
}

#[test]
fn closing_to_the_tray_is_on_for_a_new_book_and_stays_as_the_user_set_it() {
    let tb = book();
    let first = tb.book.settings_get().unwrap();
    assert!(
        first.close_to_tray,
        "a new book keeps reminders coming after the window is closed: the tray is on by default"
    );
    let off = tb
        .book
        .settings_set(&liaison_core::Settings {
            close_to_tray: false,
            ..first.clone()
        })
        .unwrap();
    assert!(!off.close_to_tray, "the answer says it is now off");
    assert!(
        !tb.book.close_to_tray().unwrap(),
        "the shell, asking at each close, reads it off too"
    );
    assert_eq!(off.time_zone, first.time_zone, "the zone is kept as it was");
    let bad = tb.book.settings_set(&liaison_core::Settings {
        time_zone: "Mars/Base".into(),
        close_to_tray: true,
        collision_days: None,
    });
    assert!(bad.is_err(), "an unknown zone is refused");
    assert!(
        !tb.book.settings_get().unwrap().close_to_tray,
        "and the tray setting sent with it is not saved either: the value is saved whole or not at all"
    );
    let from_ui: liaison_core::Settings =
        serde_json::from_str(r#"{"time_zone":"Europe/Paris"}"#).unwrap();
    assert!(
        from_ui.close_to_tray,
        "a request without the field (an older window) means on, as for a new book"
    );
}
