-- 0010: bulk changes to many people at once (issue 15) and what each needs to be undone.
-- Released once landed: never edit, add the next one.

-- One row per bulk change: the change itself (JSON, as the API takes it), when, how many people
-- it changed, and when it was undone (the row stays so a second undo says "already undone").
CREATE TABLE bulk_changes (
    rowid       INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,            -- UUIDv7, what `liaison undo ID` names
    changes     TEXT NOT NULL,                   -- JSON array of the steps, in the order applied
    applied_at  TEXT NOT NULL,                   -- UTC; also the added_at of list members it added
    changed     INTEGER NOT NULL,                -- people changed
    undone_at   TEXT
);

-- The previous value of each person a step changed, one narrow row each so 100k people cost
-- 100k short rows written by one INSERT … SELECT: the old stage, kind, cadence or archived flag,
-- the label of a removed tag, the added_at of a list membership taken away; NULL where the step
-- only added something (a tag, a membership) and undo takes it away again. No foreign key to
-- people: a person erased since is skipped by undo, not an error.
CREATE TABLE bulk_before (
    bulk_rowid   INTEGER NOT NULL REFERENCES bulk_changes (rowid) ON DELETE CASCADE,
    step         INTEGER NOT NULL,
    person_rowid INTEGER NOT NULL,
    value,                                       -- no type: kept exactly as read (text or integer)
    PRIMARY KEY (bulk_rowid, step, person_rowid)
) WITHOUT ROWID;
