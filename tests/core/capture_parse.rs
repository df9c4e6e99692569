//! The quick-capture grammar, table-driven: English and French dates, month ends, names, tags, to-dos.

use chrono::{NaiveDate, NaiveTime};
use liaison_core::testing::{parse_capture, Who};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// (today, line, expected due date, expected time, expected remaining text)
type Case<'a> = (
    &'a str,
    &'a str,
    Option<&'a str>,
    Option<(u32, u32)>,
    &'a str,
);

/// 2026-11-22 is a Sunday.
const SUNDAY: &str = "2026-11-22";

#[test]
fn date_phrases_in_english_and_french() {
    let cases: &[Case] = &[
        (
            SUNDAY,
            "Amélie: loved the launch fri",
            Some("2026-11-27"),
            None,
            "loved the launch",
        ),
        (
            SUNDAY,
            "Amélie: send deck vendredi",
            Some("2026-11-27"),
            None,
            "send deck",
        ),
        (
            SUNDAY,
            "Amélie: send deck Friday.",
            Some("2026-11-27"),
            None,
            "send deck",
        ),
        (
            SUNDAY,
            "Amélie: great chat tomorrow",
            Some("2026-11-23"),
            None,
            "great chat",
        ),
        (
            SUNDAY,
            "Amélie: on se rappelle demain",
            Some("2026-11-23"),
            None,
            "on se rappelle",
        ),
        (SUNDAY, "Amélie: today", Some("2026-11-22"), None, ""),
        (
            SUNDAY,
            "Amélie: call in 2 weeks",
            Some("2026-12-06"),
            None,
            "call",
        ),
        (
            SUNDAY,
            "Amélie: relancer dans 2 semaines",
            Some("2026-12-06"),
            None,
            "relancer",
        ),
        (
            SUNDAY,
            "Amélie: ping in 3 days",
            Some("2026-11-25"),
            None,
            "ping",
        ),
        (
            SUNDAY,
            "Amélie: relance dans un mois",
            Some("2026-12-22"),
            None,
            "relance",
        ),
        (
            SUNDAY,
            "Amélie: le 3 décembre",
            Some("2026-12-03"),
            None,
            "",
        ),
        (
            SUNDAY,
            "Amélie: rdv 3 déc.",
            Some("2026-12-03"),
            None,
            "rdv",
        ),
        (SUNDAY, "Amélie: Dec 3rd", Some("2026-12-03"), None, ""),
        (SUNDAY, "Amélie: December 3", Some("2026-12-03"), None, ""),
        (SUNDAY, "Amélie: 1er janvier", Some("2027-01-01"), None, ""),
        (SUNDAY, "Amélie: 3/12", Some("2026-12-03"), None, ""),
        (SUNDAY, "Amélie: 3/12/2027", Some("2027-12-03"), None, ""),
        (SUNDAY, "Amélie: 03/12/27", Some("2027-12-03"), None, ""),
        (SUNDAY, "Amélie: 2026-12-24", Some("2026-12-24"), None, ""),
        // A day already gone this year means next year's.
        (SUNDAY, "Amélie: 21/11", Some("2027-11-21"), None, ""),
        // "fri" said on a Friday means a week later, not today.
        ("2026-11-27", "Amélie: fri", Some("2026-12-04"), None, ""),
        (
            SUNDAY,
            "Amélie: vendredi prochain",
            Some("2026-11-27"),
            None,
            "",
        ),
        (SUNDAY, "Amélie: next fri", Some("2026-11-27"), None, ""),
        (
            SUNDAY,
            "Amélie: la semaine prochaine",
            Some("2026-11-23"),
            None,
            "",
        ),
        (SUNDAY, "Amélie: next week", Some("2026-11-23"), None, ""),
        (
            SUNDAY,
            "Amélie: fri at 14h",
            Some("2026-11-27"),
            Some((14, 0)),
            "",
        ),
        (
            SUNDAY,
            "Amélie: demain à 10h30",
            Some("2026-11-23"),
            Some((10, 30)),
            "",
        ),
        (
            SUNDAY,
            "Amélie: tomorrow 3pm",
            Some("2026-11-23"),
            Some((15, 0)),
            "",
        ),
        // Month ends: the day after the 30th of November, a month after 31 January.
        (
            "2026-11-30",
            "Amélie: tomorrow",
            Some("2026-12-01"),
            None,
            "",
        ),
        (
            "2027-01-31",
            "Amélie: in 1 month",
            Some("2027-02-28"),
            None,
            "",
        ),
        (
            "2028-01-31",
            "Amélie: dans 1 mois",
            Some("2028-02-29"),
            None,
            "",
        ),
        ("2026-12-31", "Amélie: demain", Some("2027-01-01"), None, ""),
        ("2026-12-31", "Amélie: 3/12", Some("2027-12-03"), None, ""),
        // Short weekday names are ordinary words mid-sentence: no date.
        (
            SUNDAY,
            "Léa: la mer était belle",
            None,
            None,
            "la mer était belle",
        ),
        (
            SUNDAY,
            "Léa: she sat next to me",
            None,
            None,
            "she sat next to me",
        ),
        (
            SUNDAY,
            "Léa: call at 14:30 was good",
            None,
            None,
            "call at 14:30 was good",
        ),
        // ...but a short name as the last word, or after a marker, is a date.
        (
            SUNDAY,
            "Léa: rappeler mer",
            Some("2026-11-25"),
            None,
            "rappeler",
        ),
        (
            SUNDAY,
            "Léa: rappeler le mer",
            Some("2026-11-25"),
            None,
            "rappeler",
        ),
    ];
    for (today, line, due, time, text) in cases {
        let p = parse_capture(line, d(today));
        let want = due.map(|s| {
            (
                d(s),
                time.map(|(h, m)| NaiveTime::from_hms_opt(h, m, 0).unwrap()),
            )
        });
        assert_eq!(p.due, want, "{line:?} on {today}: wrong date");
        assert_eq!(
            p.body(),
            *text,
            "{line:?}: the date phrase must leave the text"
        );
    }
}

#[test]
fn who_part_names_people_and_handles() {
    let today = d(SUNDAY);
    let p = parse_capture("Amélie, Marc Levy: dinner at Septime", today);
    assert!(p.explicit);
    assert_eq!(
        p.who,
        [Who::Name("Amélie".into()), Who::Name("Marc Levy".into())]
    );
    assert_eq!(p.body(), "dinner at Septime");

    let p = parse_capture("Marc et Léa & Jo: dîner", today);
    assert_eq!(
        p.who,
        [
            Who::Name("Marc".into()),
            Who::Name("Léa".into()),
            Who::Name("Jo".into())
        ]
    );

    let p = parse_capture("@AmelieD, great chat at the booth", today);
    assert!(!p.explicit, "a handle is not a who-part");
    assert_eq!(p.who, [Who::Handle("AmelieD".into())]);
    assert_eq!(p.body(), "great chat at the booth");

    // A URL's colon and a time's colon are not a who-part.
    let p = parse_capture("https://example.com/launch is live", today);
    assert!(p.who.is_empty() && !p.explicit);
    let p = parse_capture("Call at 14:30 with Marc", today);
    assert!(p.who.is_empty() && !p.explicit, "{:?}", p.who);
    assert_eq!(p.body(), "Call at 14:30 with Marc");
}

#[test]
fn tags_and_todo_part() {
    let p = parse_capture(
        "Amélie: loved the launch #beauty #Mode #beauty -> send samples next fri",
        d(SUNDAY),
    );
    assert_eq!(p.tags, ["beauty", "Mode"], "tags are kept once, as typed");
    assert_eq!(p.body(), "loved the launch");
    assert_eq!(p.todo.as_deref(), Some("send samples"));
    assert_eq!(p.due, Some((d("2026-11-27"), None)));
    assert_eq!(p.due_phrase.as_deref(), Some("next fri"));

    let p = parse_capture(
        "Léa: super échange à faire: envoyer le kit demain",
        d(SUNDAY),
    );
    assert_eq!(p.body(), "super échange");
    assert_eq!(p.todo.as_deref(), Some("envoyer le kit"));
    assert_eq!(p.due, Some((d("2026-11-23"), None)));

    let p = parse_capture("Léa: todo: call back", d(SUNDAY));
    assert_eq!(p.who, [Who::Name("Léa".into())], "'todo:' is not a name");
    assert_eq!(p.todo.as_deref(), Some("call back"));
    assert_eq!(p.due, None);
}

#[test]
fn names_and_handles_mix_before_the_colon_in_any_order() {
    let today = d(SUNDAY);
    let p = parse_capture(
        "Anaïs, @heloise.mc: dîner parfait -> relancer vendredi",
        today,
    );
    assert!(p.explicit, "a handle in the list keeps it a who-part");
    assert_eq!(
        p.who,
        [Who::Name("Anaïs".into()), Who::Handle("heloise.mc".into())],
        "the colon ends the list: it is not part of the handle"
    );
    assert_eq!(p.body(), "dîner parfait");
    assert_eq!(p.todo.as_deref(), Some("relancer"));
    assert_eq!(p.due, Some((d("2026-11-27"), None)));

    let p = parse_capture("@heloise.mc et Anaïs & @Zoe_B: brunch", today);
    assert_eq!(
        p.who,
        [
            Who::Handle("heloise.mc".into()),
            Who::Name("Anaïs".into()),
            Who::Handle("Zoe_B".into())
        ]
    );
    assert_eq!(p.body(), "brunch");

    let p = parse_capture("Anaïs, ANAIS, @Zoe_B, @zoe_b: brunch", today);
    assert_eq!(
        p.who,
        [Who::Name("Anaïs".into()), Who::Handle("Zoe_B".into())],
        "the same person typed twice (accents and case aside) is named once"
    );

    let p = parse_capture("Great chat with @heloise.mc.", today);
    assert_eq!(
        p.who,
        [Who::Handle("heloise.mc".into())],
        "the sentence's full stop is not part of the handle"
    );
    let p = parse_capture("#beauty, Anaïs: brunch", today);
    assert!(!p.explicit, "a #tag is not a name: no who-part");
}

#[test]
fn curly_apostrophes_are_read_as_straight_ones_and_kept_as_typed() {
    let today = d(SUNDAY);
    let p = parse_capture(
        "Zoë O’Brien: dîner avec l’équipe ‘top’, aujourd’hui -> relancer l’agence",
        today,
    );
    assert_eq!(
        p.who,
        [Who::Name("Zoë O'Brien".into())],
        "a name is matched on straight quotes"
    );
    assert_eq!(
        p.due.map(|(date, _)| date),
        Some(today),
        "\"aujourd’hui\" is a date phrase"
    );
    assert_eq!(
        p.body(),
        "dîner avec l’équipe ‘top’",
        "the note keeps the user's typography"
    );
    assert_eq!(p.todo.as_deref(), Some("relancer l’agence"));
}

/// Found by the fuzzer in CI (stop 26): control characters, a second `(via` and stray `'` in
/// one line. Whatever the parser makes of it, the words it keeps are text from the line.
#[test]
fn fuzz_found_line_keeps_only_typed_words() {
    let line = ",\0\0\0\0!\0\0\0\0\0\0\0,\0\0\0\0Yq ddddddddddddddddddddddddddddd\0\0\0\0??\0\n\0\0\0\0\0\0\0\0\0\0\u{8}\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0??\0\u{4}\0\0\u{1}\n 6\u{1}))'\0\0\0i(Via ??\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\u{4}\0\0\u{1}\n 6\u{1}))'\0dd\u{4}\0\n\0\0\u{4}\0\0\u{f}\0";
    let today = d("2000-02-20");
    let parsed = parse_capture(line, today);
    for w in &parsed.words {
        assert!(line.contains(w.as_str()), "{w:?} not in {line:?}");
    }
}
