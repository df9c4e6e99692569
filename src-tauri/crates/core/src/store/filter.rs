//! The filters a list or a search can carry, turned into one SQL condition with its parameters.

use super::filter_relation::{
    BalanceFilter, CadenceState, ContactFilter, EventPresence, FollowupFilter,
};
use crate::domain::channel::Platform;
use crate::domain::fold::fold;
use crate::domain::person::{PersonKind, Stage};
use crate::error::Result;
use crate::search::terms::{
    initials_expr, initials_sql, query_match, upper_bound, InitialsBy, QueryMatch,
};
use rusqlite::types::Value;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Whether archived people are shown: hidden unless asked for, as in any address book.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, Default)]
#[serde(rename_all = "snake_case")]
pub enum ArchivedFilter {
    #[default]
    Hide,
    Only,
    Include,
}

/// All set filters must hold (AND). Empty means everyone not archived.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(optional_fields)]
pub struct PersonFilter {
    pub kind: Option<PersonKind>,
    pub stage: Option<Stage>,
    /// An ISO code (alpha-2 or alpha-3, any case) or a country's name in any language the
    /// importers read (`Thaïlande`, `Deutschland`, `UK`): see `country_code`.
    pub country: Option<String>,
    /// Matched ignoring case and accents.
    pub city: Option<String>,
    /// `fr` also matches `fr-CA`.
    pub language: Option<String>,
    pub platform: Option<Platform>,
    pub tag: Option<String>,
    pub archived: ArchivedFilter,
    /// What the People table's name box holds, matched as search matches it (accents, case,
    /// e-mail addresses, phone numbers in any form), so "Show all N in People" lists the N the
    /// search dialog counted.
    pub query: Option<String>,
    pub last_contact: Option<ContactFilter>,
    pub next_followup: Option<FollowupFilter>,
    pub cadence: Option<CadenceState>,
    /// The largest audience at least this, on `audience_platform` or any channel.
    #[ts(as = "Option<u32>")]
    pub audience_min: Option<u64>,
    pub audience_platform: Option<Platform>,
    /// On this hand-picked list (its id).
    pub list: Option<String>,
    /// On this event's attendee list (its id); with `event_presence`, as that.
    pub event: Option<String>,
    pub event_presence: Option<EventPresence>,
    pub balance: Option<BalanceFilter>,
    /// Part of the source field, any case.
    pub source: Option<String>,
    /// A topic, matched ignoring case and accents.
    pub topic: Option<String>,
    /// Dates `YYYY-MM-DD`, both ends included, in UTC.
    pub created_from: Option<String>,
    pub created_until: Option<String>,
    pub updated_from: Option<String>,
    pub updated_until: Option<String>,
    /// The instant relative days count from: set by the book from its clock, never stored.
    #[serde(skip)]
    #[ts(skip)]
    pub as_of: Option<String>,
}

impl PersonFilter {
    /// The country box read as the importers read a country (`country_from_text`, CLDR names
    /// from keshvar): `None` when it is empty or names no country.
    pub fn country_recognised(&self) -> Option<&'static str> {
        self.country
            .as_deref()
            .and_then(crate::domain::countries::country_from_text)
    }

    /// The code people are matched on: the recognised country, else the box as typed (upper
    /// case), which matches no one rather than everyone.
    fn country_code(&self) -> Option<String> {
        let typed = self
            .country
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())?;
        Some(match self.country_recognised() {
            Some(code) => code.to_string(),
            None => typed.to_uppercase(),
        })
    }

    /// A condition on alias `p` (the people table), always valid to AND into a WHERE clause.
    pub fn to_sql(&self, params: &mut Vec<Value>) -> String {
        self.sql(params, false)
    }

    /// The same condition for a count: the conditions on a person's tags, channels, languages
    /// and events written as `p.rowid IN (…)` instead of `EXISTS (…)` (the same people), so
    /// SQLite reads each set once and looks its people up, instead of probing once per person.
    /// When `facets_suffice`, `p` may be `person_facets` (0014) instead of `people`.
    pub(crate) fn to_count_sql(&self, params: &mut Vec<Value>) -> String {
        self.sql(params, true)
    }

    /// Whether every column the condition reads is one `person_facets` copies (the source and
    /// the created/updated dates are not).
    pub(crate) fn facets_suffice(&self) -> bool {
        [
            &self.source,
            &self.created_from,
            &self.created_until,
            &self.updated_from,
            &self.updated_until,
        ]
        .iter()
        .all(|v| v.is_none())
    }

    fn sql(&self, params: &mut Vec<Value>, sets: bool) -> String {
        let mut conds: Vec<String> = Vec::new();
        fn push(conds: &mut Vec<String>, cond: &str, v: Value, params: &mut Vec<Value>) {
            params.push(v);
            conds.push(cond.replace('?', &format!("?{}", params.len())));
        }
        match self.archived {
            ArchivedFilter::Hide => conds.push("p.archived = 0".into()),
            ArchivedFilter::Only => conds.push("p.archived = 1".into()),
            ArchivedFilter::Include => {}
        }
        if let Some(k) = self.kind {
            push(
                &mut conds,
                "p.kind = ?",
                Value::Text(k.as_str().into()),
                params,
            );
        }
        if let Some(s) = self.stage {
            push(
                &mut conds,
                "p.stage = ?",
                Value::Text(s.as_str().into()),
                params,
            );
        }
        if let Some(c) = self.country_code() {
            push(&mut conds, "p.country = ?", Value::Text(c), params);
        }
        if let Some(c) = self
            .city
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            push(
                &mut conds,
                "p.rowid IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?)",
                Value::Text(city_phrase(c)),
                params,
            );
        }
        if let Some(l) = self
            .language
            .as_deref()
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            let first = params.len() + 1;
            params.extend(language_params(l));
            conds.push(member(
                sets,
                "l.person_rowid",
                &format!("person_languages l WHERE {}", language_cond(first)),
            ));
        }
        if let Some(pl) = self.platform {
            push(
                &mut conds,
                &member(sets, "c.person_rowid", "channels c WHERE c.platform = ?"),
                Value::Text(pl.as_str().into()),
                params,
            );
        }
        if let Some(t) = self
            .tag
            .as_deref()
            .map(|t| t.trim().trim_start_matches('#'))
            .filter(|t| !t.is_empty())
        {
            push(
                &mut conds,
                &member(sets, "t.person_rowid", "person_tags t WHERE t.tag = ?"),
                Value::Text(fold(t)),
                params,
            );
        }
        match self.query.as_deref().and_then(query_match) {
            Some(QueryMatch::Key(prefix)) => {
                params.push(Value::Text(upper_bound(&prefix)));
                params.push(Value::Text(prefix));
                let (hi, lo) = (params.len() - 1, params.len());
                conds.push(format!(
                    "p.rowid IN (SELECT person_rowid FROM person_keys WHERE key >= ?{lo} AND key < ?{hi})"
                ));
            }
            Some(QueryMatch::FullText { expr, initials }) => {
                // Narrowed by the initials in the full text, then checked on the keys: a page or
                // a count costs what the letter's prefix did, and the people are the search's.
                push(
                    &mut conds,
                    "p.rowid IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?)",
                    Value::Text(initials_expr(expr, &initials, InitialsBy::Narrowed)),
                    params,
                );
                let initials = initials_sql("p.rowid", &initials, InitialsBy::Narrowed, params);
                if let Some(cond) = initials.strip_prefix(" AND ") {
                    conds.push(cond.to_string());
                }
            }
            None => {}
        }
        self.relation_sql(&mut conds, params, sets);
        if conds.is_empty() {
            "1".into()
        } else {
            conds.join(" AND ")
        }
    }
}

/// "`p` is among the people of `from`" (a table, its alias and a `WHERE` condition, `col` the
/// person's rowid there): a correlated `EXISTS`, cheap as a check of one row, or with `sets` an
/// `IN` over the set, cheap when the set is what drives the query (a count).
pub(crate) fn member(sets: bool, col: &str, from: &str) -> String {
    if sets {
        format!("p.rowid IN (SELECT {col} FROM {from})")
    } else {
        let (table, cond) = from.split_once(" WHERE ").unwrap_or((from, "1"));
        format!("EXISTS (SELECT 1 FROM {table} WHERE {col} = p.rowid AND {cond})")
    }
}

/// See `PersonFilter::facet_rowids`.
const FACET_CAP: usize = 16_384;

/// The place column of the index holds the folded city, so accents and case don't matter.
fn city_phrase(city: &str) -> String {
    format!("place : \"{}\"", fold(city).replace('"', ""))
}

/// `fr` matches `fr` and `fr-CA`; `fr-ca` matches `fr-CA`. The stored primary subtag is always
/// lower case, so the range [fr, fr.) holds every candidate and lets the (language, person)
/// index find them; the exact test, which ignores case, then runs on those only.
fn language_params(l: &str) -> [Value; 4] {
    let l = l.to_ascii_lowercase();
    let primary = l.split('-').next().unwrap_or_default().to_string();
    [
        Value::Text(format!("{primary}.")),
        Value::Text(primary),
        Value::Text(format!("{l}-%")),
        Value::Text(l),
    ]
}

/// The condition on alias `l` (person_languages) for `language_params` bound from `?{first}`.
fn language_cond(first: usize) -> String {
    let (hi, lo, like, exact) = (first, first + 1, first + 2, first + 3);
    format!(
        "l.language >= ?{lo} AND l.language < ?{hi} \
         AND (l.language = ?{exact} COLLATE NOCASE OR l.language LIKE ?{like})"
    )
}

impl PersonFilter {
    /// The people the facets (every filter but `archived: hide`) may allow, as sorted rowids read
    /// from each facet's own index; `None` when no facet is set. Search drops candidates outside
    /// this set before reading their row: when few pass, a walk over thousands of them then costs
    /// set look-ups, not row reads. Exact for the city; otherwise a superset (a facet of more than
    /// FACET_CAP people is skipped; a language with a region or script reads the whole language),
    /// so the row check (`to_sql`) must still follow.
    pub fn facet_rowids(&self, conn: &Connection) -> Result<Option<Vec<i64>>> {
        let mut sets: Vec<Vec<i64>> = Vec::new();
        // A facet holding more than FACET_CAP people narrows little and costs the most to read
        // (a common language: 35k at 100k people); it is left to the row check.
        let mut add = |sql: &str, params: &[Value], cap: usize| -> Result<()> {
            let mut st = conn.prepare_cached(sql)?;
            let mut rows = st.query(rusqlite::params_from_iter(params))?;
            let mut ids: Vec<i64> = Vec::new();
            while let Some(r) = rows.next()? {
                if ids.len() == cap {
                    return Ok(());
                }
                ids.push(r.get(0)?);
            }
            ids.sort_unstable();
            ids.dedup();
            sets.push(ids);
            Ok(())
        };
        let text = |s: &str| Value::Text(s.to_string());
        let given = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_string)
        };
        if self.archived == ArchivedFilter::Only {
            // Usually few, and (archived, sort_name) indexes them; hidden ones are most people,
            // so `Hide` is better checked per candidate than listed.
            add(
                "SELECT rowid FROM people WHERE archived = 1",
                &[],
                FACET_CAP,
            )?;
        }
        if let Some(k) = self.kind {
            add(
                "SELECT rowid FROM people WHERE kind = ?1",
                &[text(k.as_str())],
                FACET_CAP,
            )?;
        }
        if let Some(s) = self.stage {
            add(
                "SELECT rowid FROM people WHERE stage = ?1",
                &[text(s.as_str())],
                FACET_CAP,
            )?;
        }
        if let Some(c) = self.country_code() {
            let sql = "SELECT rowid FROM people WHERE country = ?1";
            add(sql, &[text(&c)], FACET_CAP)?;
        }
        if let Some(c) = given(&self.city) {
            // Never capped: search checks the city only through this set (see search::people::Filter).
            let sql = "SELECT rowid FROM person_fts WHERE person_fts MATCH ?1";
            add(sql, &[Value::Text(city_phrase(&c))], usize::MAX)?;
        }
        if let Some(l) = given(&self.language) {
            // The primary subtag's range alone: half the cost of the exact test, and the same
            // set unless a region or script was asked for (`fr-ca`: all `fr` then).
            let [hi, lo, ..] = language_params(&l);
            let sql =
                "SELECT person_rowid FROM person_languages WHERE language >= ?1 AND language < ?2";
            add(sql, &[lo, hi], FACET_CAP)?;
        }
        if let Some(pl) = self.platform {
            let sql = "SELECT person_rowid FROM channels WHERE platform = ?1";
            add(sql, &[text(pl.as_str())], FACET_CAP)?;
        }
        if let Some(t) = self
            .tag
            .as_deref()
            .map(|t| t.trim().trim_start_matches('#'))
            .filter(|t| !t.is_empty())
        {
            let sql = "SELECT person_rowid FROM person_tags WHERE tag = ?1";
            add(sql, &[Value::Text(fold(t))], FACET_CAP)?;
        }
        sets.sort_by_key(Vec::len);
        let mut sets = sets.into_iter();
        let Some(mut out) = sets.next() else {
            return Ok(None);
        };
        for s in sets {
            out.retain(|id| s.binary_search(id).is_ok());
        }
        Ok(Some(out))
    }
}
