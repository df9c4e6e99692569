//! The demo book's network (issue 16): our team, organizations, memberships, brand ties and connections, so the graph, touchpoints, a collision and a conflict show on the first day.
//!
//! Written through the `Book`'s use cases, dated from its clock like the rest of the story.
//! Amélie keeps no conflict (the browser flows add her to lists and events without a warning);
//! the conflict is Théo's, the collision Jérôme's.

use super::showcase::AMELIE;
use crate::domain::affiliation::{AffiliationInput, AffiliationKind, BrandSide};
use crate::domain::event::MeetupInput;
use crate::domain::followup::FollowupInput;
use crate::domain::interaction::{Direction, Exchange, InteractionInput, InteractionKind};
use crate::domain::network::{ConnectionInput, ConnectionKind, OrgKind, OrganizationInput};
use crate::domain::recurrence::local_date;
use crate::domain::team::ColleagueInput;
use crate::error::Result;
use crate::Book;
use chrono::{DateTime, Duration, NaiveTime, Utc};
use chrono_tz::Tz;

const JEROME: usize = 2;
const KWAME: usize = 3;
const JADE: usize = 4;
const HELENE: usize = 5;
const THEO: usize = 6;
const AMARA: usize = 7;
const FRANCOIS: usize = 8;

/// Our side: the colleagues whose names the story's interactions carry.
pub(super) struct Team {
    camille: String,
    nadia: String,
    marc: String,
}

/// The roster: a designer, a PR lead and a partnerships manager.
pub(super) fn team(book: &Book) -> Result<Team> {
    let add = |name: &str, role: &str, email: &str| {
        book.colleague_create(ColleagueInput {
            name: name.into(),
            role: role.into(),
            region: "EMEA".into(),
            email: email.into(),
        })
        .map(|c| c.id)
    };
    Ok(Team {
        camille: add(
            "Camille Perrin",
            "Design lead",
            "camille@atelier-lin.example",
        )?,
        nadia: add("Nadia Benali", "PR lead", "nadia@atelier-lin.example")?,
        marc: add("Marc Lefèvre", "Partnerships", "marc@atelier-lin.example")?,
    })
}

/// Gives the story's interactions their colleague where their "who on our side" names one, so
/// Amélie's page shows touchpoints (the text the mock wrote stays as written).
pub(super) fn sign(inputs: &mut [InteractionInput], team: &Team) {
    for i in inputs {
        i.colleague_id = match i.our_side.as_str() {
            "Camille (design)" => Some(team.camille.clone()),
            "PR team" => Some(team.nadia.clone()),
            _ => None,
        };
    }
}

/// Organizations and who belongs to them, brand ties, connections, owners, and the week in
/// which two colleagues pitched Jérôme.
pub(super) fn write_network(book: &Book, ids: &[String], team: &Team, tz: Tz) -> Result<()> {
    let now = book.clock.now();
    let date = |days: i64| {
        local_date(now + Duration::days(days), tz)
            .format("%Y-%m-%d")
            .to_string()
    };
    let org = |name: &str, kind, country: &str, website: &str, notes: &str| {
        book.org_create(OrganizationInput {
            name: name.into(),
            kind,
            website: website.into(),
            country: country.into(),
            notes: notes.into(),
        })
        .map(|o| o.id)
    };
    let relais = org(
        "Studio Relais",
        OrgKind::Agency,
        "FR",
        "https://studiorelais.example",
        "Represents creators in fashion and travel.",
    )?;
    let echos = org(
        "Les Echos",
        OrgKind::Media,
        "FR",
        "https://lesechos.example",
        "",
    )?;
    let numerama = org("Numerama", OrgKind::Media, "FR", "", "")?;
    let radio = org("Radio-Canada", OrgKind::Media, "CA", "", "")?;
    let frandroid = org("Frandroid", OrgKind::Media, "FR", "", "")?;
    let ours = org(
        "Atelier Lin",
        OrgKind::Brand,
        "FR",
        "https://atelier-lin.example",
        "Our brand: repairable clothing.",
    )?;
    let rival = org(
        "Vitesse Apparel",
        OrgKind::Brand,
        "",
        "",
        "Fast fashion; launches weekly.",
    )?;
    book.org_brand_side_set(&ours, BrandSide::Ours)?;
    book.org_brand_side_set(&rival, BrandSide::Competitor)?;

    for (who, org, role, since, employer) in [
        (
            AMELIE,
            &relais,
            "Represented creator",
            Some(date(-400)),
            false,
        ),
        (
            THEO,
            &relais,
            "Represented creator",
            Some(date(-700)),
            false,
        ),
        (JEROME, &echos, "Tech reporter", None, true),
        (HELENE, &numerama, "Journalist", None, true),
        (JADE, &radio, "Reporter", None, true),
        (KWAME, &frandroid, "Photographer", None, true),
    ] {
        book.membership_set(&ids[who], org, role, since.as_deref(), None, employer)?;
    }

    let tie = |who: usize, kind, note: &str| AffiliationInput {
        person_id: ids[who].clone(),
        brand_id: String::new(),
        kind,
        since: None,
        until: None,
        note: note.into(),
    };
    for a in [
        AffiliationInput {
            brand_id: ours.clone(),
            since: Some(date(-70)),
            ..tie(AMELIE, AffiliationKind::Gifted, "The beta repair kit.")
        },
        // Ended: her history explains the values note, and no longer warns.
        AffiliationInput {
            brand_id: rival.clone(),
            since: Some(date(-900)),
            until: Some(date(-540)),
            ..tie(
                AMELIE,
                AffiliationKind::Ambassador,
                "Walked away over greenwashing.",
            )
        },
        AffiliationInput {
            brand_id: rival.clone(),
            since: Some(date(-200)),
            ..tie(
                THEO,
                AffiliationKind::Ambassador,
                "Face of their travel line.",
            )
        },
    ] {
        book.affiliation_add(a)?;
    }

    for (from, to, kind, note) in [
        (
            AMELIE,
            FRANCOIS,
            ConnectionKind::Introduced,
            "At her repair workshop.",
        ),
        (
            AMELIE,
            KWAME,
            ConnectionKind::WorksWith,
            "Co-hosts the Marais pop-up.",
        ),
        (AMELIE, THEO, ConnectionKind::Knows, "Same agency."),
        (JEROME, JADE, ConnectionKind::Family, "Brother and sister."),
        (
            KWAME,
            HELENE,
            ConnectionKind::Knows,
            "Photographed her Numerama series.",
        ),
        (
            JADE,
            HELENE,
            ConnectionKind::Knows,
            "Both cover cybersecurity.",
        ),
        (THEO, AMARA, ConnectionKind::Knows, ""),
    ] {
        book.connect(ConnectionInput {
            from: ids[from].clone(),
            to: ids[to].clone(),
            kind,
            note: note.into(),
            since: None,
        })?;
    }

    book.person_owner_set(&ids[AMELIE], Some(&team.nadia))?;
    book.person_owner_set(&ids[JEROME], Some(&team.marc))?;
    book.person_owner_set(&ids[THEO], Some(&team.marc))?;
    collision(book, ids, team, now, &date)
}

/// Nadia and Marc both wrote to Jérôme this week (the collision warning); the team plans a
/// follow-up and a lunch in the coming days (Today's week ahead).
fn collision(
    book: &Book,
    ids: &[String],
    team: &Team,
    now: DateTime<Utc>,
    date: &dyn Fn(i64) -> String,
) -> Result<()> {
    let ago = |days: i64, hour: u32| {
        let day = (now - Duration::days(days)).date_naive();
        crate::clock::stamp(
            day.and_time(NaiveTime::from_hms_opt(hour, 0, 0).expect("valid"))
                .and_utc(),
        )
    };
    let pitch = |colleague: &String, days, hour, kind, exchange, channel: &str, body: &str| {
        InteractionInput {
            kind,
            direction: Direction::Given,
            exchange: Some(exchange),
            occurred_at: Some(ago(days, hour)),
            channel: channel.into(),
            our_side: String::new(),
            colleague_id: Some(colleague.clone()),
            body: body.into(),
            people: vec![ids[JEROME].clone()],
            event_id: None,
        }
    };
    book.interaction_create_many(vec![
        pitch(
            &team.nadia,
            3,
            9,
            InteractionKind::Email,
            Exchange::Invitation,
            "E-mail",
            "Invited him to the VivaTech press breakfast.",
        ),
        pitch(
            &team.marc,
            1,
            8,
            InteractionKind::Dm,
            Exchange::ExclusiveInformation,
            "LinkedIn",
            "Pitched the repair-kit partnership for the gift guide.",
        ),
    ])?;
    book.followup_create(FollowupInput {
        title: "Agree who speaks to Jérôme".into(),
        body: "Nadia and Marc both pitched him this week.".into(),
        people: vec![ids[JEROME].clone()],
        due_local: format!("{}T10:00", date(2)),
        time_zone: None,
        recurrence: None,
    })?;
    book.meetup_create(MeetupInput {
        title: "Lunch with Jérôme".into(),
        start_local: format!("{}T12:30", date(3)),
        minutes: Some(90),
        place: "Café des Musiciens".into(),
        city: "Paris".into(),
        country: "FR".into(),
        people: vec![ids[JEROME].clone()],
        ..Default::default()
    })?;
    Ok(())
}
