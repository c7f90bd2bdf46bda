package cn.suiji.shared.xlsx;

/** Receives the rows of a sheet one at a time; returning {@code false} stops the reading. */
@FunctionalInterface
public interface RowHandler {
  boolean row(Row row);
}
