-- 0017: Today's two lists of people each read from an index of their own (issue 17).
-- On a book where nearly everyone has been contacted (100k people, 1M interactions) each list
-- read the whole people table to find its few rows: the first 20 never contacted walked
-- `people_by_created` testing every person's row (115 ms), the takers scanned the table to sort
-- them by what they gave (100 ms); each filled ~45 MB of the reader's page cache with rows no
-- screen showed, for Today's first paint (BENCHMARKS.md, 2026-12-08). These partial indexes hold
-- exactly the people of each list, in the order shown: the first page reads a few entries, the
-- never-contacted count only them, and a fresh import of 100k never-contacted people is as quick.
-- Their conditions are the queries' (`store::relationship`), word for word: SQLite uses a
-- partial index only when the query's WHERE holds each of its terms, and the queries name their
-- index (INDEXED BY), so a condition changed on one side alone fails every Today test.
-- Released once landed: never edit, add the next one.
CREATE INDEX people_never_contacted ON people (created_at, rowid)
    WHERE ifnull(last_interaction_at, '') = '' AND archived = 0
    AND stage NOT IN ('paused', 'do_not_contact');
CREATE INDEX people_takers ON people (received_count DESC, sort_name)
    WHERE archived = 0 AND given_count = 0 AND received_count > 0;
