-- Issue 14, way 1 (ADR 0037): the platform's batch-import workbook is a batch of its own way.
-- The clerk uploads the workbook on the platform's web page and then marks the batch sent
-- (sent_at): until then its entries are PACKAGED (written, not yet handed over), after it SENT;
-- the platform's feedback sheet answers them as a receipt does. A batch is still an id range
-- (V046); nothing else about the entries changes.
ALTER TABLE outbox_batch DROP CONSTRAINT ck_outbox_batch_way;
ALTER TABLE outbox_batch ADD CONSTRAINT ck_outbox_batch_way CHECK (way IN ('PACKAGE', 'HTTP', 'WORKBOOK'));
ALTER TABLE outbox_batch ADD COLUMN sent_at TIMESTAMP WITH TIME ZONE;
