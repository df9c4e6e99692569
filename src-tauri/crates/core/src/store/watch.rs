//! Which parts of the book a commit changed, so an in-memory copy (the network index) knows when it is stale: temporary triggers on the writer mark the tables a transaction touched, and a generation per part is bumped around the commit; another process's commit (the CLI during an app session) shows in the writer's `data_version` and makes every part stale.

use rusqlite::Connection;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering::SeqCst};

/// The part made of connections, memberships, organizations' names and people's sort names.
pub const TIES: usize = 0;
/// The part made of who on our side dealt with whom (interactions with a colleague).
pub const TOUCHES: usize = 1;

/// (trigger, event, table, part). Deleting a person or an organization cascades; their own
/// trigger covers the cascade whether or not SQLite fires the children's.
const WATCHED: &[(&str, &str, &str, usize)] = &[
    ("c_ins", "INSERT", "connections", TIES),
    ("c_upd", "UPDATE", "connections", TIES),
    ("c_del", "DELETE", "connections", TIES),
    ("m_ins", "INSERT", "memberships", TIES),
    ("m_upd", "UPDATE", "memberships", TIES),
    ("m_del", "DELETE", "memberships", TIES),
    ("o_upd", "UPDATE OF name_key", "organizations", TIES),
    ("o_del", "DELETE", "organizations", TIES),
    ("p_upd", "UPDATE OF sort_name", "people", TIES),
    ("p_del", "DELETE", "people", TIES),
    ("p_del_t", "DELETE", "people", TOUCHES),
    ("i_upd", "UPDATE OF colleague_id", "interactions", TOUCHES),
    ("i_del", "DELETE", "interactions", TOUCHES),
    ("ip_ins", "INSERT", "interaction_people", TOUCHES),
    ("ip_upd", "UPDATE", "interaction_people", TOUCHES),
    ("ip_del", "DELETE", "interaction_people", TOUCHES),
    ("col_upd", "UPDATE", "colleagues", TOUCHES),
    ("col_del", "DELETE", "colleagues", TOUCHES),
];

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
    /// The writer's `data_version` when last looked at (only read with the writer locked).
    writer_seen: AtomicI64,
}

impl Generations {
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
