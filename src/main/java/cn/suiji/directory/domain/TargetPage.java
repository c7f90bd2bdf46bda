package cn.suiji.directory.domain;

import java.util.List;

/** One page of the directory: its rows, where it starts, and whether another page follows. */
public record TargetPage(List<TargetRow> rows, int offset, boolean hasNext) {
  public TargetPage {
    rows = List.copyOf(rows);
  }
}
