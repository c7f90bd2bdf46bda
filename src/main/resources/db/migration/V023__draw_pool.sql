-- A draw attempt's stratum pools, each stored once: the keys joined with "\n" in key order —
-- exactly the text whose SHA-256 is the pool hash of DRAW-SPEC §2, so anyone can check a stored
-- pool with any SHA-256 tool. record_json then names each stratum's pool by that hash
-- ("poolHash", with "n") instead of listing a million keys in it; the attempt JSON at open and
-- the draw record at perform share these rows, so a draw writes its pool once, not twice as
-- JSON. Records stored before this table keep their pools inline and read as before.
CREATE TABLE draw_pool (
  draw_id   BIGINT      NOT NULL,
  stratum   INT         NOT NULL,   -- the stratum's index in the record's strata
  pool_hash VARCHAR(64) NOT NULL,
  n         INT         NOT NULL,
  pool_keys BLOB        NOT NULL,
  CONSTRAINT pk_draw_pool PRIMARY KEY (draw_id, stratum),
  CONSTRAINT fk_draw_pool_draw FOREIGN KEY (draw_id) REFERENCES draw (id)
);
