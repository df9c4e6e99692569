//! Believable, deterministic sample people (many languages and scripts) for the first run and benchmarks.

use crate::domain::channel::{ChannelInput, Platform};
use crate::domain::person::{PersonInput, PersonKind, Stage};

const FIRST: &[&str] = &[
    "Amélie",
    "Émile",
    "Zoé",
    "Chloé",
    "Léa",
    "Hélène",
    "François",
    "Jérôme",
    "Noémie",
    "Inès",
    "Brian",
    "Joel",
    "Sarah",
    "Olivia",
    "Liam",
    "Maya",
    "Noah",
    "Grace",
    "Ethan",
    "Ava",
    "Raymond",
    "Björn",
    "Søren",
    "Zoë",
    "José",
    "María",
    "João",
    "Łukasz",
    "Ömer",
    "Çağla",
    "Юлия",
    "Дмитрий",
    "Анна",
    "Сергей",
    "王芳",
    "李娜",
    "张伟",
    "陈静",
    "さくら",
    "健太",
    "Aarav",
    "Priya",
    "Fatima",
    "Omar",
    "Amara",
    "Kwame",
    "Nadia",
    "Yusuf",
    "Lucía",
    "Matteo",
];
const LAST: &[&str] = &[
    "Dubois",
    "Lefèvre",
    "Moreau",
    "Girard",
    "Bélanger",
    "Côté",
    "Gagnon",
    "Roy",
    "Solis",
    "Morin",
    "Backaler",
    "Smith",
    "Johnson",
    "Nguyen",
    "García",
    "Müller",
    "Schäfer",
    "Nørgaard",
    "Kowalski",
    "Yılmaz",
    "Иванова",
    "Петров",
    "Смирнова",
    "王",
    "李",
    "张",
    "佐藤",
    "鈴木",
    "Sharma",
    "Okafor",
    "Haddad",
    "Mensah",
    "Rossi",
    "Ferreira",
    "O'Brien",
    "Lindqvist",
    "Novák",
    "Horváth",
    "Papadopoulos",
    "Cohen",
];
const PLACES: &[(&str, &str, &str)] = &[
    ("Paris", "FR", "Europe/Paris"),
    ("Lyon", "FR", "Europe/Paris"),
    ("Montréal", "CA", "America/Toronto"),
    ("Québec", "CA", "America/Toronto"),
    ("New York", "US", "America/New_York"),
    ("San Francisco", "US", "America/Los_Angeles"),
    ("London", "GB", "Europe/London"),
    ("Berlin", "DE", "Europe/Berlin"),
    ("München", "DE", "Europe/Berlin"),
    ("São Paulo", "BR", "America/Sao_Paulo"),
    ("México", "MX", "America/Mexico_City"),
    ("Москва", "RU", "Europe/Moscow"),
    ("北京", "CN", "Asia/Shanghai"),
    ("上海", "CN", "Asia/Shanghai"),
    ("東京", "JP", "Asia/Tokyo"),
    ("Mumbai", "IN", "Asia/Kolkata"),
    ("Lagos", "NG", "Africa/Lagos"),
    ("Genève", "CH", "Europe/Zurich"),
    ("Bruxelles", "BE", "Europe/Brussels"),
    ("Kraków", "PL", "Europe/Warsaw"),
];
const TOPICS: &[&str] = &[
    "mode éthique",
    "beauté",
    "tech",
    "IA",
    "cybersécurité",
    "gastronomie",
    "voyage",
    "parentalité",
    "fitness",
    "jeux vidéo",
    "finance perso",
    "développement durable",
    "B2B marketing",
    "cloud",
    "photographie",
    "musique",
    "design",
    "santé",
    "automobile",
    "luxe",
];
const EMPLOYERS: &[&str] = &[
    "",
    "",
    "",
    "Le Monde",
    "Forbes",
    "Brian Solis Group",
    "Freelance",
    "Vogue Paris",
    "TechCrunch",
    "Radio-Canada",
    "Microsoft",
    "Indépendant",
    "Yandex",
    "Tencent",
    "BBC",
];
const LANGS: &[&str] = &[
    "fr", "en", "es", "de", "pt-BR", "ru", "zh-Hans", "ja", "it", "pl",
];

/// A tiny deterministic generator (SplitMix64): the same seed gives the same people everywhere.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[(self.next() % xs.len() as u64) as usize]
    }
}

/// `count` valid people; person `i` is the same for a given seed whatever `count` is.
pub fn people(count: usize, seed: u64) -> Vec<PersonInput> {
    (0..count)
        .map(|i| person(seed.wrapping_mul(1_000_003).wrapping_add(i as u64), i))
        .collect()
}

fn person(seed: u64, i: usize) -> PersonInput {
    let mut r = Rng(seed);
    let first = *r.pick(FIRST);
    let last = *r.pick(LAST);
    let (city, country, tz) = *r.pick(PLACES);
    let platform = *r.pick(&[
        Platform::Instagram,
        Platform::X,
        Platform::Youtube,
        Platform::Tiktok,
        Platform::Linkedin,
        Platform::Wechat,
        Platform::Vk,
        Platform::Blog,
    ]);
    let ascii: String = crate::domain::fold::fold(first)
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    let handle = format!("{}{}", if ascii.is_empty() { "user" } else { &ascii }, i);
    let kinds = PersonKind::ALL;
    let stages = Stage::ALL;
    PersonInput {
        first_name: first.into(),
        last_name: last.into(),
        kind: *r.pick(kinds),
        stage: *r.pick(stages),
        bio: format!("{} — {}, {}", r.pick(TOPICS), r.pick(TOPICS), city),
        topics: vec![r.pick(TOPICS).to_string(), r.pick(TOPICS).to_string()],
        languages: vec![r.pick(LANGS).to_string()],
        city: city.into(),
        country: country.into(),
        time_zone: tz.into(),
        emails: if r.next() % 3 == 0 {
            vec![]
        } else {
            vec![format!("{handle}@example.com")]
        },
        employer: r.pick(EMPLOYERS).to_string(),
        resonance: Some((r.next() % 5 + 1) as u8),
        reach: Some((r.next() % 5 + 1) as u8),
        relevance: Some((r.next() % 5 + 1) as u8),
        cadence_days: Some(*r.pick(&[14, 30, 60, 90])),
        source: "sample data".into(),
        tags: vec![r
            .pick(&[
                "PFW",
                "CES",
                "VivaTech",
                "SXSW",
                "Web Summit",
                "presse",
                "vip",
            ])
            .to_string()],
        channels: vec![ChannelInput {
            platform,
            handle,
            audience: Some(r.next() % 2_000_000),
            as_of: Some("2026-11-01".into()),
            ..Default::default()
        }],
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn deterministic_and_valid() {
        let a = super::people(50, 7);
        assert_eq!(a, super::people(50, 7), "same seed, same people");
        for p in a {
            crate::domain::validate::clean_person(p.clone())
                .unwrap_or_else(|e| panic!("sample must be valid: {e} in {p:?}"));
        }
    }
}
