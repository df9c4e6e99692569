-- 0003: events (conferences, trade shows, meetups, city trips, dinners, webinars), who attends
-- them, and the meetups planned at or around them. Released once landed: never edit, add 0004.

CREATE TABLE events (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL,                 -- conference, trade_show, meetup, city_trip, dinner, webinar
    time_zone    TEXT NOT NULL,                 -- the venue's IANA zone: dates are meant there
    start_local  TEXT NOT NULL,                 -- wall time at the venue, YYYY-MM-DDTHH:MM
    end_local    TEXT NOT NULL,
    start_at     TEXT NOT NULL,                 -- the same instants in UTC, for ordering and "now"
    end_at       TEXT NOT NULL,
    city         TEXT NOT NULL DEFAULT '',
    city_key     TEXT NOT NULL DEFAULT '',      -- folded city, for the city view
    country      TEXT NOT NULL DEFAULT '',      -- ISO 3166-1 alpha-2 or ''
    venue        TEXT NOT NULL DEFAULT '',
    booth        TEXT NOT NULL DEFAULT '',      -- hall / booth
    url          TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX events_by_start ON events (start_at);
CREATE INDEX events_by_end ON events (end_at);
CREATE INDEX events_by_city ON events (city_key, start_at);

CREATE TABLE event_attendees (
    event_rowid  INTEGER NOT NULL REFERENCES events (rowid) ON DELETE CASCADE,
    person_rowid INTEGER NOT NULL REFERENCES people (rowid) ON DELETE CASCADE,
    role         TEXT NOT NULL,                 -- speaker, exhibitor, attendee, host, press
    status       TEXT NOT NULL,                 -- invited, confirmed, declined, met, no_show
    why          TEXT NOT NULL DEFAULT '',      -- one line: why they matter at this event
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (event_rowid, person_rowid)
) WITHOUT ROWID;
CREATE INDEX event_attendees_by_person ON event_attendees (person_rowid);

CREATE TABLE meetups (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    event_rowid  INTEGER REFERENCES events (rowid) ON DELETE SET NULL,
    time_zone    TEXT NOT NULL,
    start_local  TEXT NOT NULL,                 -- wall time where it happens
    start_at     TEXT NOT NULL,                 -- UTC
    minutes      INTEGER NOT NULL DEFAULT 60 CHECK (minutes > 0),
    place        TEXT NOT NULL DEFAULT '',      -- the café, the stand, the address
    city         TEXT NOT NULL DEFAULT '',
    city_key     TEXT NOT NULL DEFAULT '',
    country      TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    outcome      TEXT,                          -- set once the outcome was logged
    outcome_at   TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX meetups_by_start ON meetups (start_at);
CREATE INDEX meetups_by_event ON meetups (event_rowid) WHERE event_rowid IS NOT NULL;
CREATE INDEX meetups_by_city ON meetups (city_key, start_at);

CREATE TABLE meetup_people (
    meetup_rowid INTEGER NOT NULL REFERENCES meetups (rowid) ON DELETE CASCADE,
    person_rowid INTEGER NOT NULL REFERENCES people (rowid) ON DELETE CASCADE,
    PRIMARY KEY (meetup_rowid, person_rowid)
) WITHOUT ROWID;
CREATE INDEX meetup_people_by_person ON meetup_people (person_rowid);

