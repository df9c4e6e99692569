-- 0001: people, their channels and the search index. Released: never edit, add 0002 instead.

CREATE TABLE people (
    rowid           INTEGER PRIMARY KEY,          -- stable small key for FTS and joins
    id              TEXT NOT NULL UNIQUE,         -- UUIDv7, what leaves the app
    first_name      TEXT NOT NULL DEFAULT '',
    last_name       TEXT NOT NULL DEFAULT '',
    display_name    TEXT NOT NULL,
    sort_name       TEXT NOT NULL,                -- folded display name: accent/case-free ordering
    pronouns        TEXT NOT NULL DEFAULT '',
    kind            TEXT NOT NULL,
    stage           TEXT NOT NULL,
    bio             TEXT NOT NULL DEFAULT '',
    topics          TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
    city            TEXT NOT NULL DEFAULT '',
    country         TEXT NOT NULL DEFAULT '',     -- ISO 3166-1 alpha-2 or ''
    time_zone       TEXT NOT NULL DEFAULT '',     -- IANA name or ''
    phones          TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
    website         TEXT NOT NULL DEFAULT '',
    employer        TEXT NOT NULL DEFAULT '',
    motivations     TEXT NOT NULL DEFAULT '',
    compensation    TEXT NOT NULL DEFAULT '',
    values_note     TEXT NOT NULL DEFAULT '',
    objectives      TEXT NOT NULL DEFAULT '',
    resonance       INTEGER CHECK (resonance BETWEEN 1 AND 5),
    reach           INTEGER CHECK (reach BETWEEN 1 AND 5),
    relevance       INTEGER CHECK (relevance BETWEEN 1 AND 5),
    cadence_days    INTEGER CHECK (cadence_days > 0),
    source          TEXT NOT NULL DEFAULT '',
    consent_note    TEXT NOT NULL DEFAULT '',
    archived        INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX people_by_name    ON people (archived, sort_name, rowid);
CREATE INDEX people_by_created ON people (archived, created_at, rowid);
CREATE INDEX people_by_updated ON people (archived, updated_at, rowid);
CREATE INDEX people_by_country ON people (country, city);
CREATE INDEX people_by_kind    ON people (kind, stage);
CREATE INDEX people_by_stage   ON people (stage);           -- the stage facet alone, for search

-- Multi-valued fields that filters and duplicate checks look up get their own indexed tables.
CREATE TABLE person_emails (
    person_rowid INTEGER NOT NULL REFERENCES people (rowid) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    email        TEXT NOT NULL,
    email_norm   TEXT NOT NULL,                   -- lower-cased, for the duplicate warning
    PRIMARY KEY (person_rowid, position)
) WITHOUT ROWID;
CREATE INDEX person_emails_norm ON person_emails (email_norm);

CREATE TABLE person_tags (
    tag          TEXT NOT NULL,                   -- folded, so #Mode and #mode are one tag
    person_rowid INTEGER NOT NULL REFERENCES people (rowid) ON DELETE CASCADE,
    label        TEXT NOT NULL,                   -- as the user typed it first
    PRIMARY KEY (tag, person_rowid)
) WITHOUT ROWID;
CREATE INDEX person_tags_person ON person_tags (person_rowid);

CREATE TABLE person_languages (
    language     TEXT NOT NULL,                   -- BCP 47, lower-case primary subtag
    person_rowid INTEGER NOT NULL REFERENCES people (rowid) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    PRIMARY KEY (language, person_rowid)
) WITHOUT ROWID;
CREATE INDEX person_languages_person ON person_languages (person_rowid);

CREATE TABLE channels (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    person_rowid INTEGER NOT NULL REFERENCES people (rowid) ON DELETE CASCADE,
    platform     TEXT NOT NULL,
    handle       TEXT NOT NULL COLLATE NOCASE,    -- normalised per platform; compared ignoring case
    url          TEXT NOT NULL DEFAULT '',
    audience     INTEGER CHECK (audience >= 0),
    as_of        TEXT,                            -- date the audience was seen, YYYY-MM-DD
    position     INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX channels_person ON channels (person_rowid, position);
CREATE INDEX channels_handle ON channels (platform, handle);
-- The platform filter: one seek per person checked, or the set of a platform's people read from
-- the index alone (channels_handle would need a table read per channel: 6.7 ms at 100k).
CREATE INDEX channels_platform ON channels (platform, person_rowid);

-- Word keys (folded name words and handles) for the bounded prefix path of search: a 1-letter
-- query walks this index in order and stops at the limit instead of ranking half the table.
-- sort_name is copied here so that the walk's order (key, then name) is the index's own order:
-- ordering by people.sort_name instead made SQLite sort every person under the letter first.
CREATE TABLE person_keys (
    key          TEXT NOT NULL,
    sort_name    TEXT NOT NULL,                   -- = people.sort_name, rewritten with it
    person_rowid INTEGER NOT NULL REFERENCES people (rowid) ON DELETE CASCADE,
    PRIMARY KEY (key, sort_name, person_rowid)
) WITHOUT ROWID;
CREATE INDEX person_keys_person ON person_keys (person_rowid);

-- Full-text index. Text is folded in Rust before it is written (see domain::fold), and the
-- tokenizer removes diacritics too, so 'amelie' finds 'Amélie' either way.
CREATE VIRTUAL TABLE person_fts USING fts5 (
    names, handles, bio, topics, tags, place, employer,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
