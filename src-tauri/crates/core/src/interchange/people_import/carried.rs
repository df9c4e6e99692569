//! What a file's row brings beside the person's fields (a note, a photo, the date the relationship began), carried with the person it merges into and written with them.

use super::add_note;
use crate::domain::photo::Photo;

/// What a row brings beside the person's fields, handed on with it.
pub(crate) struct Extras {
    pub note: Option<String>,
    pub photo: Option<Photo>,
    pub since: Option<String>,
}

/// What a person gains from the file beside their fields: written with them, not compared
/// field by field.
#[derive(Default)]
pub(crate) struct Carried {
    pub notes: Vec<String>,
    /// The photo they will have: the book's, or one from the file.
    pub photo: Option<Photo>,
    /// The file's photo is to be written.
    pub photo_changed: bool,
    /// The first date a row gave for the start of the relationship.
    pub since: Option<String>,
}

impl Carried {
    /// Takes a row's extras; whether the person gained anything (a note, a photo).
    pub(super) fn add(&mut self, e: Extras, overwrite: bool) -> bool {
        let mut changed = add_note(&mut self.notes, e.note);
        if let Some(ph) = e.photo {
            if self.photo.is_none() || (overwrite && self.photo.as_ref() != Some(&ph)) {
                self.photo = Some(ph);
                self.photo_changed = true;
                changed = true;
            }
        }
        if self.since.is_none() {
            self.since = e.since.filter(|s| !s.trim().is_empty());
        }
        changed
    }
}

#[cfg(test)]
mod tests {
    //! Readers do not hand photos or start dates over yet (the vCard and LinkedIn mappings do
    //! that), so the engine is fed rows directly here.
    use super::super::{import_people, Incoming};
    use crate::domain::person::PersonInput;
    use crate::domain::photo::Photo;
    use crate::domain::provenance::{ImportSource, SourceFormat};
    use crate::interchange::{ImportOptions, Progress};
    use crate::{Book, DbKey, FixedClock};
    use std::sync::Arc;

    const PNG: &[u8] = &[
        0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, b'I', b'H', b'D', b'R',
    ];
    const GIF: &[u8] = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;";

    fn row(line: u32, photo: &[u8], since: Option<&str>) -> Incoming {
        Incoming {
            line,
            person: PersonInput {
                display_name: "Inès Caron".into(),
                emails: vec!["ines@maisonverte.example".into()],
                ..Default::default()
            },
            note: None,
            photo: Some(Photo::from_bytes(photo.to_vec()).unwrap()),
            since: since.map(str::to_string),
            errors: Vec::new(),
            warnings: Vec::new(),
        }
    }

    fn run(book: &Book, rows: Vec<Incoming>, overwrite: bool) -> crate::ImportReport {
        let opts = ImportOptions {
            overwrite,
            force: true,
            source: ImportSource {
                file_name: "Connections.csv".into(),
                format: SourceFormat::Csv,
                layout: "LinkedIn Connections".into(),
            },
            ..Default::default()
        };
        let now = "2026-12-06T09:00:00.000Z";
        import_people(&book.db, now, &rows, &opts, &Progress::new(), &|f| {
            f.to_string()
        })
        .unwrap()
    }

    #[test]
    fn a_rows_photo_and_start_date_are_kept_and_a_photo_is_replaced_only_on_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let clock = Arc::new(FixedClock::at("2026-12-06T09:00:00Z"));
        let book = Book::open(&dir.path().join("b.db"), clock, &DbKey::Raw([7; 32])).unwrap();
        // Two rows of one file for the same person: one person, the first photo and date.
        let r = run(
            &book,
            vec![
                row(2, PNG, Some("2024-03-12")),
                row(3, GIF, Some("2025-01-01")),
            ],
            false,
        );
        assert_eq!((r.created, r.merged), (1, 0), "{r:?}");
        let page = book.person_list(&Default::default()).unwrap();
        let id = page.items[0].id.clone();
        let p = book.person_get(&id).unwrap();
        assert_eq!(p.photo.map(|ph| ph.mime).as_deref(), Some("image/png"));
        assert_eq!(p.source, "LinkedIn Connections Connections.csv, 2026-12-06");
        let h = book.person_sources(&id).unwrap();
        assert_eq!((h.len(), h[0].since.as_str()), (1, "2024-03-12"), "{h:?}");

        // Another file's photo does not replace hers unless the import overwrites.
        let r = run(&book, vec![row(2, GIF, None)], false);
        assert_eq!((r.merged, r.skipped), (0, 1), "{r:?}");
        let r = run(&book, vec![row(2, GIF, None)], true);
        assert_eq!(r.merged, 1, "{r:?}");
        let p = book.person_get(&id).unwrap();
        assert_eq!(p.photo.map(|ph| ph.mime).as_deref(), Some("image/gif"));
        assert_eq!(book.person_sources(&id).unwrap().len(), 2);
    }
}
