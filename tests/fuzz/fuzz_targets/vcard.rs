//! Fuzzes vCard reading (2.1 quoted-printable and charsets, 3.0 folding and escapes, 4.0): no panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let _ = liaison_core::interchange::fuzz::vcard(bytes);
});
