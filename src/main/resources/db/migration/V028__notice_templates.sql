-- Issue 12: the county's own wording of the documents between a draw and the visit. One .docx
-- template per kind (抽查任务公告, 检查通知书, 检查记录表), loaded by the clerk after checking its
-- placeholders; without a row the default template shipped in the application prints. The bytes
-- live in the data file so they travel with it (copies, backups) and are covered by the audit
-- log (loads and resets are audited with the SHA-256 below). Owned by the inspection feature.
CREATE TABLE notice_template (
  kind       VARCHAR(16)  NOT NULL PRIMARY KEY,
  docx       BLOB         NOT NULL,
  sha256     VARCHAR(64)  NOT NULL,
  file_name  VARCHAR(255) NOT NULL,
  loaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  loaded_by  VARCHAR(50)  NOT NULL,
  CONSTRAINT ck_notice_template_kind CHECK (kind IN ('ANNOUNCEMENT', 'NOTICE', 'SHEET'))
);
