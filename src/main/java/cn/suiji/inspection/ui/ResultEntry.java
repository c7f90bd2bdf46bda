package cn.suiji.inspection.ui;

import cn.suiji.inspection.domain.Finding;
import cn.suiji.inspection.domain.FollowUpDraft;
import cn.suiji.inspection.domain.FollowUpKind;
import cn.suiji.inspection.domain.InspectionFacts;
import cn.suiji.inspection.domain.InspectorMatch;
import cn.suiji.inspection.domain.PresentInspector;
import cn.suiji.inspection.domain.ResultDraft;
import cn.suiji.inspection.domain.VerificationMethod;
import cn.suiji.inspection.service.ResultService;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A grid row's text, copied on the FX thread, turned into a {@link ResultDraft} off it: the date
 * as 2026-10-22 or 20261022, the codes and methods split on commas, 、 or spaces (a method by its
 * name or its number in the list, 1 实地检查 … 6 委托专业机构辅助), the inspectors by name or 执法证号
 * (a name shared by several inspectors is taken as the drawn one). A cell it cannot read is
 * refused with a message naming the column.
 */
record ResultEntry(long inspectionId, String date, String codes, String methods, String inspectors, String note,
    String problem, String handling, String substitution, String remark, @Nullable FollowUpKind followUpKind,
    String followUpDetail, String followUpBody, @Nullable LocalDate followUpDue) {
  private static final String SEPARATORS = "[,，、;；\\s]+";
  private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

  static ResultEntry of(ResultRow r) {
    return new ResultEntry(r.inspectionId(), r.date.get(), r.codes.get(), r.methods.get(), r.inspectors.get(),
        r.note.get(), r.problem.get(), r.handling.get(), r.substitution.get(), r.remark.get(), r.followUpKind.get(),
        r.followUpDetail.get(), r.followUpBody.get(), r.followUpDue.get());
  }

  /** The draft, the inspectors resolved through {@code results}. */
  ResultDraft draft(ResultService results, Messages messages) {
    LocalDate formed = date(date);
    InspectionFacts facts = results.facts(inspectionId);
    List<PresentInspector> present = new ArrayList<>();
    for (String name : split(inspectors)) {
      List<InspectorMatch> found = results.findInspectors(name, 10);
      InspectorMatch m = found.stream().filter(i -> facts.assignedInspectors().contains(i.id())).findFirst()
          .orElse(found.size() == 1 ? found.get(0) : null);
      if (m == null) {
        throw new SuijiException(found.isEmpty() ? "results.error.inspectorUnknown" : "results.error.inspectorAmbiguous",
            name);
      }
      present.add(new PresentInspector(m.id(), facts.assignedInspectors().contains(m.id()) ? null : substitution));
    }
    List<FollowUpDraft> followUps = followUpKind == null ? List.of()
        : List.of(new FollowUpDraft(followUpKind, followUpDetail, followUpBody, null, followUpDue));
    List<Finding> findings = problem.isBlank() && handling.isBlank() ? List.of()
        : List.of(new Finding(null, true, problem, handling));
    return new ResultDraft(inspectionId, formed, present, findings, methods(methods, messages), split(codes), followUps,
        note, remark);
  }

  static LocalDate date(String text) {
    String t = text == null ? "" : text.strip().replace('/', '-').replace('.', '-');
    if (t.isEmpty()) {
      throw new SuijiException("results.error.noDate");
    }
    try {
      if (t.matches("\\d{8}")) {
        return LocalDate.parse(t, COMPACT);
      }
      String[] p = t.split("-");
      if (p.length == 3) {
        return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
      }
    } catch (java.time.DateTimeException | NumberFormatException e) {
      throw new SuijiException(e, "results.error.date", text);
    }
    throw new SuijiException("results.error.date", text);
  }

  static Set<VerificationMethod> methods(String text, Messages messages) {
    Set<VerificationMethod> out = EnumSet.noneOf(VerificationMethod.class);
    VerificationMethod[] all = VerificationMethod.values();
    for (String t : split(text)) {
      VerificationMethod m = null;
      if (t.matches("\\d")) {
        int n = Integer.parseInt(t);
        m = n >= 1 && n <= all.length ? all[n - 1] : null;
      } else {
        m = Arrays.stream(all).filter(v -> messages.label(v).equals(t)).findFirst().orElse(null);
      }
      if (m == null) {
        throw new SuijiException("results.error.method", t);
      }
      out.add(m);
    }
    return out;
  }

  static List<String> split(String text) {
    return text == null || text.isBlank() ? List.of() : Arrays.stream(text.strip().split(SEPARATORS))
        .filter(s -> !s.isEmpty()).toList();
  }
}
