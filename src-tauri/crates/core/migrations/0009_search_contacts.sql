-- 0009: search finds people by e-mail address and phone number (issue 15). FTS5 cannot add a
-- column to a table, so person_fts is made anew with two more; the rows are written again from
-- the people tables by the step that runs with this migration (store::reindex), in the same
-- transaction, because the text is folded in Rust (domain::fold) and phone numbers are read with
-- libphonenumber's metadata, neither of which SQL can do.
-- Released once landed: never edit, add the next one.

DROP TABLE person_fts;

-- emails: the addresses, folded (the tokenizer splits them at @ and dots, so `maison.fr` and
-- `amelie@` find them). phones: each number's digits in the forms people type them (as written,
-- international without +, national without the trunk 0), from search::terms::phone_terms.
CREATE VIRTUAL TABLE person_fts USING fts5 (
    names, handles, bio, topics, tags, place, employer, emails, phones,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
