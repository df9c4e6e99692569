//! Files an export replaces whole: written beside the target and renamed, one mechanism for the core, the shell and the CLI.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Writes `path` with `write`, first under `path.part`, then renames it over `path`: a failure,
/// a cancel or a crash never leaves half a file where the person expects one, nor spoils an
/// older one. On failure the `.part` is removed. `io` turns a file-system error into the
/// caller's error, naming `path` (the file the person chose), not the `.part`. Answers the bytes
/// written.
pub fn replace_file<E>(
    path: &Path,
    write: impl FnOnce(&mut BufWriter<File>) -> Result<(), E>,
    io: impl Fn(std::io::Error) -> E,
) -> Result<u64, E> {
    let mut part = PathBuf::from(path.as_os_str());
    part.as_mut_os_string().push(".part");
    let written = (|| {
        // 1 MiB: a bundle hands over blocks of ~2 MB, which then go straight through.
        let mut w = BufWriter::with_capacity(1 << 20, File::create(&part).map_err(&io)?);
        write(&mut w)?;
        w.flush().map_err(&io)?;
        let len = w.get_ref().metadata().map_err(&io)?.len();
        drop(w);
        std::fs::rename(&part, path).map_err(&io)?;
        Ok(len)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&part);
    }
    written
}
