-- Issue 15 (ADR 0034, addendum): a period that starts or ends inside a month is read from the
-- pre-aggregate too. A cell is now per (task, township, industry, DAY of the current result):
-- result_day 'YYYY-MM-DD' ('' without a result), result_month stays its month. stats_group gains
-- the dimension DAY (a task's results per day): the whole months of a period are read from its
-- MONTH rows, the days at either end from its DAY rows; the township and industry rows of a
-- period from the cells, by month and by day the same way.
ALTER TABLE stats_cell ADD COLUMN result_day VARCHAR(10) NOT NULL DEFAULT '';
ALTER TABLE stats_group DROP CONSTRAINT ck_stats_group_dimension;
ALTER TABLE stats_group ADD CONSTRAINT ck_stats_group_dimension
  CHECK (dimension IN ('TOWNSHIP', 'INDUSTRY', 'MONTH', 'DAY'));

-- stats_code_day: current results per (task, result code, day of the result), for the result
-- codes' shares of a period (stats_code_cell keeps none; the year still reads it).
CREATE TABLE stats_code_day (
  task_id    BIGINT      NOT NULL,
  code       VARCHAR(8)  NOT NULL,
  result_day VARCHAR(10) NOT NULL,
  results    INT         NOT NULL,
  PRIMARY KEY (task_id, code, result_day)
);

-- [jooq ignore start]
-- The cells already there have no day: every task with inspections is marked, so the next read
-- of the statistics recomputes them (StatsCells.refresh, the one definition of each figure).
INSERT INTO stats_dirty (token, task_id) SELECT DISTINCT 0, task_id FROM stats_cell;
-- [jooq ignore stop]

-- Issue 15 (ADR 0026, addendum): a watch list of named targets becomes a directed task whose
-- scope_json lists their object keys; 4,000 characters held about 150. Owned by `plan`: only the
-- column's length changes (its NOT NULL and default '{}' stay); TaskScope.MAX_JSON follows it.
ALTER TABLE task ALTER COLUMN scope_json SET DATA TYPE VARCHAR(1000000);
