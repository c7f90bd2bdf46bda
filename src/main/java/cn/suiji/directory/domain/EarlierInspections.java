package cn.suiji.directory.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the directory keeps of a target's inspections from before this installation recorded
 * them (a county's earlier records, the demo county's invented past): the day it was last
 * inspected and how many times. The inspections drawn here are {@link TargetHistoryEntry} rows.
 */
public record EarlierInspections(long targetId, @Nullable LocalDate lastInspected, int count) {}
