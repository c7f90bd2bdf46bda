-- Issue 14 (bench exchange): an outbox entry's payload moves to a table of its own. Every state
-- change rewrote the whole row, and with it the payload (a CLOB, up to a draw's 100 KB): putting
-- 100,000 results in a package took twice as long as with the payload beside the row, and the
-- file grew by some 2 KB per entry moved. The payload is written once and never changes; the
-- entry's row, which changes with each step (pending, packaged or sent, accepted or rejected),
-- stays small. Owned by `exchange`, like the entry.
CREATE TABLE outbox_payload (
  entry_id BIGINT NOT NULL PRIMARY KEY,
  payload  CLOB   NOT NULL,
  CONSTRAINT fk_outbox_payload_entry FOREIGN KEY (entry_id) REFERENCES outbox_entry (id)
);
INSERT INTO outbox_payload (entry_id, payload) SELECT id, payload FROM outbox_entry;
ALTER TABLE outbox_entry DROP COLUMN payload;
