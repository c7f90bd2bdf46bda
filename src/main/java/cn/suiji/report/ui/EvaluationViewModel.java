package cn.suiji.report.ui;

import cn.suiji.report.domain.Evidence;
import cn.suiji.report.domain.Grade;
import cn.suiji.report.domain.OtherInspection;
import cn.suiji.report.domain.OtherInspectionKind;
import cn.suiji.report.domain.Indicator;
import cn.suiji.report.domain.IndicatorRow;
import cn.suiji.report.domain.Scorecard;
import cn.suiji.report.render.EvaluationDocx;
import cn.suiji.report.render.EvaluationWorkbook;
import cn.suiji.report.render.SelfEvaluationDocx;
import cn.suiji.report.service.EvaluationService;
import cn.suiji.report.service.StatsService;
import cn.suiji.shared.ui.Choice;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.ProgressJob;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The 考评 screen: one department's year evaluated off the FX thread (progress and cancel) — the
 * 14 rows with their points and figures, the evidence files, adding one, and the scorecard
 * exported as .docx or .xlsx (ADR 0031).
 */
public final class EvaluationViewModel {
  /** A row as the table shows it. */
  public record Line(int number, String indicator, String weight, String points, String basis) {}

  private final EvaluationService evaluation;
  private final StatsService stats;
  private final DialogService dialogs;
  private final Messages messages;
  private final ProgressJob job;
  private final ObservableList<Integer> years = FXCollections.observableArrayList();
  private final ObservableList<Choice<String>> departments = FXCollections.observableArrayList();
  private final ObjectProperty<@Nullable Integer> year = new SimpleObjectProperty<>();
  private final ObjectProperty<@Nullable Choice<String>> department = new SimpleObjectProperty<>();
  private final ObservableList<Line> lines = FXCollections.observableArrayList();
  private final ObservableList<Evidence> evidence = FXCollections.observableArrayList();
  private final ObjectProperty<Indicator> indicator = new SimpleObjectProperty<>(Indicator.ORGANISATION);
  private final ObjectProperty<@Nullable LocalDate> dated = new SimpleObjectProperty<>();
  private final StringProperty note = new SimpleStringProperty("");
  private final StringProperty grades = new SimpleStringProperty("");
  private final ObservableList<OtherInspection> others = FXCollections.observableArrayList();
  private final ObjectProperty<@Nullable OtherInspectionKind> otherKind = new SimpleObjectProperty<>();
  private final ObjectProperty<@Nullable LocalDate> otherOn = new SimpleObjectProperty<>();
  private final StringProperty otherTarget = new SimpleStringProperty("");
  private final StringProperty otherCode = new SimpleStringProperty("");
  private final StringProperty otherResult = new SimpleStringProperty("");
  private final StringProperty otherSource = new SimpleStringProperty("");
  private @Nullable OtherInspection editing;
  private final StringProperty summary = new SimpleStringProperty("");
  private final StringProperty outcome = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private @Nullable Scorecard shown;

  public EvaluationViewModel(EvaluationService evaluation, StatsService stats, TaskExecutor executor,
      DialogService dialogs, Messages messages) {
    this.evaluation = evaluation;
    this.stats = stats;
    this.dialogs = dialogs;
    this.messages = messages;
    this.job = new ProgressJob(executor);
  }

  private record Choices(List<Integer> years, Map<String, String> departments) {}

  /** Reads the years and departments, then evaluates the first department's latest year. */
  public void load() {
    error.set("");
    job.run(p -> new Choices(stats.years(), evaluation.departments()), c -> {
      years.setAll(c.years());
      c.departments().forEach((code, name) -> departments.add(new Choice<>(code, code + " " + name)));
      year.set(c.years().isEmpty() ? evaluation.today().getYear() : c.years().get(0));
      department.set(departments.isEmpty() ? null : departments.get(0));
      evaluate();
    }, this::failed, () -> {});
  }

  /** Evaluates the chosen department's year as of today. */
  public void evaluate() {
    Integer y = year.get();
    Choice<String> d = department.get();
    if (y == null || d == null || d.value() == null) {
      return;
    }
    error.set("");
    outcome.set("");
    job.run(p -> read(y, d.value(), p), (Shown s) -> show(s), this::failed,
        () -> outcome.set(messages.get("report.screen.cancelled")));
  }

  private record Shown(Scorecard card, String grades, List<OtherInspection> others) {}

  private Shown read(int y, String code, cn.suiji.shared.Progress p) {
    Scorecard c = evaluation.evaluate(y, code, evaluation.today(), p).get(0);
    String g = String.join("，", evaluation.grades().stream().map(x -> x.name() + " " + number(x.minScore())).toList());
    return new Shown(c, g, evaluation.otherInspections(code, y));
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private void show(Shown s) {
    grades.set(s.grades());
    others.setAll(s.others());
    show(s.card());
  }

  private void show(Scorecard c) {
    shown = c;
    summary.set(messages.get("report.eval.screen.summary", c.departmentName(), c.year(),
        Scorecard.points(c.score() == null ? null : c.score() / 100), c.grade() == null ? "—" : c.grade()));
    List<Line> out = new ArrayList<>();
    for (IndicatorRow r : c.rows()) {
      List<String> basis = new ArrayList<>(r.figures());
      r.problems().forEach(p -> basis.add("▲ " + p));
      double w = c.weights().getOrDefault(r.indicator(), 0.0);
      out.add(new Line(r.indicator().number(), messages.label(r.indicator()),
          w == Math.rint(w) ? Long.toString((long) w) : Double.toString(w), Scorecard.points(r.score()),
          String.join("\n", basis)));
    }
    lines.setAll(out);
    evidence.setAll(c.evidence());
  }

  /** Asks for the file, copies it as evidence of the chosen indicator, then evaluates again. */
  public void addEvidence() {
    Integer y = year.get();
    Choice<String> d = department.get();
    if (y == null || d == null || d.value() == null) {
      error.set(messages.get("report.eval.screen.nothing"));
      return;
    }
    LocalDate on = dated.get();
    Indicator i = indicator.get();
    String text = note.get();
    error.set("");
    outcome.set("");
    dialogs.chooseFileToOpen(messages.get("report.eval.screen.addEvidence"), messages.get("report.eval.screen.anyFile"),
        "*.*").ifPresent(file -> job.run(p -> {
          Evidence e = evaluation.addEvidence(d.value(), y, i.number(), file, on, text);
          return new Added(e, evaluation.evaluate(y, d.value(), evaluation.today(), p).get(0));
        }, a -> {
          show(a.card());
          note.set("");
          outcome.set(messages.get("report.eval.screen.added", a.evidence().originalName()));
        }, this::failed, () -> outcome.set(messages.get("report.screen.cancelled"))));
  }

  private record Added(Evidence evidence, Scorecard card) {}

  /**
   * Takes {@code e} off the evidence list after asking (the copy stays in the evidence folder; the
   * removal is audited), then evaluates again.
   */
  public void removeEvidence(@Nullable Evidence e) {
    Integer y = year.get();
    Choice<String> d = department.get();
    if (e == null || y == null || d == null || d.value() == null) {
      error.set(messages.get("report.eval.screen.chooseEvidence"));
      return;
    }
    error.set("");
    outcome.set("");
    if (!dialogs.confirm(messages.get("report.eval.screen.removeEvidence"),
        messages.get("report.eval.screen.removeEvidenceAsk", e.originalName(), e.indicator().number()))) {
      return;
    }
    job.run(p -> {
      evaluation.removeEvidence(e.id());
      return read(y, d.value(), p);
    }, (Shown s) -> {
      show(s);
      outcome.set(messages.get("report.eval.screen.removed", e.originalName()));
    }, this::failed, () -> outcome.set(messages.get("report.screen.cancelled")));
  }

  /** Sets the weight of the indicator numbered {@code number} as typed (0–100), then evaluates again. */
  public void setWeight(int number, String typed) {
    Integer y = year.get();
    Choice<String> d = department.get();
    if (y == null || d == null || d.value() == null) {
      return;
    }
    double w;
    try {
      w = Double.parseDouble(typed.strip());
    } catch (NumberFormatException ex) {
      error.set(messages.get("report.eval.screen.badWeight", number, typed));
      Scorecard again = shown;
      if (again != null) {
        show(again);
      }
      return;
    }
    error.set("");
    outcome.set("");
    job.run(p -> {
      evaluation.setWeight(number, w);
      return read(y, d.value(), p);
    }, (Shown s) -> {
      show(s);
      outcome.set(messages.get("report.eval.screen.weightSet", number, number(w)));
    }, this::failed, () -> outcome.set(messages.get("report.screen.cancelled")));
  }

  /** Replaces the grades as typed ({@code 优秀 90，良好 75，合格 60，不合格 0}), then evaluates again. */
  public void saveGrades() {
    Integer y = year.get();
    Choice<String> d = department.get();
    if (y == null || d == null || d.value() == null) {
      return;
    }
    List<Grade> parsed = new ArrayList<>();
    for (String part : grades.get().split("[，,；;、\\n]+")) {
      String t = part.strip();
      if (t.isEmpty()) {
        continue;
      }
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(.+?)\\s*[=＝:：]?\\s*(\\d+(?:\\.\\d+)?)").matcher(t);
      if (!m.matches()) {
        error.set(messages.get("report.eval.screen.badGrade", t));
        return;
      }
      parsed.add(new Grade(m.group(1).strip(), Double.parseDouble(m.group(2))));
    }
    error.set("");
    outcome.set("");
    job.run(p -> {
      evaluation.setGrades(parsed);
      return read(y, d.value(), p);
    }, (Shown s) -> {
      show(s);
      outcome.set(messages.get("report.eval.screen.gradesSet"));
    }, this::failed, () -> outcome.set(messages.get("report.screen.cancelled")));
  }

  /** Fills the form with {@code o} to correct it ({@link #saveOther}), or empties it (null). */
  public void editOther(@Nullable OtherInspection o) {
    editing = o;
    otherKind.set(o == null ? null : o.kind());
    otherOn.set(o == null ? null : o.inspectedOn());
    otherTarget.set(o == null ? "" : o.targetName());
    otherCode.set(o == null || o.targetCode() == null ? "" : o.targetCode());
    otherResult.set(o == null ? "" : o.result());
    otherSource.set(o == null || o.source() == null ? "" : o.source());
  }

  /** Records the form as a new other inspection of the chosen department (indicator 14). */
  public void addOther() {
    writeOther(false);
  }

  /** Saves the form over the other inspection chosen in the list. */
  public void saveOther() {
    writeOther(true);
  }

  private void writeOther(boolean update) {
    Integer y = year.get();
    Choice<String> d = department.get();
    OtherInspection was = editing;
    if (y == null || d == null || d.value() == null) {
      error.set(messages.get("report.eval.screen.nothing"));
      return;
    }
    if (update && was == null) {
      error.set(messages.get("report.eval.screen.chooseOther"));
      return;
    }
    OtherInspectionKind k = otherKind.get();
    LocalDate on = otherOn.get();
    String name = otherTarget.get();
    String code = otherCode.get();
    String result = otherResult.get();
    String source = otherSource.get();
    error.set("");
    outcome.set("");
    job.run(p -> {
      OtherInspection saved = update && was != null
          ? evaluation.updateOtherInspection(was.id(), k, on, name, code, result, source)
          : evaluation.addOtherInspection(d.value(), k, on, name, code, result, source);
      return new OtherSaved(saved, read(y, d.value(), p));
    }, (OtherSaved r) -> {
      show(r.shown());
      editOther(null);
      outcome.set(messages.get(update ? "report.eval.screen.otherSaved" : "report.eval.screen.otherAdded",
          r.saved().targetName()));
    }, this::failed, () -> outcome.set(messages.get("report.screen.cancelled")));
  }

  private record OtherSaved(OtherInspection saved, Shown shown) {}

  /** Removes {@code o} after asking (audited), then evaluates again. */
  public void removeOther(@Nullable OtherInspection o) {
    Integer y = year.get();
    Choice<String> d = department.get();
    if (o == null || y == null || d == null || d.value() == null) {
      error.set(messages.get("report.eval.screen.chooseOther"));
      return;
    }
    error.set("");
    outcome.set("");
    if (!dialogs.confirm(messages.get("report.eval.screen.removeOther"),
        messages.get("report.eval.screen.removeOtherAsk", o.inspectedOn().toString(), o.targetName()))) {
      return;
    }
    job.run(p -> {
      evaluation.removeOtherInspection(o.id());
      return read(y, d.value(), p);
    }, (Shown s) -> {
      show(s);
      editOther(null);
      outcome.set(messages.get("report.eval.screen.otherRemoved", o.targetName()));
    }, this::failed, () -> outcome.set(messages.get("report.screen.cancelled")));
  }

  public ObservableList<OtherInspection> others() {
    return others;
  }

  public ObjectProperty<@Nullable OtherInspectionKind> otherKindProperty() {
    return otherKind;
  }

  public ObjectProperty<@Nullable LocalDate> otherOnProperty() {
    return otherOn;
  }

  public StringProperty otherTargetProperty() {
    return otherTarget;
  }

  public StringProperty otherCodeProperty() {
    return otherCode;
  }

  public StringProperty otherResultProperty() {
    return otherResult;
  }

  public StringProperty otherSourceProperty() {
    return otherSource;
  }

  /** Asks where to save, then writes the shown department's self-evaluation report (.docx). */
  public void exportSelfReport() {
    Scorecard c = shown;
    if (c == null) {
      error.set(messages.get("report.eval.screen.nothing"));
      return;
    }
    error.set("");
    outcome.set("");
    String name = messages.get("report.self.fileName", c.departmentName(), c.year()) + ".docx";
    dialogs.chooseFileToSave(messages.get("report.eval.screen.selfReport"), name,
        messages.get("report.eval.screen.docxFilter"), "*.docx")
        .ifPresent(file -> job.run(p -> {
          SelfEvaluationDocx.write(List.of(c), evaluation.today(), file);
          return file;
        }, (Path f) -> outcome.set(messages.get("report.eval.screen.exported", f.getFileName().toString())),
            this::failed, () -> outcome.set(messages.get("report.screen.cancelled"))));
  }

  /** Asks where to save, then writes the shown scorecard as .docx. */
  public void exportDocx() {
    export("docx");
  }

  /** Asks where to save, then writes the shown scorecard's rows as .xlsx. */
  public void exportXlsx() {
    export("xlsx");
  }

  private void export(String kind) {
    Scorecard c = shown;
    if (c == null) {
      error.set(messages.get("report.eval.screen.nothing"));
      return;
    }
    error.set("");
    outcome.set("");
    String name = messages.get("report.eval.screen.fileName", c.departmentName(), c.year()) + "." + kind;
    boolean docx = kind.equals("docx");
    dialogs.chooseFileToSave(messages.get(docx ? "report.eval.screen.docx" : "report.eval.screen.xlsx"), name,
        messages.get(docx ? "report.eval.screen.docxFilter" : "report.screen.xlsx"), "*." + kind)
        .ifPresent(file -> job.run(p -> {
          if (docx) {
            EvaluationDocx.write(List.of(c), file);
          } else {
            EvaluationWorkbook.write(List.of(c), file);
          }
          return file;
        }, (Path f) -> outcome.set(messages.get("report.eval.screen.exported", f.getFileName().toString())),
            this::failed, () -> outcome.set(messages.get("report.screen.cancelled"))));
  }

  public void cancel() {
    job.cancel();
  }

  private void failed(Throwable e) {
    error.set(messages.describeFailure(e));
  }

  public ObservableList<Integer> years() {
    return years;
  }

  public ObservableList<Choice<String>> departments() {
    return departments;
  }

  public ObjectProperty<@Nullable Integer> yearProperty() {
    return year;
  }

  public ObjectProperty<@Nullable Choice<String>> departmentProperty() {
    return department;
  }

  public ObservableList<Line> lines() {
    return lines;
  }

  public ObservableList<Evidence> evidence() {
    return evidence;
  }

  public ObjectProperty<Indicator> indicatorProperty() {
    return indicator;
  }

  public ObjectProperty<@Nullable LocalDate> datedProperty() {
    return dated;
  }

  /** The grades as one line of text, e.g. {@code 优秀 90，良好 75，合格 60，不合格 0}. */
  public StringProperty gradesProperty() {
    return grades;
  }

  public StringProperty noteProperty() {
    return note;
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary;
  }

  public ReadOnlyStringProperty outcomeProperty() {
    return outcome;
  }

  public ReadOnlyStringProperty errorProperty() {
    return error;
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return job.runningProperty();
  }

  public ReadOnlyDoubleProperty progressProperty() {
    return job.progressProperty();
  }
}
