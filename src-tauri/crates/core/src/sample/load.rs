//! `Book::sample_load`: the demo book once per book, then generated people, for a first look at the app.

use super::demo::write_story;
use super::showcase::{showcase, SHOWCASE_PEOPLE};
use crate::api::SampleLoadReq;
use crate::error::{Error, Result};
use crate::store::followups::{set_setting, setting};
use crate::Book;

/// What "Load sample data" adds when the request names no count.
pub const DEFAULT_SAMPLE: u32 = 40;
/// Sample data is for a first look; a bigger request is a mistake, and would hold the write
/// lock (and the CLI) for long. Benchmarks load large books through `person_create_many`.
pub const MAX_SAMPLE: u32 = 10_000;
/// Set (to when) once the demo's story was written into this book, so it is never written twice.
const DEMO_KEY: &str = "sample_demo_loaded_at";

impl Book {
    /// Adds `req.count` people (default 40) and returns how many were added. The first load of
    /// at least `SHOWCASE_PEOPLE` also writes the demo — its showcase people with their
    /// timelines, notes, follow-ups, events, meetups, lists and network — and generated people fill the
    /// rest; a later load adds generated people only, never a second Amélie.
    ///
    /// Not one transaction: the demo is written through the use cases (so their validation and
    /// derived figures apply), and each use case commits its own. The demo's marker is claimed
    /// first, so a failure half-way leaves a partial demo rather than, on retry, a second one.
    pub fn sample_load(&self, req: &SampleLoadReq) -> Result<u32> {
        let count = req.count.unwrap_or(DEFAULT_SAMPLE);
        if count > MAX_SAMPLE {
            return Err(Error::invalid(
                "count",
                format!("at most {MAX_SAMPLE} sample people"),
            ));
        }
        // Seeded by the book's size: a fresh book always gets the same people (stable e2e
        // tests and screenshots), and loading again adds new faces rather than twins.
        let seed = self.person_count()?;
        let mut generated = count as usize;
        let mut added = 0;
        if generated >= SHOWCASE_PEOPLE && self.claim_demo()? {
            let mut ids = Vec::with_capacity(SHOWCASE_PEOPLE);
            for person in showcase() {
                ids.push(self.person_create(person)?.person.id);
            }
            write_story(self, &ids)?;
            generated -= SHOWCASE_PEOPLE;
            added = SHOWCASE_PEOPLE;
        }
        added += self.person_create_many(super::people(generated, seed))?;
        Ok(u32::try_from(added).unwrap_or(u32::MAX))
    }

    /// True the one time the demo may be written into this book.
    fn claim_demo(&self) -> Result<bool> {
        let now = self.now();
        self.db.write(|tx| {
            if setting(tx, DEMO_KEY)?.is_some() {
                return Ok(false);
            }
            set_setting(tx, DEMO_KEY, &now, &now)?;
            Ok(true)
        })
    }
}
