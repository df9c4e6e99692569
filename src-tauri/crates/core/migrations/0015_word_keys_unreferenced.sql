-- Word keys without a foreign key (issue 14). The keys are derived rows, written by the code
-- that writes the person, from the person just written; their reference to `people` was there
-- for the cascade on delete, which the trigger below now does. The reference also cost a look-up
-- of the person's row for every key inserted: a bulk import or merge writes its keys sorted by
-- key (one ordered pass over this table), so those look-ups fell on random pages of `people`,
-- read back from the WAL and decrypted: 3 s of a 100k-row import's 13 s (BENCHMARKS.md).
-- `liaison check` looks for keys whose person is gone, as `foreign_key_check` did.
CREATE TABLE person_keys_new (
    key          TEXT NOT NULL,
    sort_name    TEXT NOT NULL,                   -- = people.sort_name, rewritten with it
    person_rowid INTEGER NOT NULL,                -- people.rowid; removed with the person
    PRIMARY KEY (key, sort_name, person_rowid)
) WITHOUT ROWID;
INSERT INTO person_keys_new (key, sort_name, person_rowid)
    SELECT key, sort_name, person_rowid FROM person_keys;
DROP TABLE person_keys;
ALTER TABLE person_keys_new RENAME TO person_keys;
CREATE INDEX person_keys_person ON person_keys (person_rowid);

CREATE TRIGGER people_keys_delete AFTER DELETE ON people BEGIN
    DELETE FROM person_keys WHERE person_rowid = OLD.rowid;
END;
