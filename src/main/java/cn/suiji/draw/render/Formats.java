package cn.suiji.draw.render;

import cn.suiji.draw.domain.Exclusion;
import cn.suiji.draw.domain.PoolExclusions;
import cn.suiji.shared.l10n.Messages;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The texts the PDF and the .docx of a draw record share, so both say the same. */
final class Formats {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

  private Formats() {}

  static String time(OffsetDateTime at) {
    return TIME.format(at);
  }

  static String status(DrawRecordSheet sheet) {
    return sheet.voided()
        ? Messages.msg("draw.print.statusVoided", String.valueOf(sheet.voidReason()))
        : Messages.msg("draw.print.statusConfirmed");
  }

  static String filters(DrawRecordSheet sheet) {
    return sheet.filters().isEmpty() ? Messages.msg("draw.print.noFilters") : String.join("\n", sheet.filters());
  }

  /**
   * The pool funnel the attempt froze, one line each: the directory and the pool, then the
   * targets each rule left out with their count.
   */
  static String poolExclusions(DrawRecordSheet sheet) {
    PoolExclusions funnel = sheet.poolExclusions();
    if (funnel == null) {
      return Messages.msg("draw.poolExclusions.unknown");
    }
    List<String> lines = new ArrayList<>();
    lines.add(Messages.msg("draw.poolExclusions.funnel", funnel.directorySize(), funnel.poolSize()));
    for (Exclusion e : funnel.exclusions()) {
      lines.add(Messages.msg("draw.poolExclusions.line", reason(e.reason()), e.count()));
    }
    return String.join("\n", lines);
  }

  static String reason(Exclusion.Reason reason) {
    return switch (reason) {
      case OUT_OF_SCOPE -> Messages.msg("draw.exclusion.outOfScope");
      case NOT_IN_BUSINESS -> Messages.msg("draw.exclusion.notInBusiness");
      case RECENTLY_INSPECTED -> Messages.msg("draw.exclusion.recentlyInspected");
      case CLASS_NOT_DRAWN -> Messages.msg("draw.exclusion.classNotDrawn");
    };
  }

  /** One inspector per line: name and 执法证号. */
  static String inspectors(List<DrawRecordSheet.Person> people) {
    return String.join("\n", people.stream()
        .map(p -> p.certNo().isBlank() ? p.name() : p.name() + "　" + p.certNo()).toList());
  }

  static String departments(DrawRecordSheet sheet) {
    return String.join("、", sheet.departments().stream()
        .map(d -> d.lead() ? Messages.msg("draw.print.leadMark", d.name()) : d.name()).toList());
  }
}
