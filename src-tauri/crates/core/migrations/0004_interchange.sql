-- 0004: tombstones, so that a bundle carries deletions to a teammate's book and an erased person
-- stays erased when an older bundle is imported. Released once landed: never edit, add 0005.

CREATE TABLE tombstones (
    id          TEXT PRIMARY KEY,               -- the deleted record's UUID
    kind        TEXT NOT NULL,                  -- person, interaction, note, followup, event, meetup
    deleted_at  TEXT NOT NULL                   -- UTC, RFC 3339
) WITHOUT ROWID;
CREATE INDEX tombstones_by_kind ON tombstones (kind, deleted_at);
