//! The set of people a merge touched, kept as a bitmap of rowids: a million interactions add their people to it, which in a `BTreeSet` was 7% of merging them.

use std::collections::BTreeSet;

/// Rowids below this are bits (2 MiB at most); the rare larger one goes to a `BTreeSet`.
const BITS: i64 = 1 << 24;

#[derive(Default)]
pub(super) struct Touched {
    words: Vec<u64>,
    large: BTreeSet<i64>,
}

impl Touched {
    pub(super) fn insert(&mut self, rowid: i64) {
        if (0..BITS).contains(&rowid) {
            let (w, b) = ((rowid / 64) as usize, rowid % 64);
            if w >= self.words.len() {
                self.words.resize(w + 1, 0);
            }
            self.words[w] |= 1 << b;
        } else {
            self.large.insert(rowid);
        }
    }

    pub(super) fn extend(&mut self, rowids: &[i64]) {
        for &r in rowids {
            self.insert(r);
        }
    }

    pub(super) fn remove(&mut self, rowid: &i64) {
        let rowid = *rowid;
        if (0..BITS).contains(&rowid) {
            if let Some(w) = self.words.get_mut((rowid / 64) as usize) {
                *w &= !(1 << (rowid % 64));
            }
        } else {
            self.large.remove(&rowid);
        }
    }

    /// Every rowid in the set, in ascending order.
    pub(super) fn sorted(&self) -> Vec<i64> {
        let mut out: Vec<i64> = self.large.range(..0).copied().collect();
        for (i, &w) in self.words.iter().enumerate() {
            let mut w = w;
            while w != 0 {
                out.push(i as i64 * 64 + i64::from(w.trailing_zeros()));
                w &= w - 1;
            }
        }
        out.extend(self.large.range(BITS..).copied());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_what_a_btreeset_holds() {
        let mut t = Touched::default();
        let mut b = BTreeSet::new();
        for r in [5, 64, 63, 1 << 30, 0, 5, 200, -3, BITS - 1, BITS] {
            t.insert(r);
            b.insert(r);
        }
        for r in [63, 1 << 30, 7, -3] {
            t.remove(&r);
            b.remove(&r);
        }
        let want: Vec<i64> = b.into_iter().collect();
        assert_eq!(
            t.sorted(),
            want,
            "the bitmap holds, in order, exactly the rowids a set would"
        );
    }
}
