-- Version 3: the evidence in each dossier (the files themselves live in the vault, named by their hash).
-- occurred_* is the date-time the app shows and sorts by; original_* is what the file said at import and is
-- kept when the user corrects the date; imported_* is when the file was added. A timestamp that is unknown
-- has all four of its columns NULL.

CREATE TABLE evidence (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    dossier_id           INTEGER NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    kind                 TEXT    NOT NULL,
    title                TEXT    NOT NULL DEFAULT '',
    note                 TEXT    NOT NULL DEFAULT '',
    original_name        TEXT    NOT NULL DEFAULT '',
    sha256               TEXT    NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    size                 INTEGER NOT NULL CHECK (size >= 0),
    media_type           TEXT    NOT NULL,
    occurred_local       TEXT,
    occurred_offset      TEXT,
    occurred_source      TEXT,
    occurred_precision   TEXT,
    original_local       TEXT,
    original_offset      TEXT,
    original_source      TEXT,
    original_precision   TEXT,
    warning              TEXT    NOT NULL DEFAULT '',
    imported_local       TEXT    NOT NULL,
    imported_offset      TEXT,
    imported_source      TEXT    NOT NULL,
    imported_precision   TEXT    NOT NULL,
    needs_password       INTEGER NOT NULL DEFAULT 0 CHECK (needs_password IN (0, 1)),
    UNIQUE (dossier_id, sha256),
    CHECK ((occurred_local IS NULL) = (occurred_source IS NULL)
        AND (occurred_local IS NULL) = (occurred_precision IS NULL)
        AND (occurred_local IS NOT NULL OR occurred_offset IS NULL)),
    CHECK ((original_local IS NULL) = (original_source IS NULL)
        AND (original_local IS NULL) = (original_precision IS NULL)
        AND (original_local IS NOT NULL OR original_offset IS NULL))
);

-- The unique constraint above also serves the foreign key lookup when a dossier is deleted.
CREATE INDEX evidence_by_occurred ON evidence (dossier_id, occurred_local);
