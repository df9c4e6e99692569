//! The bundle as it is written: sections one after the other, each hashed and handed to its sink (memory or a file) as it closes, and the whole book's interactions read by two threads while the people are written.
//!
//! A whole book is half a gigabyte of JSON at 100k people and 1M interactions: written to a file,
//! only a few megabytes of it are held at a time (blocks of interactions, a few thousand people).
//!
//! At 100k people and 1M interactions the interactions are four fifths of the bytes and of the
//! time. A second thread, on a second connection of the same snapshot, starts on blocks of them
//! while this thread writes the people; then both take blocks until none are left, and this one
//! appends and hashes the blocks in order as they are ready. Taking blocks from one counter
//! keeps the two cores evenly busy whatever the people section costs.

use crate::error::Result;
use crate::interchange::bundle::interactions::{block, BLOCK};
use crate::interchange::Progress;
use crate::store::bundle_export_rows::{self, person_ids};
use rusqlite::Connection;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

/// Where a bundle's bytes go, a section or a block at a time.
pub(crate) trait Sink {
    fn put(&mut self, bytes: &[u8]) -> Result<()>;
}

impl Sink for Vec<u8> {
    fn put(&mut self, bytes: &[u8]) -> Result<()> {
        self.extend_from_slice(bytes);
        Ok(())
    }
}

/// A file being written, named in the error when the disk refuses (full, read-only, gone).
pub(crate) struct FileSink<'a> {
    pub file: &'a mut std::io::BufWriter<std::fs::File>,
    pub path: &'a Path,
}

impl Sink for FileSink<'_> {
    fn put(&mut self, bytes: &[u8]) -> Result<()> {
        self.file
            .write_all(bytes)
            .map_err(|e| crate::Error::io(self.path, e))
    }
}

pub(crate) struct Out<'s> {
    /// The section being written; handed to the sink and cleared when it closes.
    buf: Vec<u8>,
    sink: &'s mut dyn Sink,
    started: bool,
    pub counts: BTreeMap<String, u64>,
    pub checksums: BTreeMap<String, String>,
}

fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

impl<'s> Out<'s> {
    pub fn new(capacity: usize, sink: &'s mut dyn Sink) -> Out<'s> {
        Out {
            buf: Vec::with_capacity(capacity),
            sink,
            started: false,
            counts: BTreeMap::new(),
            checksums: BTreeMap::new(),
        }
    }

    fn open(&mut self, name: &str) -> usize {
        let sep: &[u8] = if self.started { b",\n" } else { b"{" };
        self.started = true;
        self.buf.extend_from_slice(sep);
        self.buf
            .extend_from_slice(format!("\"{name}\":").as_bytes());
        self.buf.len()
    }

    /// Hands what is buffered to the sink.
    fn flush(&mut self) -> Result<()> {
        self.sink.put(&self.buf)?;
        self.buf.clear();
        Ok(())
    }

    /// Writes the manifest after the sections and closes the document.
    pub fn finish(mut self, manifest: &impl serde::Serialize) -> Result<()> {
        self.buf.extend_from_slice(b",\n\"manifest\":");
        serde_json::to_writer_pretty(&mut self.buf, manifest).expect("a manifest serialises");
        self.buf.extend_from_slice(b"}\n");
        self.flush()
    }

    /// Writes one section with `f`, which returns how many records it wrote.
    pub fn section(
        &mut self,
        name: &str,
        f: impl FnOnce(&mut Vec<u8>) -> Result<u64>,
    ) -> Result<()> {
        let start = self.open(name);
        let n = f(&mut self.buf)?;
        self.checksums
            .insert(name.to_string(), hex(&Sha256::digest(&self.buf[start..])));
        self.counts.insert(name.to_string(), n);
        self.flush()
    }

    /// Writes one large section with `f`, which calls `spill` now and then: what it has
    /// written so far is hashed and handed to the sink, so the section is never held whole.
    pub fn section_spilling(
        &mut self,
        name: &str,
        f: impl FnOnce(&mut Vec<u8>, &mut dyn FnMut(&mut Vec<u8>) -> Result<()>) -> Result<u64>,
    ) -> Result<()> {
        let mut from = self.open(name);
        let mut hash = Sha256::new();
        let sink = &mut *self.sink;
        let mut spill = |buf: &mut Vec<u8>| -> Result<()> {
            hash.update(&buf[from..]);
            sink.put(buf)?;
            buf.clear();
            from = 0;
            Ok(())
        };
        let n = f(&mut self.buf, &mut spill)?;
        hash.update(&self.buf[from..]);
        self.checksums
            .insert(name.to_string(), hex(&hash.finalize()));
        self.counts.insert(name.to_string(), n);
        self.flush()
    }

    /// Writes `before` (the sections that precede the interactions, on `conn`), then every
    /// interaction of the book. With `second` (a read connection on the same snapshot), another
    /// thread reads blocks of interactions from the start, while this one writes `before`, then
    /// takes blocks too and appends and hashes both threads' blocks in order. Hands `second` back.
    pub fn interactions_all(
        &mut self,
        conn: &Connection,
        second: Option<Connection>,
        progress: &Progress,
        before: impl FnOnce(&mut Out, &Connection) -> Result<()>,
    ) -> Result<Option<Connection>> {
        let ids = person_ids(conn)?;
        let max: i64 = bundle_export_rows::max_interaction_rowid(conn)?;
        let blocks = (max / BLOCK + 1) as usize;
        let next = AtomicUsize::new(0);
        let (done_tx, done_rx) = mpsc::channel::<(usize, Vec<u8>, u64)>();
        let (free_tx, free_rx) = mpsc::channel::<Vec<u8>>();
        std::thread::scope(|s| {
            let worker = second.map(|second| {
                let (ids, next) = (&ids, &next);
                s.spawn(move || {
                    let run = || -> Result<()> {
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            if i >= blocks {
                                return Ok(());
                            }
                            progress.check()?;
                            let mut buf = free_rx.try_recv().unwrap_or_default();
                            let n = block(&second, ids, i as i64, &mut buf)?;
                            // A closed channel means this side failed and returned: stop too.
                            done_tx
                                .send((i, buf, n))
                                .map_err(|_| crate::Error::Cancelled)?;
                        }
                    };
                    let result = run();
                    drop(done_tx);
                    (result, second)
                })
            });
            let mut own: Vec<Vec<u8>> = Vec::new();
            // `None`: the worker stopped before the end; its error is the one to report.
            let written = (|| -> Result<Option<(String, u64)>> {
                before(self, conn)?;
                progress.check()?;
                let start = self.open("interactions");
                let mut hash = Sha256::new();
                let mut count = 0u64;
                let mut ready: BTreeMap<usize, (Vec<u8>, u64, bool)> = BTreeMap::new();
                let mut want = 0usize;
                let mut worker_alive = worker.is_some();
                self.buf.push(b'[');
                hash.update(&self.buf[start..]);
                self.flush()?;
                while want < blocks {
                    while let Ok((i, b, n)) = done_rx.try_recv() {
                        ready.insert(i, (b, n, true));
                    }
                    while let Some((mut b, n, theirs)) = ready.remove(&want) {
                        // Every record is preceded by a comma; the section's first is not.
                        let from = usize::from(count == 0 && !b.is_empty());
                        // Hashed as it is written, while the bytes are still in the cache.
                        hash.update(&b[from..]);
                        self.sink.put(&b[from..])?;
                        count += n;
                        want += 1;
                        b.clear();
                        if theirs {
                            let _ = free_tx.send(b);
                        } else {
                            own.push(b);
                        }
                    }
                    if want >= blocks {
                        break;
                    }
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i < blocks {
                        progress.check()?;
                        let mut buf = own.pop().unwrap_or_default();
                        let n = block(conn, &ids, i as i64, &mut buf)?;
                        ready.insert(i, (buf, n, false));
                    } else if !worker_alive {
                        return Ok(None);
                    } else if let Ok((i, b, n)) = done_rx.recv() {
                        ready.insert(i, (b, n, true));
                    } else {
                        worker_alive = false;
                    }
                }
                hash.update(b"]");
                self.buf.push(b']');
                Ok(Some((hex(&hash.finalize()), count)))
            })();
            // On an error above, dropping the receiver makes the worker stop at its next block.
            drop(done_rx);
            let joined = worker.map(|w| w.join().expect("the interactions thread does not panic"));
            let ((sum, count), joined) = match (written?, joined) {
                (Some(done), joined) => (done, joined),
                (None, Some((Err(e), _))) => return Err(e),
                (None, _) => unreachable!("the worker stops early only on an error"),
            };
            self.checksums.insert("interactions".to_string(), sum);
            self.counts.insert("interactions".to_string(), count);
            Ok(joined.map(|(_, second)| second))
        })
    }
}
