-- The gram table keeps only its primary key (gram, target_id). The trigger deletes a removed or
-- renamed target's grams by the grams of its old name, which it always has, so V004's index led
-- by target_id is no longer read; keeping it cost every indexed name a second, random insert
-- (the import adds new names' grams in primary-key order: docs/decisions/0008-target-import.md).
DROP INDEX ix_target_name_gram_target;
