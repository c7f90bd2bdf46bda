-- Leaner target writes and a denser name index (docs/decisions/0008-target-import.md, "The
-- database's floor"; 0010-target-search.md).
--
-- 1. The name grams become one BIGINT per (gram, target): k = gram code × 2^31 + target id, where
--    the gram code of a two-character piece is its first UTF-16 unit × 65536 + its second, and of
--    a name's last character alone that unit × 65536. A single BIGINT primary key is the table's
--    own row key in H2, so the table is one tree of longs: no hidden row id, no second index, and
--    the ids of one gram lie together (a range read of a few pages). V003's table had a hidden
--    row map, its (gram, target_id) key and V004's (target_id, gram) index: three trees written
--    at random by every import. The trigger (same class) now keeps this table; a renamed or
--    deleted target's keys are computed from the old name H2 hands it and deleted by key.
CREATE TABLE target_name_key (
  k BIGINT NOT NULL PRIMARY KEY
);

-- [jooq ignore start]
INSERT INTO target_name_key (k)
  SELECT (CAST(ASCII(SUBSTRING(t.name FROM r.x FOR 1)) AS BIGINT) * 65536
      + CASE WHEN r.x < CHAR_LENGTH(t.name) THEN ASCII(SUBSTRING(t.name FROM r.x + 1 FOR 1)) ELSE 0 END) * 2147483648
      + t.id
  FROM target t JOIN SYSTEM_RANGE(1, 200) r ON r.x <= CHAR_LENGTH(t.name)
  WHERE r.x = CHAR_LENGTH(t.name) OR LOCATE(SUBSTRING(t.name FROM r.x FOR 2), t.name) = r.x
  ORDER BY 1;
-- [jooq ignore stop]
DROP TABLE target_name_gram;

-- The old shape, read-only, for people and tests looking at the index: each row a gram and a target.
CREATE VIEW target_name_gram AS
  SELECT CASE WHEN MOD(k / 2147483648, 65536) = 0 THEN CHAR(k / 140737488355328)
      ELSE CHAR(k / 140737488355328) || CHAR(MOD(k / 2147483648, 65536)) END AS gram,
    BITAND(k, 2147483647) AS target_id
  FROM target_name_key;

-- 2. The risk class alone (A–D: a quarter of the directory each) is never selective enough for an
--    index to beat a scan, and no page or count uses it.
DROP INDEX ix_target_risk;
