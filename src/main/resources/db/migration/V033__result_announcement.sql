-- Issue 13: the 检查结果公告 of a task is a numbered document of its own kind (RESULTS), in its own
-- series per lead department and year, gap-free like the others (docs/decisions/0018), with its
-- own 类型代字 in the working rules (default 抽结). A task has at most one 检查结果公告 in force,
-- beside its 抽查任务公告: live_results_task_id holds the task while it is in force.
-- docs/decisions/0023-result-announcement-and-public-export.md.
ALTER TABLE working_rules ADD COLUMN result_type_code VARCHAR(10) NOT NULL DEFAULT '抽结';

ALTER TABLE document_series DROP CONSTRAINT ck_series_kind;
ALTER TABLE document_series ADD CONSTRAINT ck_series_kind CHECK (kind IN ('ANNOUNCEMENT', 'NOTICE', 'RESULTS'));

ALTER TABLE numbered_document ADD COLUMN live_results_task_id BIGINT;
ALTER TABLE numbered_document ADD CONSTRAINT uq_document_live_results UNIQUE (live_results_task_id);
ALTER TABLE numbered_document DROP CONSTRAINT ck_document_kind;
ALTER TABLE numbered_document ADD CONSTRAINT ck_document_kind CHECK (kind IN ('ANNOUNCEMENT', 'NOTICE', 'RESULTS'));
ALTER TABLE numbered_document DROP CONSTRAINT ck_document_notice_inspection;
ALTER TABLE numbered_document ADD CONSTRAINT ck_document_notice_inspection CHECK (
  (kind = 'NOTICE' AND inspection_id IS NOT NULL) OR (kind IN ('ANNOUNCEMENT', 'RESULTS') AND inspection_id IS NULL));
ALTER TABLE numbered_document DROP CONSTRAINT ck_document_live;
ALTER TABLE numbered_document ADD CONSTRAINT ck_document_live CHECK (
  (status = 'ISSUED' AND kind = 'NOTICE' AND live_inspection_id = inspection_id AND live_task_id IS NULL
    AND live_results_task_id IS NULL)
  OR (status = 'ISSUED' AND kind = 'ANNOUNCEMENT' AND live_task_id = task_id AND live_inspection_id IS NULL
    AND live_results_task_id IS NULL)
  OR (status = 'ISSUED' AND kind = 'RESULTS' AND live_results_task_id = task_id AND live_inspection_id IS NULL
    AND live_task_id IS NULL)
  OR (status = 'VOIDED' AND live_inspection_id IS NULL AND live_task_id IS NULL AND live_results_task_id IS NULL));

-- The county may reword the 检查结果公告 like the other documents (suiji notice template … --kind RESULTS).
ALTER TABLE notice_template DROP CONSTRAINT ck_notice_template_kind;
ALTER TABLE notice_template ADD CONSTRAINT ck_notice_template_kind CHECK (kind IN ('ANNOUNCEMENT', 'NOTICE', 'SHEET', 'RESULTS'));
