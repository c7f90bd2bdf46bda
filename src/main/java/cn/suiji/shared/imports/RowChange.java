package cn.suiji.shared.imports;

/**
 * An 更新 row of an import, for the preview's list of changes: its row number as Excel shows it,
 * its key and name, and what it changes as one line in the current language ("名称：甲 → 乙；…").
 */
public record RowChange(int row, String key, String name, String changes) {}
