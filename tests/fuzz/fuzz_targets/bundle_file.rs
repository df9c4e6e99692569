//! Fuzzes the bundle checker (JSON, versions, per-section checksums, records): no panic on any bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use liaison_core::interchange::bundle_merge::check;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(m) = check(bytes) {
        assert_eq!(m.format, "liaison-bundle");
    }
});
