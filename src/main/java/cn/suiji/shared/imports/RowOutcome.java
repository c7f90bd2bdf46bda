package cn.suiji.shared.imports;

/** What became of one non-blank data row of an import. */
public enum RowOutcome {
  /** 新增: not in the database yet. */
  CREATED,
  /** 更新: the same key was already there; its fields were replaced, its id kept. */
  UPDATED,
  /** 重复: repeats the key of an earlier row of the same file; ignored. */
  DUPLICATE,
  /** 拒绝: the row has a problem; see its reason. */
  REJECTED
}
