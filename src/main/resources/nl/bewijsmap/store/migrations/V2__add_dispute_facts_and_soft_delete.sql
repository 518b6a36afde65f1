-- Version 2: the facts of the dispute, and soft delete so that deleting a dossier can be undone.
-- Dates are ISO 'yyyy-MM-dd' text, enums their names, the price whole cents; NULL means unknown.

ALTER TABLE dossier ADD COLUMN country          TEXT    NOT NULL DEFAULT 'NL';
ALTER TABLE dossier ADD COLUMN distance_sale    INTEGER NOT NULL DEFAULT 0 CHECK (distance_sale IN (0, 1));
ALTER TABLE dossier ADD COLUMN product          TEXT    NOT NULL DEFAULT '';
ALTER TABLE dossier ADD COLUMN order_number     TEXT    NOT NULL DEFAULT '';
ALTER TABLE dossier ADD COLUMN customer_number  TEXT    NOT NULL DEFAULT '';
ALTER TABLE dossier ADD COLUMN order_date       TEXT;
ALTER TABLE dossier ADD COLUMN delivery_date    TEXT;
ALTER TABLE dossier ADD COLUMN discovered_date  TEXT;
ALTER TABLE dossier ADD COLUMN price_cents      INTEGER CHECK (price_cents >= 0);
ALTER TABLE dossier ADD COLUMN payment_method   TEXT;
ALTER TABLE dossier ADD COLUMN problem          TEXT    NOT NULL DEFAULT '';
ALTER TABLE dossier ADD COLUMN desired_outcome  TEXT;

-- When the dossier was put in the bin (ISO offset date-time); NULL while it is in use.
ALTER TABLE dossier ADD COLUMN deleted_at       TEXT;
