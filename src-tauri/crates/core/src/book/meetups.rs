//! Meetups and cities in the `Book` API: planning face-to-face time, logging what came of it, trips.

use super::attendees::person_rowid;
use super::events::{parse_local, parse_zone, LOCAL_FMT};
use super::Book;
use crate::api::{CityViewReq, MeetupListReq, MeetupOutcomeReq};
use crate::clock::stamp;
use crate::domain::event::{AttendeeStatus, CityView, EventWhen, Meetup, MeetupInput};
use crate::domain::fold::fold;
use crate::domain::interaction::{Direction, InteractionKind};
use crate::domain::recurrence::{local_to_utc, MORNING};
use crate::error::{Error, FieldError, FieldRule, Result};
use crate::new_id;
use crate::store::events as event_rows;
use crate::store::interactions::{self as interaction_rows, InteractionRow};
use crate::store::meetups::{self as rows, MeetupQuery, MeetupRow};
use crate::store::people::summaries_by_rowid;
use crate::store::places;
use crate::store::stats;
use chrono_tz::Tz;
use rusqlite::Connection;

impl Book {
    pub fn meetup_create(&self, input: MeetupInput) -> Result<Meetup> {
        let user_tz = self.time_zone()?;
        let now = self.now();
        let id = new_id();
        self.db.write(|tx| {
            let c = clean(tx, &input, user_tz)?;
            rows::insert(tx, &id, &c.row(), &now)?;
            Ok(rows::load(tx, &id)?.meetup)
        })
    }

    pub fn meetup_update(&self, id: &str, input: MeetupInput) -> Result<Meetup> {
        let user_tz = self.time_zone()?;
        let now = self.now();
        self.db.write(|tx| {
            let rowid = rows::load(tx, id)?.rowid;
            let c = clean(tx, &input, user_tz)?;
            rows::update(tx, rowid, &c.row(), &now)?;
            Ok(rows::load(tx, id)?.meetup)
        })
    }

    pub fn meetup_delete(&self, id: &str) -> Result<Meetup> {
        let now = self.now();
        self.db.write(|tx| {
            let l = rows::load(tx, id)?;
            rows::delete(tx, l.rowid)?;
            crate::store::tombstones::record(tx, "meetup", id, &now)?;
            Ok(l.meetup)
        })
    }

    pub fn meetup_get(&self, id: &str) -> Result<Meetup> {
        self.db.read(|c| Ok(rows::load(c, id)?.meetup))
    }

    pub fn meetup_list(&self, req: &MeetupListReq) -> Result<Vec<Meetup>> {
        let now = self.now();
        let limit = req.limit.unwrap_or(100).clamp(1, 1000);
        self.db.read(|c| {
            let event = match &req.event_id {
                Some(id) => Some(event_rows::rowid_of(c, id)?),
                None => None,
            };
            let (from, until, newest_first) = match req.when {
                EventWhen::Upcoming => (Some(now.as_str()), None, false),
                EventWhen::Past => (None, Some(now.as_str()), true),
                EventWhen::All => (None, None, false),
            };
            rows::query(
                c,
                &MeetupQuery {
                    event,
                    city_key: None,
                    from,
                    until,
                    newest_first,
                    limit,
                },
            )
        })
    }

    /// Logs what came of a meetup: one interaction (kind `meetup`, at the meetup's time, or now
    /// if that is still to come) per
    /// person met, each marked `met` at the meetup's event — all in one transaction.
    pub fn meetup_outcome(&self, req: &MeetupOutcomeReq) -> Result<Meetup> {
        let now = self.now();
        let outcome = req.outcome.trim();
        if outcome.is_empty() {
            return Err(Error::invalid("outcome", "say in a few words how it went"));
        }
        self.db.write(|tx| {
            let l = rows::load(tx, &req.id)?;
            let planned = rows::person_rowids(tx, l.rowid)?;
            let met = match &req.met {
                None => planned,
                Some(ids) => ids
                    .iter()
                    .enumerate()
                    .map(|(n, id)| person_rowid(tx, id, &format!("met.{n}")))
                    .collect::<Result<Vec<_>>>()?,
            };
            if met.is_empty() {
                return Err(Error::invalid("met", "say who you met"));
            }
            // An outcome logged before the planned start means the meeting came early (or the
            // plan was late): it happened by now, not at a time still to come, so it is
            // recorded now rather than dated in the future, where it would read as "last
            // contact tomorrow". Asking would add a step to every early log for no better date.
            let happened = earlier(&l.meetup.start_at, &now);
            for p in &met {
                interaction_rows::insert(
                    tx,
                    &InteractionRow {
                        id: &new_id(),
                        kind: InteractionKind::Meetup,
                        direction: Direction::Neutral,
                        exchange: None,
                        occurred_at: &happened,
                        channel: "in_person",
                        our_side: "",
                        colleague_id: None,
                        body: outcome,
                        event_id: l.meetup.event_id.as_deref(),
                        people: std::slice::from_ref(p),
                        created_at: &now,
                        updated_at: &now,
                    },
                )?;
                if let Some(event) = l.event {
                    event_rows::attend(tx, event, *p, None, Some(AttendeeStatus::Met), None, &now)?;
                }
            }
            stats::refresh_all(tx, &met)?;
            rows::set_outcome(tx, l.rowid, outcome, &now)?;
            Ok(rows::load(tx, &req.id)?.meetup)
        })
    }

    /// Planning a trip: who lives in (or near) a city, and the events and meetups to come there.
    pub fn city_view(&self, req: &CityViewReq) -> Result<CityView> {
        let key = fold(req.city.trim());
        if key.is_empty() {
            return Err(Error::invalid("city", "name a city"));
        }
        let country = req
            .country
            .as_deref()
            .map(|c| c.trim().to_uppercase())
            .filter(|c| !c.is_empty());
        let now = self.now();
        self.db.read(|c| {
            let (people_in, people_near, country) = people_around(c, &key, country)?;
            let events = event_rows::list(c, EventWhen::Upcoming, Some(&key), &now, 100)?;
            let meetups = rows::query(
                c,
                &MeetupQuery {
                    event: None,
                    city_key: Some(&key),
                    from: Some(&now),
                    until: None,
                    newest_first: false,
                    limit: 100,
                },
            )?;
            let people_in = summaries_by_rowid(c, &people_in)?;
            // The city as the book spells it ("Montréal"), not as typed ("montreal").
            let city = events
                .first()
                .map(|e| e.city.clone())
                .or_else(|| people_in.first().map(|p| p.city.clone()))
                .unwrap_or_else(|| req.city.trim().to_string());
            Ok(CityView {
                city,
                country: country.unwrap_or_default(),
                people_in,
                people_near: summaries_by_rowid(c, &people_near)?,
                events,
                meetups,
            })
        })
    }
}

/// People whose folded city is `key` (the search index's `place` column finds candidates; the exact
/// folded comparison keeps "York" from matching "New York"), and people near: same country and,
/// where both are known, the same time zone as most of those in the city.
fn people_around(
    c: &Connection,
    key: &str,
    country: Option<String>,
) -> Result<(Vec<i64>, Vec<i64>, Option<String>)> {
    let phrase = key.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut inside = Vec::new();
    let mut zones = std::collections::HashMap::<String, usize>::new();
    let mut found_country = country.clone();
    for (rowid, city, ctry, tz) in places::in_place(c, &phrase)? {
        if fold(&city) != key || country.as_ref().is_some_and(|c| *c != ctry) {
            continue;
        }
        inside.push(rowid);
        if !tz.is_empty() {
            *zones.entry(tz).or_default() += 1;
        }
        if found_country.is_none() && !ctry.is_empty() {
            found_country = Some(ctry);
        }
    }
    let Some(ctry) = found_country.clone() else {
        return Ok((inside, Vec::new(), None));
    };
    let zone = zones.into_iter().max_by_key(|z| z.1).map(|z| z.0);
    let mut near = Vec::new();
    for (rowid, city, tz) in places::in_country(c, &ctry)? {
        let same_zone = match (&zone, tz.is_empty()) {
            (Some(z), false) => *z == tz,
            _ => true,
        };
        if fold(&city) != key && same_zone && near.len() < 200 {
            near.push(rowid);
        }
    }
    Ok((inside, near, found_country))
}

struct Clean {
    title: String,
    event: Option<i64>,
    tz: Tz,
    start_local: String,
    start_at: String,
    minutes: u32,
    input: MeetupInput,
    city_key: String,
    people: Vec<i64>,
}

impl Clean {
    fn row(&self) -> MeetupRow<'_> {
        MeetupRow {
            title: &self.title,
            event: self.event,
            time_zone: self.tz.name(),
            start_local: &self.start_local,
            start_at: &self.start_at,
            minutes: self.minutes,
            place: &self.input.place,
            city: &self.input.city,
            city_key: &self.city_key,
            country: &self.input.country,
            notes: &self.input.notes,
            people: &self.people,
        }
    }
}

/// The earlier of two RFC 3339 instants (the first when either cannot be read).
fn earlier(a: &str, b: &str) -> String {
    match (
        chrono::DateTime::parse_from_rfc3339(a),
        chrono::DateTime::parse_from_rfc3339(b),
    ) {
        (Ok(x), Ok(y)) if y < x => b.to_string(),
        _ => a.to_string(),
    }
}

fn clean(c: &Connection, i: &MeetupInput, user_tz: Tz) -> Result<Clean> {
    let mut errs = Vec::new();
    let mut bad = |field: String, rule: Option<FieldRule>, message: &str| {
        errs.push(FieldError {
            rule,
            ..FieldError::new(field, message)
        })
    };
    let mut input = i.clone();
    input.title = input.title.trim().to_string();
    input.place = input.place.trim().to_string();
    input.city = input.city.trim().to_string();
    input.country = input.country.trim().to_uppercase();
    if input.title.is_empty() {
        bad(
            "title".into(),
            Some(FieldRule::Required),
            "a meetup needs a title",
        );
    }
    // At an event, the event's zone, city and country are the defaults.
    let mut zone_default = user_tz;
    let event = match i.event_id.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some(id) => match event_rows::load(c, id) {
            Ok((rowid, e)) => {
                zone_default = e.time_zone.parse().unwrap_or(user_tz);
                if input.city.is_empty() {
                    input.city = e.city;
                }
                if input.country.is_empty() {
                    input.country = e.country;
                }
                Some(rowid)
            }
            Err(Error::NotFound { .. }) => {
                bad("event_id".into(), None, "this event does not exist");
                None
            }
            Err(e) => return Err(e),
        },
    };
    let tz = parse_zone(i.time_zone.as_deref(), zone_default).unwrap_or_else(|m| {
        bad("time_zone".into(), None, m);
        user_tz
    });
    if !input.country.is_empty() && !crate::domain::countries::is_country_code(&input.country) {
        bad(
            "country".into(),
            None,
            "use a two-letter ISO country code such as FR or US",
        );
    }
    let start = parse_local(i.start_local.trim(), MORNING);
    if start.is_none() {
        bad(
            "start_local".into(),
            Some(FieldRule::NotADate),
            "use a date and time such as 2026-11-27T12:30",
        );
    }
    let minutes = i.minutes.unwrap_or(60);
    if minutes == 0 || minutes > 24 * 60 {
        bad(
            "minutes".into(),
            Some(FieldRule::OutOfRange),
            "a meetup lasts between 1 minute and 24 hours",
        );
    }
    let mut people = Vec::new();
    for (n, id) in i.people.iter().enumerate() {
        match person_rowid(c, id, "") {
            Ok(r) => people.push(r),
            Err(Error::Validation(_)) => {
                bad(format!("people.{n}"), None, "this person does not exist")
            }
            Err(e) => return Err(e),
        }
    }
    if !errs.is_empty() {
        return Err(Error::Validation(errs));
    }
    let start = start.unwrap_or_default();
    Ok(Clean {
        title: input.title.clone(),
        event,
        tz,
        start_local: start.format(LOCAL_FMT).to_string(),
        start_at: stamp(local_to_utc(start, tz)),
        minutes,
        city_key: fold(&input.city),
        input,
        people,
    })
}
