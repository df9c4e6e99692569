//! Fuzzes the workbook reader (.xlsx, .xls, .ods bytes through calamine and the limits): no panic, no runaway allocation, rows in sheet order and as wide as the header.
#![no_main]

use liaison_core::testing::read_workbook;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(sheets) = read_workbook(bytes) {
        for t in sheets.iter().flatten() {
            let mut last = 0;
            for r in &t.records {
                assert!(r.line > last, "row {} after {last}", r.line);
                assert_eq!(r.cells.len(), t.headers.len(), "a row as wide as the header");
                last = r.line;
            }
        }
    }
});
