//! Issue 16, our side: colleagues, touchpoints and owners, and the message-collision warning on a book with planted collisions.

use crate::support::{book, raw, TestBook};
use liaison_core::{ColleagueInput, Collision, ErrorCode, InteractionInput, InteractionKind};

fn colleague(tb: &TestBook, name: &str) -> String {
    tb.book
        .colleague_create(ColleagueInput {
            name: name.into(),
            role: "PR".into(),
            region: "EMEA".into(),
            email: String::new(),
        })
        .expect("a valid colleague")
        .id
}

fn log(tb: &TestBook, person: &str, by: &str, at: &str, kind: InteractionKind) -> String {
    tb.book
        .interaction_create(InteractionInput {
            kind,
            occurred_at: Some(at.into()),
            people: vec![person.into()],
            colleague_id: Some(by.into()),
            ..Default::default()
        })
        .expect("a valid interaction")
        .id
}

/// (person, [(colleague, when)]) for comparing warnings as a user reads them.
fn read(found: &[Collision]) -> Vec<(String, Vec<(String, String)>)> {
    found
        .iter()
        .map(|c| {
            (
                c.person_name.clone(),
                c.contacts
                    .iter()
                    .map(|x| (x.colleague_name.clone(), x.occurred_at[..10].to_string()))
                    .collect(),
            )
        })
        .collect()
}

/// The planted book (today is 2026-11-22): Léa and Tom both wrote to Amélie this week (a
/// collision); Léa wrote twice to Kwame (one colleague: none); Léa wrote to Noor three weeks ago
/// and Tom this week (outside 7 days: none, inside 30: one); Sam only wrote a note about Inès
/// after Léa's e-mail (a note is not a message: none); Yasmin heard from all three this week.
struct Planted {
    tb: TestBook,
    lea: String,
    tom: String,
    sam: String,
    amelie: String,
    kwame: String,
    noor: String,
}

fn planted() -> Planted {
    let tb = book();
    let (lea, tom, sam) = (
        colleague(&tb, "Léa Marchand"),
        colleague(&tb, "Tom Okafor"),
        colleague(&tb, "Sam Duval"),
    );
    let [amelie, kwame, noor, ines, yasmin] = [
        "Amélie Laurent",
        "Kwame Mensah",
        "Noor Haddad",
        "Inès Roussel",
        "Yasmin Tahiri",
    ]
    .map(|n| tb.person(n));
    use InteractionKind::*;
    log(&tb, &amelie, &lea, "2026-11-18T09:00:00Z", Email);
    log(&tb, &amelie, &tom, "2026-11-20T16:30:00Z", Dm);
    log(&tb, &kwame, &lea, "2026-11-17T10:00:00Z", Email);
    log(&tb, &kwame, &lea, "2026-11-21T10:00:00Z", Call);
    log(&tb, &noor, &lea, "2026-11-01T10:00:00Z", Email);
    log(&tb, &noor, &tom, "2026-11-19T10:00:00Z", Email);
    log(&tb, &ines, &lea, "2026-11-20T10:00:00Z", Email);
    log(&tb, &ines, &sam, "2026-11-21T10:00:00Z", Note);
    log(&tb, &yasmin, &sam, "2026-11-16T10:00:00Z", Meeting);
    log(&tb, &yasmin, &lea, "2026-11-19T10:00:00Z", Email);
    log(&tb, &yasmin, &tom, "2026-11-21T18:00:00Z", Call);
    Planted {
        tb,
        lea,
        tom,
        sam,
        amelie,
        kwame,
        noor,
    }
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn the_planted_book_gives_exactly_the_expected_collisions() {
    let p = planted();
    assert_eq!(
        read(&p.tb.book.collisions(None).unwrap()),
        vec![
            (
                "Yasmin Tahiri".to_string(),
                pairs(&[
                    ("Sam Duval", "2026-11-16"),
                    ("Léa Marchand", "2026-11-19"),
                    ("Tom Okafor", "2026-11-21")
                ])
            ),
            (
                "Amélie Laurent".to_string(),
                pairs(&[("Léa Marchand", "2026-11-18"), ("Tom Okafor", "2026-11-20")])
            ),
        ],
        "two colleagues or more within 7 days, latest first; none for one colleague (Kwame), \
         a contact outside the window (Noor) or a note (Inès)"
    );
    let month = read(&p.tb.book.collisions(Some(30)).unwrap());
    assert_eq!(
        month.iter().map(|c| c.0.as_str()).collect::<Vec<_>>(),
        vec!["Yasmin Tahiri", "Amélie Laurent", "Noor Haddad"],
        "a 30-day window reaches Léa's e-mail to Noor three weeks ago"
    );
    let err = p.tb.book.collisions(Some(0)).unwrap_err();
    assert_eq!(
        err.code(),
        ErrorCode::Validation,
        "a 0-day window is refused"
    );
}

#[test]
fn logging_names_the_other_colleagues_who_wrote_within_the_window() {
    let p = planted();
    let b = &p.tb.book;
    let found = b
        .collision_check(std::slice::from_ref(&p.amelie), &p.sam, None, None)
        .unwrap();
    assert_eq!(
        read(&found),
        vec![(
            "Amélie Laurent".to_string(),
            pairs(&[("Léa Marchand", "2026-11-18"), ("Tom Okafor", "2026-11-20")])
        )],
        "Sam about to write to Amélie is told who wrote and when"
    );
    let mine = b
        .collision_check(std::slice::from_ref(&p.kwame), &p.lea, None, None)
        .unwrap();
    assert!(
        mine.is_empty(),
        "her own contacts do not warn Léa: {mine:?}"
    );
    let noor = b
        .collision_check(std::slice::from_ref(&p.noor), &p.tom, None, None)
        .unwrap();
    assert!(
        noor.is_empty(),
        "Léa's e-mail three weeks ago is outside the window: {noor:?}"
    );
    // A wall time is read in the book's zone, as the form sends it: Léa's 2026-11-01 e-mail is
    // within a week of the 5th.
    let back = b
        .collision_check(
            std::slice::from_ref(&p.noor),
            &p.sam,
            Some("2026-11-05T12:00"),
            None,
        )
        .unwrap();
    assert_eq!(
        read(&back),
        vec![(
            "Noor Haddad".to_string(),
            pairs(&[("Léa Marchand", "2026-11-01")])
        )]
    );
    let bad = b
        .collision_check(
            std::slice::from_ref(&p.noor),
            &p.sam,
            Some("next tuesday"),
            None,
        )
        .unwrap_err();
    assert_eq!(bad.code(), ErrorCode::Validation, "a bad date is named");
}

#[test]
fn editing_an_interaction_does_not_collide_with_itself() {
    let p = planted();
    let tb = &p.tb;
    let person = tb.person("Zoé Petit");
    let mine = log(
        tb,
        &person,
        &p.tom,
        "2026-11-21T09:00:00Z",
        InteractionKind::Email,
    );
    let found = tb
        .book
        .collision_check(std::slice::from_ref(&person), &p.lea, None, Some(&mine))
        .unwrap();
    assert!(
        found.is_empty(),
        "re-saving Tom's e-mail as Léa's is not a second contact: {found:?}"
    );
}

#[test]
fn the_window_is_a_setting() {
    let p = planted();
    let b = &p.tb.book;
    assert_eq!(b.settings_get().unwrap().collision_days, Some(7));
    let mut s = b.settings_get().unwrap();
    s.collision_days = Some(30);
    b.settings_set(&s).unwrap();
    assert_eq!(
        b.collisions(None).unwrap().len(),
        3,
        "the saved window is used"
    );
    s.collision_days = None;
    b.settings_set(&s).unwrap();
    assert_eq!(
        b.collision_days().unwrap(),
        30,
        "saving without the window keeps it"
    );
    s.collision_days = Some(365);
    let err = b.settings_set(&s).unwrap_err();
    assert_eq!(
        err.code(),
        ErrorCode::Validation,
        "more than 90 days is refused"
    );
}

#[test]
fn today_and_the_person_page_say_so() {
    let p = planted();
    let b = &p.tb.book;
    let today = b.today_get().unwrap();
    assert_eq!(
        today
            .collisions
            .iter()
            .map(|c| c.person_name.as_str())
            .collect::<Vec<_>>(),
        vec!["Yasmin Tahiri", "Amélie Laurent"]
    );
    let amelie = b.person_team(&p.amelie).unwrap();
    assert_eq!(
        read(&amelie.collision.into_iter().collect::<Vec<_>>()),
        vec![(
            "Amélie Laurent".to_string(),
            pairs(&[("Léa Marchand", "2026-11-18"), ("Tom Okafor", "2026-11-20")])
        )]
    );
    assert!(
        b.person_team(&p.kwame).unwrap().collision.is_none(),
        "one colleague is no collision"
    );
}

#[test]
fn touchpoints_count_each_colleague_and_the_last_contact() {
    let p = planted();
    let b = &p.tb.book;
    log(
        &p.tb,
        &p.kwame,
        &p.tom,
        "2026-10-02T10:00:00Z",
        InteractionKind::Meeting,
    );
    let team = b.person_team(&p.kwame).unwrap();
    let seen: Vec<(String, u32, String)> = team
        .touchpoints
        .iter()
        .map(|t| {
            (
                t.colleague_name.clone(),
                t.count,
                t.last_at[..10].to_string(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        vec![
            ("Léa Marchand".to_string(), 2, "2026-11-21".to_string()),
            ("Tom Okafor".to_string(), 1, "2026-10-02".to_string()),
        ],
        "who dealt with Kwame, how often, last when; the most recent first"
    );
    let lea = b.colleague_get(&p.lea).unwrap();
    assert_eq!(lea.interaction_count, 6, "Léa's interactions in the book");
    assert_eq!(lea.last_at.as_deref().map(|s| &s[..10]), Some("2026-11-21"));
}

#[test]
fn an_owner_is_set_cleared_and_outlives_no_colleague() {
    let p = planted();
    let b = &p.tb.book;
    let team = b.person_owner_set(&p.amelie, Some(&p.tom)).unwrap();
    assert_eq!(team.owner_name.as_deref(), Some("Tom Okafor"));
    assert_eq!(b.colleague_get(&p.tom).unwrap().owned_count, 1);
    let none = b.person_owner_set(&p.amelie, None).unwrap();
    assert_eq!(none.owner_id, None);
    let err = b.person_owner_set(&p.amelie, Some("no-such")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);

    b.person_owner_set(&p.amelie, Some(&p.tom)).unwrap();
    b.colleague_delete(&p.tom).unwrap();
    assert_eq!(b.person_team(&p.amelie).unwrap().owner_id, None);
    let timeline = b
        .timeline_list(&liaison_core::TimelineReq {
            person_id: p.amelie.clone(),
            ..Default::default()
        })
        .unwrap();
    let dm = timeline
        .items
        .iter()
        .find(|i| i.kind == InteractionKind::Dm)
        .unwrap();
    assert_eq!(
        (dm.colleague_id.as_deref(), dm.our_side.as_str()),
        (None, "Tom Okafor"),
        "a deleted colleague's interactions keep their name as text"
    );
    let c = raw(b.path());
    let kind: String = c
        .query_row("SELECT kind FROM tombstones WHERE id = ?1", [&p.tom], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(kind, "colleague", "the deletion travels in bundles");
}

#[test]
fn colleagues_are_checked_and_named_once() {
    let tb = book();
    colleague(&tb, "Léa Marchand");
    let err = tb
        .book
        .colleague_create(ColleagueInput {
            name: " léa marchand ".into(),
            ..Default::default()
        })
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
    assert!(err.to_string().contains("already named"), "{err}");
    let err = tb
        .book
        .colleague_create(ColleagueInput {
            name: String::new(),
            email: "not-an-address".into(),
            ..Default::default()
        })
        .unwrap_err();
    let fields: Vec<String> = match &err {
        liaison_core::Error::Validation(f) => f.iter().map(|f| f.field.clone()).collect(),
        other => panic!("a validation error, not {other:?}"),
    };
    assert_eq!(fields, vec!["name", "email"], "every problem at once");
    let found = tb.book.colleague_find("LÉA MARCHAND");
    assert!(
        found.is_err(),
        "names match case aside in ASCII only, as the migration's SQLite lower() did"
    );
    assert_eq!(
        tb.book.colleague_find("léa MARCHAND").unwrap().name,
        "Léa Marchand"
    );
    let person = tb.person("Amélie Laurent");
    let err = tb
        .book
        .interaction_create(InteractionInput {
            people: vec![person],
            colleague_id: Some("no-such".into()),
            ..Default::default()
        })
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
    assert!(format!("{err:?}").contains("colleague_id"), "{err:?}");
}
