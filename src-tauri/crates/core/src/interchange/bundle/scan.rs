//! The first pass over a bundle: one streaming walk of its top-level object that hashes each section's exact bytes as they pass and finds where each section lies, so versions and checksums are verified before anything is parsed or written.
//!
//! Hand-written because no maintained JSON reader hands out the byte offsets of the values it
//! reads from a stream: serde_json's `RawValue` needs the whole document in memory (what the
//! merge did, 1.3 GiB for a 1M-interaction bundle), and its `StreamDeserializer` only reports
//! offsets between whole top-level values. This walk only tracks strings (with escapes), nesting
//! and the top-level separators; the records themselves are read by serde_json in the second
//! pass (`stream`), which reads each section again from its byte range.

use crate::error::{Error, FileProblem, FileProblemKind as K, Result};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::Read;

/// The largest manifest read: it holds a few dozen short fields.
const MAX_MANIFEST: usize = 1 << 20;
/// The longest top-level key: sections have short names; a longer one is not a bundle.
const MAX_KEY: usize = 256;

/// Where a section lies in the file and the SHA-256 (hex) of its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Span {
    pub start: u64,
    pub len: u64,
    pub sha256: String,
}

/// What the first pass found: the manifest's bytes and each known section's place.
#[derive(Debug, Default)]
pub(crate) struct Scanned {
    pub manifest: Option<Vec<u8>>,
    pub sections: BTreeMap<String, Span>,
}

fn bad(kind: K) -> FileProblem {
    FileProblem::new(kind)
}

/// Where the walk is between values of the top-level object.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Top {
    /// Before the opening `{`.
    Start,
    /// After `{` or `,`: a key (or `}` right after `{`).
    Key,
    /// After a key: its `:`.
    Colon,
    /// After `:`: a value.
    Value,
    /// After a value: `,` or `}`.
    Next,
    /// After the closing `}`: whitespace only.
    Done,
}

/// What the current top-level value is kept for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Keep {
    Skip,
    Hash,
    Manifest,
}

struct Walk<'s> {
    sections: &'s [&'s str],
    top: Top,
    /// Inside a string (a key or within a value), and whether the last byte was a `\`.
    in_str: bool,
    escaped: bool,
    /// Nesting inside the current top-level value (0: a scalar, or between values).
    depth: u64,
    /// The current top-level value is a scalar (number, `true`…): it ends at a delimiter.
    scalar: bool,
    key: Vec<u8>,
    /// Keys seen: `{}` is a (useless) object, `{"a":1,}` is not JSON.
    keys: usize,
    keep: Keep,
    name: String,
    start: u64,
    hasher: Sha256,
    manifest: Vec<u8>,
    out: Scanned,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// Walks the whole bundle once from `reader`; `sections` are the keys whose bytes are hashed.
pub(crate) fn scan(reader: &mut dyn Read, sections: &[&str]) -> Result<Scanned> {
    let mut w = Walk {
        sections,
        top: Top::Start,
        in_str: false,
        escaped: false,
        depth: 0,
        scalar: false,
        key: Vec::new(),
        keys: 0,
        keep: Keep::Skip,
        name: String::new(),
        start: 0,
        hasher: Sha256::new(),
        manifest: Vec::new(),
        out: Scanned::default(),
    };
    let mut buf = vec![0u8; 1 << 20];
    let mut offset = 0u64;
    loop {
        let n = match reader.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(bad(K::BundleUnreadable).detail(e.to_string()).into()),
        };
        let chunk = &buf[..n];
        // A UTF-8 byte order mark is not JSON, but an editor may add one: skipped.
        let skip = if offset == 0 && chunk.starts_with(b"\xEF\xBB\xBF") {
            3
        } else {
            0
        };
        w.chunk(chunk, skip, offset)?;
        offset += n as u64;
    }
    w.end(offset)
}

impl Walk<'_> {
    fn chunk(&mut self, chunk: &[u8], mut i: usize, offset: u64) -> Result<()> {
        // The part of this chunk the current kept value covers, handed to its keeper in one piece.
        let mut from = i;
        while i < chunk.len() {
            let b = chunk[i];
            if self.top == Top::Value && (self.depth > 0 || self.in_str || self.scalar) {
                if self.in_str {
                    if self.escaped {
                        self.escaped = false;
                    } else if b == b'\\' {
                        self.escaped = true;
                    } else if b == b'"' {
                        self.in_str = false;
                        if self.depth == 0 {
                            self.close(chunk, from, i + 1, offset)?;
                        }
                    } else if self.depth > 0 {
                        // The common case, a long string: skip to its next quote or backslash.
                        if let Some(j) = memchr::memchr2(b'"', b'\\', &chunk[i..]) {
                            i += j;
                            continue;
                        }
                        i = chunk.len();
                        continue;
                    }
                } else if self.scalar {
                    if is_space(b) || b == b',' || b == b'}' {
                        self.scalar = false;
                        self.close(chunk, from, i, offset)?;
                        continue;
                    }
                } else {
                    match b {
                        b'"' => self.in_str = true,
                        b'[' | b'{' => self.depth += 1,
                        b']' | b'}' => {
                            self.depth -= 1;
                            if self.depth == 0 {
                                self.close(chunk, from, i + 1, offset)?;
                            }
                        }
                        _ => {}
                    }
                }
                i += 1;
                continue;
            }
            if self.top == Top::Key && self.in_str {
                if self.escaped {
                    self.escaped = false;
                } else if b == b'\\' {
                    self.escaped = true;
                } else if b == b'"' {
                    self.in_str = false;
                    self.top = Top::Colon;
                    i += 1;
                    continue;
                }
                if self.key.len() >= MAX_KEY {
                    return Err(self.not_bundle(offset + i as u64, "a key is too long"));
                }
                self.key.push(b);
                i += 1;
                continue;
            }
            if is_space(b) {
                i += 1;
                continue;
            }
            let at = offset + i as u64;
            match (self.top, b) {
                (Top::Start, b'{') => self.top = Top::Key,
                (Top::Key, b'"') => {
                    self.in_str = true;
                    self.keys += 1;
                    self.key.clear();
                }
                (Top::Key, b'}') if self.keys == 0 => self.top = Top::Done,
                (Top::Colon, b':') => {
                    self.begin_value()?;
                    self.top = Top::Value;
                }
                (Top::Value, _) => {
                    self.start = at;
                    from = i;
                    match b {
                        b'"' => self.in_str = true,
                        b'[' | b'{' => self.depth = 1,
                        b'-' | b'0'..=b'9' | b't' | b'f' | b'n' => self.scalar = true,
                        _ => return Err(self.not_bundle(at, "a value is missing")),
                    }
                    if self.keep == Keep::Hash && b != b'[' {
                        return Err(bad(K::BundleNotList)
                            .section(self.name.clone())
                            .byte(at)
                            .into());
                    }
                }
                (Top::Next, b',') => self.top = Top::Key,
                (Top::Next, b'}') => self.top = Top::Done,
                (Top::Done, _) => return Err(bad(K::BundleTrailing).byte(at).into()),
                _ => return Err(self.not_bundle(at, "unexpected character")),
            }
            i += 1;
        }
        // The chunk ends inside a kept value: its part so far goes to the keeper.
        if self.top == Top::Value && (self.depth > 0 || self.in_str || self.scalar) {
            self.feed(&chunk[from..])?;
        }
        Ok(())
    }

    fn not_bundle(&self, at: u64, what: &str) -> Error {
        bad(K::BundleSyntax).byte(at).detail(what).into()
    }

    /// A key was read: decides what its value is kept for.
    fn begin_value(&mut self) -> Result<()> {
        let key: String = serde_json::from_slice(&[b"\"", &self.key[..], b"\""].concat())
            .map_err(|_| bad(K::BundleSyntax).detail("a key is not valid text"))?;
        let twice = || Error::from(bad(K::BundleSectionTwice).section(key.clone()));
        self.keep = if key == "manifest" {
            if self.out.manifest.is_some() {
                return Err(twice());
            }
            self.manifest.clear();
            Keep::Manifest
        } else if self.sections.contains(&key.as_str()) {
            if self.out.sections.contains_key(&key) {
                return Err(twice());
            }
            self.hasher = Sha256::new();
            Keep::Hash
        } else {
            Keep::Skip
        };
        self.name = key;
        Ok(())
    }

    fn feed(&mut self, bytes: &[u8]) -> Result<()> {
        match self.keep {
            Keep::Skip => {}
            Keep::Hash => self.hasher.update(bytes),
            Keep::Manifest => {
                if self.manifest.len() + bytes.len() > MAX_MANIFEST {
                    return Err(bad(K::BundleManifest)
                        .detail(format!("larger than {MAX_MANIFEST} bytes"))
                        .into());
                }
                self.manifest.extend_from_slice(bytes);
            }
        }
        Ok(())
    }

    /// The current top-level value ends before `end` in `chunk`.
    fn close(&mut self, chunk: &[u8], from: usize, end: usize, offset: u64) -> Result<()> {
        self.feed(&chunk[from..end])?;
        let stop = offset + end as u64;
        match self.keep {
            Keep::Skip => {}
            Keep::Hash => {
                let digest = std::mem::take(&mut self.hasher).finalize();
                let sha256 = digest.iter().map(|b| format!("{b:02x}")).collect();
                self.out.sections.insert(
                    std::mem::take(&mut self.name),
                    Span {
                        start: self.start,
                        len: stop - self.start,
                        sha256,
                    },
                );
            }
            Keep::Manifest => self.out.manifest = Some(std::mem::take(&mut self.manifest)),
        }
        self.top = Top::Next;
        Ok(())
    }

    /// The file ended: complete only after the closing `}`.
    fn end(mut self, size: u64) -> Result<Scanned> {
        if self.top == Top::Value && self.scalar {
            // A number running to the very end is still an unfinished object.
            self.scalar = false;
        }
        let cut = |p: FileProblem| FileProblem {
            found: Some(size),
            ..p
        };
        match self.top {
            Top::Done => Ok(self.out),
            Top::Start => Err(bad(K::NotBundle).into()),
            Top::Value if !self.name.is_empty() => {
                Err(cut(bad(K::BundleIncomplete).section(self.name)).into())
            }
            _ => Err(cut(bad(K::BundleIncomplete)).into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Result<Scanned> {
        scan(&mut text.as_bytes(), &["people", "notes"])
    }

    #[test]
    fn spans_are_the_exact_bytes_of_each_section() {
        let text = r#" { "people" : [{"a":"x\"]}"}, 1] ,"other":{"b":[1,2]},"n":-1.5e3,"notes":[],"manifest":{"m":"}"}}  "#;
        let s = run(text).unwrap();
        let people = &s.sections["people"];
        let at = |sp: &Span| &text[sp.start as usize..(sp.start + sp.len) as usize];
        assert_eq!(at(people), r#"[{"a":"x\"]}"}, 1]"#);
        assert_eq!(
            people.sha256,
            crate::interchange::bundle::checksum(at(people).as_bytes())
        );
        assert_eq!(at(&s.sections["notes"]), "[]");
        assert_eq!(s.manifest.as_deref(), Some(&br#"{"m":"}"}"#[..]));
    }

    #[test]
    fn a_value_split_across_reads_hashes_the_same() {
        // One byte per read: every boundary falls inside some string, escape or value.
        struct Drip<'a>(&'a [u8]);
        impl Read for Drip<'_> {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                let Some((&b, rest)) = self.0.split_first() else {
                    return Ok(0);
                };
                buf[0] = b;
                self.0 = rest;
                Ok(1)
            }
        }
        let text = r#"{"people":[{"a":"é\\\"x"}],"manifest":{"k":true},"x":12}"#;
        let whole = run(text).unwrap();
        let drip = scan(&mut Drip(text.as_bytes()), &["people", "notes"]).unwrap();
        assert_eq!(whole.sections, drip.sections);
        assert_eq!(whole.manifest, drip.manifest);
    }

    #[test]
    fn truncated_or_broken_files_are_refused() {
        for (text, word) in [
            (r#"{"people":[{"a":1}"#, "inside its people section"),
            (r#"{"people":[]"#, "before its closing brace"),
            (r#"{"people":[],"manifest":{}} x"#, "more after"),
            (r#"["people"]"#, "unexpected character"),
            (r#"{"people":{}}"#, "not a list"),
            (r#"{"people":[],"people":[]}"#, "twice"),
            ("", "not a Liaison bundle"),
        ] {
            let err = run(text).unwrap_err().to_string();
            assert!(err.contains(word), "{text}: {err}");
        }
    }
}
