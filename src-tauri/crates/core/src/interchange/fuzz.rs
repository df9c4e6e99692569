//! The parsers alone, without a book, for the cargo-fuzz targets in `tests/fuzz` (not an app API).

/// Reads a CSV file's table; `Ok` carries the number of records.
pub fn csv(bytes: &[u8]) -> crate::Result<usize> {
    super::csv_import::read_table(bytes).map(|t| t.records.len())
}

/// Reads a vCard file; `Ok` carries the number of cards.
pub fn vcard(bytes: &[u8]) -> crate::Result<usize> {
    super::vcard::read(bytes).map(|cards| cards.len())
}

/// Checks and parses a bundle (versions, checksums, every record) without applying it.
pub fn bundle(bytes: &[u8]) -> crate::Result<()> {
    super::bundle_merge::parse_only(bytes)
}
