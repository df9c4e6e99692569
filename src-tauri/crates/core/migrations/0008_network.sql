-- 0008: the network around each person: organizations (agencies, talent managers, media, brands,
-- companies) and who belongs to them, and connections between two people.
-- Released once landed: never edit, add the next one.

CREATE TABLE organizations (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,          -- UUIDv7 (backfilled ones: 'org-' || hex of the name)
    name         TEXT NOT NULL,
    name_key     TEXT NOT NULL UNIQUE,          -- lower(trim(name)), ASCII case only as SQLite's lower():
                                                -- the same key the core computes, so backfilled names match
    kind         TEXT NOT NULL DEFAULT 'company'
                 CHECK (kind IN ('agency', 'talent_manager', 'media', 'brand', 'company')),
    website      TEXT NOT NULL DEFAULT '',
    country      TEXT NOT NULL DEFAULT '',      -- ISO 3166-1 alpha-2 or ''
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

-- A person's place in an organization; `employer` marks the one the person's employer field names.
CREATE TABLE memberships (
    rowid              INTEGER PRIMARY KEY,
    id                 TEXT NOT NULL UNIQUE,
    person_rowid       INTEGER NOT NULL REFERENCES people (rowid) ON DELETE CASCADE,
    organization_rowid INTEGER NOT NULL REFERENCES organizations (rowid) ON DELETE CASCADE,
    role               TEXT NOT NULL DEFAULT '',
    since              TEXT,                    -- YYYY-MM-DD or NULL
    until              TEXT,                    -- YYYY-MM-DD or NULL (still there)
    employer           INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    UNIQUE (person_rowid, organization_rowid)
);
CREATE INDEX memberships_by_organization ON memberships (organization_rowid);

-- Two people who know each other. Stored once per pair and kind; `from` introduced `to` for
-- 'introduced', `from` represents `to` for 'represents'; the other kinds read both ways.
CREATE TABLE connections (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    from_rowid   INTEGER NOT NULL REFERENCES people (rowid) ON DELETE CASCADE,
    to_rowid     INTEGER NOT NULL REFERENCES people (rowid) ON DELETE CASCADE,
    kind         TEXT NOT NULL
                 CHECK (kind IN ('knows', 'introduced', 'works_with', 'represents', 'family')),
    note         TEXT NOT NULL DEFAULT '',
    since        TEXT,                          -- YYYY-MM-DD or NULL
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CHECK (from_rowid <> to_rowid),
    UNIQUE (from_rowid, to_rowid, kind)
);
CREATE INDEX connections_to ON connections (to_rowid);

-- Every employer already typed becomes an organization (a company until the person says
-- otherwise) and each person a member of it, flagged as their employer; the text stays in
-- people.employer, so nothing is lost and search still finds it.
INSERT INTO organizations (id, name, name_key, created_at, updated_at)
SELECT 'org-' || lower(hex(key)), min(name), key, min(created_at), max(updated_at)
FROM (SELECT trim(employer) AS name, lower(trim(employer)) AS key, created_at, updated_at
      FROM people WHERE trim(employer) <> '')
GROUP BY key;

INSERT INTO memberships (id, person_rowid, organization_rowid, role, employer, created_at, updated_at)
SELECT 'mem-' || p.id, p.rowid, o.rowid, p.title, 1, p.updated_at, p.updated_at
FROM people p JOIN organizations o ON o.name_key = lower(trim(p.employer))
WHERE trim(p.employer) <> '';
