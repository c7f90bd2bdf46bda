-- Issue 15: the weights of the 14 indicators and the grades, which the county edits (ADR 0031).
-- The seed gives no weights: equal weights by default. A score is Σ weight × indicator score
-- (0…1) over the indicators that apply, divided by Σ weight of those, × 100.
CREATE TABLE evaluation_weight (
  indicator INT           NOT NULL PRIMARY KEY,
  weight    DECIMAL(6, 2) NOT NULL,
  CONSTRAINT ck_weight_indicator CHECK (indicator BETWEEN 1 AND 14),
  CONSTRAINT ck_weight_value CHECK (weight >= 0)
);
INSERT INTO evaluation_weight (indicator, weight) VALUES
  (1, 1), (2, 1), (3, 1), (4, 1), (5, 1), (6, 1), (7, 1), (8, 1), (9, 1), (10, 1), (11, 1), (12, 1), (13, 1), (14, 1);

-- A grade is reached from its lowest score up (the highest grade reached is given).
CREATE TABLE evaluation_grade (
  name      VARCHAR(20)   NOT NULL PRIMARY KEY,
  min_score DECIMAL(6, 2) NOT NULL,
  CONSTRAINT uq_grade_min UNIQUE (min_score),
  CONSTRAINT ck_grade_min CHECK (min_score >= 0 AND min_score <= 100)
);
INSERT INTO evaluation_grade (name, min_score) VALUES ('优秀', 90), ('良好', 75), ('合格', 60), ('不合格', 0);
