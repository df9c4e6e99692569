//! The work-list filters of `person list`, `search` and `smart-list add` (last contact, follow-ups, cadence, audience, list, event, give and take, source, topic, dates), read into the core's filter.

use crate::fail::{Failure, Outcome};
use crate::values::parse_platform;
use clap::{Args, ValueEnum};
use liaison_core::{
    BalanceFilter, Book, CadenceState, ContactFilter, EventPresence, FollowupFilter, PersonFilter,
    Platform,
};

#[derive(Debug, Clone, Default, PartialEq, Args)]
pub struct RelationArgs {
    /// Only people with no interaction ever written down
    #[arg(long, help_heading = "Filters", conflicts_with_all = ["not_contacted_days", "contacted_within"])]
    pub never_contacted: bool,
    /// Only people not contacted in the last N days (the never contacted included)
    #[arg(
        long,
        value_name = "N",
        help_heading = "Filters",
        conflicts_with = "contacted_within"
    )]
    pub not_contacted_days: Option<u32>,
    /// Only people contacted in the last N days
    #[arg(long, value_name = "N", help_heading = "Filters")]
    pub contacted_within: Option<u32>,
    /// Only people whose next follow-up is: none, overdue
    #[arg(
        long,
        value_enum,
        help_heading = "Filters",
        conflicts_with = "followup_within"
    )]
    pub followup: Option<FollowupArg>,
    /// Only people with a follow-up coming due in the next N days
    #[arg(long, value_name = "N", help_heading = "Filters")]
    pub followup_within: Option<u32>,
    /// Only people in this cadence state
    #[arg(long, value_enum, help_heading = "Filters")]
    pub cadence: Option<CadenceArg>,
    /// Only people with an audience of at least N (their largest, or on --audience-platform)
    #[arg(long, value_name = "N", help_heading = "Filters")]
    pub audience_min: Option<u64>,
    /// Where --audience-min looks
    #[arg(long, value_parser = parse_platform, requires = "audience_min", help_heading = "Filters")]
    pub audience_platform: Option<Platform>,
    /// Only people on this hand-picked list (id or exact name)
    #[arg(long, value_name = "LIST", help_heading = "Filters")]
    pub in_list: Option<String>,
    /// Only people on this event's attendee list (its id)
    #[arg(long, value_name = "EVENT", help_heading = "Filters")]
    pub event: Option<String>,
    /// With --event (or alone, any event): only those met there, or only those invited
    #[arg(long, value_enum, help_heading = "Filters")]
    pub event_presence: Option<PresenceArg>,
    /// Give and take, counted in interactions
    #[arg(long, value_enum, help_heading = "Filters")]
    pub balance: Option<BalanceArg>,
    /// Only people whose source contains this text, any case
    #[arg(long, value_name = "TEXT", help_heading = "Filters")]
    pub source: Option<String>,
    /// Only people with this topic, ignoring case and accents
    #[arg(long, value_name = "TOPIC", help_heading = "Filters")]
    pub topic: Option<String>,
    /// Added on or after this day (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", help_heading = "Filters")]
    pub created_from: Option<String>,
    /// Added on or before this day (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", help_heading = "Filters")]
    pub created_until: Option<String>,
    /// Changed on or after this day (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", help_heading = "Filters")]
    pub updated_from: Option<String>,
    /// Changed on or before this day (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", help_heading = "Filters")]
    pub updated_until: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FollowupArg {
    None,
    Overdue,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CadenceArg {
    OnTime,
    Due,
    Cold,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PresenceArg {
    Attended,
    Invited,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BalanceArg {
    WeGaveMore,
    TheyGaveMore,
    Even,
}

impl RelationArgs {
    /// Sets the relationship half of `f`; a list named rather than given by id is looked up.
    pub fn apply(self, book: &Book, f: &mut PersonFilter) -> Outcome {
        f.last_contact = if self.never_contacted {
            Some(ContactFilter::Never)
        } else if let Some(days) = self.not_contacted_days {
            Some(ContactFilter::MoreThan { days })
        } else {
            self.contacted_within
                .map(|days| ContactFilter::Within { days })
        };
        f.next_followup = match (self.followup, self.followup_within) {
            (Some(FollowupArg::None), _) => Some(FollowupFilter::None),
            (Some(FollowupArg::Overdue), _) => Some(FollowupFilter::Overdue),
            (None, Some(days)) => Some(FollowupFilter::Within { days }),
            (None, None) => None,
        };
        f.cadence = self.cadence.map(|c| match c {
            CadenceArg::OnTime => CadenceState::OnTime,
            CadenceArg::Due => CadenceState::Due,
            CadenceArg::Cold => CadenceState::Cold,
            CadenceArg::Never => CadenceState::Never,
        });
        f.audience_min = self.audience_min;
        f.audience_platform = self.audience_platform;
        f.list = match self.in_list {
            Some(l) => Some(crate::commands::list::resolve(book, &l)?),
            None => None,
        };
        f.event = self.event;
        f.event_presence = self.event_presence.map(|p| match p {
            PresenceArg::Attended => EventPresence::Attended,
            PresenceArg::Invited => EventPresence::Invited,
        });
        f.balance = self.balance.map(|b| match b {
            BalanceArg::WeGaveMore => BalanceFilter::WeGaveMore,
            BalanceArg::TheyGaveMore => BalanceFilter::TheyGaveMore,
            BalanceArg::Even => BalanceFilter::Even,
        });
        f.source = self.source;
        f.topic = self.topic;
        f.created_from = self.created_from;
        f.created_until = self.created_until;
        f.updated_from = self.updated_from;
        f.updated_until = self.updated_until;
        f.check().map_err(Failure::from)
    }
}
