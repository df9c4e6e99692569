//! Opening a workbook with calamine within limits: the parts a zip declares are sized before anything is inflated, and `.xlsx` sheets are streamed cell by cell instead of into calamine's dense grid.

use super::grid::Grid;
use super::{cells, Kind};
use crate::error::{Error, Result};
use crate::file_problem::{FileProblem, FileProblemKind as K};
use calamine::{Data, Ods, Range, Reader, SheetType, SheetVisible, Xls, Xlsb, Xlsx};
use std::io::Cursor;

/// The largest inflated size a workbook part may declare, and all parts together. A sheet of
/// 100,000 people is ~50 MB of XML; a zip bomb declares gigabytes.
const MAX_PART: u64 = 256 << 20;
const MAX_PARTS_TOTAL: u64 = 768 << 20;

pub(super) enum Book<'a> {
    Xlsx(Box<Xlsx<Cursor<&'a [u8]>>>),
    Xlsb(Box<Xlsb<Cursor<&'a [u8]>>>),
    Xls(Box<Xls<Cursor<&'a [u8]>>>),
    Ods(Box<Ods<Cursor<&'a [u8]>>>),
}

/// A workbook calamine cannot read: damaged, truncated, encrypted, or not a workbook at all.
/// What calamine said is dropped: it names byte offsets and zip records, not what to do.
fn damaged(kind: Kind, _calamine_said: impl std::fmt::Display) -> Error {
    FileProblem::new(K::WorkbookDamaged)
        .format(kind.ext())
        .into()
}

/// Runs calamine on bytes from anywhere: its error, or a panic on a file it did not expect,
/// becomes "cannot be read" rather than ending the app.
fn guarded<T, E: std::fmt::Display>(
    kind: Kind,
    f: impl FnOnce() -> std::result::Result<T, E>,
) -> Result<T> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(r) => r.map_err(|e| damaged(kind, e)),
        Err(_) => Err(damaged(kind, "the reader stopped on it")),
    }
}

impl<'a> Book<'a> {
    pub(super) fn open(kind: Kind, bytes: &'a [u8]) -> Result<Book<'a>> {
        let rs = || Cursor::new(bytes);
        Ok(match kind {
            Kind::Xls => {
                super::xls_guard::check(bytes)?;
                Book::Xls(Box::new(guarded(kind, || Xls::new(rs()))?))
            }
            Kind::Ods => {
                check_zip(kind, bytes)?;
                super::ods_guard::check(bytes)?;
                Book::Ods(Box::new(guarded(kind, || Ods::new(rs()))?))
            }
            Kind::OfficeZip => {
                if check_zip(kind, bytes)? {
                    Book::Xlsb(Box::new(guarded(kind, || Xlsb::new(rs()))?))
                } else {
                    Book::Xlsx(Box::new(guarded(kind, || Xlsx::new(rs()))?))
                }
            }
        })
    }

    fn kind(&self) -> Kind {
        match self {
            Book::Xlsx(_) | Book::Xlsb(_) => Kind::OfficeZip,
            Book::Xls(_) => Kind::Xls,
            Book::Ods(_) => Kind::Ods,
        }
    }

    fn metadata(&self) -> &[calamine::Sheet] {
        match self {
            Book::Xlsx(b) => b.sheets_metadata(),
            Book::Xlsb(b) => b.sheets_metadata(),
            Book::Xls(b) => b.sheets_metadata(),
            Book::Ods(b) => b.sheets_metadata(),
        }
    }

    /// The worksheets, in the workbook's order (chart and macro sheets hold no rows of people).
    pub(super) fn sheet_names(&self) -> Vec<String> {
        self.metadata()
            .iter()
            .filter(|s| s.typ == SheetType::WorkSheet)
            .map(|s| s.name.clone())
            .collect()
    }

    /// The first visible worksheet that holds any cell, with its cells: a workbook often opens
    /// on a cover or notes sheet. Else the first worksheet, empty.
    pub(super) fn first_with_cells(&mut self) -> Result<(String, Grid)> {
        let visible: Vec<String> = self
            .metadata()
            .iter()
            .filter(|s| s.typ == SheetType::WorkSheet && s.visible == SheetVisible::Visible)
            .map(|s| s.name.clone())
            .collect();
        for name in &visible {
            let grid = self.grid(name)?;
            if !grid.is_empty() {
                return Ok((name.clone(), grid));
            }
        }
        let first = self.sheet_names().into_iter().next().ok_or_else(|| {
            Error::from(FileProblem::new(K::WorkbookDamaged).format(self.kind().ext()))
        })?;
        let grid = self.grid(&first)?;
        Ok((first, grid))
    }

    /// The non-empty cells of sheet `name`, within the limits of `Grid`.
    pub(super) fn grid(&mut self, name: &str) -> Result<Grid> {
        let kind = self.kind();
        let read = std::panic::AssertUnwindSafe(|| self.read_grid(name));
        std::panic::catch_unwind(read)
            .unwrap_or_else(|_| Err(damaged(kind, "the reader stopped on it")))
    }

    fn read_grid(&mut self, name: &str) -> Result<Grid> {
        let kind = self.kind();
        let mut grid = Grid::new(name);
        match self {
            Book::Xlsx(b) => {
                let mut cells = b
                    .worksheet_cells_reader(name)
                    .map_err(|e| damaged(kind, e))?;
                while let Some(c) = cells.next_cell().map_err(|e| damaged(kind, e))? {
                    if let Some(text) = cells::text_ref(c.get_value()) {
                        let (row, col) = c.get_position();
                        grid.put(row, col, text)?;
                    }
                }
            }
            Book::Xlsb(b) => {
                let mut cells = b
                    .worksheet_cells_reader(name)
                    .map_err(|e| damaged(kind, e))?;
                while let Some(c) = cells.next_cell().map_err(|e| damaged(kind, e))? {
                    if let Some(text) = cells::text_ref(c.get_value()) {
                        let (row, col) = c.get_position();
                        grid.put(row, col, text)?;
                    }
                }
            }
            Book::Xls(b) => fill(
                &mut grid,
                b.worksheet_range(name).map_err(|e| damaged(kind, e))?,
            )?,
            Book::Ods(b) => fill(
                &mut grid,
                b.worksheet_range(name).map_err(|e| damaged(kind, e))?,
            )?,
        }
        Ok(grid)
    }
}

/// `.xls` and `.ods` sheets come whole from calamine, sized beforehand by `xls_guard` and
/// `ods_guard`.
fn fill(grid: &mut Grid, range: Range<Data>) -> Result<()> {
    let Some((top, left)) = range.start() else {
        return Ok(());
    };
    for (r, c, cell) in range.used_cells() {
        if let Some(text) = cells::text(cell) {
            grid.put(top + r as u32, left + c as u32, text)?;
        }
    }
    Ok(())
}

/// Refuses a zip whose parts declare more than the limits; true when it is a binary `.xlsb`.
fn check_zip(kind: Kind, bytes: &[u8]) -> Result<bool> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| damaged(kind, e))?;
    let (mut total, mut binary) = (0u64, false);
    for i in 0..zip.len() {
        let part = zip.by_index_raw(i).map_err(|e| damaged(kind, e))?;
        let size = part.size();
        let name = part.name().map(|n| n.into_owned()).unwrap_or_default();
        total = total.saturating_add(size);
        if size > MAX_PART || total > MAX_PARTS_TOTAL {
            return Err(FileProblem::new(K::WorkbookTooLarge).into());
        }
        binary |= name.eq_ignore_ascii_case("xl/workbook.bin");
    }
    Ok(binary)
}
