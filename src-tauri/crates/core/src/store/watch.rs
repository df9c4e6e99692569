//! Which parts of the book a commit changed, so an in-memory copy (the network index) knows when it is stale: the writer's update hook (and two temporary triggers for column updates) mark the tables a transaction touched, and a generation per part is bumped around the commit; another process's commit (the CLI during an app session) shows in the writer's `data_version` and makes every part stale.
//!
//! Rows are watched through SQLite's update hook, not triggers: a trigger on a table makes each
//! statement writing it open a statement journal, and SQLite then tells every full-text table
//! in the transaction of a savepoint, which FTS5 answers by flushing its pending terms to disk.
//! With a trigger on `interaction_people`, merging a bundle of 1M interactions flushed the
//! interactions' full text once per interaction and took twice as long (18 s → 37 s).

use rusqlite::hooks::Action;
use rusqlite::Connection;
use std::sync::atomic::AtomicBool;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering::SeqCst};
use std::sync::Arc;

/// The part made of connections, memberships, organizations' names and people's sort names.
pub const TIES: usize = 0;
/// The part made of who on our side dealt with whom (interactions with a colleague).
pub const TOUCHES: usize = 1;

/// (trigger, event, table, part): the column updates the update hook cannot tell apart from
/// others (a person's sort name, an organization's name), on statements that write one row.
const WATCHED: &[(&str, &str, &str, usize)] = &[
    ("o_upd", "UPDATE OF name_key", "organizations", TIES),
    ("p_upd", "UPDATE OF sort_name", "people", TIES),
];

/// The parts a row change in `table` changes. Deleting a person or an organization cascades
/// (the children's rows are not reported): their own row covers it. A person inserted marks
/// who dealt with whom too: undoing a merge brings a person back with their timeline.
fn parts_of(action: Action, table: &str) -> [bool; 2] {
    let (ties, touches) = match (table, action) {
        ("connections" | "memberships", _) => (true, false),
        ("organizations", Action::SQLITE_DELETE) => (true, false),
        ("people", Action::SQLITE_DELETE) => (true, true),
        ("people", Action::SQLITE_INSERT) => (false, true),
        ("interactions", _) => (false, true),
        ("colleagues", Action::SQLITE_UPDATE | Action::SQLITE_DELETE) => (false, true),
        _ => (false, false),
    };
    [ties, touches]
}

/// Creates the writer's temporary table and triggers (nothing is written to the file: they
/// live with the connection). Again after a restore: a dropped table takes its triggers along.
pub fn install(writer: &Connection) -> rusqlite::Result<()> {
    let mut sql =
        String::from("CREATE TEMP TABLE IF NOT EXISTS liaison_changed (part INTEGER PRIMARY KEY);");
    for (name, event, table, part) in WATCHED {
        // The WHEN keeps a 300k-row import to one cheap lookup per row after the first.
        sql.push_str(&format!(
            "CREATE TEMP TRIGGER IF NOT EXISTS liaison_watch_{name} AFTER {event} ON main.{table}
             WHEN NOT EXISTS (SELECT 1 FROM temp.liaison_changed WHERE part = {part})
             BEGIN INSERT OR IGNORE INTO temp.liaison_changed VALUES ({part}); END;"
        ));
    }
    writer.execute_batch(&sql)
}

/// One generation per part: even when settled, odd while a commit that changes it is under way.
#[derive(Debug, Default)]
pub struct Generations {
    parts: [AtomicU64; 2],
    /// Set by the writer's update hook when a row of a part changes; taken at the commit.
    hooked: Arc<[AtomicBool; 2]>,
    /// The writer's `data_version` when last looked at (only read with the writer locked).
    writer_seen: AtomicI64,
}

impl Generations {
    /// Reports the writer's row changes to this book's generations (again for a new writer).
    pub fn watch(&self, writer: &mut Connection) -> rusqlite::Result<()> {
        let hooked = Arc::clone(&self.hooked);
        writer.update_hook(Some(
            move |action: Action, db: &str, table: &str, _rowid: i64| {
                if db == "main" {
                    for (flag, hit) in hooked.iter().zip(parts_of(action, table)) {
                        if hit {
                            flag.store(true, SeqCst);
                        }
                    }
                }
            },
        ))
    }

    /// Another connection committed since the writer last looked: every part may have changed.
    pub fn note_external(&self, writer: &Connection) -> rusqlite::Result<()> {
        let v: i64 = writer.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        if self.writer_seen.swap(v, SeqCst) != v {
            for g in &self.parts {
                g.fetch_add(2, SeqCst);
            }
        }
        Ok(())
    }

    /// Inside the transaction, just before its commit: the parts it changed turn odd.
    pub fn before_commit(&self, tx: &Connection) -> rusqlite::Result<[bool; 2]> {
        let mut changed = [false; 2];
        for (c, flag) in changed.iter_mut().zip(self.hooked.iter()) {
            *c = flag.swap(false, SeqCst);
        }
        let mut st = tx.prepare_cached("DELETE FROM temp.liaison_changed RETURNING part")?;
        for part in st.query_map([], |r| r.get::<_, i64>(0))? {
            if let Some(c) = usize::try_from(part?).ok().and_then(|p| changed.get_mut(p)) {
                *c = true;
            }
        }
        self.bump(changed);
        Ok(changed)
    }

    /// After the commit (or its failure): the parts changed are even again, one step on.
    pub fn bump(&self, changed: [bool; 2]) {
        for (g, c) in self.parts.iter().zip(changed) {
            if c {
                g.fetch_add(1, SeqCst);
            }
        }
    }

    /// The part's generation, `None` while a commit changing it is under way.
    pub fn settled(&self, part: usize) -> Option<u64> {
        let g = self.parts[part].load(SeqCst);
        g.is_multiple_of(2).then_some(g)
    }
}
