-- The trigger deletes a target's grams by target_id; without an index led by target_id each
-- deleted or renamed target scanned the whole gram table (a force-replaced demo county of
-- 20,000 targets took minutes instead of seconds).
CREATE INDEX ix_target_name_gram_target ON target_name_gram (target_id, gram);
