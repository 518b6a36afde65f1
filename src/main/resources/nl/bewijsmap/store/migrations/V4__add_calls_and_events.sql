-- Version 4: the call log, and the notes and events without a document (complaint sent, repair attempt, ...).
-- started_* and occurred_* are the date-time the consumer gives (precision DAY or MINUTE); recorded_* is when the
-- entry was written down. Durations are whole seconds; a follow-up is an ISO 'yyyy-MM-dd' date; NULL is unknown.

CREATE TABLE call_entry (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    dossier_id         INTEGER NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    started_local      TEXT    NOT NULL,
    started_offset     TEXT,
    started_source     TEXT    NOT NULL,
    started_precision  TEXT    NOT NULL,
    duration_seconds   INTEGER CHECK (duration_seconds >= 0),
    direction          TEXT    NOT NULL,
    agent              TEXT    NOT NULL DEFAULT '',
    department         TEXT    NOT NULL DEFAULT '',
    reference          TEXT    NOT NULL DEFAULT '',
    summary            TEXT    NOT NULL DEFAULT '',
    agreements         TEXT    NOT NULL DEFAULT '',
    follow_up          TEXT,
    recorded_local     TEXT    NOT NULL,
    recorded_offset    TEXT,
    recorded_source    TEXT    NOT NULL,
    recorded_precision TEXT    NOT NULL
);

-- Also serves the foreign key lookup when a dossier is deleted.
CREATE INDEX call_entry_by_started ON call_entry (dossier_id, started_local);

CREATE TABLE dossier_event (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    dossier_id         INTEGER NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    kind               TEXT    NOT NULL,
    occurred_local     TEXT    NOT NULL,
    occurred_offset    TEXT,
    occurred_source    TEXT    NOT NULL,
    occurred_precision TEXT    NOT NULL,
    text               TEXT    NOT NULL DEFAULT '',
    recorded_local     TEXT    NOT NULL,
    recorded_offset    TEXT,
    recorded_source    TEXT    NOT NULL,
    recorded_precision TEXT    NOT NULL
);

CREATE INDEX dossier_event_by_occurred ON dossier_event (dossier_id, occurred_local);
