-- Issue 13 (docs/decisions/0027-deadlines-in-the-database-and-review.md).
-- The department whose results await publication, kept on the current result of an inspection at
-- INSPECTED (NULL on every other version and once the result is published): the deadlines view's
-- first page and the home page's counts become index ranges of one table, not a join of every
-- inspection. Kept in step by the inspection feature whenever a result is stored or an inspection
-- moves (inspection.data.PendingPublications).
ALTER TABLE inspection_result ADD COLUMN pending_department_id BIGINT;
UPDATE inspection_result r SET pending_department_id = (
  SELECT t.lead_department_id FROM inspection i JOIN task t ON t.id = i.task_id
  WHERE i.id = r.current_inspection_id AND i.status = 'INSPECTED')
WHERE r.current_inspection_id IS NOT NULL;
CREATE INDEX ix_result_pending ON inspection_result (pending_department_id, formed_on, current_inspection_id);

-- The same results counted per department and result day (a few hundred rows a year): the home
-- page's counts add these up on either side of two days found on the calendar. Kept in step in
-- the same transaction as pending_department_id; a row is deleted when its count reaches 0.
CREATE TABLE pending_publication_day (
  department_id BIGINT NOT NULL,
  formed_on     DATE   NOT NULL,
  pending       INT    NOT NULL,
  PRIMARY KEY (department_id, formed_on),
  CONSTRAINT ck_pending_day_positive CHECK (pending > 0)
);
INSERT INTO pending_publication_day (department_id, formed_on, pending)
  SELECT pending_department_id, formed_on, COUNT(*) FROM inspection_result
  WHERE pending_department_id IS NOT NULL GROUP BY pending_department_id, formed_on;

-- Inspections waiting for a notice or a visit are few beside the inspected ones: the past-window
-- count reads them by status instead of walking every inspection.
CREATE INDEX ix_inspection_status ON inspection (status, task_id);

-- Review before publication (发布前审核): who reviewed the batch (a task's publication, one
-- `publish mark`) and on which day. Publications recorded before this script have none.
ALTER TABLE publication ADD COLUMN reviewed_by VARCHAR(50);
ALTER TABLE publication ADD COLUMN reviewed_on DATE;
ALTER TABLE publication ADD CONSTRAINT ck_publication_review CHECK ((reviewed_by IS NULL AND reviewed_on IS NULL)
  OR (reviewed_by IS NOT NULL AND reviewed_on IS NOT NULL AND reviewed_on <= published_on));
