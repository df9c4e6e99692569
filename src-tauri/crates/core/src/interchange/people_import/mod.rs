//! The import engine shared by CSV and vCard: validate every row, fold duplicates (in the book or earlier in the file) into one person, write it all in one transaction.
//!
//! Duplicate detection runs in memory: the book's e-mails and handles are read once into hash
//! maps, and each row adds its own, so a 100k-row file costs 100k hash probes, not 200k queries.

mod carried;
pub(crate) mod keys;
mod write;

pub(super) use carried::{Carried, Extras};

use crate::domain::fold::fold;
use crate::domain::person::{PersonInput, PersonKind, Stage};
use crate::domain::photo::Photo;
use crate::domain::validate::clean_person;
use crate::error::{Error, Result};
use crate::interchange::{
    ImportOptions, ImportReport, MergeNote, Progress, RowError, MAX_REPORTED_ERRORS,
};
pub use keys::MergeKey;
use keys::{Keys, Target};
use rusqlite::Connection;
use std::collections::HashMap;

/// One record of a file, mapped to a person, with problems already found in its cells.
#[derive(Default)]
pub(crate) struct Incoming {
    pub line: u32,
    pub person: PersonInput,
    pub note: Option<String>,
    /// A checked photo (a vCard's PHOTO): kept unless the person already has one.
    pub photo: Option<Photo>,
    /// When the relationship began in that source (LinkedIn's `Connected On`), `YYYY-MM-DD`:
    /// recorded in the person's history of imports.
    pub since: Option<String>,
    pub errors: Vec<RowError>,
    /// Values kept as written in the note instead of placed: reported, never blocking.
    pub warnings: Vec<RowError>,
}

/// Rows between two progress updates and cancel checks.
pub(super) const STEP: usize = 512;

pub(super) struct Plan {
    pub new: Vec<(PersonInput, Carried)>,
    pub old: HashMap<i64, OldMerge>,
    pub old_order: Vec<i64>,
}

pub(super) struct OldMerge {
    pub input: PersonInput,
    /// Their fields changed.
    pub changed: bool,
    pub carried: Carried,
}

/// Validates, merges and (unless dry run or invalid rows) writes. `label` names a person field
/// path (`emails.0`) the way the file does (`Courriel`), for error reports.
pub(crate) fn import_people(
    db: &crate::store::Db,
    now: &str,
    rows: Vec<Incoming>,
    opts: &ImportOptions,
    progress: &Progress,
    label: &dyn Fn(&str) -> String,
) -> Result<ImportReport> {
    let mut report = ImportReport::default();
    progress.start(rows.len() as u64 * 2);
    let mut valid = Vec::with_capacity(rows.len());
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    for (n, r) in rows.into_iter().enumerate() {
        if n % STEP == 0 {
            progress.check()?;
            progress.set_done(n as u64);
        }
        let mut errs = r.errors;
        if errs.is_empty() {
            warnings.extend(r.warnings);
        }
        match clean_person(r.person) {
            Ok(p) if errs.is_empty() => {
                let extras = Extras {
                    note: r.note,
                    photo: r.photo,
                    since: r.since,
                };
                valid.push((r.line, p, extras))
            }
            Ok(_) => {}
            Err(Error::Validation(fields)) => errs.extend(fields.into_iter().map(|f| RowError {
                line: r.line,
                field: label(&f.field),
                message: f.message,
            })),
            Err(e) => return Err(e),
        }
        if !errs.is_empty() {
            report.skipped += 1;
            errors.extend(errs);
        }
    }
    report.error_count = errors.len() as u32;
    errors.truncate(MAX_REPORTED_ERRORS);
    report.errors = errors;
    report.warning_count = warnings.len() as u32;
    warnings.truncate(MAX_REPORTED_ERRORS);
    report.warnings = warnings;
    if report.error_count > 0 && !opts.valid_only {
        report.skipped = 0;
        return Ok(report);
    }
    let total = valid.len();
    db.write(|tx| {
        let plan = plan(tx, valid, opts, &mut report, progress)?;
        if opts.overwrite {
            let changed = plan.old.values().filter(|m| m.changed).count() as u64;
            let total = crate::store::people::count(tx)?;
            crate::interchange::check_share(
                "import",
                "people",
                changed,
                total,
                opts.force || opts.dry_run,
            )?;
        }
        if opts.dry_run {
            return Ok(());
        }
        // A large import touches far more pages than the 64 MiB cache holds; spilling them to the
        // WAL mid-transaction and reading them back cost more than the memory, held only meanwhile.
        let big = plan.new.len() > 10_000;
        if big {
            tx.pragma_update(None, "cache_size", -512 * 1024)?;
        }
        let written = crate::interchange::people_import::write::write(
            tx,
            now,
            &opts.source,
            plan,
            progress,
            total,
        );
        if big {
            tx.pragma_update(None, "cache_size", -65536)?;
        }
        written?;
        report.written = true;
        Ok(())
    })?;
    progress.set_done(total as u64 * 2);
    Ok(report)
}

/// Decides for each row: a new person, or a merge into someone already met. Targets are found
/// first (hash probes only); the book's people that rows merge into are then read in one go.
fn plan(
    tx: &Connection,
    rows: Vec<(u32, PersonInput, Extras)>,
    opts: &ImportOptions,
    report: &mut ImportReport,
    progress: &Progress,
) -> Result<Plan> {
    let mut keys = Keys::of_book(tx)?;
    let mut fresh = 0usize;
    let mut assigned: Vec<(bool, Target, Option<MergeKey>)> = Vec::with_capacity(rows.len());
    let mut old_order = Vec::new();
    for (n, (_line, p, _)) in rows.iter().enumerate() {
        if n % STEP == 0 {
            progress.check()?;
        }
        let target = match keys.find(p) {
            Some((t, by)) => {
                if let Target::Old(r) = t {
                    old_order.push(r);
                }
                assigned.push((false, t, Some(by)));
                t
            }
            None => {
                fresh += 1;
                assigned.push((true, Target::New(fresh - 1), None));
                Target::New(fresh - 1)
            }
        };
        keys.add(p, target);
    }
    let mut seen = std::collections::HashSet::new();
    old_order.retain(|r| seen.insert(*r));
    let mut who: HashMap<i64, (String, String)> = HashMap::new();
    let old: HashMap<i64, OldMerge> = crate::store::bulk::people(tx, Some(&old_order))?
        .into_iter()
        .map(|(rowid, person)| {
            who.insert(rowid, (person.id.clone(), person.display_name.clone()));
            let m = OldMerge {
                input: PersonInput::from(&person),
                changed: false,
                carried: Carried {
                    photo: person.photo,
                    ..Carried::default()
                },
            };
            (rowid, m)
        })
        .collect();
    let mut plan = Plan {
        new: Vec::with_capacity(fresh),
        old,
        old_order,
    };
    let mut new_lines = Vec::with_capacity(fresh);
    let mut merges = Vec::new();
    for ((line, p, extras), (is_fresh, target, by)) in rows.into_iter().zip(assigned) {
        if is_fresh {
            let mut carried = Carried::default();
            carried.add(extras, false);
            plan.new.push((p, carried));
            new_lines.push(line);
            report.created += 1;
            continue;
        }
        if let Some(by) = by.filter(|_| merges.len() < MAX_REPORTED_ERRORS) {
            merges.push(match target {
                Target::New(i) => MergeNote {
                    line,
                    name: plan.new[i].0.display_name.clone(),
                    person_id: None,
                    with_line: Some(new_lines[i]),
                    by,
                },
                Target::Old(rowid) => MergeNote {
                    line,
                    name: who[&rowid].1.clone(),
                    person_id: Some(who[&rowid].0.clone()),
                    with_line: None,
                    by,
                },
            });
        }
        report.merge_count += 1;
        let changed = match target {
            Target::New(i) => {
                let (base, carried) = &mut plan.new[i];
                merge_into(base, &p, opts.overwrite) | carried.add(extras, opts.overwrite)
            }
            Target::Old(rowid) => {
                let m = plan
                    .old
                    .get_mut(&rowid)
                    .expect("every merge target was loaded");
                let c = merge_into(&mut m.input, &p, opts.overwrite);
                m.changed |= c;
                c | m.carried.add(extras, opts.overwrite)
            }
        };
        if changed {
            report.merged += 1;
        } else {
            report.skipped += 1;
        }
    }
    report.merges = merges;
    Ok(plan)
}

fn add_note(notes: &mut Vec<String>, note: Option<String>) -> bool {
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
