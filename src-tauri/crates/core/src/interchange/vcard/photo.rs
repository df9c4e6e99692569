//! A card's inline photo in (3.0 `PHOTO;ENCODING=b;TYPE=JPEG:`, 2.1 `ENCODING=BASE64`, 4.0 `data:` URI), checked by the person's photo rules.

use super::parse::Prop;
use crate::domain::photo::{Photo, MAX_PHOTO_BYTES};
use crate::error::Error;
use base64::engine::general_purpose::STANDARD_PAD_INDIFFERENT;
use base64::Engine;

/// The photo of a `PHOTO` property, or why it is not kept (said to the person, never fatal:
/// a card is worth importing without its picture).
pub(super) fn read(prop: &Prop) -> Result<Photo, String> {
    let v = prop.value.trim();
    let encoded = if let Some(data) = v.strip_prefix("data:") {
        match data.split_once(',') {
            Some((head, b64)) if head.to_ascii_lowercase().ends_with(";base64") => b64,
            _ => return Err("photo not kept: only base64 data URIs are read".into()),
        }
    } else if prop
        .param("ENCODING")
        .is_some_and(|e| e.eq_ignore_ascii_case("b") || e.eq_ignore_ascii_case("BASE64"))
    {
        v
    } else {
        let shown: String = v.chars().take(80).collect();
        return Err(format!(
            "photo not kept: it is a link ({shown}), and Liaison does not fetch from the web"
        ));
    };
    let encoded: String = encoded.chars().filter(|c| !c.is_whitespace()).collect();
    // Measured before decoding, so a camera original is never decoded only to be refused.
    let size = (encoded.len() / 4 * 3).saturating_sub(2);
    if size > MAX_PHOTO_BYTES {
        return Err(format!(
            "photo not kept: {} KB, over the {} KB limit",
            size / 1024,
            MAX_PHOTO_BYTES / 1024
        ));
    }
    let bytes = STANDARD_PAD_INDIFFERENT
        .decode(encoded.as_bytes())
        .map_err(|e| format!("photo not kept: its base64 is damaged ({e})"))?;
    // The person's photo rules (type from the bytes, the cap) are the domain's, as for a photo
    // set by hand.
    Photo::from_bytes(bytes).map_err(|e| match e {
        Error::Validation(f) if !f.is_empty() => format!("photo not kept: {}", f[0].message),
        e => format!("photo not kept: {e}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::engine::general_purpose::STANDARD;

    fn encode(bytes: &[u8]) -> String {
        STANDARD.encode(bytes)
    }

    fn prop(params: &[(&str, &str)], value: &str) -> Prop {
        Prop {
            group: None,
            name: "PHOTO".into(),
            params: params
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            value: value.into(),
        }
    }

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";

    #[test]
    fn base64_in_3_0_and_data_uris_in_4_0() {
        let b64 = encode(PNG);
        let p = read(&prop(&[("ENCODING", "b"), ("TYPE", "PNG")], &b64)).unwrap();
        assert_eq!((p.mime.as_str(), p.data.as_slice()), ("image/png", PNG));
        let folded = format!("{} {}", &b64[..5], &b64[5..]);
        let p = read(&prop(&[("ENCODING", "BASE64")], &folded)).unwrap();
        assert_eq!(p.data, PNG, "2.1 continuation spaces are not data");
        let uri = format!("data:image/png;base64,{b64}");
        assert_eq!(read(&prop(&[], &uri)).unwrap().data, PNG);
    }

    #[test]
    fn links_damage_non_images_and_giants_are_refused_with_why() {
        let e = read(&prop(&[], "https://lh3.googleusercontent.com/a/x")).unwrap_err();
        assert!(e.contains("link"), "{e}");
        let e = read(&prop(&[("ENCODING", "b")], "!!!!")).unwrap_err();
        assert!(e.contains("damaged"), "{e}");
        let e = read(&prop(&[("ENCODING", "b")], &encode(b"%PDF-1.7"))).unwrap_err();
        assert!(e.contains("not a JPEG"), "{e}");
        let mut over = PNG.to_vec();
        over.resize(MAX_PHOTO_BYTES + 1, 0);
        let e = read(&prop(&[("ENCODING", "b")], &encode(&over))).unwrap_err();
        assert!(e.contains("over 256 KB"), "the person's photo cap: {e}");
        let big = "A".repeat(MAX_PHOTO_BYTES / 3 * 4 + 8);
        let e = read(&prop(&[("ENCODING", "b")], &big)).unwrap_err();
        assert!(e.contains("limit"), "{e}");
    }
}
