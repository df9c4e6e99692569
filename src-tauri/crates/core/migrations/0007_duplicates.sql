-- 0007: finding and merging duplicate people — pairs the user said are not the same person, the
-- old ids of merged-away people, and what each merge needs to be undone.
-- Released once landed: never edit, add 0008.

-- "Not a duplicate", remembered: the finder never proposes this pair again. Ordered (a < b) so a
-- pair has one row; the pair goes when either person is erased.
CREATE TABLE duplicate_dismissals (
    a_rowid      INTEGER NOT NULL REFERENCES people (rowid) ON DELETE CASCADE,
    b_rowid      INTEGER NOT NULL REFERENCES people (rowid) ON DELETE CASCADE,
    dismissed_at TEXT NOT NULL,
    PRIMARY KEY (a_rowid, b_rowid),
    CHECK (a_rowid < b_rowid)
) WITHOUT ROWID;
CREATE INDEX duplicate_dismissals_b ON duplicate_dismissals (b_rowid);

-- The id a merged-away person had, leading to the person they were merged into: a lookup or a
-- teammate's bundle that still names the old id finds the survivor. A later merge of the
-- survivor carries its aliases along (they name the person, whoever holds them).
CREATE TABLE person_aliases (
    alias_id     TEXT PRIMARY KEY,
    person_rowid INTEGER NOT NULL REFERENCES people (rowid) ON DELETE CASCADE,
    merge_id     TEXT NOT NULL,                 -- the merge that made it
    created_at   TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX person_aliases_person ON person_aliases (person_rowid);

-- One row per merge, while it can be undone: the rows of both people as they were (JSON), and a
-- digest of the survivor's rows right after, so an undo never throws away later work. Erasing
-- the survivor erases this too (it holds the other person's data).
CREATE TABLE merges (
    rowid          INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    survivor_rowid INTEGER NOT NULL REFERENCES people (rowid) ON DELETE CASCADE,
    other_id       TEXT NOT NULL,
    merged_at      TEXT NOT NULL,
    before         TEXT NOT NULL,               -- JSON: every row of both people, table by table
    after_digest   TEXT NOT NULL                -- SHA-256 of the survivor's rows after the merge
);
CREATE INDEX merges_by_survivor ON merges (survivor_rowid);
