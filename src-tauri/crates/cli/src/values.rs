//! Parsing the values people type into flags: kinds and stages in either spelling, platforms by
//! their everyday names, `PLATFORM:HANDLE` pairs and audience counts such as 45k.

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use liaison_core::{PersonKind, Platform, Stage};

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
