package cn.suiji.shared.imports;

/** What became of one non-blank data row of an import. */
public enum RowOutcome {
  /** 新增: not in the database yet. */
  CREATED,
  /** 更新: the same key was already there and at least one field differs; those fields were replaced, its id kept. */
  UPDATED,
  /** 未变: the same key was already there with every imported field equal; nothing written. */
  UNCHANGED,
  /** 重复: repeats the key of an earlier row of the same file; ignored. */
  DUPLICATE,
  /** 拒绝: the row has a problem; see its reason. */
  REJECTED
}
