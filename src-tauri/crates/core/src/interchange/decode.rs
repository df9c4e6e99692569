//! Turns the bytes of a file into text whatever Excel or an address book saved it as: UTF-8 (with or without BOM), UTF-16 with BOM, or a legacy code page detected from the bytes.

use encoding_rs::{Encoding, UTF_8};
use std::borrow::Cow;

/// The text of a file and the encoding it was read as (`UTF-8`, `UTF-16LE`, `windows-1252`…).
/// UTF-8 text borrows the file's bytes: a large file is not held twice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub encoding: &'static str,
}

/// A BOM decides; else valid UTF-8 is UTF-8; else the detector guesses (French Excel exports are
/// usually windows-1252). Undecodable bytes become U+FFFD rather than failing the whole file.
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return Decoded {
            text,
            encoding: enc.name(),
        };
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Decoded {
            text: Cow::Borrowed(s),
            encoding: UTF_8.name(),
        };
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let enc = detector.guess(None, true);
    let (text, _) = enc.decode_without_bom_handling(bytes);
    Decoded {
        text,
        encoding: enc.name(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boms_and_legacy_code_pages() {
        let d = decode(b"\xEF\xBB\xBFNom;Pr\xC3\xA9nom");
        assert_eq!((&*d.text, d.encoding), ("Nom;Prénom", "UTF-8"));
        let utf16le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Prénom".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&utf16le).text, "Prénom");
        let utf16be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Prénom".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&utf16be).encoding, "UTF-16BE");
        let cp1252 = b"Nom;Pr\xE9nom;Ville\nDupr\xE9;Am\xE9lie;Montr\xE9al\n";
        let d = decode(cp1252);
        assert_eq!(
            d.encoding, "windows-1252",
            "French accents in one byte are cp1252"
        );
        assert!(d.text.contains("Amélie") && d.text.contains("Montréal"));
    }
}
