//! The demo book's story, written through the `Book`'s own use cases relative to its clock: a year with Amélie, notes, follow-ups, events, lists, and the network around them (`network`).
//!
//! Texts, kinds and days-ago are those of the UI's former mock, which its browser tests look for.

use super::network;
use super::showcase::{AMELIE, TRICKY};
use crate::api::AttendReq;
use crate::domain::event::{
    AttendeeRole as Role, AttendeeStatus as Status, EventInput, EventKind, MeetupInput,
};
use crate::domain::followup::FollowupInput;
use crate::domain::interaction::{
    Direction, Exchange, InteractionInput, InteractionKind, NoteInput,
};
use crate::domain::list::ListInput;
use crate::domain::recurrence::{local_date, utc_to_local, Recurrence};
use crate::error::Result;
use crate::Book;
use chrono::{DateTime, Duration, NaiveTime, Utc};
use chrono_tz::Tz;

const LOCAL_FMT: &str = "%Y-%m-%dT%H:%M";

/// Writes the story around the showcase people (`ids` in `showcase()` order) and their network,
/// then archives Kwame.
pub(super) fn write_story(book: &Book, ids: &[String]) -> Result<()> {
    let now = book.clock.now();
    let tz = book.time_zone()?;
    let team = network::team(book)?;
    let mut story = timeline(ids, now);
    network::sign(&mut story, &team);
    book.interaction_create_many(story)?;
    notes(book, ids)?;
    followups(book, ids, now, tz)?;
    events(book, ids, now, tz)?;
    lists(book, ids)?;
    network::write_network(book, ids, &team, tz)?;
    // The mock's generated person 3 was archived: the story keeps someone archived in view.
    book.person_archive(&ids[3], true)?;
    Ok(())
}

struct Log {
    kind: InteractionKind,
    direction: Direction,
    exchange: Option<Exchange>,
    channel: &'static str,
    our_side: &'static str,
}

fn timeline(ids: &[String], now: DateTime<Utc>) -> Vec<InteractionInput> {
    use Direction::{Given, Neutral, Received};
    use Exchange as X;
    use InteractionKind as K;
    // Days ago at 10:15 UTC, as the mock wrote them.
    let ago = |days: i64| {
        let day = (now - Duration::days(days)).date_naive();
        crate::clock::stamp(
            day.and_time(NaiveTime::from_hms_opt(10, 15, 0).expect("valid"))
                .and_utc(),
        )
    };
    let log = |people: &[usize], days: i64, l: Log, body: &str| InteractionInput {
        kind: l.kind,
        direction: l.direction,
        exchange: l.exchange,
        occurred_at: Some(ago(days)),
        channel: l.channel.into(),
        our_side: l.our_side.into(),
        colleague_id: None,
        body: body.into(),
        people: people.iter().map(|&i| ids[i].clone()).collect(),
        event_id: None,
    };
    let l = |kind, direction, exchange, channel, our_side| Log {
        kind,
        direction,
        exchange,
        channel,
        our_side,
    };
    let a = &[AMELIE];
    let mut out = vec![
        // Amélie: a healthy give-and-take over the year, with co-creation leading.
        log(a, 4, l(K::Meeting, Given, Some(X::CoCreation), "In person", "Camille (design)"),
            "Workshop on the **repair capsule**: she sketched three pieces; we share the moodboard by Friday.\n\n- fabric samples\n- repair guide draft"),
        log(a, 11, l(K::Mention, Received, Some(X::Mention), "Instagram", ""),
            "Story about our repair programme beta, 45k views. [The post](https://instagram.com/p/example)"),
        log(a, 19, l(K::Email, Given, Some(X::ExclusiveInformation), "E-mail", "Me"),
            "Shared the spring collection line-up under embargo until 3 March."),
        log(&[AMELIE, 3], 33, l(K::Meetup, Neutral, None, "Paris", "Me"), "Coffee at the Marais pop-up with her co-host."),
        log(a, 52, l(K::ContentPublished, Received, Some(X::Content), "YouTube", ""),
            "Video review of the repair kit, honest on the zipper issue."),
        log(a, 70, l(K::Gift, Given, Some(X::BetaAccess), "Post", ""), "Beta repair kit sent."),
        log(a, 120, l(K::Event, Given, Some(X::Invitation), "Paris Fashion Week", "PR team"), "Invited to the sustainability panel."),
        log(a, 160, l(K::Share, Received, Some(X::Share), "LinkedIn", ""), "Shared our repairability report."),
        log(a, 210, l(K::Call, Neutral, None, "Phone", "Me"), "First call: what she expects from brands."),
        log(a, 300, l(K::Introduction, Received, Some(X::Introduction), "E-mail", ""), "Introduced us to Raymond Morin."),
    ];
    for k in 0..14 {
        let (kind, channel) = if k % 2 == 1 {
            (K::Dm, "Instagram")
        } else {
            (K::Email, "E-mail")
        };
        out.push(log(
            a,
            320 + k * 4,
            l(kind, Neutral, None, channel, ""),
            &format!("Older exchange {} about the newsletter.", k + 1),
        ));
    }
    // People we only take from, and people going cold (their cadence has passed).
    out.extend([
        log(
            &[2],
            40,
            l(K::Mention, Received, Some(X::Mention), "X", ""),
            "Mentioned our launch in a thread.",
        ),
        log(
            &[2],
            100,
            l(K::Share, Received, Some(X::Share), "LinkedIn", ""),
            "Shared the keynote.",
        ),
        log(
            &[4],
            75,
            l(K::ContentPublished, Received, Some(X::Content), "Blog", ""),
            "Wrote about the cloud summit.",
        ),
        log(
            &[5],
            130,
            l(K::Call, Given, Some(X::ExclusiveInformation), "Phone", ""),
            "Briefing on the roadmap.",
        ),
        log(
            &[6],
            62,
            l(K::Email, Given, Some(X::Gift), "E-mail", ""),
            "Sent the holiday box.",
        ),
        log(
            &[7],
            200,
            l(K::Meeting, Neutral, None, "VivaTech", ""),
            "Met at the booth.",
        ),
    ]);
    out
}

/// One pinned, one plain, one that tries every trick.
fn notes(book: &Book, ids: &[String]) -> Result<()> {
    for (who, body, pinned) in [
        (AMELIE, "**Prefers e-mail** before 10:00, never DMs for business.\n\nAllergic to *greenwashing*: bring numbers.", true),
        (AMELIE, "Her newsletter *La Reprise* goes out on Sundays; pitch by Thursday.", false),
        (TRICKY, "<script>alert('note')</script> <img src=x onerror=alert(3)> [click](javascript:alert(4)) <svg onload=alert(5)>", false),
    ] {
        book.note_create(NoteInput { person_id: ids[who].clone(), body: body.into(), pinned })?;
    }
    Ok(())
}

/// Two overdue, one due a minute ago, one later today, one next week and recurring (the user's zone).
fn followups(book: &Book, ids: &[String], now: DateTime<Utc>, tz: Tz) -> Result<()> {
    let at = |t: DateTime<Utc>| utc_to_local(t, tz).format(LOCAL_FMT).to_string();
    // Within the user's today whatever the hour: an hour from now, or 23:59 late in the evening.
    let end_of_day = local_date(now, tz).and_hms_opt(23, 59, 0).expect("valid");
    let later_today = (utc_to_local(now, tz) + Duration::hours(1))
        .min(end_of_day)
        .format(LOCAL_FMT)
        .to_string();
    let day = Duration::days(1);
    for (title, body, who, due, recurrence) in [
        (
            "Send the moodboard",
            "The three capsule sketches.",
            vec![AMELIE],
            at(now - day * 2),
            None,
        ),
        (
            "Thank-you note for the keynote share",
            "",
            vec![2],
            at(now - day * 5),
            None,
        ),
        (
            "Call about the spring embargo",
            "",
            vec![AMELIE, 3],
            at(now - Duration::minutes(1)),
            None,
        ),
        (
            "Send the cloud summit deck",
            "The slides she asked for at the booth.",
            vec![4],
            later_today,
            None,
        ),
        (
            "Monthly check-in",
            "",
            vec![5],
            at(now + day * 6),
            Some(Recurrence::Months { every: 1 }),
        ),
    ] {
        book.followup_create(FollowupInput {
            title: title.into(),
            body: body.into(),
            people: who.iter().map(|&i| ids[i].clone()).collect(),
            due_local: due,
            time_zone: None,
            recurrence,
        })?;
    }
    Ok(())
}

/// VivaTech under way now, a conference and a dinner to come, a fashion week gone by.
fn events(book: &Book, ids: &[String], now: DateTime<Utc>, tz: Tz) -> Result<()> {
    // Days counted in the user's zone, as the mock counted them in its user's (Paris).
    let day = |offset: i64| {
        local_date(now + Duration::days(offset), tz)
            .format("%Y-%m-%d")
            .to_string()
    };
    let event =
        |name: &str, kind, start: String, end: String, place: (&str, &str, &str), venue: &str| {
            EventInput {
                name: name.into(),
                kind,
                time_zone: Some(place.2.into()),
                start_local: start,
                end_local: end,
                city: place.0.into(),
                country: place.1.into(),
                venue: venue.into(),
                ..Default::default()
            }
        };
    let paris = ("Paris", "FR", "Europe/Paris");
    let viva = book.event_create(EventInput {
        booth: "Hall 1, B42".into(),
        url: "https://vivatech.com".into(),
        notes: "Our booth is next to the startup village.".into(),
        ..event(
            "VivaTech",
            EventKind::TradeShow,
            format!("{}T09:00", day(-1)),
            format!("{}T19:00", day(1)),
            paris,
            "Paris Expo Porte de Versailles",
        )
    })?;
    let summit = book.event_create(event(
        "Web Summit",
        EventKind::Conference,
        day(9),
        day(11),
        ("Lisboa", "PT", "Europe/Lisbon"),
        "Altice Arena",
    ))?;
    book.event_create(event(
        "Creators' dinner",
        EventKind::Dinner,
        format!("{}T20:00", day(30)),
        format!("{}T23:00", day(30)),
        ("New York", "US", "America/New_York"),
        "Le Coucou",
    ))?;
    let pfw = book.event_create(event(
        "Paris Fashion Week",
        EventKind::Conference,
        day(-60),
        day(-54),
        paris,
        "Carrousel du Louvre",
    ))?;

    let attend = |event: &str, who: usize, role, status, why: &str| {
        book.event_attend(&AttendReq {
            event_id: event.into(),
            person_id: ids[who].clone(),
            role: Some(role),
            status: Some(status),
            why: Some(why.into()),
        })
    };
    attend(
        &viva.id,
        AMELIE,
        Role::Speaker,
        Status::Confirmed,
        "On the sustainability panel; wants the repair capsule numbers.",
    )?;
    let roles = [
        Role::Attendee,
        Role::Press,
        Role::Exhibitor,
        Role::Attendee,
        Role::Host,
        Role::Attendee,
        Role::Press,
    ];
    let statuses = [
        Status::Invited,
        Status::Confirmed,
        Status::Met,
        Status::Declined,
        Status::Confirmed,
        Status::Invited,
        Status::Met,
    ];
    for i in 2..9 {
        let why = if i == 4 {
            "Covers cloud for a big trade paper."
        } else {
            ""
        };
        attend(&viva.id, i, roles[i - 2], statuses[i - 2], why)?;
    }
    attend(&summit.id, AMELIE, Role::Attendee, Status::Invited, "")?;
    attend(
        &summit.id,
        3,
        Role::Speaker,
        Status::Confirmed,
        "Keynote on creator economics.",
    )?;
    attend(&pfw.id, AMELIE, Role::Speaker, Status::Met, "")?;

    let meetup = |title: &str, event: &str, start: String, minutes, place: &str, who: &[usize]| {
        book.meetup_create(MeetupInput {
            title: title.into(),
            event_id: Some(event.into()),
            start_local: start,
            minutes,
            place: place.into(),
            people: who.iter().map(|&i| ids[i].clone()).collect(),
            ..Default::default()
        })
    };
    meetup(
        "Coffee with Amélie",
        &viva.id,
        format!("{}T15:30", day(0)),
        Some(45),
        "Press lounge",
        &[AMELIE],
    )?;
    meetup(
        "Lisbon creators breakfast",
        &summit.id,
        format!("{}T08:30", day(10)),
        None,
        "Time Out Market",
        &[AMELIE, 3],
    )?;
    Ok(())
}

/// Two hand-picked lists (the mock had none; issue 17 asks for them).
fn lists(book: &Book, ids: &[String]) -> Result<()> {
    for (name, description, who) in [
        (
            "Repair capsule",
            "Co-creating the spring repair capsule.",
            [AMELIE, 3, 7],
        ),
        (
            "Tech press",
            "Writers on cloud, security and finance to brief before launches.",
            [2, 4, 5],
        ),
    ] {
        let list = book.list_create(ListInput {
            name: name.into(),
            description: description.into(),
        })?;
        book.list_add(&list.id, &who.map(|i| ids[i].clone()))?;
    }
    Ok(())
}
