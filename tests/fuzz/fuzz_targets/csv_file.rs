//! Fuzzes CSV decoding and parsing (any bytes: encodings, quotes, delimiters): no panic, lines that grow.
#![no_main]

use liaison_core::testing::read_table;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(t) = read_table(bytes) {
        // Records come in file order, each starting after the header row's line.
        let mut last = 1;
        for r in &t.records {
            assert!(r.line > last, "line {} after {last}", r.line);
            last = r.line;
        }
    }
});
