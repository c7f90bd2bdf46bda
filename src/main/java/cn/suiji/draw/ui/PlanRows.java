package cn.suiji.draw.ui;

import cn.suiji.draw.domain.DrawPlan;
import cn.suiji.draw.domain.PlannedStratum;
import cn.suiji.draw.render.StratumLabels;
import cn.suiji.shared.l10n.Messages;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the wizard's pool, sample and inspector steps show of a loaded {@link DrawPlan}: the
 * summary line, the strata with their asked and computed sizes, the exclusions, a sample of the
 * pool, the inspector groups and the inspectors left out. Only display: the plan itself stays the
 * wizard's state ({@link DrawWizardViewModel}).
 */
public final class PlanRows {
  /** How many of the pool's keys the pool step shows. */
  static final int POOL_SAMPLE = 30;

  private final Messages messages;
  private final StringProperty summary = new SimpleStringProperty("");
  private final ObservableList<DrawRows.StratumRow> strata = FXCollections.observableArrayList();
  private final ObservableList<DrawRows.ExclusionRow> exclusions = FXCollections.observableArrayList();
  private final StringProperty poolSample = new SimpleStringProperty("");
  private final StringProperty sampleSummary = new SimpleStringProperty("");
  private final ObservableList<DrawRows.GroupRow> groups = FXCollections.observableArrayList();
  private final ObservableList<DrawRows.InspectorRow> inspectorExclusions = FXCollections.observableArrayList();
  private final StringProperty conflictSummary = new SimpleStringProperty("");

  PlanRows(Messages messages) {
    this.messages = messages;
  }

  void show(DrawPlan p) {
    summary.set(messages.get("draw.wizard.pool.summary", p.taskCode(), p.taskName(), p.directorySize(), p.poolSize()));
    strata.setAll(p.strata().stream().map(this::stratumRow).toList());
    exclusions.setAll(p.exclusions().stream()
        .map(e -> new DrawRows.ExclusionRow(DrawRows.exclusion(messages, e.reason()), Integer.toString(e.count())))
        .toList());
    List<String> sample = p.strata().stream().flatMap(s -> s.pool().stream()).limit(POOL_SAMPLE).toList();
    poolSample.set(messages.get("draw.wizard.pool.sample", sample.size(), String.join("  ", sample)));
    sampleSummary.set(messages.get(p.keyItems() ? "draw.wizard.sample.totalKeyItems" : "draw.wizard.sample.total",
        p.totalK(), p.poolSize()));
    groups.setAll(p.groups().stream().map(g -> new DrawRows.GroupRow(g.key(), g.departmentName(),
        Integer.toString(g.m()), Integer.toString(g.pool().size()))).toList());
    inspectorExclusions.setAll(p.inspectorExclusions().stream().map(x -> new DrawRows.InspectorRow(x.groupKey(),
        x.inspectorKey(), x.name(), DrawRows.inspectorExclusion(messages, x.reason()))).toList());
    conflictSummary.set(messages.get("draw.wizard.inspectors.conflicts", p.conflicts().size()));
  }

  private DrawRows.StratumRow stratumRow(PlannedStratum s) {
    String asked = s.ratioPercent() != null ? messages.get("draw.wizard.sample.ratio", s.ratioPercent().toPlainString())
        : s.fixedCount() != null ? messages.get("draw.wizard.sample.fixed", s.fixedCount()) : "";
    return new DrawRows.StratumRow(StratumLabels.of(s.key()), Integer.toString(s.n()), asked, Integer.toString(s.requestedK()),
        Integer.toString(s.floorK()), Integer.toString(s.k()));
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary;
  }

  public ObservableList<DrawRows.StratumRow> strata() {
    return strata;
  }

  public ObservableList<DrawRows.ExclusionRow> exclusions() {
    return exclusions;
  }

  public ReadOnlyStringProperty poolSampleProperty() {
    return poolSample;
  }

  public ReadOnlyStringProperty sampleSummaryProperty() {
    return sampleSummary;
  }

  public ObservableList<DrawRows.GroupRow> groups() {
    return groups;
  }

  public ObservableList<DrawRows.InspectorRow> inspectorExclusions() {
    return inspectorExclusions;
  }

  public ReadOnlyStringProperty conflictSummaryProperty() {
    return conflictSummary;
  }
}
