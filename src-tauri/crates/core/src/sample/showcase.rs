//! The demo book's hand-made people: Amélie (every field), a markup tester, and the seven people her story involves.
//!
//! Names and fields are those the UI's browser tests and screenshots have always shown, so a
//! test that looks for "Jade Guérin" or the `<script>` tester finds them in the real core.

use crate::domain::channel::{ChannelInput, Platform};
use crate::domain::person::{PersonInput, PersonKind, Stage};

/// How many people `showcase` returns: the demo is loaded only when a sample is at least this big.
pub const SHOWCASE_PEOPLE: usize = 9;

/// Indexes into `showcase()` the demo's story refers to them by; index `i` from 2 to 8 is the
/// UI mock's generated person `gen(i)`.
pub const AMELIE: usize = 0;
pub const TRICKY: usize = 1;

fn ch(
    platform: Platform,
    handle: &str,
    url: &str,
    audience: u64,
    as_of: Option<&str>,
) -> ChannelInput {
    ChannelInput {
        platform,
        handle: handle.into(),
        url: url.into(),
        audience: Some(audience),
        as_of: as_of.map(Into::into),
        ..Default::default()
    }
}

fn strings(xs: &[&str]) -> Vec<String> {
    xs.iter().map(|s| s.to_string()).collect()
}

const ALIKE: &str = "Co-creation and exclusive information ahead of launches.";
const ACCESS: &str = "Product access; no paid posts.";
const VIVATECH: &str = "Met at VivaTech 2026";

/// The showcase people, in this order: Amélie Dubois, the markup tester, then the mock's
/// `gen(2)` … `gen(8)` (Jérôme Guérin, Kwame Moreau, Jade Guérin, Hélène Guérin-Diallo, Théo
/// Haddad, Amara Rossi-Moreau, François Faure). Kwame is archived once the story is written.
pub fn showcase() -> Vec<PersonInput> {
    use Platform::*;
    let base =
        |first: &str, last: &str, kind, stage, topics: &[&str], place: (&str, &str, &str)| {
            PersonInput {
                first_name: first.into(),
                last_name: last.into(),
                kind,
                stage,
                topics: strings(topics),
                city: place.0.into(),
                country: place.1.into(),
                time_zone: place.2.into(),
                ..Default::default()
            }
        };
    let amelie = PersonInput {
        display_name: "Amélie Dubois".into(),
        pronouns: "elle".into(),
        bio: "Fashion and sustainability writer. Runs a weekly newsletter on second-hand luxury and repairs; speaks at Paris Fashion Week panels.".into(),
        languages: strings(&["fr", "en"]),
        emails: strings(&["amelie@example.fr", "presse@amelie.example.fr"]),
        phones: strings(&["+33 6 12 34 56 78"]),
        website: "https://amelie.example.fr".into(),
        employer: "Independent".into(),
        title: "Fashion writer".into(),
        birthday: "--06-14".into(),
        motivations: "Co-creation (a capsule with our design team) and exclusive information before launches.".into(),
        compensation: "No paid posts. Product loans are fine; travel covered for events.".into(),
        values_note: "Strong on repairability; walked away from a fast-fashion brand in 2025.".into(),
        objectives: "Two co-created pieces a year; honest feedback on the repair programme beta.".into(),
        resonance: Some(5),
        reach: Some(3),
        relevance: Some(5),
        cadence_days: Some(30),
        source: "Introduced by Raymond Morin at VivaTech 2026".into(),
        consent_note: "Agreed by e-mail on 2026-06-12 to be kept in our book.".into(),
        tags: strings(&["vip", "paris-fashion-week"]),
        channels: vec![
            ch(Instagram, "@amelie.dubois", "https://instagram.com/amelie.dubois", 45_300, Some("2026-11-02")),
            ch(Newsletter, "La Reprise", "https://lareprise.example.fr", 12_800, Some("2026-10-15")),
            ch(Youtube, "@ameliedubois", "", 182_000, None),
        ],
        ..base("Amélie", "Dubois", PersonKind::OpinionLeader, Stage::Collaborating, &["mode", "développement durable", "seconde main"], ("Paris", "FR", "Europe/Paris"))
    };
    // The mock's generated person 1 (Zoé Girard) with markup where a name, bio and employer go.
    let tricky = PersonInput {
        display_name: "<script>alert(1)</script> Tester".into(),
        bio: "<b>not bold</b> & <img src=x onerror=alert(2)>".into(),
        languages: strings(&["fr"]),
        emails: strings(&["zoegirard1@example.com"]),
        website: "https://zoegirard.example.com".into(),
        employer: "<i>Markup Inc.</i>".into(),
        title: "<b>Chief</b> tester".into(),
        motivations: ALIKE.into(),
        resonance: Some(1),
        reach: Some(1),
        relevance: Some(5),
        channels: vec![
            ch(Instagram, "@zoegirard1", "", 15_762, Some("2026-08-17")),
            ch(
                Blog,
                "zoegirard.example.com",
                "https://zoegirard.example.com",
                852,
                Some("2026-10-20"),
            ),
        ],
        ..base(
            "<script>alert(1)</script>",
            "Tester",
            PersonKind::EmployeeAmbassador,
            Stage::Engaged,
            &["IA", "sport"],
            ("Lyon", "FR", "Europe/Paris"),
        )
    };
    let jerome = PersonInput {
        bio: "Writes about parentalité and cybersécurité for an audience in Genève.".into(),
        languages: strings(&["ru"]),
        emails: strings(&["jeromeguerin2@example.com"]),
        phones: strings(&["+33 6 10 00 00 02"]),
        website: "https://jeromeguerin.example.com".into(),
        employer: "Les Echos".into(),
        title: "Tech reporter".into(),
        birthday: "1988-11-03".into(),
        relevance: Some(5),
        cadence_days: Some(45),
        source: VIVATECH.into(),
        tags: strings(&["2027"]),
        channels: vec![
            ch(Tiktok, "@jeromeguerin2", "", 2_027_088, Some("2026-09-16")),
            ch(Wechat, "@jeromeguerin2", "", 698_803, Some("2026-05-17")),
        ],
        ..base(
            "Jérôme",
            "Guérin",
            PersonKind::B2bIndependent,
            Stage::Identified,
            &["parentalité", "cybersécurité"],
            ("Genève", "CH", "Europe/Zurich"),
        )
    };
    let kwame = PersonInput {
        languages: strings(&["es"]),
        emails: strings(&["kwamemoreau3@example.com"]),
        employer: "Frandroid".into(),
        motivations: ALIKE.into(),
        reach: Some(4),
        relevance: Some(3),
        source: VIVATECH.into(),
        tags: strings(&["shortlist"]),
        channels: vec![ch(Linkedin, "@kwamemoreau3", "", 4_371, Some("2026-06-15"))],
        ..base(
            "Kwame",
            "Moreau",
            PersonKind::EmployeeAmbassador,
            Stage::Identified,
            &["photographie", "design"],
            ("Moscow", "RU", "Europe/Moscow"),
        )
    };
    let jade = PersonInput {
        bio: "Writes about finance and IA for an audience in Berlin.".into(),
        languages: strings(&["tr"]),
        employer: "Radio-Canada".into(),
        motivations: ALIKE.into(),
        resonance: Some(3),
        reach: Some(5),
        cadence_days: Some(45),
        tags: strings(&["vivatech"]),
        channels: vec![
            ch(Youtube, "@jadeguerin4", "", 6_793, Some("2026-10-29")),
            ch(Linkedin, "@jadeguerin4", "", 1_522_924, Some("2026-07-24")),
            ch(Tiktok, "@jadeguerin4", "", 1_407_676, Some("2026-08-08")),
        ],
        ..base(
            "Jade",
            "Guérin",
            PersonKind::B2bEmployee,
            Stage::Identified,
            &["finance", "IA"],
            ("Berlin", "DE", "Europe/Berlin"),
        )
    };
    let helene = PersonInput {
        bio: "Writes about cybersécurité and mode for an audience in Shanghai.".into(),
        languages: strings(&["fr-CA"]),
        emails: strings(&["heleneguerindiallo5@example.com"]),
        website: "https://heleneguerindiallo.example.com".into(),
        employer: "Numerama".into(),
        compensation: ACCESS.into(),
        resonance: Some(2),
        reach: Some(1),
        relevance: Some(5),
        cadence_days: Some(14),
        source: VIVATECH.into(),
        tags: strings(&["2027"]),
        channels: vec![
            ch(
                Youtube,
                "@heleneguerindiallo5",
                "",
                4_071,
                Some("2026-05-25"),
            ),
            ch(Wechat, "@heleneguerindiallo5", "", 408, Some("2026-10-11")),
        ],
        ..base(
            "Hélène",
            "Guérin-Diallo",
            PersonKind::Journalist,
            Stage::Identified,
            &["cybersécurité", "mode"],
            ("Shanghai", "CN", "Asia/Shanghai"),
        )
    };
    let theo = PersonInput {
        bio: "Writes about voyage and gaming for an audience in Berlin.".into(),
        languages: strings(&["ru"]),
        website: "https://theohaddad.example.com".into(),
        employer: "Le Monde".into(),
        compensation: ACCESS.into(),
        resonance: Some(4),
        reach: Some(4),
        relevance: Some(2),
        tags: strings(&["press"]),
        channels: vec![ch(Tiktok, "@theohaddad6", "", 33_691, Some("2026-05-31"))],
        ..base(
            "Théo",
            "Haddad",
            PersonKind::Celebrity,
            Stage::Engaged,
            &["voyage", "gaming"],
            ("Berlin", "DE", "Europe/Berlin"),
        )
    };
    let amara = PersonInput {
        bio: "Writes about design and marketing B2B for an audience in Milano.".into(),
        languages: strings(&["pt-BR"]),
        emails: strings(&["amararossimoreau7@example.com"]),
        website: "https://amararossimoreau.example.com".into(),
        employer: "Independent".into(),
        compensation: ACCESS.into(),
        resonance: Some(4),
        reach: Some(3),
        relevance: Some(5),
        source: VIVATECH.into(),
        tags: strings(&["beta"]),
        channels: vec![
            ch(
                Podcast,
                "amararossimoreau.example.com",
                "https://amararossimoreau.example.com",
                66_571,
                Some("2026-05-31"),
            ),
            ch(Instagram, "@amararossimoreau7", "", 103, Some("2026-09-24")),
            ch(Wechat, "@amararossimoreau7", "", 75_794, Some("2026-11-21")),
        ],
        ..base(
            "Amara",
            "Rossi-Moreau",
            PersonKind::Celebrity,
            Stage::Identified,
            &["design", "marketing B2B"],
            ("Milano", "IT", "Europe/Rome"),
        )
    };
    let francois = PersonInput {
        languages: strings(&["it"]),
        phones: strings(&["+33 6 10 00 00 08"]),
        motivations: ALIKE.into(),
        objectives: "Two co-created pieces a year; honest feedback on betas.".into(),
        reach: Some(1),
        relevance: Some(2),
        source: VIVATECH.into(),
        tags: strings(&["shortlist"]),
        channels: vec![ch(Youtube, "@francoisfaure8", "", 457, Some("2026-06-19"))],
        ..base(
            "François",
            "Faure",
            PersonKind::Celebrity,
            Stage::Identified,
            &["mode", "finance"],
            ("Shanghai", "CN", "Asia/Shanghai"),
        )
    };
    vec![
        amelie, tricky, jerome, kwame, jade, helene, theo, amara, francois,
    ]
}
