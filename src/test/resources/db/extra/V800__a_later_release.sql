-- Stands for a later release's migration, for DatabaseTest's backup-before-migrating check.
CREATE TABLE later_release (id INT PRIMARY KEY);
