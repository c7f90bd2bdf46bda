-- Inspectors' ID numbers leave the data file (issue 16, docs/decisions/0029): each is kept
-- sealed (AES-GCM under a key in the file beside the data file) with a keyed fingerprint for
-- the duplicate check. The Java migration V040 seals the numbers already stored and empties
-- id_number, which no version writes any more.
ALTER TABLE inspector ADD COLUMN id_sealed VARCHAR(100);
ALTER TABLE inspector ADD COLUMN id_fingerprint CHAR(64);
CREATE INDEX ix_inspector_id_fingerprint ON inspector (id_fingerprint);
