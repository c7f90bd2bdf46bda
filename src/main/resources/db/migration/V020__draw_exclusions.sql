-- The pool's exclusion counts of the plan an attempt froze (directory size, pool size, and per
-- reason: out of scope, not in business, recently inspected, class without a ratio), so the
-- printed record can say how many targets each rule left out. Not part of record_json, whose
-- members DRAW-SPEC §7 fixes. NULL for attempts opened before this column existed.
ALTER TABLE draw ADD COLUMN exclusions_json VARCHAR(2000);
