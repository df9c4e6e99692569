//! Turns the person flags into the core's `PersonInput` (add) or `PersonPatch` (edit). The core
//! validates and normalises; this only decides which fields the user actually gave.

use crate::values::{kind_parser, parse_audience, parse_handle, stage_parser, HandleArg};
use clap::{Args, ValueEnum};
use liaison_core::{PersonKind, Stage};

use crate::fail::{Failure, Outcome};
use clap::ArgMatches;
use liaison_core::{
    normalize_handle, Book, Channel, ChannelInput, Person, PersonInput, PersonPatch,
};

/// The audience given for each `--handle`, in order: an `--audience` belongs to the nearest
/// `--handle` before it on the command line, which is how people write such pairs.
pub fn audiences(leaf: &ArgMatches, fields: &PersonFields) -> Outcome<Vec<Option<u64>>> {
    let mut out = vec![None; fields.handles.len()];
    if fields.audiences.is_empty() {
        return Ok(out);
    }
    let handle_at: Vec<usize> = leaf
        .indices_of("handles")
        .map(|i| i.collect())
        .unwrap_or_default();
    let audience_at: Vec<usize> = leaf
        .indices_of("audiences")
        .map(|i| i.collect())
        .unwrap_or_default();
    for (pos, count) in audience_at.iter().zip(&fields.audiences) {
        let Some(h) = handle_at.iter().rposition(|h| h < pos) else {
            return Err(Failure::invalid(
                "--audience",
                "--audience gives the audience of the --handle just before it; put a --handle first",
            ));
        };
        if out[h].replace(*count).is_some() {
            return Err(Failure::invalid(
                "--audience",
                format!(
                    "two --audience values follow --handle {}",
                    handle_text(&fields.handles[h])
                ),
            ));
        }
    }
    Ok(out)
}

fn handle_text(h: &HandleArg) -> String {
    format!("{}:{}", h.platform.as_str(), h.handle)
}

/// The day an audience figure is seen: today in the user's own calendar, on the book's clock.
pub fn today(book: &Book) -> Outcome<String> {
    Ok(book
        .wall_now(book.time_zone()?)
        .format("%Y-%m-%d")
        .to_string())
}

fn new_channel(h: HandleArg, audience: Option<u64>, today: &str) -> ChannelInput {
    ChannelInput {
        platform: h.platform,
        handle: h.handle,
        as_of: audience.map(|_| today.to_string()),
        audience,
        ..Default::default()
    }
}

/// `today` dates the audiences given (see [`today`]).
pub fn to_input(f: PersonFields, audiences: Vec<Option<u64>>, today: &str) -> PersonInput {
    let channels = f
        .handles
        .into_iter()
        .zip(audiences)
        .map(|(h, a)| new_channel(h, a, today))
        .collect();
    PersonInput {
        first_name: f.first.unwrap_or_default(),
        last_name: f.last.unwrap_or_default(),
        display_name: f.name.unwrap_or_default(),
        pronouns: f.pronouns.unwrap_or_default(),
        kind: f.kind.unwrap_or_default(),
        stage: f.stage.unwrap_or_default(),
        bio: f.bio.unwrap_or_default(),
        topics: f.topics,
        languages: f.languages,
        city: f.city.unwrap_or_default(),
        country: f.country.unwrap_or_default(),
        time_zone: f.tz.unwrap_or_default(),
        emails: f.emails,
        phones: f.phones,
        website: f.website.unwrap_or_default(),
        employer: f.employer.unwrap_or_default(),
        title: f.title.unwrap_or_default(),
        birthday: f.birthday.unwrap_or_default(),
        motivations: f.motivations.unwrap_or_default(),
        compensation: f.compensation.unwrap_or_default(),
        values_note: f.values_note.unwrap_or_default(),
        objectives: f.objectives.unwrap_or_default(),
        resonance: f.resonance,
        reach: f.reach,
        relevance: f.relevance,
        cadence_days: f.cadence,
        source: f.source.unwrap_or_default(),
        consent_note: f.consent.unwrap_or_default(),
        tags: f.tags,
        channels,
    }
}

/// Only the flags given become `Some`; `--clear` empties first, so `--clear tags --tag x` and
/// `--tag x` mean the same thing. An edit with nothing in it is refused rather than silently
/// bumping `updated_at`.
pub fn to_patch(
    f: PersonFields,
    clear: &[Clearable],
    audiences: Vec<Option<u64>>,
    current: &Person,
    today: &str,
) -> Outcome<PersonPatch> {
    let mut p = PersonPatch::default();
    for c in clear {
        let empty = || Some(String::new());
        match c {
            Clearable::First => p.first_name = empty(),
            Clearable::Last => p.last_name = empty(),
            Clearable::Pronouns => p.pronouns = empty(),
            Clearable::Bio => p.bio = empty(),
            Clearable::Topics => p.topics = Some(Vec::new()),
            Clearable::Languages => p.languages = Some(Vec::new()),
            Clearable::City => p.city = empty(),
            Clearable::Country => p.country = empty(),
            Clearable::Tz => p.time_zone = empty(),
            Clearable::Emails => p.emails = Some(Vec::new()),
            Clearable::Phones => p.phones = Some(Vec::new()),
            Clearable::Website => p.website = empty(),
            Clearable::Employer => p.employer = empty(),
            Clearable::Title => p.title = empty(),
            Clearable::Birthday => p.birthday = empty(),
            Clearable::Tags => p.tags = Some(Vec::new()),
            Clearable::Handles => p.channels = Some(Vec::new()),
            Clearable::Resonance => p.resonance = Some(None),
            Clearable::Reach => p.reach = Some(None),
            Clearable::Relevance => p.relevance = Some(None),
            Clearable::Cadence => p.cadence_days = Some(None),
            Clearable::Source => p.source = empty(),
            Clearable::Consent => p.consent_note = empty(),
            Clearable::Motivations => p.motivations = empty(),
            Clearable::Compensation => p.compensation = empty(),
            Clearable::Values => p.values_note = empty(),
            Clearable::Objectives => p.objectives = empty(),
        }
    }
    macro_rules! given {
        ($($flag:ident => $field:ident),+ $(,)?) => {
            $( if let Some(v) = f.$flag { p.$field = Some(v); } )+
        };
    }
    given!(
        name => display_name, first => first_name, last => last_name, pronouns => pronouns,
        kind => kind, stage => stage, bio => bio, city => city, country => country,
        tz => time_zone, website => website, employer => employer, title => title,
        birthday => birthday, source => source,
        consent => consent_note, motivations => motivations, compensation => compensation,
        values_note => values_note, objectives => objectives,
    );
    macro_rules! given_list {
        ($($field:ident),+) => {
            $( if !f.$field.is_empty() { p.$field = Some(f.$field); } )+
        };
    }
    given_list!(topics, languages, emails, phones, tags);
    macro_rules! given_number {
        ($($flag:ident => $field:ident),+) => {
            $( if f.$flag.is_some() { p.$field = Some(f.$flag); } )+
        };
    }
    given_number!(resonance => resonance, reach => reach, relevance => relevance,
        cadence => cadence_days);
    if !f.handles.is_empty() {
        p.channels = Some(
            f.handles
                .into_iter()
                .zip(audiences)
                .map(|(h, a)| keep_identity(h, a, &current.channels, today))
                .collect(),
        );
    }
    if p == PersonPatch::default() {
        return Err(Failure::invalid(
            "edit",
            "nothing to change: give at least one field flag such as --city or --tag \
             (see `liaison person edit --help`)",
        ));
    }
    Ok(p)
}

/// `--handle` replaces the channel list, but a handle that was already there keeps its identity,
/// URL and audience history, so re-stating it does not look like a new channel to exports.
fn keep_identity(
    h: HandleArg,
    audience: Option<u64>,
    existing: &[Channel],
    today: &str,
) -> ChannelInput {
    let normalized = normalize_handle(h.platform, &h.handle);
    match existing
        .iter()
        .find(|c| c.platform == h.platform && c.handle == normalized)
    {
        Some(c) => {
            let mut input = ChannelInput::from(c);
            if audience.is_some() {
                input.audience = audience;
                input.as_of = Some(today.to_string());
            }
            input
        }
        None => new_channel(h, audience, today),
    }
}

/// Every field a person has, as flags; `add` and `edit` share them so they cannot drift apart.
#[derive(Debug, Args)]
pub struct PersonFields {
    /// Display name [default on add: "FIRST LAST"]
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// First name
    #[arg(long, value_name = "NAME")]
    pub first: Option<String>,
    /// Last name
    #[arg(long, value_name = "NAME")]
    pub last: Option<String>,
    /// Pronouns, e.g. she/her or elle
    #[arg(long)]
    pub pronouns: Option<String>,
    /// What kind of influencer or contact
    #[arg(long, ignore_case = true, value_parser = kind_parser())]
    pub kind: Option<PersonKind>,
    /// Where the relationship stands
    #[arg(long, ignore_case = true, value_parser = stage_parser())]
    pub stage: Option<Stage>,
    /// A short biography
    #[arg(long)]
    pub bio: Option<String>,
    /// A topic they speak about (repeatable)
    #[arg(long = "topic", value_name = "TOPIC")]
    pub topics: Vec<String>,
    /// A language code such as fr, en or zh-Hans (repeatable)
    #[arg(long = "language", value_name = "CODE")]
    pub languages: Vec<String>,
    /// City they live or mostly work in
    #[arg(long)]
    pub city: Option<String>,
    /// Two-letter ISO country code, e.g. FR, CA, CN
    #[arg(long, value_name = "CODE")]
    pub country: Option<String>,
    /// IANA time zone, e.g. Europe/Paris
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// E-mail address (repeatable)
    #[arg(long = "email", value_name = "ADDRESS")]
    pub emails: Vec<String>,
    /// Phone number (repeatable)
    #[arg(long = "phone", value_name = "NUMBER")]
    pub phones: Vec<String>,
    /// Website; https:// is added when left out
    #[arg(long, value_name = "URL")]
    pub website: Option<String>,
    /// Employer or affiliation
    #[arg(long)]
    pub employer: Option<String>,
    /// Job title
    #[arg(long)]
    pub title: Option<String>,
    /// Birthday: 1990-04-17, or --04-17 when the year is unknown (write --birthday=--04-17)
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub birthday: Option<String>,
    /// A tag, with or without '#' (repeatable)
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// A channel such as instagram:@AmelieD, x:JoelBackaler or wechat:wxid_1 (repeatable)
    #[arg(long = "handle", value_name = "PLATFORM:HANDLE", value_parser = parse_handle)]
    pub handles: Vec<HandleArg>,
    /// Audience of the --handle just before it: 45300, 45k or 1.2M
    #[arg(long = "audience", value_name = "COUNT", value_parser = parse_audience)]
    pub audiences: Vec<u64>,
    /// How strongly their voice carries on the topics that matter, 1-5
    #[arg(long, value_name = "1-5")]
    pub resonance: Option<u8>,
    /// How many people they reach, 1-5
    #[arg(long, value_name = "1-5")]
    pub reach: Option<u8>,
    /// How close their topics are to yours, 1-5
    #[arg(long, value_name = "1-5")]
    pub relevance: Option<u8>,
    /// Touch base every DAYS days
    #[arg(long, value_name = "DAYS")]
    pub cadence: Option<u32>,
    /// Where this record came from
    #[arg(long)]
    pub source: Option<String>,
    /// Consent note: what they agreed to and when
    #[arg(long)]
    pub consent: Option<String>,
    /// What drives them
    #[arg(long)]
    pub motivations: Option<String>,
    /// How they prefer to be compensated
    #[arg(long)]
    pub compensation: Option<String>,
    /// How their values align with yours
    #[arg(long = "values", value_name = "NOTE")]
    pub values_note: Option<String>,
    /// Objectives and expectations on both sides
    #[arg(long)]
    pub objectives: Option<String>,
}

/// The fields `edit --clear` can empty; names follow the flags that set them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Clearable {
    First,
    Last,
    Pronouns,
    Bio,
    Topics,
    Languages,
    City,
    Country,
    Tz,
    Emails,
    Phones,
    Website,
    Employer,
    Title,
    Birthday,
    Tags,
    Handles,
    Resonance,
    Reach,
    Relevance,
    Cadence,
    Source,
    Consent,
    Motivations,
    Compensation,
    Values,
    Objectives,
}
