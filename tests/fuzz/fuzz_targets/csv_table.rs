//! Fuzzes CSV reading: any bytes (any encoding, delimiter, quoting, line ends) → a table or a clear error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use liaison_core::interchange::csv_import::read_table;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(t) = read_table(bytes) {
        // Line numbers point into the file: never zero, never going backwards.
        let mut last = 0;
        for r in &t.records {
            assert!(r.line >= 1 && r.line >= last, "line {} after {last}", r.line);
            last = r.line;
        }
    }
});
