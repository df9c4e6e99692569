//! Fuzzes the workbook reader (.xlsx, .xls, .ods bytes through calamine and the limits): no panic, no runaway allocation, rows in sheet order and as wide as the header.
#![no_main]

use liaison_core::testing::read_workbook;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    // calamine panics on some damaged files (its own OLE2 reader indexes past a sector: two
    // finds are fixtures in tests/fixtures/workbooks); the reader catches those and answers
    // `bad_file`. libfuzzer-sys's hook would abort on the caught panic too, so a silent hook is
    // set: a panic that escapes the reader (or these assertions) still ends the run as a crash.
    std::panic::set_hook(Box::new(|_| {}));
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
