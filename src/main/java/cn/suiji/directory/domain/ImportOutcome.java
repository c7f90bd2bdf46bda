package cn.suiji.directory.domain;

/** What became of one non-blank data row of an import. */
public enum ImportOutcome {
  /** 新增: a target not in the directory yet. */
  CREATED,
  /** 更新: the same uscc or regNo was already there and a field differs; the fields were replaced, its id kept. */
  UPDATED,
  /** 未变: the same uscc or regNo was already there with every imported field equal; nothing written. */
  UNCHANGED,
  /** 重复: repeats a code of an earlier row of the same file; ignored. */
  DUPLICATE,
  /** 拒绝: the row has a problem; see its reason. */
  REJECTED
}
