-- 检查对象名称的包含查询（docs/decisions/0008-target-search.md）.
-- A name "崇信县华鑫商贸" is indexed as its two-character pieces 崇信, 信县, 县华, 华鑫, 鑫商, 商贸
-- and its last character alone (贸), so every character position starts a gram: a search of
-- two or more characters looks up its own grams, a one-character search the grams that start
-- with it. The table is kept by a Java trigger on target, so every insert, update and delete —
-- the import, the demo county, plain SQL — keeps it right without knowing it exists.
CREATE TABLE target_name_gram (
  gram      VARCHAR(2) NOT NULL,
  target_id BIGINT     NOT NULL,
  PRIMARY KEY (gram, target_id)
);

-- Rows that exist before this migration (a demo county, an earlier import) are indexed here.
INSERT INTO target_name_gram (gram, target_id)
  SELECT DISTINCT SUBSTRING(t.name FROM r.x FOR 2), t.id
  FROM target t JOIN SYSTEM_RANGE(1, 200) r ON r.x <= CHAR_LENGTH(t.name);

-- [jooq ignore start]
CREATE TRIGGER tg_target_name_gram AFTER INSERT, UPDATE, DELETE ON target
  FOR EACH ROW CALL 'cn.suiji.directory.data.TargetNameGramTrigger';
-- [jooq ignore stop]
