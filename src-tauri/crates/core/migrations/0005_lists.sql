-- 0005: hand-picked lists of people ("Paris Fashion Week shortlist") and who is on them.
-- Released once landed: never edit, add 0006.

CREATE TABLE lists (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,          -- UUIDv7
    name         TEXT NOT NULL,
    name_key     TEXT NOT NULL UNIQUE,          -- lower-cased trimmed name: names are unique regardless of case
    description  TEXT NOT NULL DEFAULT '',      -- one line
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL                  -- name or description changed; memberships carry their own stamps
);

CREATE TABLE list_members (
    list_rowid   INTEGER NOT NULL REFERENCES lists (rowid) ON DELETE CASCADE,
    person_rowid INTEGER NOT NULL REFERENCES people (rowid) ON DELETE CASCADE,
    added_at     TEXT NOT NULL,                 -- UTC; members are shown in the order they were added
    PRIMARY KEY (list_rowid, person_rowid)
) WITHOUT ROWID;
CREATE INDEX list_members_by_person ON list_members (person_rowid);
CREATE INDEX list_members_in_order ON list_members (list_rowid, added_at);
