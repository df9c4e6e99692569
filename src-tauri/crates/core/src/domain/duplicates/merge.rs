//! What a merge keeps of two people: the survivor's values, the other's where the survivor has none or where the user picked them, and both sides' lists when asked.

use crate::domain::channel::ChannelInput;
use crate::domain::fold::fold;
use crate::domain::person::{str_enum, Person, PersonInput};
use crate::interchange::people_import::keys::{handle_key, phone_key};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A field whose value a merge can take from the other person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MergeField {
    FirstName,
    LastName,
    DisplayName,
    Pronouns,
    Kind,
    Stage,
    Bio,
    Topics,
    Languages,
    City,
    Country,
    TimeZone,
    Emails,
    Phones,
    Website,
    Employer,
    Title,
    Birthday,
    Motivations,
    Compensation,
    ValuesNote,
    Objectives,
    Resonance,
    Reach,
    Relevance,
    CadenceDays,
    Source,
    ConsentNote,
    Tags,
    Channels,
    Photo,
}

str_enum!(MergeField {
    FirstName => "first_name",
    LastName => "last_name",
    DisplayName => "display_name",
    Pronouns => "pronouns",
    Kind => "kind",
    Stage => "stage",
    Bio => "bio",
    Topics => "topics",
    Languages => "languages",
    City => "city",
    Country => "country",
    TimeZone => "time_zone",
    Emails => "emails",
    Phones => "phones",
    Website => "website",
    Employer => "employer",
    Title => "title",
    Birthday => "birthday",
    Motivations => "motivations",
    Compensation => "compensation",
    ValuesNote => "values_note",
    Objectives => "objectives",
    Resonance => "resonance",
    Reach => "reach",
    Relevance => "relevance",
    CadenceDays => "cadence_days",
    Source => "source",
    ConsentNote => "consent_note",
    Tags => "tags",
    Channels => "channels",
    Photo => "photo",
});

/// The user's choices for a merge. Every field not in `take` keeps the survivor's value, or the
/// other's when the survivor's is empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct MergeChoices {
    /// Fields whose value comes from the other person.
    pub take: Vec<MergeField>,
    /// Keep both people's e-mails, phones, channels, tags, topics and languages (without
    /// repeats), for each of those fields not in `take`.
    pub keep_both: bool,
}

/// What a merge did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MergeReport {
    /// Give it to `undo_merge` to put both people back.
    pub merge_id: String,
    pub person: Person,
    /// The other person's id, now an alias of the survivor.
    pub merged_id: String,
}

/// The survivor's new values (as an input for the usual validation and write).
pub(crate) fn combine(survivor: &Person, other: &Person, c: &MergeChoices) -> PersonInput {
    let s = PersonInput::from(survivor);
    let o = PersonInput::from(other);
    let take = |f: MergeField| c.take.contains(&f);
    let mut out = s.clone();
    macro_rules! text {
        ($($f:ident => $m:ident),+) => { $(
            if take(MergeField::$m) || (s.$f.trim().is_empty()) {
                out.$f = o.$f.clone();
            }
        )+ };
    }
    text!(first_name => FirstName, last_name => LastName, pronouns => Pronouns, bio => Bio,
        city => City, country => Country, time_zone => TimeZone, website => Website,
        employer => Employer, title => Title, birthday => Birthday, motivations => Motivations,
        compensation => Compensation, values_note => ValuesNote, objectives => Objectives,
        source => Source, consent_note => ConsentNote);
    macro_rules! option {
        ($($f:ident => $m:ident),+) => { $(
            if take(MergeField::$m) || s.$f.is_none() {
                out.$f = o.$f;
            }
        )+ };
    }
    option!(resonance => Resonance, reach => Reach, relevance => Relevance,
        cadence_days => CadenceDays);
    if take(MergeField::Kind) {
        out.kind = o.kind;
    }
    if take(MergeField::Stage) {
        out.stage = o.stage;
    }
    // The display name follows the chosen first/last names unless one was picked itself.
    out.display_name = if take(MergeField::DisplayName) {
        o.display_name.clone()
    } else if take(MergeField::FirstName) || take(MergeField::LastName) {
        String::new()
    } else {
        s.display_name.clone()
    };
    macro_rules! list {
        ($($f:ident => $m:ident by $key:expr),+) => { $(
            out.$f = if take(MergeField::$m) {
                o.$f.clone()
            } else if c.keep_both || s.$f.is_empty() {
                union(&s.$f, &o.$f, $key)
            } else {
                s.$f.clone()
            };
        )+ };
    }
    let country_s = s.country.clone();
    let country_o = o.country.clone();
    list!(emails => Emails by |e: &String| e.to_lowercase(),
        topics => Topics by |t: &String| fold(t),
        languages => Languages by |l: &String| l.to_lowercase(),
        tags => Tags by |t: &String| fold(t),
        channels => Channels by |ch: &ChannelInput| handle_key(ch.platform, if ch.handle.is_empty() { &ch.url } else { &ch.handle }));
    // A number is one number however it is written, in its own person's country.
    out.phones = if take(MergeField::Phones) {
        o.phones.clone()
    } else if c.keep_both || s.phones.is_empty() {
        let key = |p: &String, country: &str| phone_key(p, country).unwrap_or_else(|| p.clone());
        let mut seen: Vec<String> = s.phones.iter().map(|p| key(p, &country_s)).collect();
        let mut v = s.phones.clone();
        for p in &o.phones {
            let k = key(p, &country_o);
            if !seen.contains(&k) {
                seen.push(k);
                v.push(p.clone());
            }
        }
        v
    } else {
        s.phones.clone()
    };
    out
}

fn union<T: Clone, K: PartialEq>(a: &[T], b: &[T], key: impl Fn(&T) -> K) -> Vec<T> {
    let mut keys: Vec<K> = a.iter().map(&key).collect();
    let mut out = a.to_vec();
    for x in b {
        let k = key(x);
        if !keys.contains(&k) {
            keys.push(k);
            out.push(x.clone());
        }
    }
    out
}
