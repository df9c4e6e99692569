//! The dossier's network sections (conflicts, connections, organizations, our touchpoints) and the French and English words of the whole dossier, kept apart so the page layout in `mod.rs` stays one page of code.

use super::esc;
use crate::domain::affiliation::{AffiliationKind, Conflict, ConflictKind};
use crate::domain::event::{AttendeeRole, AttendeeStatus};
use crate::domain::interaction::{Direction, InteractionKind};
use crate::domain::network::{Connection, ConnectionKind, Membership};
use crate::domain::team::Touchpoint;
use serde::{Deserialize, Serialize};
use std::fmt::Write;
use ts_rs::TS;

/// The dossier's language: the person printing it reads it in the app's language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DossierLang {
    #[default]
    En,
    Fr,
}

impl DossierLang {
    /// English or French: the one place a dossier's words are chosen.
    pub fn tr(self, en: &'static str, fr: &'static str) -> &'static str {
        match self {
            DossierLang::En => en,
            DossierLang::Fr => fr,
        }
    }

    pub fn code(self) -> &'static str {
        self.tr("en", "fr")
    }

    /// `en` or `fr` (case and a region aside: `fr-FR`, `fr_CA.UTF-8`), as the app's language
    /// and the CLI's `--lang` name it; anything else is not a dossier language.
    pub fn parse(s: &str) -> Option<DossierLang> {
        let base = s.trim().split(['-', '_', '.']).next()?.to_ascii_lowercase();
        match base.as_str() {
            "en" => Some(DossierLang::En),
            "fr" => Some(DossierLang::Fr),
            _ => None,
        }
    }

    /// An affiliation's kind as the app names it.
    fn affiliation(self, k: AffiliationKind) -> &'static str {
        match k {
            AffiliationKind::Ambassador => self.tr("Ambassador", "Égérie"),
            AffiliationKind::PaidPost => self.tr("Paid post", "Publication payée"),
            AffiliationKind::Gifted => self.tr("Gifted", "Cadeau"),
            AffiliationKind::Affiliate => self.tr("Affiliate", "Affiliation"),
            AffiliationKind::Exclusive => self.tr("Exclusive", "Exclusivité"),
        }
    }

    /// One conflict, as the person page's warning says it (without the name: the dossier is
    /// theirs, the attendee sheet says it on their line).
    pub fn conflict(self, c: &Conflict) -> String {
        let brand = c.brand_name.as_deref().unwrap_or("");
        let dates = match (&c.since, &c.until) {
            (None, None) => String::new(),
            (s, u) => format!(
                " ({} → {})",
                s.as_deref().unwrap_or("…"),
                u.as_deref().unwrap_or("…")
            ),
        };
        match c.kind {
            ConflictKind::DoNotContact => self.tr("Do not contact", "Ne pas contacter").into(),
            ConflictKind::Competitor => format!(
                "{} {} {brand}{dates}",
                c.affiliation_kind
                    .map(|k| self.affiliation(k))
                    .unwrap_or_default(),
                self.tr("of a competitor:", "chez un concurrent :")
            ),
            ConflictKind::Exclusive => format!(
                "{} {brand}{dates}",
                self.tr("Exclusive with", "Exclusivité avec")
            ),
        }
    }

    /// An attendee's part as the event page names it.
    pub fn role(self, r: AttendeeRole) -> &'static str {
        match r {
            AttendeeRole::Speaker => self.tr("Speaker", "Intervenant"),
            AttendeeRole::Exhibitor => self.tr("Exhibitor", "Exposant"),
            AttendeeRole::Attendee => self.tr("Attendee", "Participant"),
            AttendeeRole::Host => self.tr("Host", "Hôte"),
            AttendeeRole::Press => self.tr("Press", "Presse"),
        }
    }

    /// An attendee's status as the event page names it.
    pub fn status(self, s: AttendeeStatus) -> &'static str {
        match s {
            AttendeeStatus::Invited => self.tr("Invited", "Invité"),
            AttendeeStatus::Confirmed => self.tr("Confirmed", "Confirmé"),
            AttendeeStatus::Declined => self.tr("Declined", "Décliné"),
            AttendeeStatus::Met => self.tr("Met", "Rencontré"),
            AttendeeStatus::NoShow => self.tr("No-show", "Absent"),
        }
    }

    /// An interaction's kind as the timeline names it (never its code: `content_published`).
    pub fn interaction_kind(self, k: InteractionKind) -> &'static str {
        match k {
            InteractionKind::Email => self.tr("E-mail", "E-mail"),
            InteractionKind::Dm => self.tr("Direct message", "Message privé"),
            InteractionKind::Call => self.tr("Call", "Appel"),
            InteractionKind::Meeting => self.tr("Meeting", "Rendez-vous"),
            InteractionKind::Meetup => self.tr("Meetup", "Rencontre"),
            InteractionKind::Event => self.tr("Event", "Événement"),
            InteractionKind::ContentPublished => self.tr("Content published", "Contenu publié"),
            InteractionKind::Mention => self.tr("Mention", "Mention"),
            InteractionKind::Share => self.tr("Share", "Partage"),
            InteractionKind::Gift => self.tr("Gift", "Cadeau"),
            InteractionKind::Payment => self.tr("Payment", "Paiement"),
            InteractionKind::Introduction => self.tr("Introduction", "Mise en relation"),
            InteractionKind::Note => self.tr("Note", "Note"),
        }
    }

    /// Which way an interaction went, as the timeline names it.
    pub fn direction(self, d: Direction) -> &'static str {
        match d {
            Direction::Given => self.tr("Given", "Donné"),
            Direction::Received => self.tr("Received", "Reçu"),
            Direction::Neutral => self.tr("Neutral", "Neutre"),
        }
    }

    /// A stage as the app names it.
    pub fn stage(self, code: &str) -> String {
        let fr = match code {
            "identified" => "repéré",
            "contacted" => "contacté",
            "engaged" => "engagé",
            "collaborating" => "en collaboration",
            "ambassador" => "ambassadeur",
            "paused" => "en pause",
            "do_not_contact" => "ne pas contacter",
            other => other,
        };
        match self {
            DossierLang::En => code.replace('_', " "),
            DossierLang::Fr => fr.to_string(),
        }
    }

    /// A kind of influencer as the app names it (lower case: it sits in the line under the name).
    pub fn person_kind(self, code: &str) -> String {
        let fr = match code {
            "consumer_advocate" => "consommateur prescripteur",
            "opinion_leader" => "leader d’opinion",
            "celebrity" => "célébrité",
            "employee_ambassador" => "employé ambassadeur",
            "b2b_independent" => "indépendant B2B",
            "b2b_employee" => "salarié B2B",
            "journalist" => "journaliste",
            "reporter_influencer" => "journaliste-influenceur",
            "other" => "autre",
            other => other,
        };
        match self {
            DossierLang::En => code.replace('_', " "),
            DossierLang::Fr => fr.to_string(),
        }
    }

    /// A tie read from the person the dossier is about.
    fn tie(self, c: &Connection) -> &'static str {
        match (c.kind, c.outgoing) {
            (ConnectionKind::Knows, _) => self.tr("knows", "connaît"),
            (ConnectionKind::WorksWith, _) => self.tr("works with", "travaille avec"),
            (ConnectionKind::Family, _) => self.tr("family or partner", "famille ou conjoint"),
            (ConnectionKind::Introduced, true) => self.tr("introduced", "a présenté"),
            (ConnectionKind::Introduced, false) => self.tr("introduced by", "présenté par"),
            (ConnectionKind::Represents, true) => self.tr("represents", "représente"),
            (ConnectionKind::Represents, false) => self.tr("represented by", "représenté par"),
        }
    }
}

/// What the network sections show, gathered by the caller.
#[derive(Default)]
pub struct DossierNetwork<'a> {
    /// Their conflicts today ("do not contact" first): read before the meeting, so first.
    pub conflicts: &'a [Conflict],
    pub connections: &'a [Connection],
    pub memberships: &'a [Membership],
    pub touchpoints: &'a [Touchpoint],
}

/// Appends the conflicts, when there are any: a competitor's affiliation, an exclusivity that
/// has not ended, "do not contact".
pub fn conflicts(b: &mut String, conflicts: &[Conflict], l: DossierLang) {
    if conflicts.is_empty() {
        return;
    }
    let _ = write!(
        b,
        "<h2>{}</h2><ul class=\"conflicts\">",
        l.tr("Conflicts", "Conflits")
    );
    for c in conflicts {
        let _ = write!(b, "<li>⚠ {}</li>", esc(&l.conflict(c)));
    }
    b.push_str("</ul>");
}

/// Appends the sections that have something to show.
pub fn sections(b: &mut String, n: &DossierNetwork<'_>, l: DossierLang) {
    if !n.memberships.is_empty() {
        let _ = write!(
            b,
            "<h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th></tr>",
            l.tr("Organizations", "Organisations"),
            l.tr("Organization", "Organisation"),
            l.tr("Role", "Rôle"),
            l.tr("Dates", "Dates")
        );
        for m in n.memberships {
            let mut role = m.role.clone();
            if m.employer {
                role = [role.as_str(), l.tr("employer", "employeur")]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(" · ");
            }
            let dates = match (&m.since, &m.until) {
                (None, None) => String::new(),
                (s, u) => format!(
                    "{} → {}",
                    s.as_deref().unwrap_or(""),
                    u.as_deref().unwrap_or(l.tr("now", "aujourd’hui"))
                ),
            };
            let _ = write!(
                b,
                "<tr><td>{}</td><td>{}</td><td class=\"date\">{}</td></tr>",
                esc(&m.organization_name),
                esc(&role),
                esc(&dates)
            );
        }
        b.push_str("</table>");
    }
    if !n.connections.is_empty() {
        let _ = write!(
            b,
            "<h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th></tr>",
            l.tr("Connections", "Relations"),
            l.tr("Who", "Qui"),
            l.tr("Tie", "Lien"),
            l.tr("Note", "Note")
        );
        for c in n.connections {
            let since = c
                .since
                .as_deref()
                .map(|s| format!(" ({} {s})", l.tr("since", "depuis")))
                .unwrap_or_default();
            let _ = write!(
                b,
                "<tr><td><a href=\"{}\">{}</a></td><td>{}{}</td><td>{}</td></tr>",
                esc(&super::super::person_link(&c.other_id)),
                esc(&c.other_name),
                l.tie(c),
                esc(&since),
                esc(&c.note)
            );
        }
        b.push_str("</table>");
    }
    if !n.touchpoints.is_empty() {
        let _ = write!(
            b,
            "<h2>{}</h2><table><tr><th>{}</th><th class=\"num\">{}</th><th>{}</th></tr>",
            l.tr("Our touchpoints", "Nos échanges"),
            l.tr("Colleague", "Collègue"),
            l.tr("Interactions", "Échanges"),
            l.tr("Last", "Dernier")
        );
        for t in n.touchpoints {
            let _ = write!(
                b,
                "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"date\">{}</td></tr>",
                esc(&t.colleague_name),
                t.count,
                esc(t.last_at.get(..10).unwrap_or(&t.last_at))
            );
        }
        b.push_str("</table>");
    }
}
