//! The filters a list or a search can carry, turned into one SQL condition with its parameters.

use crate::domain::channel::Platform;
use crate::domain::fold::fold;
use crate::domain::person::{PersonKind, Stage};
use rusqlite::types::Value;
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
    /// ISO code, any case.
    pub country: Option<String>,
    /// Matched ignoring case and accents.
    pub city: Option<String>,
    /// `fr` also matches `fr-CA`.
    pub language: Option<String>,
    pub platform: Option<Platform>,
    pub tag: Option<String>,
    pub archived: ArchivedFilter,
}

impl PersonFilter {
    /// A condition on alias `p` (the people table), always valid to AND into a WHERE clause.
    pub fn to_sql(&self, params: &mut Vec<Value>) -> String {
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
        if let Some(c) = self
            .country
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            push(
                &mut conds,
                "p.country = ?",
                Value::Text(c.to_ascii_uppercase()),
                params,
            );
        }
        if let Some(c) = self
            .city
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            // The place column of the index holds the folded city, so accents and case don't matter.
            let phrase = format!("place : \"{}\"", fold(c).replace('"', ""));
            push(
                &mut conds,
                "p.rowid IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?)",
                Value::Text(phrase),
                params,
            );
        }
        if let Some(l) = self
            .language
            .as_deref()
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            let l = l.to_ascii_lowercase();
            params.push(Value::Text(l.clone()));
            let a = params.len();
            params.push(Value::Text(format!("{l}-%")));
            let b = params.len();
            conds.push(format!(
                "EXISTS (SELECT 1 FROM person_languages l WHERE l.person_rowid = p.rowid \
                 AND (l.language = ?{a} COLLATE NOCASE OR l.language LIKE ?{b}))"
            ));
        }
        if let Some(pl) = self.platform {
            push(
                &mut conds,
                "EXISTS (SELECT 1 FROM channels c WHERE c.person_rowid = p.rowid AND c.platform = ?)",
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
                "EXISTS (SELECT 1 FROM person_tags t WHERE t.person_rowid = p.rowid AND t.tag = ?)",
                Value::Text(fold(t)),
                params,
            );
        }
        if conds.is_empty() {
            "1".into()
        } else {
            conds.join(" AND ")
        }
    }
}
