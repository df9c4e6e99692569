-- 0002: the relationship itself — interactions (the timeline), notes, follow-ups, settings.
-- Released once landed: never edit, add 0003 instead.

-- Derived per-person figures, kept up to date on every interaction write so that the Today view
-- and "people we only take from" are indexed lookups, not scans of a million interactions.
ALTER TABLE people ADD COLUMN last_interaction_at TEXT;          -- newest interaction, UTC
ALTER TABLE people ADD COLUMN cold_at TEXT;                      -- last + cadence; NULL = no cadence
ALTER TABLE people ADD COLUMN given_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE people ADD COLUMN received_count INTEGER NOT NULL DEFAULT 0;
CREATE INDEX people_by_cold ON people (cold_at) WHERE cold_at IS NOT NULL AND archived = 0;

CREATE TABLE interactions (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL,                 -- email, dm, call, meeting, … (domain::interaction)
    direction    TEXT NOT NULL,                 -- given, received, neutral
    exchange     TEXT,                          -- what was given or received, when not neutral
    occurred_at  TEXT NOT NULL,                 -- UTC instant, RFC 3339
    channel      TEXT NOT NULL DEFAULT '',      -- where it happened: a platform, "email", "phone"…
    our_side     TEXT NOT NULL DEFAULT '',      -- who on our side
    body         TEXT NOT NULL DEFAULT '',      -- markdown, rendered sanitised
    event_id     TEXT,                          -- an event's id once events exist (issue 4)
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX interactions_by_event ON interactions (event_id) WHERE event_id IS NOT NULL;

-- occurred_at is repeated here so a person's timeline page is one index range scan, newest first.
CREATE TABLE interaction_people (
    person_rowid      INTEGER NOT NULL REFERENCES people (rowid) ON DELETE CASCADE,
    occurred_at       TEXT NOT NULL,
    interaction_rowid INTEGER NOT NULL REFERENCES interactions (rowid) ON DELETE CASCADE,
    PRIMARY KEY (person_rowid, occurred_at, interaction_rowid)
) WITHOUT ROWID;
CREATE INDEX interaction_people_by_interaction ON interaction_people (interaction_rowid);

CREATE TABLE notes (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    person_rowid INTEGER NOT NULL REFERENCES people (rowid) ON DELETE CASCADE,
    body         TEXT NOT NULL,
    pinned       INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX notes_by_person ON notes (person_rowid, pinned, updated_at);

CREATE TABLE followups (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    body         TEXT NOT NULL DEFAULT '',
    time_zone    TEXT NOT NULL,                 -- IANA zone the due time is meant in
    anchor_local TEXT NOT NULL,                 -- first due wall time: fixes day of month, week phase
    due_local    TEXT NOT NULL,                 -- current occurrence, wall time in time_zone
    due_at       TEXT NOT NULL,                 -- when it is due, UTC (after any snooze)
    recurrence   TEXT,                          -- JSON rule, NULL for a one-off
    done_at      TEXT,                          -- set when a one-off is done
    notified_at  TEXT,                          -- set once the desktop notification was shown
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX followups_open ON followups (due_at) WHERE done_at IS NULL;

CREATE TABLE followup_people (
    followup_rowid INTEGER NOT NULL REFERENCES followups (rowid) ON DELETE CASCADE,
    person_rowid   INTEGER NOT NULL REFERENCES people (rowid) ON DELETE CASCADE,
    PRIMARY KEY (followup_rowid, person_rowid)
) WITHOUT ROWID;
CREATE INDEX followup_people_by_person ON followup_people (person_rowid);

CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

-- Full text of interactions and notes, folded like person_fts; queried only for terms of 3+ letters.
CREATE VIRTUAL TABLE interaction_fts USING fts5 (
    body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', prefix = '3'
);
CREATE VIRTUAL TABLE note_fts USING fts5 (
    body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', prefix = '3'
);
