-- 0014: the People table's counts (issue 15). A filtered page says how many match, and with two
-- filters that count read every matching person's whole row (names, bio, phones…: ~100 bytes of
-- facets in a row of several hundred), page after page of the encrypted file, or no index at
-- all for pairs like "stage + country". The person's facets the filters test are copied into a
-- narrow table keyed by the person's rowid, kept in step by triggers (every writer — forms,
-- imports, bundle merges, the interaction and follow-up triggers of 0002 and 0012 — keeps it
-- right without knowing), so a count is a scan of a few thousand pages or a look-up per person
-- of a tag, city or list. Released once landed: never edit, add the next one.

CREATE TABLE person_facets (
    rowid               INTEGER PRIMARY KEY,        -- = people.rowid
    archived            INTEGER NOT NULL,
    kind                TEXT NOT NULL,
    stage               TEXT NOT NULL,
    country             TEXT NOT NULL,
    last_interaction_at TEXT,
    next_followup_at    TEXT,
    cold_at             TEXT,
    audience_max        INTEGER,
    given_count         INTEGER NOT NULL,
    received_count      INTEGER NOT NULL
);

INSERT INTO person_facets (rowid, archived, kind, stage, country, last_interaction_at,
    next_followup_at, cold_at, audience_max, given_count, received_count)
SELECT rowid, archived, kind, stage, country, last_interaction_at,
    next_followup_at, cold_at, audience_max, given_count, received_count
FROM people;

-- OR REPLACE: a people row written by INSERT OR REPLACE deletes its old self without firing the
-- delete trigger (recursive triggers are off), and the facets row must follow, not fail.
CREATE TRIGGER people_facets_insert AFTER INSERT ON people BEGIN
    INSERT OR REPLACE INTO person_facets (rowid, archived, kind, stage, country,
        last_interaction_at, next_followup_at, cold_at, audience_max, given_count, received_count)
    VALUES (NEW.rowid, NEW.archived, NEW.kind, NEW.stage, NEW.country, NEW.last_interaction_at,
        NEW.next_followup_at, NEW.cold_at, NEW.audience_max, NEW.given_count, NEW.received_count);
END;
-- Only when a facet changed: a form saves every column, a bulk tag change only the stamp.
CREATE TRIGGER people_facets_update AFTER UPDATE OF archived, kind, stage, country,
    last_interaction_at, next_followup_at, cold_at, audience_max, given_count, received_count
    ON people
    WHEN NEW.archived IS NOT OLD.archived OR NEW.kind IS NOT OLD.kind
      OR NEW.stage IS NOT OLD.stage OR NEW.country IS NOT OLD.country
      OR NEW.last_interaction_at IS NOT OLD.last_interaction_at
      OR NEW.next_followup_at IS NOT OLD.next_followup_at OR NEW.cold_at IS NOT OLD.cold_at
      OR NEW.audience_max IS NOT OLD.audience_max OR NEW.given_count IS NOT OLD.given_count
      OR NEW.received_count IS NOT OLD.received_count
BEGIN
    UPDATE person_facets SET archived = NEW.archived, kind = NEW.kind, stage = NEW.stage,
        country = NEW.country, last_interaction_at = NEW.last_interaction_at,
        next_followup_at = NEW.next_followup_at, cold_at = NEW.cold_at,
        audience_max = NEW.audience_max, given_count = NEW.given_count,
        received_count = NEW.received_count
    WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER people_facets_delete AFTER DELETE ON people BEGIN
    DELETE FROM person_facets WHERE rowid = OLD.rowid;
END;
