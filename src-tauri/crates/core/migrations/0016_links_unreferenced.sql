-- 0016: an interaction's links to its people without a foreign key to the interaction (issue 14).
-- The links are written only by the code that writes the interaction, from the rowid it was just
-- given; their reference to `interactions` was there for the cascade on delete, which the trigger
-- below now does for every DELETE (the code never replaces an interaction's row). The reference
-- also cost a look-up of the interaction's row for every link inserted, and a bulk merge writes
-- its links sorted by person, so those look-ups fell on random pages of a table of a million
-- rows: 2.4 s of a 1M-interaction bundle merge's ~18 s (BENCHMARKS.md). The reference to the
-- person stays: links sorted by person look people up in order. `liaison check` looks for links
-- whose interaction is gone, as `foreign_key_check` did. Columns in the same order as before
-- (a merge's undo keeps `SELECT *` rows of this table).
-- Released once landed: never edit, add the next one.
CREATE TABLE interaction_people_new (
    person_rowid      INTEGER NOT NULL REFERENCES people (rowid) ON DELETE CASCADE,
    occurred_at       TEXT NOT NULL,
    interaction_rowid INTEGER NOT NULL,           -- interactions.rowid; removed with it
    PRIMARY KEY (person_rowid, occurred_at, interaction_rowid)
) WITHOUT ROWID;
INSERT INTO interaction_people_new (person_rowid, occurred_at, interaction_rowid)
    SELECT person_rowid, occurred_at, interaction_rowid FROM interaction_people;
DROP TABLE interaction_people;
ALTER TABLE interaction_people_new RENAME TO interaction_people;
CREATE INDEX interaction_people_by_interaction ON interaction_people (interaction_rowid);

CREATE TRIGGER interactions_links_delete AFTER DELETE ON interactions BEGIN
    DELETE FROM interaction_people WHERE interaction_rowid = OLD.rowid;
END;
