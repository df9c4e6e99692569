//! What a column mapping must satisfy before any row is read: a column that gives a name, and no
//! single-valued field fed by two columns (which one would win?). The import refuses such a
//! mapping, and the mapping screen asks this same rule as the person picks fields.

use super::guess::{ColumnMap, CsvField};
use serde::Serialize;
use ts_rs::TS;

/// Fields several columns may feed: their values add up (two e-mail columns, tags and topics, a
/// handle per platform, web addresses: the first is the website, a profile's is a channel, the
/// others go to the note).
const MANY: &[CsvField] = &[
    CsvField::Ignore,
    CsvField::Email,
    CsvField::Phone,
    CsvField::Tags,
    CsvField::Topics,
    CsvField::Note,
    CsvField::Handle,
    CsvField::Followers,
    CsvField::Website,
];

/// True when several columns may feed `field` (their values add up).
pub(crate) fn adds_up(field: CsvField) -> bool {
    MANY.contains(&field)
}

/// What is wrong with a mapping; nothing when it can run.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
pub struct MappingCheck {
    /// No column gives a name (first, last or whole name): every person needs one.
    pub no_name: bool,
    /// Columns, by position, whose single-valued field another column also feeds.
    pub clashes: Vec<u32>,
}

impl MappingCheck {
    pub fn is_ok(&self) -> bool {
        !self.no_name && self.clashes.is_empty()
    }
}

/// Checks `mapping` (one entry per column).
pub fn check_mapping(mapping: &[ColumnMap]) -> MappingCheck {
    let no_name = !mapping.iter().any(|m| {
        matches!(
            m.field,
            CsvField::DisplayName | CsvField::FirstName | CsvField::LastName
        )
    });
    let clashes = mapping
        .iter()
        .enumerate()
        .filter(|(_, m)| !MANY.contains(&m.field))
        .filter(|(i, m)| {
            mapping
                .iter()
                .enumerate()
                .any(|(j, o)| j != *i && o.field == m.field && o.platform == m.platform)
        })
        .map(|(i, _)| i as u32)
        .collect();
    MappingCheck { no_name, clashes }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::channel::Platform;

    fn col(field: CsvField) -> ColumnMap {
        ColumnMap {
            field,
            platform: None,
        }
    }

    #[test]
    fn a_name_is_needed_and_a_single_field_takes_one_column() {
        let check = check_mapping(&[col(CsvField::Email), col(CsvField::City)]);
        assert!(check.no_name, "no column gives a name");
        let check = check_mapping(&[
            col(CsvField::LastName),
            col(CsvField::City),
            col(CsvField::City),
        ]);
        assert_eq!(check.clashes, [1, 2], "two City columns: which would win?");
        let handles = [
            col(CsvField::DisplayName),
            ColumnMap {
                field: CsvField::Handle,
                platform: Some(Platform::Instagram),
            },
            ColumnMap {
                field: CsvField::Handle,
                platform: Some(Platform::Tiktok),
            },
            col(CsvField::Email),
            col(CsvField::Email),
        ];
        assert!(
            check_mapping(&handles).is_ok(),
            "a handle per platform and two e-mail columns add up"
        );
    }
}
