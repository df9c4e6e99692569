-- 0013: brands, competitors and exclusivity (issue 16): which brands each person works with, and
-- which brands are ours or a competitor's, so a conflict (a competitor's ambassador, an
-- exclusivity still running) is flagged before we reach out.
-- Released once landed: never edit, add the next one.

-- Whether a brand is ours, a competitor's or neither is a property of the organization, not a
-- setting listing ids: it goes with the organization (renamed, merged, deleted, shown on its
-- page, in one join when conflicts are read for a page of people), a settings list would hold
-- ids of deleted organizations and need a second read. 'none' until the user says otherwise.
ALTER TABLE organizations ADD COLUMN brand_side TEXT NOT NULL DEFAULT 'none'
    CHECK (brand_side IN ('none', 'ours', 'competitor'));

-- A person's tie to a brand: an ambassadorship, a paid post, a gift, an affiliate link, an
-- exclusivity. `since`/`until` as memberships date theirs; NULL `until` = not ended. Deleting one
-- leaves a tombstone (kind 'affiliation'), as every other entity does, so bundles carry it.
CREATE TABLE affiliations (
    rowid              INTEGER PRIMARY KEY,
    id                 TEXT NOT NULL UNIQUE,    -- UUIDv7
    person_rowid       INTEGER NOT NULL REFERENCES people (rowid) ON DELETE CASCADE,
    organization_rowid INTEGER NOT NULL REFERENCES organizations (rowid) ON DELETE CASCADE,
    kind               TEXT NOT NULL
                       CHECK (kind IN ('ambassador', 'paid_post', 'gifted', 'affiliate', 'exclusive')),
    since              TEXT,                    -- YYYY-MM-DD or NULL
    until              TEXT,                    -- YYYY-MM-DD or NULL (not ended)
    note               TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
-- A person's affiliations (their page, the conflict check, a page of the People table); a
-- brand's (its page; deleting it).
CREATE INDEX affiliations_by_person ON affiliations (person_rowid);
CREATE INDEX affiliations_by_organization ON affiliations (organization_rowid);
