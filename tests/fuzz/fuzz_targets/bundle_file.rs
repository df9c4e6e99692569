//! Fuzzes the bundle checker (JSON, versions, per-section checksums, records): no panic on any bytes.
#![no_main]

use liaison_core::testing::check_bundle;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(m) = check_bundle(bytes) {
        assert_eq!(m.format, "liaison-bundle");
    }
});
