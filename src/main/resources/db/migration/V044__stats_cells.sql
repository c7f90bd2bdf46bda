-- Issue 15 (bench stats, ADR 0034): the statistics read a pre-aggregate instead of 100,000
-- inspections joined to 1,000,000 targets. Owned by `report`.
--
-- stats_cell: one row per (task, township, industry, month of the current result) with the counts
-- the views sum: drawn, notified, inspected, with a problem code, published, on time, follow-ups
-- and closed ones. A view is a GROUP BY over these rows joined to task, plan, department (and
-- the task's items), all small tables; what the plan says (planned, Σ k) is still read from the
-- tasks themselves. Empty township, industry or month is '' (the views' "none" row).
CREATE TABLE stats_cell (
  task_id           BIGINT       NOT NULL,
  township          VARCHAR(100) NOT NULL,
  industry_code     VARCHAR(20)  NOT NULL,
  industry_name     VARCHAR(200) NOT NULL,
  result_month      VARCHAR(7)   NOT NULL,
  drawn             INT          NOT NULL,
  notified          INT          NOT NULL,
  inspected         INT          NOT NULL,
  with_problem      INT          NOT NULL,
  published         INT          NOT NULL,
  on_time           INT          NOT NULL,
  follow_ups        INT          NOT NULL,
  follow_ups_closed INT          NOT NULL
);
CREATE INDEX ix_stats_cell_task ON stats_cell (task_id);

-- stats_group: the cells summed per task and one dimension (TOWNSHIP, INDUSTRY, MONTH), the rows a
-- view reads. With townships, industries and months spread over a task's inspections the cells
-- are almost one per inspection; a view over these is a few thousand rows. Department, task and
-- item views read the MONTH rows (a task's months add up to the task).
CREATE TABLE stats_group (
  task_id           BIGINT       NOT NULL,
  dimension         VARCHAR(8)   NOT NULL,
  group_key         VARCHAR(100) NOT NULL,
  group_label       VARCHAR(200) NOT NULL,
  drawn             INT          NOT NULL,
  notified          INT          NOT NULL,
  inspected         INT          NOT NULL,
  with_problem      INT          NOT NULL,
  published         INT          NOT NULL,
  on_time           INT          NOT NULL,
  follow_ups        INT          NOT NULL,
  follow_ups_closed INT          NOT NULL,
  PRIMARY KEY (task_id, dimension, group_key),
  CONSTRAINT ck_stats_group_dimension CHECK (dimension IN ('TOWNSHIP', 'INDUSTRY', 'MONTH'))
);

-- stats_code_cell: current results per (task, result code), for the shares of the result codes.
CREATE TABLE stats_code_cell (
  task_id BIGINT     NOT NULL,
  code    VARCHAR(8) NOT NULL,
  results INT        NOT NULL,
  PRIMARY KEY (task_id, code)
);

-- stats_dirty: the tasks whose cells are out of date. The trigger below adds a row, in the
-- writer's own transaction, whenever a row that moves a count changes (whoever wrote it: the
-- draw, the results, the notices, the publication, the follow-ups, an exchange package, an
-- import); the next read of the statistics recomputes those tasks' cells and deletes exactly the
-- rows it saw. token names the writing transaction, so a task is marked once per transaction
-- and two writers never touch the same row.
CREATE TABLE stats_dirty (
  token   BIGINT NOT NULL,
  task_id BIGINT NOT NULL,
  PRIMARY KEY (token, task_id)
);

-- [jooq ignore start]
-- The cells of the data already there (the same statement as StatsCells.CELLS, for every task).
INSERT INTO stats_cell (task_id, township, industry_code, industry_name, result_month, drawn, notified, inspected,
    with_problem, published, on_time, follow_ups, follow_ups_closed)
  SELECT task_id, township, industry_code, industry_name, result_month, COUNT(*), SUM(notified), SUM(inspected),
      SUM(with_problem), SUM(published), SUM(on_time), SUM(follow_ups), SUM(follow_ups_closed)
  FROM (SELECT i.task_id, COALESCE(t.township, '') AS township, COALESCE(t.industry_code, '') AS industry_code,
      COALESCE(t.industry_name, '') AS industry_name,
      COALESCE(CAST(YEAR(r.formed_on) AS VARCHAR) || '-' || LPAD(CAST(MONTH(r.formed_on) AS VARCHAR), 2, '0'), '')
        AS result_month,
      CASE WHEN i.status IN ('NOTIFIED', 'INSPECTED', 'PUBLISHED') THEN 1 ELSE 0 END AS notified,
      CASE WHEN r.id IS NULL THEN 0 ELSE 1 END AS inspected,
      CASE WHEN r.id IS NOT NULL AND EXISTS (SELECT 1 FROM inspection_result_code c
          JOIN result_code k ON k.code = c.code WHERE c.result_id = r.id AND k.kind = 'PROBLEM') THEN 1 ELSE 0 END
        AS with_problem,
      CASE WHEN p.id IS NULL THEN 0 ELSE 1 END AS published,
      CASE WHEN p.published_on <= p.due_on THEN 1 ELSE 0 END AS on_time,
      (SELECT COUNT(*) FROM follow_up f WHERE f.inspection_id = i.id) AS follow_ups,
      (SELECT COUNT(*) FROM follow_up f WHERE f.inspection_id = i.id AND f.closed) AS follow_ups_closed
    FROM inspection i
    JOIN target t ON t.id = i.target_id
    LEFT JOIN inspection_result r ON r.current_inspection_id = i.id
    LEFT JOIN publication p ON p.inspection_id = i.id) x
  GROUP BY task_id, township, industry_code, industry_name, result_month;

INSERT INTO stats_group SELECT task_id, 'TOWNSHIP', township, township, SUM(drawn), SUM(notified), SUM(inspected),
    SUM(with_problem), SUM(published), SUM(on_time), SUM(follow_ups), SUM(follow_ups_closed)
  FROM stats_cell GROUP BY task_id, township;
INSERT INTO stats_group SELECT task_id, 'INDUSTRY', industry_code, MAX(industry_name), SUM(drawn), SUM(notified),
    SUM(inspected), SUM(with_problem), SUM(published), SUM(on_time), SUM(follow_ups), SUM(follow_ups_closed)
  FROM stats_cell GROUP BY task_id, industry_code;
INSERT INTO stats_group SELECT task_id, 'MONTH', result_month, result_month, SUM(drawn), SUM(notified), SUM(inspected),
    SUM(with_problem), SUM(published), SUM(on_time), SUM(follow_ups), SUM(follow_ups_closed)
  FROM stats_cell GROUP BY task_id, result_month;

INSERT INTO stats_code_cell (task_id, code, results)
  SELECT i.task_id, c.code, COUNT(*) FROM inspection i
    JOIN inspection_result r ON r.current_inspection_id = i.id
    JOIN inspection_result_code c ON c.result_id = r.id
  GROUP BY i.task_id, c.code;

CREATE TRIGGER tg_stats_inspection AFTER INSERT, UPDATE, DELETE ON inspection
  FOR EACH ROW CALL 'cn.suiji.report.data.StatsDirtyTrigger';
CREATE TRIGGER tg_stats_result AFTER INSERT, UPDATE, DELETE ON inspection_result
  FOR EACH ROW CALL 'cn.suiji.report.data.StatsDirtyTrigger';
CREATE TRIGGER tg_stats_result_code AFTER INSERT, UPDATE, DELETE ON inspection_result_code
  FOR EACH ROW CALL 'cn.suiji.report.data.StatsDirtyTrigger';
CREATE TRIGGER tg_stats_publication AFTER INSERT, UPDATE, DELETE ON publication
  FOR EACH ROW CALL 'cn.suiji.report.data.StatsDirtyTrigger';
CREATE TRIGGER tg_stats_follow_up AFTER INSERT, UPDATE, DELETE ON follow_up
  FOR EACH ROW CALL 'cn.suiji.report.data.StatsDirtyTrigger';
-- a target's township or industry, a code's kind: only an update can move a count
CREATE TRIGGER tg_stats_target AFTER UPDATE ON target
  FOR EACH ROW CALL 'cn.suiji.report.data.StatsDirtyTrigger';
CREATE TRIGGER tg_stats_code_kind AFTER UPDATE ON result_code
  FOR EACH ROW CALL 'cn.suiji.report.data.StatsDirtyTrigger';
-- [jooq ignore stop]
