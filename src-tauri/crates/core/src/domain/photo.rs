//! A person's photo: an image kept beside the person, whose type is read from its bytes (never from what a file or a caller claims) and whose size is capped.

use crate::error::{Error, FieldError, Result};
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The largest photo kept: enough for a sharp avatar (a 512×512 JPEG is ~60 KB), small enough
/// that a book of thousands of photos stays light and a vCard's PHOTO never bloats an import.
pub const MAX_PHOTO_BYTES: usize = 256 * 1024;

/// The image types every webview shows.
pub const PHOTO_TYPES: &[&str] = &["image/jpeg", "image/png", "image/webp", "image/gif"];

/// A person's photo as it travels (IPC, bundles): its type and its bytes in base64.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Photo {
    /// One of `PHOTO_TYPES`, as read from the bytes.
    pub mime: String,
    /// The image, in standard padded base64.
    #[serde(with = "b64")]
    #[ts(type = "string")]
    pub data: Vec<u8>,
}

impl Photo {
    /// Checks `bytes` and names their type: a JPEG, PNG, WebP or GIF of at most
    /// `MAX_PHOTO_BYTES`, else a `photo` field error saying which rule it broke.
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Photo> {
        if bytes.len() > MAX_PHOTO_BYTES {
            return Err(Error::Validation(vec![FieldError::new(
                "photo",
                format!(
                    "this photo is {} KB, over 256 KB: use a smaller image",
                    bytes.len().div_ceil(1024)
                ),
            )]));
        }
        let mime = sniff(&bytes).ok_or_else(|| {
            Error::Validation(vec![FieldError::new(
                "photo",
                "this is not a JPEG, PNG, WebP or GIF image",
            )])
        })?;
        Ok(Photo {
            mime: mime.to_string(),
            data: bytes,
        })
    }

    /// The same checks on a photo that arrived whole (a bundle, an IPC call): its stated type is
    /// replaced by the one its bytes show.
    pub fn checked(self) -> Result<Photo> {
        Photo::from_bytes(self.data)
    }

    /// A photo from base64 text (a vCard's PHOTO, white space allowed), or a `photo` field error.
    pub fn from_base64(text: &str) -> Result<Photo> {
        let cleaned: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(cleaned.as_bytes())
            .map_err(|e| {
                Error::Validation(vec![FieldError::new(
                    "photo",
                    format!("the photo is not valid base64: {e}"),
                )])
            })?;
        Photo::from_bytes(bytes)
    }

    /// `data:image/png;base64,…`, what an `<img>` shows.
    pub fn data_url(&self) -> String {
        format!(
            "data:{};base64,{}",
            self.mime,
            base64::engine::general_purpose::STANDARD.encode(&self.data)
        )
    }
}

/// The image type `bytes` start with, among `PHOTO_TYPES`.
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    let kind = infer::get(bytes)?;
    PHOTO_TYPES.iter().copied().find(|t| *t == kind.mime_type())
}

mod b64 {
    use base64::Engine as _;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&base64::engine::general_purpose::STANDARD.encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        base64::engine::general_purpose::STANDARD
            .decode(text.as_bytes())
            .map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PNG: &[u8] = &[
        0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, b'I', b'H', b'D', b'R',
    ];

    #[test]
    fn the_type_comes_from_the_bytes() {
        let p = Photo::from_bytes(PNG.to_vec()).expect("a PNG signature is a photo");
        assert_eq!(p.mime, "image/png");
        let pdf = b"%PDF-1.7\n".to_vec();
        let err = Photo::from_bytes(pdf).expect_err("a PDF is not a photo");
        assert_eq!(err.fields()[0].field, "photo");
    }

    #[test]
    fn a_photo_over_the_cap_is_refused_with_its_size() {
        let mut big = PNG.to_vec();
        big.resize(MAX_PHOTO_BYTES + 1, 0);
        let err = Photo::from_bytes(big).expect_err("over the cap");
        assert!(
            err.fields()[0].message.contains("over 256 KB"),
            "the message names the cap: {err}"
        );
    }

    #[test]
    fn base64_round_trips_through_serde() {
        let p = Photo::from_bytes(PNG.to_vec()).unwrap();
        let json = serde_json::to_string(&p).unwrap();
        let back: Photo = serde_json::from_str(&json).unwrap();
        assert_eq!(back, p);
        assert!(p
            .data_url()
            .starts_with("data:image/png;base64,iVBORw0KGgo"));
    }
}
