package cn.suiji.report.domain;

import cn.suiji.shared.l10n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The rules that turn a department's year into its 14 indicator rows (ADR 0031 states each).
 * A score is in [0, 1], or null where there is nothing to measure.
 */
public final class Indicators {
  private Indicators() {}

  public static List<IndicatorRow> evaluate(DepartmentYearFacts f) {
    List<IndicatorRow> rows = new ArrayList<>();
    for (Indicator i : Indicator.values()) {
      rows.add(switch (i) {
        case ORGANISATION, PUBLICITY, TRAINING, FUNDING -> evidence(i, f);
        case TARGET_DIRECTORY -> directory(i, f.year(), f.targets(), f.targetsUpdated(), "report.eval.fig.targets");
        case INSPECTOR_DIRECTORY -> directory(i, f.year(), f.inspectors(), f.inspectorsUpdated(),
            "report.eval.fig.inspectors");
        case ITEM_LIST -> items(f);
        case PLAN -> plan(f);
        case WORKING_RULES -> rules(f);
        case RANDOM_INSPECTION -> randomInspection(f);
        case JOINT_INSPECTION -> joint(f);
        case PUBLICATION -> publication(f);
        case RESULT_USE -> resultUse(f);
        case OTHER_INSPECTION -> others(f);
      });
    }
    return rows;
  }

  /** 1–4: full marks with at least one intact evidence file; a missing or altered one is named. */
  static IndicatorRow evidence(Indicator i, DepartmentYearFacts f) {
    List<Evidence> files = f.evidence().stream().filter(e -> e.indicator() == i).toList();
    long intact = files.stream().filter(e -> e.state() == EvidenceState.INTACT).count();
    List<String> problems = new ArrayList<>();
    for (Evidence e : files) {
      if (e.state() != EvidenceState.INTACT) {
        problems.add(Messages.msg(e.state() == EvidenceState.MISSING ? "report.eval.problem.evidenceMissing"
            : "report.eval.problem.evidenceAltered", e.originalName(), e.storedFile()));
      }
    }
    if (files.isEmpty()) {
      problems.add(Messages.msg("report.eval.problem.noEvidence"));
    }
    return new IndicatorRow(i, intact > 0 ? 1.0 : 0.0,
        List.of(Messages.msg("report.eval.fig.evidence", files.size(), intact)), problems);
  }

  /** 5, 6: a directory with entries (½) updated within the year (the other ½). */
  static IndicatorRow directory(Indicator i, int year, int count, @Nullable LocalDate updated, String figureKey) {
    List<String> problems = new ArrayList<>();
    double score = 0;
    if (count == 0) {
      problems.add(Messages.msg("report.eval.problem.emptyDirectory"));
    } else {
      score = 0.5;
      if (updated != null && updated.getYear() >= year) {
        score = 1;
      } else {
        problems.add(Messages.msg("report.eval.problem.notUpdated", year));
      }
    }
    return new IndicatorRow(i, score, List.of(Messages.msg(figureKey, count, text(updated))), problems);
  }

  /** 7: the share of the year's item-list versions that were publicised; no item list, 0. */
  static IndicatorRow items(DepartmentYearFacts f) {
    Share s = new Share(f.itemsPublicised(), f.items());
    List<String> problems = new ArrayList<>();
    if (f.items() == 0) {
      problems.add(Messages.msg("report.eval.problem.noItems"));
    } else if (f.itemsPublicised() < f.items()) {
      problems.add(Messages.msg("report.eval.problem.itemsNotPublicised", f.items() - f.itemsPublicised()));
    }
    Double fr = s.fraction();
    return new IndicatorRow(Indicator.ITEM_LIST, fr == null ? 0.0 : fr,
        List.of(Messages.msg("report.eval.fig.items", f.items(), f.itemsPublicised(), text(f.itemsPublicisedOn()))),
        problems);
  }

  /** 8: the year's plan published (½) and filed with the level above (½). */
  static IndicatorRow plan(DepartmentYearFacts f) {
    List<String> problems = new ArrayList<>();
    double score = 0;
    if (!f.planExists()) {
      problems.add(Messages.msg("report.eval.problem.noPlan", f.year()));
    } else {
      score = (f.planPublished() == null ? 0 : 0.5) + (f.planFiled() == null ? 0 : 0.5);
      if (f.planPublished() == null) {
        problems.add(Messages.msg("report.eval.problem.planNotPublished"));
      }
      if (f.planFiled() == null) {
        problems.add(Messages.msg("report.eval.problem.planNotFiled"));
      }
    }
    return new IndicatorRow(Indicator.PLAN, score,
        List.of(Messages.msg("report.eval.fig.plan", text(f.planPublished()), text(f.planFiled()))), problems);
  }

  /** 9: working rules with their text (1), with parameters only (½), none (0). */
  static IndicatorRow rules(DepartmentYearFacts f) {
    double score = f.rulesText() ? 1 : f.rulesExist() ? 0.5 : 0;
    List<String> problems = f.rulesText() ? List.of()
        : List.of(Messages.msg(f.rulesExist() ? "report.eval.problem.rulesNoText" : "report.eval.problem.noRules"));
    return new IndicatorRow(Indicator.WORKING_RULES, score, List.of(Messages.msg(
        f.rulesText() ? "report.eval.fig.rulesText" : f.rulesExist() ? "report.eval.fig.rulesOnly"
            : "report.eval.fig.rulesNone")), problems);
  }

  /**
   * 10: of the plan's tasks that are due (not cancelled, and drawn or past their window), the share
   * carried out as planned — drawn, not after the window, not added after the plan's publication,
   * no item beyond its frequency. No task due yet: does not apply.
   */
  static IndicatorRow randomInspection(DepartmentYearFacts f) {
    Map<String, Integer> uses = new TreeMap<>();
    for (DepartmentYearFacts.TaskFacts t : f.tasks()) {
      if (!t.cancelled()) {
        t.itemCodes().forEach(c -> uses.merge(c, 1, Integer::sum));
      }
    }
    List<String> overItems = new ArrayList<>();
    uses.forEach((code, n) -> {
      Integer max = f.itemFrequency().get(code);
      if (max != null && n > max) {
        overItems.add(code);
      }
    });
    List<String> problems = new ArrayList<>();
    for (String code : overItems) {
      problems.add(Messages.msg("report.eval.problem.overFrequency", code, uses.get(code), f.itemFrequency().get(code)));
    }
    int due = 0;
    int faulty = 0;
    int undrawn = 0;
    int late = 0;
    int added = 0;
    for (DepartmentYearFacts.TaskFacts t : f.tasks()) {
      if (t.cancelled() || (!t.drawn() && !t.end().isBefore(f.asOf()))) {
        continue;
      }
      due++;
      boolean bad = false;
      if (!t.drawn()) {
        undrawn++;
        bad = true;
        problems.add(Messages.msg("report.eval.problem.undrawn", t.code(), t.name(), t.end()));
      } else if (t.drawnLate()) {
        late++;
        bad = true;
        problems.add(Messages.msg("report.eval.problem.drawnLate", t.code(), t.end()));
      }
      LocalDate published = f.planPublished();
      if (published != null && t.createdOn() != null && t.createdOn().isAfter(published)) {
        added++;
        bad = true;
        problems.add(Messages.msg("report.eval.problem.addedAfter", t.code(), t.createdOn(), published));
      }
      if (t.itemCodes().stream().anyMatch(overItems::contains)) {
        bad = true;
      }
      if (bad) {
        faulty++;
      }
    }
    GroupFigures g = f.figures();
    List<String> figures = List.of(
        Messages.msg("report.eval.fig.planned", g.planned() == null ? 0 : g.planned(), g.unsizedTasks(), g.drawn(),
            g.inspected()),
        Messages.msg("report.eval.fig.tasks", f.tasks().size(), due, due - faulty),
        Messages.msg("report.eval.fig.deviations", undrawn, late, added, overItems.size()));
    return new IndicatorRow(Indicator.RANDOM_INSPECTION, due == 0 ? null : (double) (due - faulty) / due, figures,
        problems);
  }

  /** 11: a joint task led or joined and drawn (1); joint tasks planned but none drawn (½); none (0). */
  static IndicatorRow joint(DepartmentYearFacts f) {
    int planned = f.jointLed() + f.jointPartnered();
    int drawn = f.jointLedDrawn() + f.jointPartneredDrawn();
    double score = drawn > 0 ? 1 : planned > 0 ? 0.5 : 0;
    List<String> problems = drawn > 0 ? List.of()
        : List.of(Messages.msg(planned > 0 ? "report.eval.problem.jointNotDrawn" : "report.eval.problem.noJoint"));
    return new IndicatorRow(Indicator.JOINT_INSPECTION, score, List.of(Messages.msg("report.eval.fig.joint",
        f.jointLed(), f.jointLedDrawn(), f.jointPartnered(), f.jointPartneredDrawn())), problems);
  }

  /** 12: results published within the deadline over results formed; no result, does not apply. */
  static IndicatorRow publication(DepartmentYearFacts f) {
    GroupFigures g = f.figures();
    Share s = new Share(Math.min(g.onTime(), g.inspected()), g.inspected());
    List<String> problems = new ArrayList<>();
    int unpublished = Math.max(0, g.inspected() - g.published());
    if (unpublished > 0) {
      problems.add(Messages.msg("report.eval.problem.unpublished", unpublished));
    }
    if (g.published() > g.onTime()) {
      problems.add(Messages.msg("report.eval.problem.late", g.published() - g.onTime()));
    }
    return new IndicatorRow(Indicator.PUBLICATION, s.fraction(), List.of(Messages.msg("report.eval.fig.publication",
        g.inspected(), g.published(), g.onTime(), s.percentText())), problems);
  }

  /** 13: the mean of follow-ups closed / follow-ups and referrals with feedback / referrals, of those that have a base. */
  static IndicatorRow resultUse(DepartmentYearFacts f) {
    GroupFigures g = f.figures();
    Share closed = new Share(g.followUpsClosed(), g.followUps());
    int withFeedback = (int) f.referrals().stream().filter(Referral::hasFeedback).count();
    Share feedback = new Share(withFeedback, f.referrals().size());
    List<String> problems = new ArrayList<>();
    for (Referral r : f.referrals()) {
      if (!r.hasFeedback()) {
        problems.add(Messages.msg("report.eval.problem.noFeedback", r.targetName(), text(r.receivingBody()),
            text(r.referredOn())));
      }
    }
    if (g.followUps() > g.followUpsClosed()) {
      problems.add(Messages.msg("report.eval.problem.openFollowUps", g.followUps() - g.followUpsClosed()));
    }
    Double a = closed.fraction();
    Double b = feedback.fraction();
    Double score; // not a ternary: its unboxing would turn two nulls into a NullPointerException
    if (a == null) {
      score = b;
    } else if (b == null) {
      score = a;
    } else {
      score = (a + b) / 2;
    }
    return new IndicatorRow(Indicator.RESULT_USE, score, List.of(
        Messages.msg("report.eval.fig.followUps", g.followUps(), g.followUpsClosed(), closed.percentText()),
        Messages.msg("report.eval.fig.referrals", f.referrals().size(), withFeedback, feedback.percentText())), problems);
  }

  /** 14: at least one inspection outside the draws recorded in the year (1), else 0. */
  static IndicatorRow others(DepartmentYearFacts f) {
    Map<OtherInspectionKind, Integer> byKind = new EnumMap<>(OtherInspectionKind.class);
    for (OtherInspectionKind k : OtherInspectionKind.values()) {
      byKind.put(k, 0);
    }
    f.others().forEach(o -> byKind.merge(o.kind(), 1, Integer::sum));
    return new IndicatorRow(Indicator.OTHER_INSPECTION, f.others().isEmpty() ? 0.0 : 1.0,
        List.of(Messages.msg("report.eval.fig.others", f.others().size(), byKind.get(OtherInspectionKind.SPECIAL),
            byKind.get(OtherInspectionKind.COMPLAINT), byKind.get(OtherInspectionKind.ASSIGNED))),
        f.others().isEmpty() ? List.of(Messages.msg("report.eval.problem.noOthers")) : List.of());
  }

  private static String text(@Nullable Object value) {
    return value == null ? "—" : value.toString();
  }
}
