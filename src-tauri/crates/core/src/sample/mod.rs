//! Believable, deterministic sample people (many languages and scripts) for the first run and benchmarks.
//!
//! The first run's demo book (`Book::sample_load`) adds hand-made showcase people and their
//! story (`showcase`, `demo`) before these generated people.
//!
//! Names come by culture (see `names`), common names more often than rare ones, with compound
//! given names, middle names and double surnames where a culture has them, so that 100k people
//! are mostly distinct names, as in a real book, and the benchmark meets realistic index shapes.

mod demo;
mod load;
mod names;
mod network;
mod showcase;

use crate::domain::channel::{ChannelInput, Platform};
use crate::domain::fold::fold;
use crate::domain::person::{PersonInput, PersonKind, Stage};
use names::{Culture, Extra, Order, CULTURES};

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
    /// Early entries far more often than late ones (about a power law), like real name counts.
    fn skewed<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        &xs[((u * u * xs.len() as f64) as usize).min(xs.len() - 1)]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

fn culture(r: &mut Rng) -> &'static Culture {
    let total: u64 = CULTURES.iter().map(|c| c.weight).sum();
    let mut n = r.next() % total;
    for c in CULTURES {
        if n < c.weight {
            return c;
        }
        n -= c.weight;
    }
    unreachable!("n is below the sum of the weights")
}

/// First name, last name and display name ("" when it is simply "first last").
fn name(r: &mut Rng, c: &Culture) -> (String, String, String) {
    let coined = |r: &mut Rng| format!("{}{}", r.pick(c.parts.0), r.pick(c.parts.1));
    let mut first = r.skewed(c.first).to_string();
    let mut last = r.skewed(c.last).to_string();
    match c.order {
        Order::GivenFirst if r.chance(40) => last = coined(r),
        Order::FamilyFirst(_) if r.chance(50) => first = coined(r),
        _ => {}
    }
    match c.extra {
        Extra::Hyphenated if r.chance(12) => first = format!("{first}-{}", r.skewed(c.first)),
        Extra::Middle if r.chance(15) => first = format!("{first} {}", r.skewed(c.first)),
        Extra::TwoSurnames if r.chance(40) => last = format!("{last} {}", r.skewed(c.last)),
        _ => {}
    }
    if c.extra != Extra::TwoSurnames && matches!(c.order, Order::GivenFirst) && r.chance(3) {
        last = format!("{last}-{}", r.skewed(c.last));
    }
    let display = match c.order {
        Order::GivenFirst => String::new(),
        Order::FamilyFirst(sep) => format!("{last}{sep}{first}"),
    };
    (first, last, display)
}

/// A handle in one of the shapes people pick; ASCII from the folded name, or a platform-style id
/// for names in other scripts. Numbered shapes keep most handles distinct, as on a real platform.
fn handle(r: &mut Rng, first: &str, last: &str, i: usize) -> String {
    let ascii = |s: &str| -> String {
        fold(s)
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect()
    };
    let (f, l) = (ascii(first), ascii(last));
    if f.is_empty() || l.is_empty() {
        return format!("{}{i}", r.pick(&["user", "wxid_", "id", "creator"]));
    }
    match r.next() % 6 {
        0 => format!("{f}{l}"),
        1 => format!("{f}.{l}"),
        2 => format!("{f}_{l}{}", i % 100),
        3 => format!("{l}{}", &f[..1]),
        4 => format!("the{f}{l}"),
        _ => format!("{f}{i}"),
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
    let c = culture(&mut r);
    let (first, last, display_name) = name(&mut r, c);
    let (city, country, tz) = *r.skewed(c.places);
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
    let handle = handle(&mut r, &first, &last, i);
    let kinds = PersonKind::ALL;
    let stages = Stage::ALL;
    PersonInput {
        first_name: first,
        last_name: last,
        display_name,
        kind: *r.pick(kinds),
        stage: *r.pick(stages),
        bio: format!("{} — {}, {}", r.pick(TOPICS), r.pick(TOPICS), city),
        topics: vec![r.pick(TOPICS).to_string(), r.pick(TOPICS).to_string()],
        languages: vec![r.skewed(c.langs).to_string()],
        city: city.into(),
        country: country.into(),
        time_zone: tz.into(),
        emails: if r.next().is_multiple_of(3) {
            vec![]
        } else {
            vec![format!("{}@example.com", handle.to_lowercase())]
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
        let a = super::people(2000, 7);
        assert_eq!(a, super::people(2000, 7), "same seed, same people");
        assert_eq!(
            super::people(10, 7),
            a[..10],
            "person i does not depend on how many are asked for"
        );
        // 2000 people reach every culture, name shape, place and handle shape.
        for p in a {
            crate::domain::validate::clean_person(p.clone())
                .unwrap_or_else(|e| panic!("sample must be valid: {e} in {p:?}"));
        }
    }

    #[test]
    fn names_are_mostly_distinct() {
        let people = super::people(10_000, 7);
        let names: std::collections::HashSet<_> = people
            .iter()
            .map(|p| (p.first_name.as_str(), p.last_name.as_str()))
            .collect();
        assert!(
            names.len() > 5_000,
            "a benchmark on a few hundred repeated names measures the wrong index: {} distinct",
            names.len()
        );
    }
}
