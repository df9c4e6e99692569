//! The second pass over a bundle: each section read again from its byte range by serde_json and handed on a batch of records at a time, so a million interactions are never in memory together.
//!
//! A `Visitor` over the section's array gives the records one by one (serde_json's own
//! `Vec<T>` would collect them all); the batch size bounds what is held. A file is read
//! through `from_reader` from the section's range; bytes already in memory (the dev backend,
//! tests, fuzzing) through `from_slice`, which is faster and holds nothing more.

use crate::error::{Error, FileProblem, FileProblemKind, Result};
use crate::interchange::bundle::scan::Span;
use serde::de::{DeserializeOwned, SeqAccess, Visitor};
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::Path;

/// Where the bundle is read from.
#[derive(Clone, Copy)]
pub(crate) enum Input<'a> {
    Bytes(&'a [u8]),
    File(&'a Path),
}

impl Input<'_> {
    /// A reader over the whole bundle, for the first pass.
    pub fn open(&self) -> Result<Box<dyn Read + '_>> {
        Ok(match *self {
            Input::Bytes(b) => Box::new(b),
            Input::File(p) => Box::new(open(p)?),
        })
    }

    /// Hands the records of the section at `span` (none when absent) to `f`, `batch` at a time;
    /// answers how many there were. A record that does not parse stops with its place.
    pub fn each<T: DeserializeOwned>(
        &self,
        name: &str,
        span: Option<&Span>,
        batch: usize,
        f: &mut dyn FnMut(Vec<T>) -> Result<()>,
    ) -> Result<u64> {
        let Some(span) = span else {
            return Ok(0);
        };
        let mut count = 0u64;
        let mut failed = None;
        let visitor = Batches {
            f,
            size: batch.max(1),
            count: &mut count,
            failed: &mut failed,
        };
        let parsed = match *self {
            Input::Bytes(b) => {
                let range = usize::try_from(span.start).ok().and_then(|s| {
                    let end = s.checked_add(usize::try_from(span.len).ok()?)?;
                    b.get(s..end)
                });
                let bytes = range.expect("a span found in these bytes");
                let mut de = serde_json::Deserializer::from_slice(bytes);
                serde::Deserializer::deserialize_seq(&mut de, visitor).and_then(|()| de.end())
            }
            Input::File(p) => {
                let mut file = open(p)?;
                file.seek(SeekFrom::Start(span.start))
                    .map_err(|e| Error::io(p, e))?;
                let reader = BufReader::with_capacity(1 << 18, file.take(span.len));
                let mut de = serde_json::Deserializer::from_reader(reader);
                serde::Deserializer::deserialize_seq(&mut de, visitor).and_then(|()| de.end())
            }
        };
        if let Some(e) = failed {
            return Err(e);
        }
        parsed.map_err(|e| malformed(name, span, count, &e))?;
        Ok(count)
    }
}

impl Input<'_> {
    /// As `each`, with the records parsed on a second thread while `f` merges the previous
    /// batch on this one (the merge holds the write transaction, which cannot move). At most
    /// two parsed batches wait, so memory stays bounded; when `f` fails the parser stops at
    /// its next batch, and a record that does not parse ends the merge with its place.
    pub fn each_piped<T: DeserializeOwned + Send>(
        &self,
        name: &str,
        span: Option<&Span>,
        batch: usize,
        f: &mut dyn FnMut(Vec<T>) -> Result<()>,
    ) -> Result<u64> {
        self.each_piped_then(name, span, batch, &|b| b, f)
    }

    /// As `each_piped`, with `then` run on each batch on the parsing thread too: work of the
    /// merge's that needs no transaction leaves the writer's thread.
    pub fn each_piped_then<T: DeserializeOwned + Send, U: Send>(
        &self,
        name: &str,
        span: Option<&Span>,
        batch: usize,
        then: &(dyn Fn(Vec<T>) -> U + Sync),
        f: &mut dyn FnMut(U) -> Result<()>,
    ) -> Result<u64> {
        if span.is_none() {
            return Ok(0);
        }
        let (send, receive) = std::sync::mpsc::sync_channel::<U>(2);
        std::thread::scope(|s| {
            let parser = s.spawn(move || {
                self.each(name, span, batch, &mut |b| {
                    // The merge stopped (and says why): nothing more to parse.
                    send.send(then(b)).map_err(|_| Error::Cancelled)
                })
            });
            let mut merged = Ok(());
            for b in receive.iter() {
                if let Err(e) = f(b) {
                    merged = Err(e);
                    break;
                }
            }
            // Unblocks a parser waiting to hand on a batch.
            drop(receive);
            let parsed = parser
                .join()
                .unwrap_or_else(|p| std::panic::resume_unwind(p));
            merged?;
            parsed
        })
    }
}

fn open(path: &Path) -> Result<std::fs::File> {
    std::fs::File::open(path).map_err(|e| Error::io(path, e))
}

/// The record after the `count` read well, where the file has it: sections are written on one
/// line, so serde_json's column is the byte within the section.
fn malformed(name: &str, span: &Span, count: u64, e: &serde_json::Error) -> Error {
    let text = e.to_string();
    let what = text
        .rsplit_once(" at line ")
        .map_or(text.as_str(), |(w, _)| w);
    let p = FileProblem::new(FileProblemKind::BundleMalformed)
        .section(name)
        .record(count + 1)
        .detail(what);
    if e.line() == 1 {
        p.byte(span.start + e.column() as u64).into()
    } else {
        p.at(u32::try_from(e.line()).unwrap_or(u32::MAX), None)
            .into()
    }
}

struct Batches<'v, T> {
    f: &'v mut dyn FnMut(Vec<T>) -> Result<()>,
    size: usize,
    count: &'v mut u64,
    /// The merge's own error, which serde can only carry as text: kept whole here.
    failed: &'v mut Option<Error>,
}

impl<T> Batches<'_, T> {
    fn hand_on<E: serde::de::Error>(&mut self, batch: Vec<T>) -> std::result::Result<(), E> {
        (self.f)(batch).map_err(|e| {
            *self.failed = Some(e);
            E::custom("the merge stopped")
        })
    }
}

impl<'de, T: DeserializeOwned> Visitor<'de> for Batches<'_, T> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list of records")
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> std::result::Result<(), A::Error> {
        let mut batch = Vec::with_capacity(self.size.min(4096));
        while let Some(x) = seq.next_element::<T>()? {
            batch.push(x);
            *self.count += 1;
            if batch.len() >= self.size {
                let full = std::mem::replace(&mut batch, Vec::with_capacity(self.size.min(4096)));
                self.hand_on(full)?;
            }
        }
        if !batch.is_empty() {
            self.hand_on(batch)?;
        }
        Ok(())
    }
}
