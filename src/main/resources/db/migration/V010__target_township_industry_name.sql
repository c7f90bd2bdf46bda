-- 乡镇 + 行业 filter, first page by name (docs/decisions/0010-target-search.md): with both fixed,
-- the page is ORDER BY township, industry_code, name, id, which this index holds in order, so H2
-- reads the first 101 entries instead of every target of the pair (10,000 in a million) and
-- sorting them. It leads with township as ix_target_township did, so the township list's loose
-- index scan and a township-only filter use it too; the old index goes.
CREATE INDEX ix_target_township_industry_name ON target (township, industry_code, name, id);
DROP INDEX ix_target_township;
