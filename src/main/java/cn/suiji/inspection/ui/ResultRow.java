package cn.suiji.inspection.ui;

import cn.suiji.inspection.domain.FollowUpKind;
import cn.suiji.inspection.domain.InspectionStatus;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;

/**
 * One inspection of the results grid as the clerk types it: the cells of the grid (检查完成日期,
 * result codes by their short code, methods, inspectors present, note), what the detail form adds
 * (the finding, the substitution reason, the 备注, one follow-up, a correction's reason), the
 * reason a save was refused, and whether it was changed since it was loaded or saved.
 */
public final class ResultRow {
  private final long inspectionId;
  private final int order;
  private final String target;
  private final String code;
  private final List<String> drawnInspectors;
  private final ObjectProperty<InspectionStatus> status = new SimpleObjectProperty<>();
  private final StringProperty statusText = new SimpleStringProperty("");
  private final BooleanProperty recorded = new SimpleBooleanProperty(false);
  final StringProperty date = new SimpleStringProperty("");
  final StringProperty codes = new SimpleStringProperty("");
  final StringProperty methods = new SimpleStringProperty("");
  final StringProperty inspectors = new SimpleStringProperty("");
  final StringProperty note = new SimpleStringProperty("");
  final StringProperty problem = new SimpleStringProperty("");
  final StringProperty handling = new SimpleStringProperty("");
  final StringProperty substitution = new SimpleStringProperty("");
  final StringProperty remark = new SimpleStringProperty("");
  final ObjectProperty<@Nullable FollowUpKind> followUpKind = new SimpleObjectProperty<>();
  final StringProperty followUpDetail = new SimpleStringProperty("");
  final StringProperty followUpBody = new SimpleStringProperty("");
  final ObjectProperty<@Nullable LocalDate> followUpDue = new SimpleObjectProperty<>();
  final StringProperty correctionReason = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty dirty = new SimpleBooleanProperty(false);

  ResultRow(long inspectionId, int order, String target, String code, List<String> drawnInspectors) {
    this.inspectionId = inspectionId;
    this.order = order;
    this.target = target;
    this.code = code;
    this.drawnInspectors = List.copyOf(drawnInspectors);
    for (StringProperty p : List.of(date, codes, methods, inspectors, note, problem, handling, substitution, remark,
        followUpDetail, followUpBody)) {
      p.addListener((obs, old, now) -> dirty.set(true));
    }
    followUpKind.addListener((obs, old, now) -> dirty.set(true));
    followUpDue.addListener((obs, old, now) -> dirty.set(true));
  }

  public long inspectionId() {
    return inspectionId;
  }

  public int order() {
    return order;
  }

  public String target() {
    return target;
  }

  public String code() {
    return code;
  }

  /** The inspectors the draw assigned, by name in pick order (the default of the inspectors cell). */
  public List<String> drawnInspectors() {
    return drawnInspectors;
  }

  public ObjectProperty<InspectionStatus> statusProperty() {
    return status;
  }

  public StringProperty statusTextProperty() {
    return statusText;
  }

  /** Whether a result is recorded: then a change is a correction, made with a reason in the detail form. */
  public BooleanProperty recordedProperty() {
    return recorded;
  }

  /** Whether a first result can be typed and saved (the notice delivered, nothing recorded yet). */
  public boolean open() {
    InspectionStatus s = status.get();
    return !recorded.get() && (s == InspectionStatus.NOTIFIED || s == InspectionStatus.CLOSED_WITHOUT_VISIT);
  }

  public StringProperty dateProperty() {
    return date;
  }

  public StringProperty codesProperty() {
    return codes;
  }

  public StringProperty methodsProperty() {
    return methods;
  }

  public StringProperty inspectorsProperty() {
    return inspectors;
  }

  public StringProperty noteProperty() {
    return note;
  }

  public StringProperty problemProperty() {
    return problem;
  }

  public StringProperty handlingProperty() {
    return handling;
  }

  public StringProperty substitutionProperty() {
    return substitution;
  }

  public StringProperty remarkProperty() {
    return remark;
  }

  public ObjectProperty<@Nullable FollowUpKind> followUpKindProperty() {
    return followUpKind;
  }

  public StringProperty followUpDetailProperty() {
    return followUpDetail;
  }

  public StringProperty followUpBodyProperty() {
    return followUpBody;
  }

  public ObjectProperty<@Nullable LocalDate> followUpDueProperty() {
    return followUpDue;
  }

  public StringProperty correctionReasonProperty() {
    return correctionReason;
  }

  /** Why the last save was refused (empty: saved, or not tried). */
  public StringProperty errorProperty() {
    return error;
  }

  /** Changed since loaded or saved. */
  public BooleanProperty dirtyProperty() {
    return dirty;
  }
}
