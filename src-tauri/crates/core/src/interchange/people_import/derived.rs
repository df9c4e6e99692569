//! A bulk import's word keys and full-text columns, folded on the assembling thread into one flat text arena (a few numbers a key instead of two `String`s each) and written after the people, each in one ordered pass.

use crate::domain::fold::fold;
use crate::domain::person::PersonInput;
use crate::error::Result;
use crate::store::people_rows;
use rusqlite::Connection;

type Span = (u32, u32);

#[derive(Default)]
pub(crate) struct Derived {
    text: String,
    /// Each word key: its text and its person (an index into `people`).
    keys: Vec<(Span, u32)>,
    people: Vec<Person>,
    /// `people` by rowid, once sorted.
    order: Vec<u32>,
}

struct Person {
    rowid: i64,
    /// The folded display name stored with each key.
    sort_name: Span,
    /// Where the nine full-text columns start, then where each ends.
    fts: (u32, [u32; 9]),
}

impl Derived {
    /// Folds `p`'s keys and full-text columns, for the person at `rowid`.
    pub fn add(&mut self, rowid: i64, p: &PersonInput) {
        let person = self.people.len() as u32;
        let sort_name = self.push(&fold(&p.display_name));
        for k in people_rows::word_keys(p) {
            let span = self.push(&k);
            self.keys.push((span, person));
        }
        let start = self.text.len() as u32;
        let mut ends = [0u32; 9];
        for (end, column) in ends.iter_mut().zip(people_rows::fts_text(p)) {
            *end = self.push(&column).1;
        }
        self.people.push(Person {
            rowid,
            sort_name,
            fts: (start, ends),
        });
    }

    fn push(&mut self, s: &str) -> Span {
        let start = self.text.len() as u32;
        self.text.push_str(s);
        (start, self.text.len() as u32)
    }

    /// Sorts the keys as the table orders them (key, sort name, rowid), once each: a person's
    /// name words often repeat (display name, first and last name), and `INSERT OR IGNORE`
    /// would skip the copies anyway. Then the people by rowid, for the full text.
    pub fn sort(&mut self) {
        let (text, people) = (&self.text, &self.people);
        let s = |(a, b): Span| &text[a as usize..b as usize];
        let key = |&(k, p): &(Span, u32)| {
            let p = &people[p as usize];
            (s(k), s(p.sort_name), p.rowid)
        };
        self.keys.sort_unstable_by(|x, y| key(x).cmp(&key(y)));
        self.keys.dedup_by(|x, y| key(x) == key(y));
        // People arrive in rowid order except those whose last row came later: a stable sort
        // of a nearly sorted list is about one pass.
        let mut order: Vec<u32> = (0..people.len() as u32).collect();
        order.sort_by_key(|&i| people[i as usize].rowid);
        self.order = order;
    }

    /// Writes the sorted keys, then the full-text rows in rowid order.
    pub fn write(&self, tx: &Connection) -> Result<()> {
        let s = |(a, b): Span| &self.text[a as usize..b as usize];
        people_rows::insert_keys(
            tx,
            self.keys.iter().map(|&(k, p)| {
                let p = &self.people[p as usize];
                (s(k), s(p.sort_name), p.rowid)
            }),
        )?;
        for &i in &self.order {
            let p = &self.people[i as usize];
            let (mut start, ends) = p.fts;
            let columns = ends.map(|end| {
                let c = s((start, end));
                start = end;
                c
            });
            people_rows::insert_fts(tx, p.rowid, columns)?;
        }
        Ok(())
    }
}
