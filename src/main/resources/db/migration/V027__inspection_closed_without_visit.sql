-- The inspection lifecycle (issue 12): a target deregistered or moved away since the draw is
-- closed without a visit, with the reason. Existing values are unchanged; the status column
-- widens to hold the new, longer value.
ALTER TABLE inspection DROP CONSTRAINT ck_inspection_status;
ALTER TABLE inspection ALTER COLUMN status SET DATA TYPE VARCHAR(24);
ALTER TABLE inspection ADD CONSTRAINT ck_inspection_status
  CHECK (status IN ('AWAITING_NOTICE', 'NOTIFIED', 'INSPECTED', 'PUBLISHED', 'CLOSED_WITHOUT_VISIT'));
ALTER TABLE inspection ADD COLUMN closed_reason VARCHAR(500);
