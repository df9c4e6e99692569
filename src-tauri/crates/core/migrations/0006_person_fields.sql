-- 0006: what real contact files carry beyond the first schema (a job title, a birthday, a photo)
-- and where each person came from (the GDPR question "where did you get my data?").
-- Released once landed: never edit, add 0007.

ALTER TABLE people ADD COLUMN title TEXT NOT NULL DEFAULT '';     -- job title, beside employer
ALTER TABLE people ADD COLUMN birthday TEXT NOT NULL DEFAULT '';  -- YYYY-MM-DD, --MM-DD (year unknown) or ''

-- Kept out of the people row so lists and scans never read the image bytes.
CREATE TABLE person_photos (
    person_rowid INTEGER PRIMARY KEY REFERENCES people (rowid) ON DELETE CASCADE,
    mime         TEXT NOT NULL,                   -- image/jpeg, image/png, image/webp or image/gif
    bytes        BLOB NOT NULL,
    updated_at   TEXT NOT NULL
);

-- One row each time an import created or changed a person: which file, in what format, when.
CREATE TABLE person_sources (
    rowid        INTEGER PRIMARY KEY,
    person_rowid INTEGER NOT NULL REFERENCES people (rowid) ON DELETE CASCADE,
    at           TEXT NOT NULL,                   -- UTC, RFC 3339: when the import ran
    file_name    TEXT NOT NULL DEFAULT '',        -- the file's name, without its folder
    format       TEXT NOT NULL,                   -- csv, vcard, workbook, bundle
    layout       TEXT NOT NULL DEFAULT '',        -- what the file was recognised as, e.g. Google Contacts CSV
    action       TEXT NOT NULL CHECK (action IN ('created', 'updated')),
    since        TEXT NOT NULL DEFAULT ''         -- when the relationship began in that source (LinkedIn's Connected On), YYYY-MM-DD or ''
);
CREATE INDEX person_sources_by_person ON person_sources (person_rowid, at);
