//! The recovery key: the raw database key written so a person can copy it onto paper and type it
//! back, with a checksum that catches a mistyped or swapped character before it is tried.
//!
//! 32 key bytes + a 3-byte CRC-24 = 280 bits = 56 base32 characters, shown in 14 groups of 4.
//! CRC-24 detects every error burst up to 24 bits, so any single wrong character (5 bits) and any
//! two swapped neighbours (10 bits) are caught for certain.

use crate::error::{Error, Result};

const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const CHARS: usize = 56;

/// A printable raw key. `Display` gives `ABCD-EFGH-…`; `Debug` is redacted.
#[derive(Clone, PartialEq, Eq)]
pub struct RecoveryKey([u8; 32]);

impl std::fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryKey(<redacted>)")
    }
}

impl std::fmt::Display for RecoveryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut bytes = self.0.to_vec();
        bytes.extend_from_slice(&crc24(&self.0).to_be_bytes()[1..]);
        let chars = base32(&bytes);
        let groups: Vec<&str> = chars
            .as_bytes()
            .chunks(4)
            .map(|c| std::str::from_utf8(c).unwrap_or_default())
            .collect();
        f.write_str(&groups.join("-"))
    }
}

impl RecoveryKey {
    pub fn from_raw(raw: &[u8; 32]) -> Self {
        RecoveryKey(*raw)
    }

    pub fn raw(&self) -> [u8; 32] {
        self.0
    }

    /// True when `s` has the shape of a recovery key (56 base32 letters once dashes and spaces
    /// are removed), whether or not its checksum holds.
    pub fn looks_like(s: &str) -> bool {
        let cleaned = clean(s);
        cleaned.len() == CHARS && cleaned.bytes().all(|b| value(b).is_some())
    }

    /// Reads a recovery key as typed: any case, dashes and spaces anywhere, 0/1/8 taken for O/I/B.
    pub fn parse(s: &str) -> Result<RecoveryKey> {
        let bad = |why: &str| Error::invalid("recovery_key", why);
        let cleaned = clean(s);
        if cleaned.len() != CHARS {
            return Err(bad(&format!(
                "a recovery key has {CHARS} letters and digits (14 groups of 4); this one has {}",
                cleaned.len()
            )));
        }
        let mut bits: u64 = 0;
        let mut nbits = 0;
        let mut out = Vec::with_capacity(35);
        for b in cleaned.bytes() {
            let v = value(b)
                .ok_or_else(|| bad(&format!("'{}' cannot appear in a recovery key", b as char)))?;
            bits = (bits << 5) | u64::from(v);
            nbits += 5;
            if nbits >= 8 {
                nbits -= 8;
                out.push((bits >> nbits) as u8);
                bits &= (1 << nbits) - 1;
            }
        }
        let (key, check) = out.split_at(32);
        let expected = &crc24(key).to_be_bytes()[1..];
        if check != expected {
            return Err(bad(
                "this recovery key has a typo (its checksum does not match); check each group",
            ));
        }
        let mut raw = [0u8; 32];
        raw.copy_from_slice(key);
        Ok(RecoveryKey(raw))
    }
}

fn clean(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            '0' => 'O',
            '1' => 'I',
            '8' => 'B',
            c => c,
        })
        .collect()
}

fn value(b: u8) -> Option<u8> {
    ALPHABET.iter().position(|&a| a == b).map(|p| p as u8)
}

fn base32(bytes: &[u8]) -> String {
    let mut out = String::new();
    let mut bits: u32 = 0;
    let mut nbits = 0;
    for &b in bytes {
        bits = (bits << 8) | u32::from(b);
        nbits += 8;
        while nbits >= 5 {
            nbits -= 5;
            out.push(ALPHABET[((bits >> nbits) & 31) as usize] as char);
        }
        bits &= (1 << nbits) - 1;
    }
    if nbits > 0 {
        out.push(ALPHABET[((bits << (5 - nbits)) & 31) as usize] as char);
    }
    out
}

/// CRC-24 of OpenPGP (RFC 4880 §6.1).
fn crc24(data: &[u8]) -> u32 {
    let mut crc: u32 = 0xB7_04CE;
    for &b in data {
        crc ^= u32::from(b) << 16;
        for _ in 0..8 {
            crc <<= 1;
            if crc & 0x100_0000 != 0 {
                crc ^= 0x186_4CFB;
            }
        }
    }
    crc & 0xFF_FFFF
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> RecoveryKey {
        let mut raw = [0u8; 32];
        raw.iter_mut()
            .enumerate()
            .for_each(|(i, b)| *b = (i * 37 + 11) as u8);
        RecoveryKey::from_raw(&raw)
    }

    #[test]
    fn crc24_matches_the_rfc_check_value() {
        // The standard check value of CRC-24/OpenPGP over "123456789".
        assert_eq!(crc24(b"123456789"), 0x21_CF02);
    }

    #[test]
    fn printed_keys_read_back_in_any_case_and_spacing() {
        let rk = sample();
        let shown = rk.to_string();
        assert_eq!(
            shown.len(),
            56 + 13,
            "14 groups of 4 joined by dashes: {shown}"
        );
        assert!(RecoveryKey::looks_like(&shown));
        assert_eq!(RecoveryKey::parse(&shown).unwrap(), rk);
        let sloppy = shown.to_lowercase().replace('-', " ").replace('o', "0");
        assert_eq!(
            RecoveryKey::parse(&sloppy).unwrap(),
            rk,
            "case, spaces and 0/O do not matter"
        );
    }

    #[test]
    fn every_single_typo_and_swap_is_caught() {
        let shown: Vec<char> = sample().to_string().chars().filter(|c| *c != '-').collect();
        for i in 0..shown.len() {
            for &c in ALPHABET.iter() {
                let c = c as char;
                if c == shown[i] {
                    continue;
                }
                let mut typo = shown.clone();
                typo[i] = c;
                let s: String = typo.into_iter().collect();
                assert!(
                    RecoveryKey::parse(&s).is_err(),
                    "a typo at {i} ({c}) must be caught"
                );
            }
            if i + 1 < shown.len() && shown[i] != shown[i + 1] {
                let mut swapped = shown.clone();
                swapped.swap(i, i + 1);
                let s: String = swapped.into_iter().collect();
                assert!(
                    RecoveryKey::parse(&s).is_err(),
                    "a swap at {i} must be caught"
                );
            }
        }
    }

    #[test]
    fn wrong_lengths_and_letters_are_explained() {
        let e = RecoveryKey::parse("ABCD-EFGH").unwrap_err();
        assert!(e.to_string().contains("56"), "{e}");
        assert!(!RecoveryKey::looks_like("correct horse battery staple"));
    }
}
