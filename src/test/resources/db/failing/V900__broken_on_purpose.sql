-- A migration that fails half-way, for DatabaseTest: the first statement works, the second
-- does not, so the file is left half-changed unless the copy made before migrating is restored.
CREATE TABLE half_done (id INT PRIMARY KEY);
INSERT INTO no_such_table VALUES (1);
