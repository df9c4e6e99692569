//! What a file given to an import really is, from its first bytes, so a picture, a PDF, a workbook or UTF-16 without its mark gets a sentence saying so instead of a page of "problems" (CSV, vCard and bundle readers ask the same question).
//!
//! Magic numbers come from the `infer` crate; the two checks it does not make are here: a
//! workbook whose zip entries come in an order `infer` does not expect (it looks at the third
//! entry only), and text that is UTF-16 or not text at all, told from where its NUL bytes fall.

use crate::file_problem::{FileProblem, FileProblemKind as K};

/// What the bytes look like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FileKind {
    /// Text (any encoding `decode` reads, BOM or not); possibly empty.
    Text,
    Image(String),
    Pdf,
    /// `xlsx` or `ods`.
    Workbook(&'static str),
    /// Excel 97–2003 (OLE2 compound document).
    LegacyWorkbook,
    Zip,
    /// UTF-16 text with no BOM; `true` for big-endian.
    Utf16NoBom(bool),
    /// Not text; what `infer` named it, if anything (`mp3`, `docx`).
    Binary(Option<String>),
}

/// How much of the file the text checks look at: enough for the header and many rows.
const SAMPLE: usize = 8 * 1024;

pub(crate) fn sniff(bytes: &[u8]) -> FileKind {
    if encoding_rs::Encoding::for_bom(bytes).is_some() {
        return FileKind::Text;
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        // Word and PowerPoint 97–2003 share the container; infer reads its class id.
        return if infer::doc::is_doc(bytes) {
            FileKind::Binary(Some("doc".into()))
        } else if infer::doc::is_ppt(bytes) {
            FileKind::Binary(Some("ppt".into()))
        } else {
            FileKind::LegacyWorkbook
        };
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return zip_kind(bytes);
    }
    if let Some(t) = infer::get(bytes) {
        use infer::MatcherType as M;
        match t.matcher_type() {
            M::Text => {}
            M::Image => return FileKind::Image(t.extension().to_string()),
            _ if t.extension() == "pdf" => return FileKind::Pdf,
            _ => return FileKind::Binary(Some(t.extension().to_string())),
        }
    }
    text_kind(&bytes[..bytes.len().min(SAMPLE)])
}

/// An `.xlsx` holds `xl/workbook.xml`, an `.ods` starts with its `mimetype` entry; entry names
/// are stored uncompressed in the zip, so a byte search finds them in any order.
fn zip_kind(bytes: &[u8]) -> FileKind {
    let has = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    if infer::doc::is_xlsx(bytes) || has(b"xl/workbook.xml") {
        FileKind::Workbook("xlsx")
    } else if infer::odf::is_ods(bytes) || has(b"application/vnd.oasis.opendocument.spreadsheet") {
        FileKind::Workbook("ods")
    } else if infer::doc::is_docx(bytes) {
        FileKind::Binary(Some("docx".into()))
    } else {
        FileKind::Zip
    }
}

/// Text never holds NUL bytes, except UTF-16, where mostly-ASCII text has one in every pair:
/// at odd offsets for little-endian, even for big-endian. Many other control bytes mean binary.
fn text_kind(s: &[u8]) -> FileKind {
    let nul_at = |parity: usize| {
        s.iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (nul_at(0), nul_at(1));
    let pairs = s.len() / 2;
    if pairs >= 2 {
        // Most pairs hold one NUL, always on the same side.
        if odd * 10 >= pairs * 6 && even * 20 <= pairs {
            return FileKind::Utf16NoBom(false);
        }
        if even * 10 >= pairs * 6 && odd * 20 <= pairs {
            return FileKind::Utf16NoBom(true);
        }
    }
    let control = s
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    if even + odd > 0 || control * 20 > s.len() {
        return FileKind::Binary(None);
    }
    FileKind::Text
}

impl FileKind {
    /// The problem to report when a reader of text is given this kind of file; `None` for text.
    pub(crate) fn problem(&self) -> Option<FileProblem> {
        Some(match self {
            FileKind::Text => return None,
            FileKind::Image(f) => FileProblem::new(K::Image).format(f.as_str()),
            FileKind::Pdf => FileProblem::new(K::Pdf),
            FileKind::Workbook(f) => FileProblem::new(K::Workbook).format(*f),
            FileKind::LegacyWorkbook => FileProblem::new(K::LegacyWorkbook).format("xls"),
            FileKind::Zip => FileProblem::new(K::Zip),
            FileKind::Utf16NoBom(_) => FileProblem::new(K::Utf16NoBom),
            FileKind::Binary(None) => FileProblem::new(K::NotText),
            FileKind::Binary(Some(f)) => FileProblem::new(K::NotText).format(f.as_str()),
        })
    }
}

/// `Err` with the file's problem unless the bytes are text: the one call a text reader makes.
pub(crate) fn require_text(bytes: &[u8]) -> crate::Result<()> {
    match sniff(bytes).problem() {
        None => Ok(()),
        Some(p) => Err(p.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_utf16_without_bom() {
        assert_eq!(
            sniff(b"Nom;Pr\xE9nom\r\nDupr\xE9;Am\xE9lie\r\n"),
            FileKind::Text
        );
        assert_eq!(sniff(b""), FileKind::Text);
        let le: Vec<u8> = "Name,Email\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(sniff(&le), FileKind::Utf16NoBom(false));
        let be: Vec<u8> = "Name,Email\n"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(sniff(&be), FileKind::Utf16NoBom(true));
        assert_eq!(sniff(b"a,b\n\x00\x01\x02\x03junk"), FileKind::Binary(None));
    }
}
