//! Parsing the values people type into flags: kinds and stages in either spelling, platforms by
//! their everyday names, `PLATFORM:HANDLE` pairs, audience counts such as 45k, interaction kinds,
//! exchange categories, repeat rules such as 2w or mon,thu, and event kinds, roles and statuses.

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use liaison_core::{
    AttendeeRole, AttendeeStatus, EventKind, Exchange, InteractionKind, PersonKind, Platform, Stage,
};

/// A `--handle` as typed: the platform is known, the handle is normalised later by the core.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandleArg {
    pub platform: Platform,
    pub handle: String,
}

/// The stored names (`consumer_advocate`) plus the dashed spelling people type at a shell.
fn names_with_dashes(names: impl Iterator<Item = &'static str>) -> Vec<PossibleValue> {
    names
        .map(|n| {
            let v = PossibleValue::new(n);
            if n.contains('_') {
                v.alias(n.replace('_', "-"))
            } else {
                v
            }
        })
        .collect()
}

pub fn kind_parser() -> impl TypedValueParser<Value = PersonKind> {
    PossibleValuesParser::new(names_with_dashes(
        PersonKind::ALL.iter().map(|k| k.as_str()),
    ))
    .map(|s| PersonKind::parse(&s.to_lowercase().replace('-', "_")).unwrap_or_default())
}

pub fn stage_parser() -> impl TypedValueParser<Value = Stage> {
    PossibleValuesParser::new(names_with_dashes(Stage::ALL.iter().map(|s| s.as_str())))
        .map(|s| Stage::parse(&s.to_lowercase().replace('-', "_")).unwrap_or_default())
}

pub fn interaction_kind_parser() -> impl TypedValueParser<Value = InteractionKind> {
    PossibleValuesParser::new(names_with_dashes(
        InteractionKind::ALL.iter().map(|k| k.as_str()),
    ))
    .map(|s| InteractionKind::parse(&s.to_lowercase().replace('-', "_")).unwrap_or_default())
}

pub fn event_kind_parser() -> impl TypedValueParser<Value = EventKind> {
    PossibleValuesParser::new(names_with_dashes(EventKind::ALL.iter().map(|k| k.as_str())))
        .map(|s| EventKind::parse(&s.to_lowercase().replace('-', "_")).unwrap_or_default())
}

pub fn role_parser() -> impl TypedValueParser<Value = AttendeeRole> {
    PossibleValuesParser::new(names_with_dashes(
        AttendeeRole::ALL.iter().map(|r| r.as_str()),
    ))
    .map(|s| AttendeeRole::parse(&s.to_lowercase().replace('-', "_")).unwrap_or_default())
}

pub fn status_parser() -> impl TypedValueParser<Value = AttendeeStatus> {
    PossibleValuesParser::new(names_with_dashes(
        AttendeeStatus::ALL.iter().map(|r| r.as_str()),
    ))
    .map(|s| AttendeeStatus::parse(&s.to_lowercase().replace('-', "_")).unwrap_or_default())
}

/// The categories, by the short names people say (`exclusive-info`, `beta`) with the stored
/// names as aliases, so `--what exclusive_information` from a script works too.
pub fn exchange_parser() -> impl TypedValueParser<Value = Exchange> {
    let values = Exchange::ALL.iter().map(|e| {
        let stored = e.as_str();
        let short = match e {
            Exchange::ExclusiveInformation => "exclusive-info",
            Exchange::BetaAccess => "beta",
            _ => stored,
        };
        let mut v = PossibleValue::new(short.replace('_', "-"));
        for alias in [stored.to_string(), stored.replace('_', "-")] {
            if alias != short.replace('_', "-") {
                v = v.alias(alias);
            }
        }
        v
    });
    PossibleValuesParser::new(values.collect::<Vec<_>>()).map(|s| {
        let s = s.to_lowercase().replace('-', "_");
        match s.as_str() {
            "exclusive_info" => Exchange::ExclusiveInformation,
            "beta" => Exchange::BetaAccess,
            other => Exchange::parse(other).unwrap_or(Exchange::Gift),
        }
    })
}

/// A repeat step from `--every`: a count and a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Every {
    Days(u32),
    Weeks(u32),
    Months(u32),
}

/// `3d`, `2w`, `1m` (also `3 days`, `2weeks`, `daily`, `weekly`, `monthly`).
pub fn parse_every(s: &str) -> Result<Every, String> {
    let bad = || format!("'{s}' is not a repeat; write 3d, 2w or 1m (days, weeks, months)");
    let t = s.trim().to_lowercase();
    match t.as_str() {
        "daily" => return Ok(Every::Days(1)),
        "weekly" => return Ok(Every::Weeks(1)),
        "monthly" => return Ok(Every::Months(1)),
        _ => {}
    }
    let split = t.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?;
    let n: u32 = if split == 0 {
        1
    } else {
        t[..split].parse().map_err(|_| bad())?
    };
    match t[split..].trim() {
        "d" | "day" | "days" => Ok(Every::Days(n)),
        "w" | "week" | "weeks" => Ok(Every::Weeks(n)),
        "m" | "month" | "months" => Ok(Every::Months(n)),
        _ => Err(bad()),
    }
}

/// The weekdays of `--on`, Monday 0; a newtype so clap takes the list as one value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Weekdays(pub Vec<u8>);

/// `mon,thu` → [0, 3] (Monday is 0, as the core counts).
pub fn parse_weekdays(s: &str) -> Result<Weekdays, String> {
    const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let mut out = Vec::new();
    for part in s.split(',').map(|p| p.trim().to_lowercase()) {
        let bad = || format!("'{part}' is not a weekday; write mon,tue,wed,thu,fri,sat,sun");
        if part.len() < 2 || !part.chars().all(|c| c.is_ascii_alphabetic()) {
            return Err(bad());
        }
        let head = &part[..part.len().min(3)];
        let day = DAYS
            .iter()
            .position(|d| d.starts_with(head))
            .ok_or_else(bad)?;
        if !out.contains(&(day as u8)) {
            out.push(day as u8);
        }
    }
    out.sort_unstable();
    Ok(Weekdays(out))
}

fn known_platforms() -> String {
    Platform::ALL
        .iter()
        .map(|p| p.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn parse_platform(s: &str) -> Result<Platform, String> {
    Platform::parse_loose(s).ok_or_else(|| {
        format!(
            "unknown platform '{}'; use one of {} (twitter, ig, fb, yt also work)",
            s.trim(),
            known_platforms()
        )
    })
}

/// `instagram:@AmelieD` → Instagram + `@AmelieD`. Split on the first colon only, so
/// `blog:https://…` keeps its URL whole.
pub fn parse_handle(s: &str) -> Result<HandleArg, String> {
    let Some((platform, handle)) = s.split_once(':') else {
        return Err("write PLATFORM:HANDLE, e.g. instagram:@AmelieD or x:JoelBackaler".into());
    };
    let platform = parse_platform(platform)?;
    if handle.trim().is_empty() {
        return Err("the handle after the colon is empty".into());
    }
    Ok(HandleArg {
        platform,
        handle: handle.to_string(),
    })
}

/// Audience counts are quoted the way people speak them: 45k, 1.2M, 45 300 or 45,300.
pub fn parse_audience(s: &str) -> Result<u64, String> {
    let bad = || format!("'{s}' is not an audience count; write 45300, 45k or 1.2M");
    let t: String = s
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | ',' | '_'))
        .collect();
    let (digits, scale) = match t.char_indices().last() {
        Some((i, 'k' | 'K')) => (&t[..i], 1_000.0),
        Some((i, 'm' | 'M')) => (&t[..i], 1_000_000.0),
        _ => (t.as_str(), 1.0),
    };
    let n: f64 = digits.parse().map_err(|_| bad())?;
    if !n.is_finite() || n < 0.0 || n * scale > u64::MAX as f64 {
        return Err(bad());
    }
    Ok((n * scale).round() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn audience_spellings() {
        assert_eq!(parse_audience("45300"), Ok(45_300));
        assert_eq!(parse_audience("45 300"), Ok(45_300));
        assert_eq!(parse_audience("45,300"), Ok(45_300));
        assert_eq!(parse_audience("45k"), Ok(45_000));
        assert_eq!(parse_audience("1.2M"), Ok(1_200_000));
        assert!(parse_audience("lots").is_err());
        assert!(parse_audience("-3").is_err());
    }

    #[test]
    fn repeat_spellings() {
        assert_eq!(parse_every("2w"), Ok(Every::Weeks(2)));
        assert_eq!(parse_every("3d"), Ok(Every::Days(3)));
        assert_eq!(parse_every("1m"), Ok(Every::Months(1)));
        assert_eq!(parse_every("weekly"), Ok(Every::Weeks(1)));
        assert_eq!(parse_every("2 weeks"), Ok(Every::Weeks(2)));
        assert!(parse_every("often").is_err());
        assert!(parse_every("12").is_err(), "a count needs a unit");
        assert_eq!(parse_weekdays("mon,thu"), Ok(Weekdays(vec![0, 3])));
        assert_eq!(parse_weekdays("Thursday,mon"), Ok(Weekdays(vec![0, 3])));
        assert!(parse_weekdays("mon,xyz").is_err());
    }

    #[test]
    fn handles_split_on_the_first_colon() {
        let h = parse_handle("blog:https://blog.example.fr").expect("a blog URL is a handle");
        assert_eq!(h.platform, Platform::Blog);
        assert_eq!(h.handle, "https://blog.example.fr");
        assert_eq!(
            parse_handle("twitter:@joel").map(|h| h.platform),
            Ok(Platform::X)
        );
        assert!(parse_handle("myspace:tom")
            .unwrap_err()
            .contains("unknown platform 'myspace'"));
        assert!(parse_handle("AmelieD").is_err());
    }
}
