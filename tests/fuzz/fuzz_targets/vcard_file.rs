//! Fuzzes the vCard reader (2.1 quoted-printable and charsets, folding, escapes, groups, photos, birthdays): no panic, cards in line order.
#![no_main]

use liaison_core::testing::parse_vcard;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(cards) = parse_vcard(bytes) {
        let lines: Vec<u32> = cards.iter().map(|c| c.line).collect();
        assert!(lines.windows(2).all(|w| w[0] < w[1]), "{lines:?}");
        for c in &cards {
            // A photo kept is an image within the cap; a birthday kept is a real day.
            if let Some(p) = &c.photo {
                assert!(p.data.len() <= liaison_core::MAX_PHOTO_BYTES);
            }
            if let Some(b) = c.birthday {
                assert!((1..=12).contains(&b.month) && (1..=31).contains(&b.day), "{b:?}");
            }
        }
    }
});
