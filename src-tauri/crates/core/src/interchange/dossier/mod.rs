//! Printable dossiers (HTML, print to PDF) for a meeting: a person, an event's attendees, or a list's people. Every text is HTML-escaped; no script, no external resource, inline CSS with print rules.

use crate::domain::event::{Attendee, Event};
use crate::domain::followup::Followup;
use crate::domain::interaction::{Interaction, Note};
use crate::domain::person::Person;
use std::fmt::Write;

mod list;
mod network;
pub use list::{list, ListSheet, MAX_ROWS as LIST_SHEET_MAX_ROWS};
pub use network::{DossierLang, DossierNetwork};

/// Everything a person's dossier shows, gathered by the caller.
pub struct PersonDossier<'a> {
    pub person: &'a Person,
    /// Newest first; the dossier shows the first 10.
    pub interactions: &'a [Interaction],
    pub followups: &'a [Followup],
    /// Pinned first.
    pub notes: &'a [Note],
    /// When it was printed, shown in the footer.
    pub printed_at: &'a str,
    /// Connections, organizations and our touchpoints.
    pub network: DossierNetwork<'a>,
    pub lang: DossierLang,
}

const LAST_INTERACTIONS: usize = 10;
/// A note or interaction longer than this is cut: the dossier is one page.
const EXCERPT: usize = 400;

pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn excerpt(s: &str) -> String {
    let mut t: String = s.chars().take(EXCERPT).collect();
    if s.chars().count() > EXCERPT {
        t.push('…');
    }
    esc(&t)
}

const STYLE: &str = "
body { font: 10.5pt/1.35 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1b1b1f;
  max-width: 190mm; margin: 12mm auto; }
h1 { font-size: 18pt; margin: 0 0 2mm; } h2 { font-size: 11.5pt; margin: 5mm 0 1.5mm;
  border-bottom: 1px solid #bbb; text-transform: uppercase; letter-spacing: .04em; }
.meta { color: #555; margin: 0 0 3mm; } dl { display: grid; grid-template-columns: 32mm 1fr;
  gap: .6mm 3mm; margin: 0; } dt { color: #555; } dd { margin: 0; }
table { width: 100%; border-collapse: collapse; } td, th { text-align: left; vertical-align: top;
  padding: .8mm 2mm .8mm 0; border-bottom: 1px solid #e4e4e7; } th { color: #555; font-weight: 600; }
.num { text-align: right; white-space: nowrap; } .date { white-space: nowrap; color: #555; }
.note { white-space: pre-wrap; margin: 0 0 2mm; }
.sheet td, .sheet th { font-size: 9pt; } .count { font-weight: 600; }
.flagged, .flag { color: #92400e; font-weight: 600; } .flagged { border-left: 1mm solid #b45309; padding-left: 3mm; }
.conflicts { margin: 0; padding: 0 0 0 3mm; list-style: none; border-left: 1mm solid #b45309; font-weight: 600; } a { color: inherit; } footer { margin-top: 6mm; color: #777; font-size: 8.5pt; }
@page { size: A4; margin: 12mm; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr, .note { break-inside: avoid; } }
";

fn page(title: &str, body: &str, printed_at: &str, l: DossierLang) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
         <title>{}</title><style>{STYLE}</style></head>\n<body>\n{body}\
         <footer>Liaison — {printed} {} — {keep}</footer>\n</body></html>\n",
        esc(title),
        esc(printed_at),
        lang = l.code(),
        printed = l.tr("printed", "imprimé le"),
        keep = l.tr(
            "personal data: keep it safe, shred it after the meeting.",
            "données personnelles : à garder en lieu sûr et à détruire après le rendez-vous."
        ),
    )
}

fn row(out: &mut String, label: &str, value: &str) {
    if !value.trim().is_empty() {
        let _ = write!(out, "<dt>{}</dt><dd>{}</dd>", esc(label), esc(value));
    }
}

pub fn person(d: &PersonDossier<'_>) -> String {
    let (p, l) = (d.person, d.lang);
    let mut b = String::new();
    let _ = write!(b, "<h1>{}</h1>", esc(&p.display_name));
    let place = [p.city.as_str(), p.country.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    let meta = [
        p.pronouns.as_str(),
        &l.person_kind(p.kind.as_str()),
        &l.stage(p.stage.as_str()),
        place.as_str(),
        p.employer.as_str(),
    ]
    .iter()
    .filter(|s| !s.is_empty())
    .map(|s| esc(s))
    .collect::<Vec<_>>()
    .join(" · ");
    let _ = write!(
        b,
        "<p class=\"meta\">{meta}</p><p class=\"meta\"><a href=\"{link}\">{open}</a></p>",
        link = esc(&super::person_link(&p.id)),
        open = l.tr("Open in Liaison", "Ouvrir dans Liaison"),
    );
    network::conflicts(&mut b, d.network.conflicts, l);
    // Rows first: a person known only by name gets no empty "Profile" heading.
    let mut dl = String::new();
    row(&mut dl, l.tr("E-mail", "E-mail"), &p.emails.join(", "));
    row(&mut dl, l.tr("Phone", "Téléphone"), &p.phones.join(", "));
    row(&mut dl, l.tr("Website", "Site web"), &p.website);
    row(
        &mut dl,
        l.tr("Languages", "Langues"),
        &p.languages.join(", "),
    );
    row(&mut dl, l.tr("Topics", "Sujets"), &p.topics.join(", "));
    row(&mut dl, l.tr("Tags", "Étiquettes"), &p.tags.join(", "));
    row(&mut dl, l.tr("Bio", "Bio"), &p.bio);
    row(&mut dl, l.tr("Motivations", "Motivations"), &p.motivations);
    row(&mut dl, l.tr("Objectives", "Objectifs"), &p.objectives);
    row(&mut dl, l.tr("Values", "Valeurs"), &p.values_note);
    row(
        &mut dl,
        l.tr("Compensation", "Rémunération"),
        &p.compensation,
    );
    row(&mut dl, l.tr("Source", "Source"), &p.source);
    row(&mut dl, l.tr("Consent", "Consentement"), &p.consent_note);
    if !dl.is_empty() {
        let _ = write!(b, "<h2>{}</h2><dl>{dl}</dl>", l.tr("Profile", "Profil"));
    }
    if !p.channels.is_empty() {
        let _ = write!(
            b,
            "<h2>{}</h2><table><tr><th>{}</th><th>{}</th><th class=\"num\">{}</th><th>{}</th></tr>",
            l.tr("Channels", "Comptes"),
            l.tr("Platform", "Plateforme"),
            l.tr("Handle", "Identifiant"),
            l.tr("Audience", "Audience"),
            l.tr("Seen", "Relevé le")
        );
        for c in &p.channels {
            let _ = write!(b, "<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"date\">{}</td></tr>",
                esc(c.platform.as_str()), esc(&c.handle),
                c.audience.map(group_thousands).unwrap_or_default(), esc(c.as_of.as_deref().unwrap_or("")));
        }
        b.push_str("</table>");
    }
    network::sections(&mut b, &d.network, l);
    if !d.interactions.is_empty() {
        let _ = write!(
            b,
            "<h2>{}</h2><table>",
            l.tr("Last interactions", "Derniers échanges")
        );
        for i in d.interactions.iter().take(LAST_INTERACTIONS) {
            let _ = write!(
                b,
                "<tr><td class=\"date\">{}</td><td>{} · {}</td><td>{}</td></tr>",
                esc(i.occurred_at.get(..10).unwrap_or(&i.occurred_at)),
                esc(l.interaction_kind(i.kind)),
                esc(l.direction(i.direction)),
                excerpt(&i.body)
            );
        }
        b.push_str("</table>");
    }
    let open: Vec<&Followup> = d.followups.iter().filter(|f| f.done_at.is_none()).collect();
    if !open.is_empty() {
        let _ = write!(
            b,
            "<h2>{}</h2><table>",
            l.tr("Open follow-ups", "Relances en cours")
        );
        for f in open {
            let _ = write!(
                b,
                "<tr><td class=\"date\">{}</td><td>{}</td></tr>",
                esc(&f.due_local.replace('T', " ")),
                esc(&f.title)
            );
        }
        b.push_str("</table>");
    }
    if !d.notes.is_empty() {
        let _ = write!(b, "<h2>{}</h2>", l.tr("Notes", "Notes"));
        for n in d.notes {
            let _ = write!(
                b,
                "<p class=\"note\">{}{}</p>",
                if n.pinned { "📌 " } else { "" },
                excerpt(&n.body)
            );
        }
    }
    page(&p.display_name, &b, d.printed_at, l)
}

/// An event's "who's here" sheet: one line per attendee with what to know before saying hello.
pub fn event(e: &Event, attendees: &[Attendee], printed_at: &str, l: DossierLang) -> String {
    let mut b = String::new();
    let _ = write!(b, "<h1>{}</h1>", esc(&e.name));
    let when = format!(
        "{} → {} ({})",
        e.start_local.replace('T', " "),
        e.end_local.replace('T', " "),
        e.time_zone
    );
    let place = [
        e.venue.as_str(),
        e.booth.as_str(),
        e.city.as_str(),
        e.country.as_str(),
    ]
    .iter()
    .filter(|s| !s.is_empty())
    .copied()
    .collect::<Vec<_>>()
    .join(", ");
    let _ = write!(b, "<p class=\"meta\">{} · {}</p>", esc(&when), esc(&place));
    let flagged = attendees.iter().filter(|a| !a.conflicts.is_empty()).count();
    if flagged > 0 {
        let _ = write!(
            b,
            "<p class=\"flagged\">⚠ {}</p>",
            match (flagged, l) {
                (1, DossierLang::En) => "1 attendee has a conflict: read their line before saying hello.".to_string(),
                (1, DossierLang::Fr) => "1 participant présente un conflit : lisez sa ligne avant d’aller le saluer.".to_string(),
                (n, DossierLang::En) => format!("{n} attendees have a conflict: read their lines before saying hello."),
                (n, DossierLang::Fr) => format!("{n} participants présentent un conflit : lisez leurs lignes avant d’aller les saluer."),
            }
        );
    }
    let _ = write!(
        b,
        "<h2>{} ({})</h2><table><tr><th>{}</th><th>{}</th><th>{}</th>\
        <th>{}</th><th>{}</th><th>{}</th><th class=\"num\">{}</th></tr>",
        l.tr("Attendees", "Participants"),
        attendees.len(),
        l.tr("Who", "Qui"),
        l.tr("Role", "Rôle"),
        l.tr("Status", "Statut"),
        l.tr("Why they matter", "Pourquoi ils comptent"),
        l.tr("Topics", "Sujets"),
        l.tr("Last contact", "Dernier contact"),
        l.tr("Open", "En cours")
    );
    for a in attendees {
        let who = [a.person.display_name.as_str(), a.person.employer.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" — ");
        // Each conflict under the name, as the person page says it: the reason is on the line.
        let flags: String = a
            .conflicts
            .iter()
            .map(|c| format!("<br><span class=\"flag\">⚠ {}</span>", esc(&l.conflict(c))))
            .collect();
        // The handle on its own line when there is one (no empty line above a flag).
        let handle = a
            .person
            .primary_handle
            .as_deref()
            .filter(|h| !h.is_empty())
            .map(|h| format!("<br><span class=\"date\">{}</span>", esc(h)))
            .unwrap_or_default();
        let _ = write!(b, "<tr><td><a href=\"{}\">{}</a>{handle}{flags}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>\
            <td class=\"date\">{}</td><td class=\"num\">{}</td></tr>",
            esc(&super::person_link(&a.person.id)), esc(&who),
            l.role(a.role), l.status(a.status),
            esc(&a.why), esc(&a.topics.join(", ")),
            esc(a.last_interaction_at.as_deref().and_then(|t| t.get(..10)).unwrap_or("—")), a.open_followups);
    }
    b.push_str("</table>");
    if !e.notes.is_empty() {
        let _ = write!(
            b,
            "<h2>{}</h2><p class=\"note\">{}</p>",
            l.tr("Notes", "Notes"),
            excerpt(&e.notes)
        );
    }
    page(&e.name, &b, printed_at, l)
}

fn group_thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push('\u{202F}');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_and_groups() {
        assert_eq!(
            super::esc("<script>\"x\" & 'y'"),
            "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;"
        );
        assert_eq!(super::group_thousands(1_234_567), "1\u{202F}234\u{202F}567");
    }
}
