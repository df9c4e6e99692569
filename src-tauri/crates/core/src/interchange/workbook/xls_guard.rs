//! Checks an `.xls` before calamine opens it: calamine reads every sheet at once, reserving the cells a sheet's Dimensions record declares and laying out the box its cells span, so one crafted 14-byte record asks for terabytes and ends the process (a failed allocation is not an error Rust can catch). This walks the same records, in the stream the `cfb` crate reads, and refuses what would not fit.
//!
//! Hand-written because no crate answers "how big will calamine's grid be": it reads only the
//! record headers and the positions calamine reads, never a value.

use crate::error::{Error, Result};
use crate::file_problem::{FileProblem, FileProblemKind as K};
use std::io::{Cursor, Read};

/// The cells a sheet's grid may hold (calamine keeps each in 32 bytes): 65,536 rows of 128
/// columns, more than a list of people in Excel 97–2003 ever had.
const MAX_AREA: u64 = 8 << 20;

/// `_why` is for whoever reads this code: the person gets the same sentence for any damage.
fn damaged(_why: impl std::fmt::Display) -> Error {
    FileProblem::new(K::WorkbookDamaged).format("xls").into()
}

fn too_big(_rows: u64, _cols: u64) -> Error {
    FileProblem::new(K::WorkbookTooLarge).into()
}

/// Records from `at` in the BIFF stream: (type, data), as calamine splits them.
fn records(stream: &[u8], at: usize) -> impl Iterator<Item = Result<(u16, &[u8])>> {
    let mut rest = &stream[at.min(stream.len())..];
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        if rest.len() < 4 {
            rest = &[];
            return Some(Err(damaged("a record is cut short")));
        }
        let typ = u16::from_le_bytes([rest[0], rest[1]]);
        let len = u16::from_le_bytes([rest[2], rest[3]]) as usize;
        if rest.len() < 4 + len {
            rest = &[];
            return Some(Err(damaged("a record is cut short")));
        }
        let data = &rest[4..4 + len];
        rest = &rest[4 + len..];
        Some(Ok((typ, data)))
    })
}

fn u16_at(d: &[u8], i: usize) -> Option<u64> {
    d.get(i..i + 2)
        .map(|b| u16::from_le_bytes([b[0], b[1]]) as u64)
}

fn u32_at(d: &[u8], i: usize) -> Option<u64> {
    d.get(i..i + 4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as u64)
}

pub(super) fn check(bytes: &[u8]) -> Result<()> {
    let mut file = cfb::CompoundFile::open(Cursor::new(bytes)).map_err(damaged)?;
    let found = ["/Workbook", "/Book"]
        .into_iter()
        .find(|p| file.is_stream(p));
    let path = found.ok_or_else(|| damaged("no workbook stream: not an Excel file"))?;
    let mut stream = Vec::new();
    file.open_stream(path)
        .map_err(damaged)?
        // A stream is made of the file's sectors: it cannot be longer than the file.
        .take(bytes.len() as u64)
        .read_to_end(&mut stream)
        .map_err(damaged)?;
    let mut sheets = Vec::new();
    for r in records(&stream, 0) {
        let (typ, data) = r?;
        match typ {
            0x0809 if data.len() < 2 => return Err(damaged("a short BOF record")),
            // BoundSheet8: where a sheet's records start.
            0x0085 => {
                let pos = u32_at(data, 0).filter(|_| data.len() >= 8);
                let pos = pos.ok_or_else(|| damaged("a short sheet record"))? as usize;
                if pos > stream.len() {
                    return Err(damaged("a sheet starts past the end of the file"));
                }
                sheets.push(pos);
            }
            0x000A => break,
            _ => {}
        }
    }
    for pos in sheets {
        check_sheet(&stream, pos)?;
    }
    Ok(())
}

/// The box a sheet's cells span and the size its Dimensions record declares, within
/// `MAX_AREA`; a Dimensions record whose end comes before its start is damage.
fn check_sheet(stream: &[u8], pos: usize) -> Result<()> {
    let (mut top, mut bottom, mut left, mut right) = (u64::MAX, 0u64, u64::MAX, 0u64);
    for r in records(stream, pos) {
        let (typ, data) = r?;
        let (row, first, last) = match typ {
            0x000A => break,
            0x0809 if data.len() < 2 => return Err(damaged("a short BOF record")),
            0x0200 => {
                check_dimensions(data)?;
                continue;
            }
            // Number, Label, RString, BoolErr, RK, LabelSst, Formula: row and column first.
            0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD | 0x0006 => {
                match (u16_at(data, 0), u16_at(data, 2)) {
                    (Some(r), Some(c)) => (r, c, c),
                    _ => continue,
                }
            }
            // MulRk: a row, its first column, the values, its last column.
            0x00BD if data.len() >= 6 => match (
                u16_at(data, 0),
                u16_at(data, 2),
                u16_at(data, data.len() - 2),
            ) {
                // calamine subtracts the first from the last column (found by the fuzzer).
                (Some(_), Some(a), Some(b)) if b < a => {
                    return Err(damaged("a run of numbers ends before it starts"))
                }
                (Some(r), Some(a), Some(b)) => (r, a, b),
                _ => continue,
            },
            _ => continue,
        };
        top = top.min(row);
        bottom = bottom.max(row);
        left = left.min(first);
        right = right.max(last);
        let (rows, cols) = (bottom - top + 1, right - left + 1);
        if rows * cols > MAX_AREA {
            return Err(too_big(rows, cols));
        }
    }
    Ok(())
}

/// Dimensions as calamine reads them (MS-XLS 2.4.90): first row, last row + 1, first column,
/// last column + 1; 16-bit rows before BIFF8.
fn check_dimensions(d: &[u8]) -> Result<()> {
    let (rf, rl, cf, cl) = match d.len() {
        10 => (u16_at(d, 0), u16_at(d, 2), u16_at(d, 4), u16_at(d, 6)),
        14 | 16 => (u32_at(d, 0), u32_at(d, 4), u16_at(d, 8), u16_at(d, 10)),
        _ => return Ok(()),
    };
    let (Some(rf), Some(rl), Some(mut cf), Some(cl)) = (rf, rl, cf, cl) else {
        return Ok(());
    };
    if cf > 0xFF || cl < cf {
        cf = 0;
    }
    if rl == 0 || cl == 0 {
        return Ok(());
    }
    if rl - 1 < rf || cl - 1 < cf {
        return Err(damaged("a sheet's size ends before it starts"));
    }
    let (rows, cols) = (rl - rf, cl - cf);
    if rows * cols > MAX_AREA {
        return Err(too_big(rows, cols));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dimensions_past_the_limit_or_backwards_are_refused() {
        let dims = |rf: u32, rl: u32, cf: u16, cl: u16| {
            let mut d = Vec::new();
            d.extend(rf.to_le_bytes());
            d.extend(rl.to_le_bytes());
            d.extend(cf.to_le_bytes());
            d.extend(cl.to_le_bytes());
            d.extend([0, 0]);
            check_dimensions(&d)
        };
        assert!(dims(0, 100, 0, 10).is_ok());
        assert!(
            dims(0, 65_536, 0, 128).is_ok(),
            "a full sheet of 128 columns"
        );
        assert!(dims(0, u32::MAX, 0, 255).is_err(), "terabytes");
        assert!(dims(10, 5, 0, 4).is_err(), "ends before it starts");
        assert!(dims(0, 4, 7, 7).is_err(), "no column");
    }
}
