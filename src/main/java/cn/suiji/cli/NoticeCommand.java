package cn.suiji.cli;

import cn.suiji.app.Services;
import cn.suiji.inspection.domain.DeliveryMethod;
import cn.suiji.inspection.domain.NoticeRow;
import cn.suiji.inspection.domain.NumberedDocument;
import cn.suiji.shared.l10n.Messages;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code suiji notice announce|print|deliver|list|void|template}: the announcement and the numbered
 * notices of a draw, their delivery and the county's templates, without the screens.
 */
@Command(name = "notice", mixinStandardHelpOptions = true,
    subcommands = {NoticePrintCommands.Announce.class, NoticePrintCommands.Print.class, NoticeCommand.Deliver.class,
        NoticeCommand.ListCmd.class, NoticeCommand.Void.class, NoticeTemplateCommand.class})
final class NoticeCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw UsageErrors.subcommandMissing(spec);
  }

  /** Records delivery for a whole draw ({@code --draw}) or for the inspections named ({@code --inspection}). */
  @Command(name = "deliver", mixinStandardHelpOptions = true)
  static final class Deliver implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--draw", paramLabel = "ID", descriptionKey = "cli.option.drawId")
    @Nullable Long drawId;
    @Option(names = "--inspection", paramLabel = "ID", descriptionKey = "cli.option.inspectionId")
    List<Long> inspections = new ArrayList<>();
    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "cli.option.deliveryDate")
    String date;
    @Option(names = "--method", required = true, paramLabel = "METHOD", descriptionKey = "cli.option.deliveryMethod")
    String method;
    @Option(names = "--receipt", paramLabel = "FILE", descriptionKey = "cli.option.receipt")
    @Nullable Path receipt;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      if ((drawId == null) == inspections.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), Messages.msg("cli.notice.whichDeliver"));
      }
      LocalDate day = date(spec, date);
      DeliveryMethod how = method(spec, method);
      try (Services services = db.open()) {
        int count = drawId != null ? services.notices().deliverDraw(drawId, day, how, receipt)
            : services.notices().deliver(inspections, day, how, receipt);
        spec.commandLine().getOut().println(Messages.msg("cli.notice.delivered", count, day,
            Messages.current().label(how)));
        return SuijiCommand.OK;
      }
    }
  }

  /** The draw's notices, one line each (tab-separated) or as a JSON array. */
  @Command(name = "list", mixinStandardHelpOptions = true)
  static final class ListCmd implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--draw", required = true, paramLabel = "ID", descriptionKey = "cli.option.drawId")
    long drawId;
    @Option(names = "--json", descriptionKey = "cli.option.noticeJson")
    boolean json;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Services services = db.open()) {
        List<NoticeRow> rows = services.notices().list(drawId);
        if (json) {
          out.println(json(rows));
          return SuijiCommand.OK;
        }
        out.println(Messages.msg("cli.notice.header"));
        for (NoticeRow r : rows) {
          out.println(String.join("\t", Integer.toString(r.drawOrder()), Long.toString(r.inspectionId()), r.targetName(),
              r.targetCode(), r.noticeNumber() == null ? Messages.msg("cli.notice.none") : r.noticeNumber(),
              Messages.current().label(r.status()), r.deliveredOn() == null ? "-" : r.deliveredOn().toString(),
              r.deliveryMethod() == null ? "-" : Messages.current().label(r.deliveryMethod())));
        }
        return SuijiCommand.OK;
      }
    }

    /**
     * {@code [{"drawOrder":1,"inspection":12,"number":"青市监抽通〔2026〕1号","issued":"2026-03-10",
     * "target":"…","targetCode":"9162…","status":"NOTIFIED","delivered":"2026-03-12","method":"DIRECT"}, …]};
     * number, issued, delivered and method are null where there is none.
     */
    static String json(List<NoticeRow> rows) {
      StringWriter text = new StringWriter();
      try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
        g.writeStartArray();
        for (NoticeRow r : rows) {
          g.writeStartObject();
          g.writeNumberField("drawOrder", r.drawOrder());
          g.writeNumberField("inspection", r.inspectionId());
          g.writeStringField("number", r.noticeNumber());
          g.writeStringField("issued", r.issuedOn() == null ? null : r.issuedOn().toString());
          g.writeStringField("target", r.targetName());
          g.writeStringField("targetCode", r.targetCode());
          g.writeStringField("status", r.status().name());
          g.writeStringField("delivered", r.deliveredOn() == null ? null : r.deliveredOn().toString());
          g.writeStringField("method", r.deliveryMethod() == null ? null : r.deliveryMethod().name());
          g.writeEndObject();
        }
        g.writeEndArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return text.toString();
    }
  }

  /** Voids a document by its number. */
  @Command(name = "void", mixinStandardHelpOptions = true)
  static final class Void implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--notice", required = true, paramLabel = "NUMBER", descriptionKey = "cli.option.noticeNumber")
    String number;
    @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "cli.option.voidReason")
    String reason;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.option.voidDate")
    @Nullable String date;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        LocalDate day = date == null ? LocalDate.now(services.clock()) : date(spec, date);
        NumberedDocument d = services.notices().byNumber(number);
        NumberedDocument voided = services.notices().voidNotice(d.id(), reason, day);
        spec.commandLine().getOut().println(Messages.msg("cli.notice.voided", voided.number(), voided.voidReason()));
        return SuijiCommand.OK;
      }
    }
  }

  static LocalDate date(CommandSpec spec, String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), Messages.msg("cli.notice.badDate", text));
    }
  }

  /** The method by its stored name (any case) or its Chinese label (直接送达, 邮寄送达 …). */
  static DeliveryMethod method(CommandSpec spec, String text) {
    String t = text.strip();
    for (DeliveryMethod m : DeliveryMethod.values()) {
      if (m.name().equals(t.toUpperCase(Locale.ROOT)) || Messages.current().label(m).equals(t)) {
        return m;
      }
    }
    throw new CommandLine.ParameterException(spec.commandLine(), Messages.msg("cli.notice.badMethod", text));
  }
}
