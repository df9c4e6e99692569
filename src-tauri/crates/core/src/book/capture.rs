//! Quick capture in the `Book` API: one typed line becomes an interaction, a follow-up and an attendance.

use super::capture_people::{
    add_tags, create_minimal, guess_lead_name, introduce, person_ids, resolve, shorten,
};
use super::Book;
use crate::api::{CapturePerson, CapturePreview, CaptureProblem, CaptureReq, CaptureSaved};
use crate::clock::stamp;
use crate::domain::capture::{self, Who};
use crate::domain::event::AttendeeStatus;
use crate::domain::fold::fold;
use crate::domain::followup::FollowupInput;
use crate::domain::interaction::{Direction, InteractionKind};
use crate::domain::recurrence::{local_date, local_to_utc, MORNING};
use crate::error::{Error, FieldError, Result};
use crate::new_id;
use crate::store::name_match::{people_named, people_with_handle};
use crate::store::people::{self, summaries_by_rowid};
use crate::store::{events as event_rows, followups as followup_rows, interactions, stats};
use chrono::NaiveDate;
use chrono_tz::Tz;
use rusqlite::Connection;

/// Candidates shown for an ambiguous name.
pub(super) const MAX_CANDIDATES: usize = 8;

impl Book {
    /// What `capture_save` would save for this line; writes nothing. Cheap enough to run as one types.
    pub fn capture_preview(&self, req: &CaptureReq) -> Result<CapturePreview> {
        let tz = self.time_zone()?;
        let today = local_date(self.clock.now(), tz);
        let now = self.now();
        self.db.read(|c| Ok(plan(c, req, today, &now)?.preview))
    }

    /// Saves the line in one transaction: new people, the interaction, the follow-up, the
    /// attendance at the event under way (status `met`), and #tags on the people.
    pub fn capture_save(&self, req: &CaptureReq) -> Result<CaptureSaved> {
        let tz = self.time_zone()?;
        let today = local_date(self.clock.now(), tz);
        let now = self.now();
        self.db.write(|tx| {
            let plan = plan(tx, req, today, &now)?;
            let p = &plan.preview;
            if !p.problems.is_empty() {
                return Err(Error::Validation(
                    p.problems
                        .iter()
                        .map(|m| FieldError::new("line", m.message()))
                        .collect(),
                ));
            }
            let mut rowids = Vec::new();
            let mut created = Vec::new();
            for who in &p.people {
                let rowid = match &who.person {
                    Some(s) => people::rowid_of(tx, &s.id)?,
                    None => {
                        let r = create_minimal(tx, &who.text, &now)?;
                        created.push(r);
                        r
                    }
                };
                if !rowids.contains(&rowid) {
                    rowids.push(rowid);
                }
            }
            if !p.tags.is_empty() {
                for r in &rowids {
                    add_tags(tx, *r, &p.tags, &now)?;
                }
            }
            if let Some(by) = p.introduced_by.as_ref().and_then(|b| b.person.as_ref()) {
                introduce(tx, people::rowid_of(tx, &by.id)?, &rowids, &now)?;
            }
            let interaction_id = new_id();
            interactions::insert(
                tx,
                &interactions::InteractionRow {
                    id: &interaction_id,
                    kind: p.kind,
                    direction: Direction::Neutral,
                    exchange: None,
                    occurred_at: &now,
                    channel: if p.event.is_some() { "in_person" } else { "" },
                    our_side: "",
                    colleague_id: None,
                    body: &p.body,
                    event_id: p.event.as_ref().map(|e| e.id.as_str()),
                    people: &rowids,
                    created_at: &now,
                    updated_at: &now,
                },
            )?;
            stats::refresh_all(tx, &rowids)?;
            if let Some(e) = &p.event {
                let event = event_rows::rowid_of(tx, &e.id)?;
                for r in &rowids {
                    event_rows::attend(tx, event, *r, None, Some(AttendeeStatus::Met), None, &now)?;
                }
            }
            let followup = match (&p.due_local, &p.followup_title) {
                (Some(due), Some(title)) => {
                    let ids = person_ids(tx, &rowids)?;
                    Some(self.followup_in(
                        tx,
                        tz,
                        &now,
                        FollowupInput {
                            title: title.clone(),
                            people: ids,
                            due_local: due.clone(),
                            ..FollowupInput::default()
                        },
                    )?)
                }
                _ => None,
            };
            let event = match &p.event {
                Some(e) => Some(event_rows::load(tx, &e.id)?.1),
                None => None,
            };
            Ok(CaptureSaved {
                interaction: interactions::load(tx, &interaction_id)?.1,
                followup,
                event,
                created: summaries_by_rowid(tx, &created)?,
            })
        })
    }

    /// A follow-up written inside a caller's transaction (capture saves everything at once).
    fn followup_in(
        &self,
        tx: &Connection,
        tz: Tz,
        now: &str,
        input: FollowupInput,
    ) -> Result<crate::domain::followup::Followup> {
        let id = new_id();
        let due = chrono::NaiveDateTime::parse_from_str(&input.due_local, super::events::LOCAL_FMT)
            .map_err(|_| Error::invalid("due_local", "the follow-up date could not be read"))?;
        let people: Vec<i64> = input
            .people
            .iter()
            .map(|id| people::rowid_of(tx, id))
            .collect::<Result<_>>()?;
        followup_rows::insert(
            tx,
            &id,
            &followup_rows::FollowupRow {
                title: &input.title,
                body: "",
                time_zone: tz.name(),
                anchor_local: &input.due_local,
                due_local: &input.due_local,
                due_at: &stamp(local_to_utc(due, tz)),
                recurrence: None,
                people: &people,
            },
            now,
        )?;
        Ok(followup_rows::load(tx, &id)?.followup)
    }
}

struct Plan {
    preview: CapturePreview,
}

fn plan(c: &Connection, req: &CaptureReq, today: NaiveDate, now: &str) -> Result<Plan> {
    let mut line = capture::parse(&req.line, today);
    let mut problems = Vec::new();
    let mut people = Vec::new();
    for who in &line.who {
        // A name no one has is someone new, met today; a handle no one has is more often a
        // typo or a person whose handle is not saved yet: it is reported, and created only
        // when the user says so (a choice with no person).
        let (text, found, unknown_is_new) = match who {
            Who::Handle(h) => (format!("@{h}"), people_with_handle(c, h)?, false),
            Who::Name(n) => (n.clone(), people_named(c, n, false)?, true),
        };
        // A name no one has in its script may be someone's in another (Олег Иванов is Oleg
        // Ivanov): offered as a choice before a second person is made, never picked unasked.
        if let (Who::Name(n), true) = (who, found.is_empty()) {
            let latin = deunicode::deunicode(n);
            let other = if latin == *n {
                Vec::new()
            } else {
                people_named(c, &latin, true)?
            };
            let chosen = req.choices.iter().any(|ch| fold(&ch.text) == fold(n));
            if !other.is_empty() && !chosen {
                let mut candidates =
                    summaries_by_rowid(c, &other[..other.len().min(MAX_CANDIDATES)])?;
                candidates.sort_by(|a, b| a.display_name.cmp(&b.display_name));
                people.push(CapturePerson {
                    text,
                    person: None,
                    is_new: false,
                    candidates,
                });
                continue;
            }
        }
        people.push(resolve(c, req, text, found, unknown_is_new)?);
    }
    if line.who.is_empty() {
        if let Some(p) = guess_lead_name(c, req, &mut line)? {
            people.push(p);
        }
    }
    if people.is_empty() {
        problems.push(CaptureProblem::NoOne);
    }
    // Who introduced them must be someone here: "via" never creates a person.
    let introduced_by = match &line.via {
        None => None,
        Some(Who::Name(n)) if n.is_empty() => {
            problems.push(CaptureProblem::UnknownIntroducer {
                text: String::new(),
            });
            None
        }
        Some(who) => {
            let (text, found) = match who {
                Who::Handle(h) => (format!("@{h}"), people_with_handle(c, h)?),
                Who::Name(n) => (n.clone(), people_named(c, n, false)?),
            };
            let p = resolve(c, req, text, found, false)?;
            if p.person.is_none() && p.candidates.is_empty() {
                problems.push(CaptureProblem::UnknownIntroducer {
                    text: p.text.clone(),
                });
            } else if p.person.is_none() {
                problems.push(CaptureProblem::Ambiguous {
                    text: p.text.clone(),
                    candidates: u32::try_from(p.candidates.len()).unwrap_or(u32::MAX),
                });
            }
            Some(p)
        }
    };
    for p in &people {
        if p.person.is_none() && !p.is_new && p.candidates.is_empty() {
            problems.push(CaptureProblem::UnknownHandle {
                text: p.text.clone(),
            });
        } else if p.person.is_none() && !p.is_new {
            problems.push(CaptureProblem::Ambiguous {
                text: p.text.clone(),
                candidates: u32::try_from(p.candidates.len()).unwrap_or(u32::MAX),
            });
        }
    }
    let event = if req.no_event {
        None
    } else {
        match req.event_id.as_deref().filter(|s| !s.is_empty()) {
            Some(id) => Some(event_rows::load(c, id)?.1),
            None => event_rows::current(c, now)?.into_iter().next(),
        }
    };
    let mut body = line.body().trim().to_string();
    if body.is_empty() {
        body = line.todo.clone().unwrap_or_default();
    }
    if body.is_empty() && line.due.is_none() {
        problems.push(CaptureProblem::NoText);
    }
    let due_local = line.due.map(|(d, t)| {
        d.and_time(t.unwrap_or(MORNING))
            .format(super::events::LOCAL_FMT)
            .to_string()
    });
    let names: Vec<String> = people
        .iter()
        .map(|p| {
            p.person
                .as_ref()
                .map_or(p.text.clone(), |s| s.display_name.clone())
        })
        .collect();
    let followup_title = due_local.as_ref().map(|_| {
        line.todo
            .clone()
            .or_else(|| (!body.is_empty()).then(|| shorten(&body)))
            .unwrap_or_else(|| format!("Follow up with {}", names.join(", ")))
    });
    Ok(Plan {
        preview: CapturePreview {
            kind: req.kind.unwrap_or(if event.is_some() {
                InteractionKind::Meeting
            } else {
                InteractionKind::Note
            }),
            people,
            body,
            tags: line.tags.clone(),
            due_local,
            due_phrase: line.due_phrase.clone(),
            followup_title,
            event,
            problems,
            introduced_by,
        },
    })
}
