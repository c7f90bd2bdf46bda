package cn.suiji.cli;

import cn.suiji.app.Services;
import cn.suiji.inspection.domain.UnresultedInspection;
import cn.suiji.publish.domain.DeadlineState;
import cn.suiji.publish.domain.Publication;
import cn.suiji.publish.domain.Review;
import cn.suiji.publish.domain.PublicationDeadline;
import cn.suiji.shared.SuijiException;
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
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code suiji publish due [--as-of D] [--json]}: the publication deadlines of recorded results;
 * {@code suiji publish mark --task CODE --date D --reviewer NAME [--reviewed-on D] [--receipt FILE]}: a
 * task's results marked published after their review (the review day defaults to the publication day);
 * {@code export}, {@code announce} and {@code columns} are {@link PublishDocsCommands}.
 */
@Command(name = "publish", mixinStandardHelpOptions = true, subcommands = {PublishCommand.Due.class,
    PublishCommand.Mark.class, PublishDocsCommands.Export.class, PublishDocsCommands.Announce.class,
    PublishDocsCommands.Columns.class})
final class PublishCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw UsageErrors.subcommandMissing(spec);
  }

  /**
   * Every recorded, unpublished result with its due date, working days left and state on the day
   * (today by default); as text also the inspections past their window without a result.
   */
  @Command(name = "due", mixinStandardHelpOptions = true)
  static final class Due implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.option.asOf")
    @Nullable String asOf;
    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      LocalDate day = asOf == null ? null : date(asOf);
      try (Services services = db.open()) {
        LocalDate on = day == null ? services.deadlines().today() : day;
        List<PublicationDeadline> due = services.deadlines().due(on);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
          out.println(json(on, due));
          return SuijiCommand.OK;
        }
        long soon = due.stream().filter(d -> d.state() == DeadlineState.SOON).count();
        long overdue = due.stream().filter(d -> d.state() == DeadlineState.OVERDUE).count();
        out.println(Messages.msg("cli.publish.due.header", on.toString(), due.size(), soon, overdue));
        for (PublicationDeadline d : due) {
          out.println(Messages.msg("cli.publish.due.line", d.taskCode(), d.targetCode(), d.targetName(),
              d.resultDate().toString(), d.dueDate().toString(), d.workdaysLeft(), Messages.current().label(d.state()),
              d.provisional() ? Messages.msg("cli.publish.due.provisional") : ""));
        }
        for (UnresultedInspection u : services.deadlines().pastWindow(on)) {
          out.println(Messages.msg("cli.publish.due.pastWindow", u.taskCode(), u.targetCode(), u.targetName(),
              u.taskEnd().toString(), Messages.current().label(u.status())));
        }
        return SuijiCommand.OK;
      }
    }
  }

  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new SuijiException(e, "cli.calendar.badDate", text);
    }
  }

  /**
   * Every result of the task awaiting publication marked published on the day (INSPECTED →
   * PUBLISHED, one transaction), the receipt copied beside the data file and hashed; then the
   * task's on-time rate.
   */
  @Command(name = "mark", mixinStandardHelpOptions = true)
  static final class Mark implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--task", required = true, paramLabel = "CODE", descriptionKey = "cli.option.publishTask")
    String task = "";
    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "cli.option.publishDate")
    String date = "";
    @Option(names = "--receipt", paramLabel = "FILE", descriptionKey = "cli.option.publishReceipt")
    @Nullable Path receipt;
    @Option(names = "--reviewer", required = true, paramLabel = "NAME", descriptionKey = "cli.option.publishReviewer")
    String reviewer = "";
    @Option(names = "--reviewed-on", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.option.publishReviewedOn")
    @Nullable String reviewedOn;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      LocalDate on = date(date);
      LocalDate reviewDay = reviewedOn == null ? on : date(reviewedOn);
      try (Services services = db.open()) {
        List<Publication> marked = services.publish().markTask(task, on, receipt, new Review(reviewer, reviewDay));
        PrintWriter out = spec.commandLine().getOut();
        long late = marked.stream().filter(p -> !p.onTime()).count();
        out.println(Messages.msg("cli.publish.mark.done", task.strip(), marked.size(), on.toString(), late));
        out.println(Messages.msg("cli.publish.mark.review", marked.get(0).reviewedBy(), String.valueOf(marked.get(0).reviewedOn())));
        if (!marked.isEmpty() && marked.get(0).receiptFile() != null) {
          out.println(Messages.msg("cli.publish.mark.receipt", marked.get(0).receiptFile(), marked.get(0).receiptSha256()));
        }
        services.publish().onTimeByTask().stream().filter(r -> r.taskCode().equals(task.strip())).forEach(r ->
            out.println(Messages.msg("cli.publish.mark.rate", r.taskCode(), r.onTime(), r.published(),
                String.format(java.util.Locale.ROOT, "%.1f", r.percent()))));
        return SuijiCommand.OK;
      }
    }
  }

  /**
   * {@code {"asOf":"YYYY-MM-DD","items":[{"task":…,"target":…,"resultDate":…,"dueDate":…,
   * "workdaysLeft":N,"state":"ok"|"soon"|"overdue","provisional":bool}]}}, soonest due first.
   */
  static String json(LocalDate asOf, List<PublicationDeadline> due) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
      g.writeStartObject();
      g.writeStringField("asOf", asOf.toString());
      g.writeArrayFieldStart("items");
      for (PublicationDeadline d : due) {
        g.writeStartObject();
        g.writeStringField("task", d.taskCode());
        g.writeStringField("target", d.targetCode());
        g.writeStringField("resultDate", d.resultDate().toString());
        g.writeStringField("dueDate", d.dueDate().toString());
        g.writeNumberField("workdaysLeft", d.workdaysLeft());
        g.writeStringField("state", d.state().jsonName());
        g.writeBooleanField("provisional", d.provisional());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
