//! Fuzzes the header detection shared by CSV files and workbook sheets (any rows of any cells): no panic, an index inside the rows, and a header other than the first row only when it reads like one.
#![no_main]

use liaison_core::testing::find_header;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    // Rows on line ends, cells on commas: enough to build any table shape, prose and blanks.
    let text = String::from_utf8_lossy(bytes);
    let rows: Vec<Vec<String>> = text
        .split('\n')
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect();
    let h = find_header(&rows);
    assert!(h == 0 || h < rows.len(), "header {h} of {} rows", rows.len());
    if h > 0 {
        let filled = rows[h].iter().filter(|c| !c.trim().is_empty()).count();
        let blank_before = rows[..h].iter().all(|r| r.iter().all(|c| c.trim().is_empty()));
        assert!(
            filled >= 2 || blank_before,
            "a header after notes has two cells or more: {:?}",
            rows[h]
        );
    }
    // The CSV reader agrees: its skipped lines end where its header row starts.
    if let Ok(t) = liaison_core::testing::read_table(bytes) {
        assert!(t.records.iter().all(|r| r.line > t.skipped_lines + 1));
    }
});
