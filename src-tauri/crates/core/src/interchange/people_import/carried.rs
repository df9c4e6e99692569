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
