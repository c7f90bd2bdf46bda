package cn.suiji.exchange.render;

import cn.suiji.exchange.domain.Transmittal;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.outbox.OutboxKind;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** What the 交接单 says, line by line, the same in the .docx and the PDF. */
final class TransmittalLines {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** A label and its value. */
  record Line(String label, String value) {}

  private TransmittalLines() {}

  static String title() {
    return Messages.msg("exchange.transmittal.title");
  }

  static List<Line> of(Transmittal t) {
    Messages m = Messages.current();
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(m.get("exchange.transmittal.county"), t.county().isBlank() ? "—" : t.county()));
    lines.add(new Line(m.get("exchange.transmittal.departments"),
        t.departments().isEmpty() ? "—" : String.join("、", t.departments())));
    lines.add(new Line(m.get("exchange.transmittal.batch"), t.batchKey()));
    lines.add(new Line(m.get("exchange.transmittal.way"), m.get(switch (t.way()) {
      case PACKAGE -> "sync.way.package";
      case HTTP -> "sync.way.http";
      case WORKBOOK -> "sync.way.workbookSent";
    })));
    lines.add(new Line(m.get("exchange.transmittal.createdAt"), WHEN.format(t.createdAt())));
    lines.add(new Line(m.get("exchange.transmittal.file"), t.fileName() == null ? "—" : t.fileName()));
    for (OutboxKind k : OutboxKind.values()) {
      lines.add(new Line(m.label(k), m.get("exchange.transmittal.count", t.counts().getOrDefault(k, 0))));
    }
    lines.add(new Line(m.get("exchange.transmittal.total"), m.get("exchange.transmittal.count", t.entries())));
    lines.add(new Line(m.get("exchange.transmittal.manifest"), t.manifestSha256() == null ? "—" : t.manifestSha256()));
    return lines;
  }

  /** What the QR code holds: the batch and the manifest's SHA-256, so a phone can compare it with the file's. */
  static String qr(Transmittal t) {
    return "suiji-batch:" + t.batchKey() + ";manifest-sha256:" + (t.manifestSha256() == null ? "" : t.manifestSha256());
  }

  static List<String> signatures() {
    return List.of(Messages.msg("exchange.transmittal.handedBy"), Messages.msg("exchange.transmittal.receivedBy"));
  }
}
