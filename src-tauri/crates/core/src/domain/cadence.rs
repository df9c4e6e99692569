//! "You can't disappear and go quiet all of a sudden": how often to touch base, and who is going cold.

use super::person::Stage;
use chrono::{DateTime, Duration, Utc};

/// Days between touches when a person has no cadence of their own. No cadence before a
/// relationship exists (identified) or when contact is on hold (paused, do not contact).
pub fn default_days(stage: Stage) -> Option<u32> {
    match stage {
        Stage::Identified | Stage::Paused | Stage::DoNotContact => None,
        Stage::Contacted | Stage::Engaged => Some(30),
        Stage::Collaborating => Some(14),
        Stage::Ambassador => Some(21),
    }
}

/// When a person goes cold: their last interaction plus their cadence. `None` when there is no
/// cadence, contact is on hold, or there has never been an interaction (never warm, never cold).
pub fn cold_at(
    stage: Stage,
    own_days: Option<u32>,
    last: Option<DateTime<Utc>>,
) -> Option<DateTime<Utc>> {
    if matches!(stage, Stage::Paused | Stage::DoNotContact) {
        return None;
    }
    let days = own_days.or_else(|| default_days(stage))?;
    Some(last? + Duration::days(i64::from(days)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn own_cadence_beats_the_stage_default_and_holds_silence_cadence() {
        let last = Some(t("2026-11-01T10:00:00Z"));
        assert_eq!(
            cold_at(Stage::Engaged, None, last),
            Some(t("2026-12-01T10:00:00Z")),
            "engaged: 30 days"
        );
        assert_eq!(
            cold_at(Stage::Engaged, Some(7), last),
            Some(t("2026-11-08T10:00:00Z")),
            "own cadence wins"
        );
        assert_eq!(
            cold_at(Stage::DoNotContact, Some(7), last),
            None,
            "never nag about someone we must not contact"
        );
        assert_eq!(cold_at(Stage::Identified, None, last), None);
        assert_eq!(
            cold_at(Stage::Collaborating, None, None),
            None,
            "no interaction yet: not going cold"
        );
    }
}
