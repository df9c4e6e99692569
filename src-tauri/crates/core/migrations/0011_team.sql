-- 0011: our side of each relationship (issue 16): the team roster (colleagues), which colleague had
-- each interaction, and the colleague who owns each person; plus the indexes the touchpoints and
-- the message-collision warning read.
-- Released once landed: never edit, add the next one.

CREATE TABLE colleagues (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,          -- UUIDv7 (backfilled ones: 'col-' || hex of the name key)
    name         TEXT NOT NULL,
    name_key     TEXT NOT NULL UNIQUE,          -- lower(trim(name)), ASCII case only as SQLite's lower():
                                                -- the CLI and the form name a colleague by it
    role         TEXT NOT NULL DEFAULT '',
    region       TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
    -- A deleted colleague leaves a tombstone (kind 'colleague'), as every other entity does.
);

-- Who on our side had the interaction. Deleting a colleague unlinks their interactions; the
-- free text in our_side (which logging with a colleague fills with their name) still says who.
ALTER TABLE interactions ADD COLUMN colleague_id TEXT REFERENCES colleagues (id) ON DELETE SET NULL;

-- The colleague who owns the relationship with the person.
ALTER TABLE people ADD COLUMN owner_id TEXT REFERENCES colleagues (id) ON DELETE SET NULL;

-- A colleague's interactions, newest last: their page's figures, and the lookup SQLite runs when a
-- colleague is deleted (without it, ON DELETE SET NULL scans every interaction).
CREATE INDEX interactions_by_colleague ON interactions (colleague_id, occurred_at)
    WHERE colleague_id IS NOT NULL;
-- Recent interactions that name a colleague, across the book: Today's collisions read only the
-- last few days of them.
CREATE INDEX interactions_with_colleague_by_time ON interactions (occurred_at)
    WHERE colleague_id IS NOT NULL;
CREATE INDEX people_by_owner ON people (owner_id) WHERE owner_id IS NOT NULL;
-- The check run when logging (one person, a window of days) needs no new index: it is a range of
-- interaction_people's primary key (person_rowid, occurred_at, interaction_rowid) from 0002,
-- joined to interactions by rowid.

-- Until now "who on our side" was free text typed per interaction ("Camille (design)", "Me",
-- "PR team", "Léa, Tom"). Every value stays exactly as typed in interactions.our_side: search
-- finds it and the timeline shows it, so nothing is lost whatever is decided below.
-- A value becomes a colleague only where it clearly names one person of ours: not a list
-- (, ; & + / "and" "et"), not the user themselves ("me", "moi") nor a group ("PR team",
-- "l'équipe"), at most 80 characters. "Name (role)" gives the colleague a role. Values written
-- differently in case only ("camille", "Camille") are one colleague, named as first typed.
-- Those interactions are linked to their colleague; the others keep only their text.
CREATE TEMP TABLE our_side_names AS
SELECT rowid AS interaction_rowid, name, lower(name) AS name_key, role, created_at, updated_at
FROM (
    SELECT rowid, created_at, updated_at,
           CASE WHEN instr(t, '(') > 1 AND t LIKE '%)'
                THEN trim(substr(t, 1, instr(t, '(') - 1)) ELSE t END AS name,
           CASE WHEN instr(t, '(') > 1 AND t LIKE '%)'
                THEN trim(substr(t, instr(t, '(') + 1, length(t) - instr(t, '(') - 1)) ELSE '' END AS role
    FROM (SELECT rowid, trim(our_side) AS t, created_at, updated_at FROM interactions
          WHERE trim(our_side) <> '')
)
WHERE length(name) BETWEEN 1 AND 80
  AND name NOT GLOB '*[,;&+/()]*'
  AND ' ' || lower(name) || ' ' NOT LIKE '% and %'
  AND ' ' || lower(name) || ' ' NOT LIKE '% et %'
  AND lower(name) NOT IN ('me', 'moi', 'myself', 'moi-même', 'i', 'je', 'us', 'we', 'nous', 'all', 'tous')
  AND lower(name) NOT LIKE '%team%'
  AND lower(name) NOT LIKE '%équipe%'
  AND lower(name) NOT LIKE '%equipe%'
  AND name NOT LIKE '%Équipe%';

INSERT INTO colleagues (id, name, name_key, role, created_at, updated_at)
SELECT 'col-' || lower(hex(name_key)),
       (SELECT s.name FROM our_side_names s WHERE s.name_key = g.name_key
        ORDER BY s.created_at, s.interaction_rowid LIMIT 1),
       name_key, max(role), min(created_at), max(updated_at)
FROM our_side_names g
GROUP BY name_key;

UPDATE interactions SET colleague_id = (
    SELECT c.id FROM our_side_names s JOIN colleagues c ON c.name_key = s.name_key
    WHERE s.interaction_rowid = interactions.rowid)
WHERE rowid IN (SELECT interaction_rowid FROM our_side_names);

DROP TABLE our_side_names;
