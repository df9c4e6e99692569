//! What a person has beside their fields: a photo, and the history of the imports that created or changed them.

use super::Book;
use crate::api::PersonPhoto;
use crate::domain::photo::Photo;
use crate::domain::provenance::PersonSource;
use crate::error::Result;
use crate::store::{people, photos, sources};

impl Book {
    /// The person's photo, if they have one.
    pub fn person_photo(&self, id: &str) -> Result<Option<Photo>> {
        self.db.read(|c| photos::get(c, people::rowid_of(c, id)?))
    }

    /// The photos of those of `ids` who have one (a list asks for the rows it shows); unknown
    /// ids are left out, as a list may hold someone just erased.
    pub fn person_photos(&self, ids: &[String]) -> Result<Vec<PersonPhoto>> {
        self.db.read(|c| {
            let mut out = Vec::new();
            for id in ids {
                let Some(rowid) = people::find(c, id)? else {
                    continue;
                };
                if let Some(photo) = photos::get(c, rowid)? {
                    out.push(PersonPhoto {
                        person_id: id.clone(),
                        photo,
                    });
                }
            }
            Ok(out)
        })
    }

    /// Sets the person's photo from an image's bytes: a JPEG, PNG, WebP or GIF of at most
    /// 256 KB, its type read from the bytes (else a `photo` field error). The person becomes
    /// newer, so a teammate's merge takes the photo.
    pub fn person_photo_set(&self, id: &str, bytes: Vec<u8>) -> Result<Photo> {
        let photo = Photo::from_bytes(bytes)?;
        let now = self.now();
        self.db.write(|tx| {
            let rowid = people::rowid_of(tx, id)?;
            photos::set(tx, rowid, &photo, &now)?;
            people::touch(tx, rowid, &now)?;
            Ok(photo)
        })
    }

    /// Removes the person's photo (nothing to do when they have none).
    pub fn person_photo_delete(&self, id: &str) -> Result<()> {
        let now = self.now();
        self.db.write(|tx| {
            let rowid = people::rowid_of(tx, id)?;
            if photos::delete(tx, rowid)? {
                people::touch(tx, rowid, &now)?;
            }
            Ok(())
        })
    }

    /// Where the person came from: each import that created or changed them, oldest first.
    pub fn person_sources(&self, id: &str) -> Result<Vec<PersonSource>> {
        self.db.read(|c| sources::list(c, people::rowid_of(c, id)?))
    }
}
