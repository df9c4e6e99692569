//! The team half of the `Book` API: the colleagues on our side, each person's touchpoints and owner, and the message-collision warning (two colleagues writing to one person within the window).

use super::Book;
use crate::domain::recurrence::local_to_utc;
use crate::domain::team::{
    clean_colleague, clean_window, Colleague, ColleagueInput, Collision, CollisionContact,
    PersonTeam, COLLISION_DAYS_DEFAULT,
};
use crate::error::{Error, FieldRule, Result};
use crate::new_id;
use crate::store::followups::{set_setting, setting};
use crate::store::network::person_name;
use crate::store::{people, team, tombstones};
use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use rusqlite::Connection;
use std::collections::BTreeSet;

pub(super) const WINDOW_KEY: &str = "collision_days";
/// The far end of "since": a contact dated later than now (planned, or a clock gone wrong) still
/// counts, as the timeline shows it.
const END_OF_TIME: &str = "\u{10FFFF}";

impl Book {
    /// Adds a colleague to the roster; their name must not be taken (case aside).
    pub fn colleague_create(&self, input: ColleagueInput) -> Result<Colleague> {
        let c = clean_colleague(input)?;
        let now = self.now();
        self.db.write(|tx| {
            team::ensure_free(tx, &c.name, None)?;
            let id = new_id();
            team::insert(tx, &id, &c, &now)?;
            team::get(tx, &id)
        })
    }

    /// Replaces a colleague's fields.
    pub fn colleague_update(&self, id: &str, input: ColleagueInput) -> Result<Colleague> {
        let c = clean_colleague(input)?;
        let now = self.now();
        self.db.write(|tx| {
            team::ensure_exists(tx, id)?;
            team::ensure_free(tx, &c.name, Some(id))?;
            team::update(tx, id, &c, &now)?;
            team::get(tx, id)
        })
    }

    /// Takes a colleague off the roster: their interactions keep the name as text, the people
    /// they owned have no owner. A tombstone carries the deletion in bundles.
    pub fn colleague_delete(&self, id: &str) -> Result<()> {
        let now = self.now();
        self.db.write(|tx| {
            team::delete(tx, id)?;
            tombstones::record(tx, "colleague", id, &now)
        })
    }

    pub fn colleague_all(&self) -> Result<Vec<Colleague>> {
        self.db.read(team::all)
    }

    pub fn colleague_get(&self, id: &str) -> Result<Colleague> {
        self.db.read(|c| team::get(c, id))
    }

    /// A colleague by id, or by their exact name (case aside): what the CLI and capture accept.
    pub fn colleague_find(&self, typed: &str) -> Result<Colleague> {
        let typed = typed.trim();
        self.db.read(|c| match team::get(c, typed) {
            Err(Error::NotFound { .. }) => match team::by_name(c, typed)? {
                Some(id) => team::get(c, &id),
                None => Err(Error::NotFound {
                    what: "colleague",
                    id: typed.to_string(),
                }),
            },
            found => found,
        })
    }

    /// Makes `owner` (a colleague's id) the person's owner, or with `None` leaves them unowned.
    pub fn person_owner_set(&self, person_id: &str, owner: Option<&str>) -> Result<PersonTeam> {
        let now = self.now();
        self.db.write(|tx| {
            let rowid = people::rowid_of(tx, person_id)?;
            if let Some(o) = owner {
                team::ensure_exists(tx, o)?;
            }
            team::set_owner(tx, rowid, owner, &now)
        })?;
        self.person_team(person_id)
    }

    /// What the person page's "our side" section shows: owner, touchpoints, and a collision in
    /// the last `window` days if there is one.
    pub fn person_team(&self, person_id: &str) -> Result<PersonTeam> {
        let days = self.collision_days()?;
        let since = self.since(days);
        self.db.read(|c| {
            let rowid = people::rowid_of(c, person_id)?;
            let owner = team::owner_of(c, rowid)?;
            let contacts = team::contacts_between(c, rowid, &since, END_OF_TIME)?;
            Ok(PersonTeam {
                owner_id: owner.as_ref().map(|o| o.0.clone()),
                owner_name: owner.map(|o| o.1),
                touchpoints: team::touchpoints(c, rowid)?,
                collision: collision(c, rowid, days, contacts)?,
                window_days: days,
            })
        })
    }

    /// Every person two or more colleagues contacted in the last `days` (the setting when
    /// `None`), the most recent contact first: what Today and `liaison collisions` show.
    pub fn collisions(&self, days: Option<u32>) -> Result<Vec<Collision>> {
        let days = match days {
            Some(d) => clean_window(d)?,
            None => self.collision_days()?,
        };
        let since = self.since(days);
        self.db.read(|c| {
            let mut found = Vec::new();
            for rowid in team::people_contacted_by_several(c, &since)? {
                let contacts = team::contacts_between(c, rowid, &since, END_OF_TIME)?;
                found.extend(collision(c, rowid, days, contacts)?);
            }
            found.sort_by(|a, b| {
                let last = |x: &Collision| x.contacts.last().map(|c| c.occurred_at.clone());
                last(b)
                    .cmp(&last(a))
                    .then_with(|| a.person_name.cmp(&b.person_name))
            });
            Ok(found)
        })
    }

    /// Before logging: the other colleagues who contacted any of `people` within the window
    /// around `occurred_at` (now when `None`; a wall time is read in the book's zone, as when
    /// logging). `except` is the interaction being edited, which does not collide with itself.
    /// One range read per person, on interaction_people's primary key.
    pub fn collision_check(
        &self,
        people_ids: &[String],
        colleague_id: &str,
        occurred_at: Option<&str>,
        except: Option<&str>,
    ) -> Result<Vec<Collision>> {
        let days = self.collision_days()?;
        let at = match occurred_at.map(str::trim).filter(|s| !s.is_empty()) {
            None => self.clock.now(),
            Some(s) => match DateTime::parse_from_rfc3339(s) {
                Ok(t) => t.with_timezone(&Utc),
                Err(_) => match NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M") {
                    Ok(wall) => local_to_utc(wall, self.time_zone()?),
                    Err(_) => {
                        return Err(Error::Validation(vec![crate::error::FieldError::broke(
                            "occurred_at",
                            FieldRule::NotADate,
                            "use a date and time such as 2026-11-22T14:30 (in your time zone) or 2026-11-22T14:30:00+01:00",
                        )]))
                    }
                },
            },
        };
        let window = Duration::days(i64::from(days));
        let (from, to) = (
            crate::clock::stamp(at - window),
            crate::clock::stamp(at + window),
        );
        self.db.read(|c| {
            let mut seen = BTreeSet::new();
            let mut found = Vec::new();
            for id in people_ids {
                let rowid = people::rowid_of(c, id)?;
                if !seen.insert(rowid) {
                    continue;
                }
                let others: Vec<CollisionContact> = team::contacts_between(c, rowid, &from, &to)?
                    .into_iter()
                    .filter(|x| x.colleague_id != colleague_id)
                    .filter(|x| Some(x.interaction_id.as_str()) != except)
                    .collect();
                if !others.is_empty() {
                    let (person_id, person_name) = person_name(c, rowid)?;
                    found.push(Collision {
                        person_id,
                        person_name,
                        window_days: days,
                        contacts: others,
                    });
                }
            }
            Ok(found)
        })
    }

    /// The collision window in days (a setting, 7 until changed).
    pub fn collision_days(&self) -> Result<u32> {
        let stored = self.db.read(|c| setting(c, WINDOW_KEY))?;
        Ok(stored
            .and_then(|v| v.parse().ok())
            .and_then(|d| clean_window(d).ok())
            .unwrap_or(COLLISION_DAYS_DEFAULT))
    }

    pub fn set_collision_days(&self, days: u32) -> Result<()> {
        let days = clean_window(days)?;
        let now = self.now();
        self.db
            .write(|tx| set_setting(tx, WINDOW_KEY, &days.to_string(), &now))
    }

    fn since(&self, days: u32) -> String {
        crate::clock::stamp(self.clock.now() - Duration::days(i64::from(days)))
    }
}

/// A collision when the contacts come from two colleagues or more.
fn collision(
    c: &Connection,
    rowid: i64,
    days: u32,
    contacts: Vec<CollisionContact>,
) -> Result<Option<Collision>> {
    let who: BTreeSet<&str> = contacts.iter().map(|x| x.colleague_id.as_str()).collect();
    if who.len() < 2 {
        return Ok(None);
    }
    let (person_id, person_name) = person_name(c, rowid)?;
    Ok(Some(Collision {
        person_id,
        person_name,
        window_days: days,
        contacts,
    }))
}
