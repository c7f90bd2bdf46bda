-- Fewer index entries for every target written (docs/decisions/0008-target-import.md, "Leaner
-- writes"). The name-gram trigger now deletes a target's grams by their exact primary-key pairs
-- (gram, target_id), computed from the old name it is handed, so V004's (target_id, gram) index
-- — a second copy of the gram table, written at random by every import — is no longer read.
-- The risk class alone (A–D: a quarter of the directory each) is never selective enough for
-- an index to beat a scan, and no page or count uses it.
DROP INDEX ix_target_name_gram_target;
DROP INDEX ix_target_risk;
