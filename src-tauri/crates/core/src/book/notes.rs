//! The notes part of the `Book` API: markdown notes pinned to a person.

use super::Book;
use crate::domain::interaction::{Note, NoteInput};
use crate::error::{Error, Result};
use crate::new_id;
use crate::store::interactions as rows;
use crate::store::people::rowid_of;

/// Bodies beyond this are almost surely a paste gone wrong; refuse rather than bloat the file.
const MAX_BODY: usize = 200_000;

impl Book {
    pub fn note_create(&self, input: NoteInput) -> Result<Note> {
        check_body(&input.body, true)?;
        let now = self.now();
        self.db.write(|tx| {
            let person = rowid_of(tx, &input.person_id)?;
            let note = Note {
                id: new_id(),
                person_id: input.person_id.clone(),
                body: input.body.clone(),
                pinned: input.pinned,
                created_at: now.clone(),
                updated_at: now.clone(),
            };
            rows::note_insert(tx, &note, person)?;
            Ok(note)
        })
    }

    pub fn note_update(&self, id: &str, body: &str, pinned: bool) -> Result<Note> {
        check_body(body, true)?;
        let now = self.now();
        self.db.write(|tx| {
            let (rowid, _) = rows::note_load(tx, id)?;
            rows::note_update(tx, rowid, body, pinned, &now)?;
            Ok(rows::note_load(tx, id)?.1)
        })
    }

    pub fn note_delete(&self, id: &str) -> Result<Note> {
        let now = self.now();
        self.db.write(|tx| {
            let (rowid, note) = rows::note_load(tx, id)?;
            rows::note_delete(tx, rowid)?;
            crate::store::tombstones::record(tx, "note", id, &now)?;
            Ok(note)
        })
    }

    pub fn note_list(&self, person_id: &str) -> Result<Vec<Note>> {
        self.db.read(|c| rows::notes_of(c, rowid_of(c, person_id)?))
    }
}

fn check_body(body: &str, required: bool) -> Result<()> {
    if required && body.trim().is_empty() {
        return Err(Error::invalid("body", "a note needs some text"));
    }
    if body.len() > MAX_BODY {
        return Err(Error::invalid(
            "body",
            "this text is too long (200 000 characters at most)",
        ));
    }
    Ok(())
}
