//! Quick capture: one typed line, what saving it would do, and what it did.

use crate::domain::event::Event;
use crate::domain::followup::Followup;
use crate::domain::interaction::{Interaction, InteractionKind};
use crate::domain::person::PersonSummary;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One line typed into quick capture.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct CaptureReq {
    pub line: String,
    /// How ambiguous names were resolved: the name as typed, and the chosen person's id
    /// (an empty id means "a new person").
    pub choices: Vec<CaptureChoice>,
    /// The event to link; defaults to the event under way now, if any.
    pub event_id: Option<String>,
    /// Don't link the event under way.
    pub no_event: bool,
    /// Defaults to `meeting` at an event, else `note`.
    pub kind: Option<InteractionKind>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct CaptureChoice {
    pub text: String,
    pub person_id: String,
}

/// Who a part of the line names: a known person, a new one, or a choice to make.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CapturePerson {
    /// As typed: `Amélie`, `@amelied`.
    pub text: String,
    /// Resolved to this person (None when new or ambiguous).
    pub person: Option<PersonSummary>,
    /// No one matches: saving creates a person with this name. A handle no one has is not new
    /// until chosen so (it is reported with `CaptureProblem::UnknownHandle`).
    pub is_new: bool,
    /// Several match: the user picks one (best first).
    pub candidates: Vec<PersonSummary>,
}

/// What saving the line would do; nothing is written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CapturePreview {
    pub people: Vec<CapturePerson>,
    pub kind: InteractionKind,
    pub body: String,
    pub tags: Vec<String>,
    /// The follow-up's due wall time, `YYYY-MM-DDTHH:MM`, in the user's zone.
    pub due_local: Option<String>,
    /// The words that gave the date, as typed.
    pub due_phrase: Option<String>,
    pub followup_title: Option<String>,
    pub event: Option<Event>,
    /// What stops saving; empty when the line can be saved.
    pub problems: Vec<CaptureProblem>,
    /// `Amélie (via Kwame): …`: who introduced them, a person already in the book; saving
    /// records the connection (Kwame introduced Amélie).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub introduced_by: Option<CapturePerson>,
}

/// Something that stops a line from being saved, named so each door says it in its own words
/// (the window in the reader's language, the CLI with `message`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CaptureProblem {
    /// No name, handle or known person says who it was.
    NoOne,
    /// `text` could be `candidates` people: one must be chosen.
    Ambiguous { text: String, candidates: u32 },
    /// Neither what happened nor anything to do.
    NoText,
    /// No one has the handle `text` (with its `@`): choose a new person for it, or fix it.
    UnknownHandle { text: String },
    /// No one here is `text`, named after "via": who introduced them must already be in the
    /// book (an empty `text`: no name after "via").
    UnknownIntroducer { text: String },
}

impl CaptureProblem {
    /// The problem in English, for the CLI and the error a save answers.
    pub fn message(&self) -> String {
        match self {
            CaptureProblem::NoOne => {
                "Who was it? Start with a name and a colon (Amélie: …) or an @handle.".into()
            }
            CaptureProblem::Ambiguous { text, candidates } => {
                format!("“{text}” could be {candidates} people: choose one.")
            }
            CaptureProblem::NoText => "What happened? Add a few words.".into(),
            CaptureProblem::UnknownHandle { text } => {
                format!("No one has the handle “{text}”: correct it, or choose a new person.")
            }
            CaptureProblem::UnknownIntroducer { text } if text.is_empty() => {
                "Who introduced them? Write their name after “via”, as in Amélie (via Kwame): …"
                    .into()
            }
            CaptureProblem::UnknownIntroducer { text } => format!(
                "No one here is “{text}” (after “via”): add them first, or correct the name."
            ),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CaptureSaved {
    pub interaction: Interaction,
    pub followup: Option<Followup>,
    pub event: Option<Event>,
    /// People created because their name was new.
    pub created: Vec<PersonSummary>,
}
