//! A list's or a smart list's printable sheet: one line per person with what a relations manager checks before a show, conflicts under the name, on the dossiers' page and print rules.

use super::{esc, group_thousands, page, DossierLang};
use crate::store::list_sheet::SheetRow;
use std::fmt::Write;

/// At most this many lines are printed: a sheet stays a few dozen pages, not a book.
pub const MAX_ROWS: usize = 2000;

/// Everything a list's sheet shows, gathered by the caller.
pub struct ListSheet<'a> {
    /// The list's name, or the smart list's.
    pub title: &'a str,
    /// A list's description (a smart list has none).
    pub description: &'a str,
    /// The first [`MAX_ROWS`] people, in the list's order, with local times: last contact as a
    /// day, next follow-up as a day and time, in the book's time zone.
    pub rows: &'a [SheetRow],
    /// How many people the list holds, printed or not.
    pub total: usize,
    pub printed_at: &'a str,
    pub lang: DossierLang,
}

pub fn list(s: &ListSheet<'_>) -> String {
    let l = s.lang;
    let mut b = String::new();
    let _ = write!(b, "<h1>{}</h1>", esc(s.title));
    if !s.description.trim().is_empty() {
        let _ = write!(b, "<p class=\"meta note\">{}</p>", esc(s.description));
    }
    let count = match (s.total, l) {
        (1, DossierLang::En) => "1 person".to_string(),
        (1, DossierLang::Fr) => "1 personne".to_string(),
        (n, DossierLang::En) => format!("{} people", group_thousands(n as u64)),
        (n, DossierLang::Fr) => format!("{} personnes", group_thousands(n as u64)),
    };
    let _ = write!(b, "<p class=\"meta count\">{count}</p>");
    let flagged = s.rows.iter().filter(|r| !r.conflicts.is_empty()).count();
    if flagged > 0 {
        let _ = write!(
            b,
            "<p class=\"flagged\">⚠ {}</p>",
            match (flagged, l) {
                (1, DossierLang::En) => "1 person has a conflict: read their line before reaching out.".to_string(),
                (1, DossierLang::Fr) => "1 personne présente un conflit : lisez sa ligne avant de la contacter.".to_string(),
                (n, DossierLang::En) => format!("{} people have a conflict: read their lines before reaching out.", group_thousands(n as u64)),
                (n, DossierLang::Fr) => format!("{} personnes présentent un conflit : lisez leurs lignes avant de les contacter.", group_thousands(n as u64)),
            }
        );
    }
    let _ = write!(
        b,
        "<table class=\"sheet\"><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th>\
         <th>{}</th><th class=\"num\">{}</th><th>{}</th><th>{}</th></tr>",
        l.tr("Name", "Nom"),
        l.tr("Stage", "Étape"),
        l.tr("Kind", "Type"),
        l.tr("Place", "Lieu"),
        l.tr("Employer", "Employeur"),
        l.tr("Main channel", "Compte principal"),
        l.tr("Audience", "Audience"),
        l.tr("Last contact", "Dernier contact"),
        l.tr("Next follow-up", "Prochaine relance"),
    );
    for r in s.rows {
        let place = [r.city.as_str(), r.country.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        // Each conflict under the name, as the attendee sheet says it.
        let flags: String = r
            .conflicts
            .iter()
            .map(|c| format!("<br><span class=\"flag\">⚠ {}</span>", esc(&l.conflict(c))))
            .collect();
        let channel = r
            .channel
            .as_ref()
            .map(|(p, h)| format!("{p}: {h}"))
            .unwrap_or_default();
        let _ = write!(
            b,
            "<tr><td><a href=\"{}\">{}</a>{flags}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>\
             <td>{}</td><td class=\"num\">{}</td><td class=\"date\">{}</td><td class=\"date\">{}</td></tr>",
            esc(&super::super::person_link(&r.id)),
            esc(&r.display_name),
            esc(&l.stage(r.stage.as_str())),
            esc(&l.person_kind(r.kind.as_str())),
            esc(&place),
            esc(&r.employer),
            esc(&channel),
            r.audience.map(group_thousands).unwrap_or_default(),
            esc(r.last_interaction_at.as_deref().unwrap_or("—")),
            esc(r.next_followup_at.as_deref().unwrap_or("—")),
        );
    }
    b.push_str("</table>");
    let left = group_thousands(s.total.saturating_sub(s.rows.len()) as u64);
    let cut = s.total > s.rows.len();
    if cut {
        let _ = write!(
            b,
            "<p class=\"flagged\">{}</p>",
            match l {
                DossierLang::En => format!(
                    "Only the first {} are printed: {left} more are not on this sheet (export the list as CSV for everyone).",
                    group_thousands(s.rows.len() as u64)
                ),
                DossierLang::Fr => format!(
                    "Seules les {} premières sont imprimées : {left} de plus ne figurent pas sur cette fiche (exportez la liste en CSV pour toutes).",
                    group_thousands(s.rows.len() as u64)
                ),
            }
        );
    }
    page(s.title, &b, s.printed_at, l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sheet_cut_short_says_how_many_are_not_printed() {
        let sheet = |lang| {
            list(&ListSheet {
                title: "Everyone",
                description: "",
                rows: &[],
                total: 2345,
                printed_at: "2026-11-22 10:00",
                lang,
            })
        };
        assert!(
            sheet(DossierLang::En).contains("2\u{202F}345 people"),
            "counts grouped as the dossier groups audiences"
        );
        assert!(
            sheet(DossierLang::En).contains("Only the first 0 are printed: 2\u{202F}345 more"),
            "a reader of a cut sheet knows it is cut"
        );
        assert!(sheet(DossierLang::Fr).contains("2\u{202F}345 de plus ne figurent pas"));
    }
}
