-- 0012: the People table as a work list, and smart lists (issue 15). People are sorted and
-- filtered by their largest audience and their next open follow-up, which live in other tables:
-- both are copied onto the person's row and kept in step by triggers, so every writer (forms,
-- imports, bundle merges) keeps them right without knowing, and a page sorted by them reads an
-- index instead of ranking everyone. Released once landed: never edit, add the next one.

ALTER TABLE people ADD COLUMN audience_max INTEGER;              -- largest channel audience, NULL = none known
ALTER TABLE people ADD COLUMN next_followup_at TEXT;             -- earliest open follow-up, UTC; NULL = none

UPDATE people SET audience_max = (SELECT max(c.audience) FROM channels c WHERE c.person_rowid = people.rowid);
UPDATE people SET next_followup_at = (
    SELECT min(f.due_at) FROM followup_people fp JOIN followups f ON f.rowid = fp.followup_rowid
    WHERE fp.person_rowid = people.rowid AND f.done_at IS NULL);

CREATE TRIGGER channels_audience_insert AFTER INSERT ON channels BEGIN
    UPDATE people SET audience_max = (SELECT max(audience) FROM channels WHERE person_rowid = NEW.person_rowid)
    WHERE rowid = NEW.person_rowid;
END;
CREATE TRIGGER channels_audience_delete AFTER DELETE ON channels BEGIN
    UPDATE people SET audience_max = (SELECT max(audience) FROM channels WHERE person_rowid = OLD.person_rowid)
    WHERE rowid = OLD.person_rowid;
END;
CREATE TRIGGER channels_audience_update AFTER UPDATE OF audience, person_rowid ON channels BEGIN
    UPDATE people SET audience_max = (SELECT max(audience) FROM channels WHERE person_rowid = OLD.person_rowid)
    WHERE rowid = OLD.person_rowid;
    UPDATE people SET audience_max = (SELECT max(audience) FROM channels WHERE person_rowid = NEW.person_rowid)
    WHERE rowid = NEW.person_rowid;
END;

CREATE TRIGGER followup_people_next_insert AFTER INSERT ON followup_people BEGIN
    UPDATE people SET next_followup_at = (
        SELECT min(f.due_at) FROM followup_people fp JOIN followups f ON f.rowid = fp.followup_rowid
        WHERE fp.person_rowid = NEW.person_rowid AND f.done_at IS NULL)
    WHERE rowid = NEW.person_rowid;
END;
CREATE TRIGGER followup_people_next_delete AFTER DELETE ON followup_people BEGIN
    UPDATE people SET next_followup_at = (
        SELECT min(f.due_at) FROM followup_people fp JOIN followups f ON f.rowid = fp.followup_rowid
        WHERE fp.person_rowid = OLD.person_rowid AND f.done_at IS NULL)
    WHERE rowid = OLD.person_rowid;
END;
CREATE TRIGGER followup_people_next_update AFTER UPDATE OF person_rowid ON followup_people BEGIN
    UPDATE people SET next_followup_at = (
        SELECT min(f.due_at) FROM followup_people fp JOIN followups f ON f.rowid = fp.followup_rowid
        WHERE fp.person_rowid = people.rowid AND f.done_at IS NULL)
    WHERE rowid IN (OLD.person_rowid, NEW.person_rowid);
END;
CREATE TRIGGER followups_next_update AFTER UPDATE OF due_at, done_at ON followups BEGIN
    UPDATE people SET next_followup_at = (
        SELECT min(f.due_at) FROM followup_people fp JOIN followups f ON f.rowid = fp.followup_rowid
        WHERE fp.person_rowid = people.rowid AND f.done_at IS NULL)
    WHERE rowid IN (SELECT person_rowid FROM followup_people WHERE followup_rowid = NEW.rowid);
END;

-- The work-list sorts, NULLs folded into the order (never contacted first, no follow-up last),
-- in the exact expressions the page query orders by, so its first page is an index walk.
CREATE INDEX people_by_last_contact ON people (archived, ifnull(last_interaction_at, ''), rowid);
CREATE INDEX people_by_next_followup ON people (archived, ifnull(next_followup_at, '~'), rowid);
CREATE INDEX people_by_audience ON people (archived, ifnull(audience_max, -1), rowid);
CREATE INDEX people_by_cadence ON people (archived, ifnull(cold_at, '~'), rowid);

-- A smart list: a saved filter and sort under a name; its members are whoever matches now.
-- A deletion is a tombstone (kind `smart_list`) like a list's, so bundles carry it.
CREATE TABLE smart_lists (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,          -- UUIDv7
    name         TEXT NOT NULL,
    name_key     TEXT NOT NULL UNIQUE,          -- lower-cased trimmed name, as lists do
    filter       TEXT NOT NULL,                 -- PersonFilter as JSON
    sort         TEXT NOT NULL,                 -- PersonSort as its snake_case name
    descending   INTEGER NOT NULL DEFAULT 0 CHECK (descending IN (0, 1)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
