package cn.suiji.shared.imports;

/**
 * Why one row was refused: its row number as Excel shows it, the header text of the column at
 * fault ({@code ""} when the row as a whole is at fault) and the reason as a sentence in the
 * current language that names that column.
 */
public record RowProblem(int row, String column, String reason) {}
