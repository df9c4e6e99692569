//! Fuzzes the vCard reader (2.1 quoted-printable and charsets, folding, escapes): no panic, cards in line order.
#![no_main]

use liaison_core::testing::parse_vcard;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(cards) = parse_vcard(bytes) {
        let lines: Vec<u32> = cards.iter().map(|c| c.0).collect();
        assert!(lines.windows(2).all(|w| w[0] < w[1]), "{lines:?}");
    }
});
