-- Version 1: dossiers, the parties in them and the app's settings.
-- A timestamp is four columns: <name>_local (ISO local date-time as the source shows it),
-- <name>_offset ('+01:00', or NULL when unknown), <name>_source and <name>_precision (enum names).
-- Statements end with ';' at the end of a line; the migrator splits on that.

CREATE TABLE dossier (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    title              TEXT    NOT NULL CHECK (title <> ''),
    phase              TEXT    NOT NULL,
    archived           INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_local      TEXT    NOT NULL,
    created_offset     TEXT,
    created_source     TEXT    NOT NULL,
    created_precision  TEXT    NOT NULL,
    updated_local      TEXT    NOT NULL,
    updated_offset     TEXT,
    updated_source     TEXT    NOT NULL,
    updated_precision  TEXT    NOT NULL
);

-- The consumer (one row, no dossier) and each dossier's seller.
-- "name" is the consumer's own name or the seller's trade name; "country" is the address country as typed.
CREATE TABLE party (
    id                   INTEGER PRIMARY KEY,
    role                 TEXT    NOT NULL CHECK (role IN ('CONSUMER', 'SELLER')),
    dossier_id           INTEGER REFERENCES dossier (id) ON DELETE CASCADE,
    name                 TEXT    NOT NULL DEFAULT '',
    legal_name           TEXT    NOT NULL DEFAULT '',
    street               TEXT    NOT NULL DEFAULT '',
    postal_code          TEXT    NOT NULL DEFAULT '',
    city                 TEXT    NOT NULL DEFAULT '',
    country              TEXT    NOT NULL DEFAULT '',
    registration_number  TEXT    NOT NULL DEFAULT '',
    email                TEXT    NOT NULL DEFAULT '',
    phone                TEXT    NOT NULL DEFAULT '',
    website              TEXT    NOT NULL DEFAULT '',
    iban                 TEXT    NOT NULL DEFAULT '',
    keurmerk             TEXT,
    dispute_body         TEXT,
    CHECK ((role = 'CONSUMER') = (dossier_id IS NULL))
);

-- Also serves the foreign key lookup when a dossier is deleted.
CREATE UNIQUE INDEX party_one_role_per_dossier ON party (dossier_id, role);

-- NULL dossier ids never collide in a unique index, so the single consumer needs its own rule.
CREATE UNIQUE INDEX party_one_consumer ON party (role) WHERE role = 'CONSUMER';

CREATE TABLE setting (
    key    TEXT PRIMARY KEY NOT NULL,
    value  TEXT NOT NULL
);
