//! The printable sheets of a list's members and of a smart list's people, in the order each shows them, with the conflicts the person page warns of.

use super::Book;
use crate::domain::recurrence::utc_to_local;
use crate::error::Result;
use crate::interchange::dossier::{self, DossierLang, ListSheet, LIST_SHEET_MAX_ROWS};
use crate::store::list_sheet;
use chrono::DateTime;

impl Book {
    /// A list's members on one printable sheet, in list order, in English or French.
    pub fn list_dossier_in(&self, list_id: &str, lang: DossierLang) -> Result<String> {
        let list = self.list_detail(list_id)?.list;
        let ids = self.list_member_ids(list_id)?;
        self.sheet(&list.name, &list.description, &ids, lang)
    }

    /// Whoever a smart list holds now, as its filter and sort give them in the People table
    /// (the book's clock deciding "due" and "cold"), on one printable sheet.
    pub fn smart_list_dossier_in(&self, smart_list_id: &str, lang: DossierLang) -> Result<String> {
        let smart = self.smart_list_get(smart_list_id)?;
        let ids = self.smart_list_member_ids(smart_list_id)?;
        self.sheet(&smart.name, "", &ids, lang)
    }

    fn sheet(
        &self,
        title: &str,
        description: &str,
        ids: &[String],
        lang: DossierLang,
    ) -> Result<String> {
        let today = self.today()?;
        let tz = self.time_zone()?;
        let shown = &ids[..ids.len().min(LIST_SHEET_MAX_ROWS)];
        let mut rows = self.db.read(|c| list_sheet::rows(c, shown, &today))?;
        // Stamps are UTC: the sheet says them as its reader's clock does.
        let local = |s: &str, fmt: &str| match DateTime::parse_from_rfc3339(s) {
            Ok(t) => utc_to_local(t.to_utc(), tz).format(fmt).to_string(),
            Err(_) => s.to_string(),
        };
        for r in &mut rows {
            r.last_interaction_at = r
                .last_interaction_at
                .as_deref()
                .map(|s| local(s, "%Y-%m-%d"));
            r.next_followup_at = r
                .next_followup_at
                .as_deref()
                .map(|s| local(s, "%Y-%m-%d %H:%M"));
        }
        Ok(dossier::list(&ListSheet {
            title,
            description,
            rows: &rows,
            total: ids.len(),
            printed_at: &self.printed_at()?,
            lang,
        }))
    }
}
