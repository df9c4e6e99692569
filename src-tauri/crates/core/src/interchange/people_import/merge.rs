//! Folding a row into the person it matched: empty fields filled, lists united, channels added or given their audience; with overwrite, the file's values win.

use super::keys;
use crate::domain::fold::fold;
use crate::domain::person::{PersonInput, PersonKind, Stage};

pub(super) fn add_note(notes: &mut Vec<String>, note: Option<String>) -> bool {
    match note {
        Some(n) if !notes.contains(&n) => {
            notes.push(n);
            true
        }
        _ => false,
    }
}

/// Folds `inc` into `base`: empty fields are filled, lists gain what they lack, channels are
/// added or get their audience; with `overwrite`, the file's non-empty values replace the book's.
/// Returns whether anything changed.
pub(crate) fn merge_into(base: &mut PersonInput, inc: &PersonInput, overwrite: bool) -> bool {
    let mut changed = false;
    macro_rules! text {
        ($($f:ident),+) => { $(
            if !inc.$f.is_empty() && (base.$f.is_empty() || (overwrite && base.$f != inc.$f)) {
                base.$f = inc.$f.clone();
                changed = true;
            }
        )+ };
    }
    text!(
        first_name,
        last_name,
        display_name,
        pronouns,
        bio,
        city,
        country,
        time_zone,
        website,
        employer,
        title,
        birthday,
        motivations,
        compensation,
        values_note,
        objectives,
        source,
        consent_note
    );
    macro_rules! opt {
        ($($f:ident),+) => { $(
            if inc.$f.is_some() && (base.$f.is_none() || (overwrite && base.$f != inc.$f)) {
                base.$f = inc.$f;
                changed = true;
            }
        )+ };
    }
    opt!(resonance, reach, relevance, cadence_days);
    if inc.kind != PersonKind::Other
        && (base.kind == PersonKind::Other || overwrite)
        && base.kind != inc.kind
    {
        base.kind = inc.kind;
        changed = true;
    }
    if inc.stage != Stage::Identified
        && (base.stage == Stage::Identified || overwrite)
        && base.stage != inc.stage
    {
        base.stage = inc.stage;
        changed = true;
    }
    let lower = |s: &str| s.to_lowercase();
    let country = [&base.country, &inc.country]
        .into_iter()
        .find(|c| !c.is_empty())
        .cloned();
    let digits = |s: &str| {
        keys::phone_key(s, country.as_deref().unwrap_or(""))
            .unwrap_or_else(|| s.chars().filter(char::is_ascii_digit).collect())
    };
    changed |= union(&mut base.emails, &inc.emails, lower);
    changed |= union(&mut base.phones, &inc.phones, digits);
    changed |= union(&mut base.topics, &inc.topics, fold);
    changed |= union(&mut base.tags, &inc.tags, fold);
    changed |= union(&mut base.languages, &inc.languages, lower);
    for c in &inc.channels {
        let same = base.channels.iter_mut().find(|b| {
            b.platform == c.platform && b.handle.to_lowercase() == c.handle.to_lowercase()
        });
        match same {
            None => {
                let mut c = c.clone();
                c.id = None;
                base.channels.push(c);
                changed = true;
            }
            Some(b) => {
                if c.audience.is_some()
                    && (b.audience.is_none() || (overwrite && b.audience != c.audience))
                {
                    b.audience = c.audience;
                    b.as_of = c.as_of.clone().or(b.as_of.take());
                    changed = true;
                }
                if !c.url.is_empty() && (b.url.is_empty() || (overwrite && b.url != c.url)) {
                    b.url = c.url.clone();
                    changed = true;
                }
            }
        }
    }
    changed
}

fn union(base: &mut Vec<String>, inc: &[String], key: impl Fn(&str) -> String) -> bool {
    let mut changed = false;
    for v in inc {
        let k = key(v);
        if !base.iter().any(|b| key(b) == k) {
            base.push(v.clone());
            changed = true;
        }
    }
    changed
}
