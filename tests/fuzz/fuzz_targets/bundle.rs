//! Fuzzes a teammate's bundle as the merge reads it (versions, checksums, every record): no panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let _ = liaison_core::interchange::fuzz::bundle(bytes);
});
