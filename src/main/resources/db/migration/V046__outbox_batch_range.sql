-- Issue 14 (bench exchange, ADR 0032 addendum): a batch records the ids it took as a range, and
-- its entries stay as they were written until the platform answers them. Moving 100,000 rows to
-- PACKAGED in one transaction was most of a package's time (each row, its index entries, the
-- undo log); now a package writes one batch row.
--   An entry still PENDING whose id lies in a batch's range [first_id, last_id] is in that batch:
-- PACKAGED when the batch is a package, SENT when it went over HTTP. The ranges follow one
-- another (a batch takes pending entries above the last range only), and an entry never becomes
-- PENDING again, so every pending id above the highest last_id waits for a batch. An answered
-- entry (ACCEPTED, REJECTED, RESENT) carries its batch_id as before.
ALTER TABLE outbox_batch ADD COLUMN first_id BIGINT;
ALTER TABLE outbox_batch ADD COLUMN last_id BIGINT;
-- the batches made before: their range from the entries they hold (an empty one: 1..0, holds nothing)
UPDATE outbox_batch b SET
  first_id = COALESCE((SELECT MIN(e.id) FROM outbox_entry e WHERE e.batch_id = b.id), 1),
  last_id  = COALESCE((SELECT MAX(e.id) FROM outbox_entry e WHERE e.batch_id = b.id), 0);
ALTER TABLE outbox_batch ALTER COLUMN first_id SET NOT NULL;
ALTER TABLE outbox_batch ALTER COLUMN last_id SET NOT NULL;
CREATE INDEX ix_outbox_batch_last ON outbox_batch (last_id);
-- their entries still waiting for an answer go back to the new form: PENDING, held by the range
UPDATE outbox_entry SET state = 'PENDING', batch_id = NULL WHERE state IN ('PACKAGED', 'SENT');
-- a package looks up the draws among its entries (their records ride along): by kind on an index,
-- not by reading every waiting entry
CREATE INDEX ix_outbox_entry_kind ON outbox_entry (state, kind, id);
