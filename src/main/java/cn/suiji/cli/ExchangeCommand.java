package cn.suiji.cli;

import cn.suiji.app.Services;
import cn.suiji.exchange.domain.Batch;
import cn.suiji.exchange.domain.OutboxEntry;
import cn.suiji.exchange.domain.ReceiptOutcome;
import cn.suiji.exchange.domain.StateCount;
import cn.suiji.exchange.remote.PackageCheck;
import cn.suiji.exchange.remote.PackageWriter;
import cn.suiji.exchange.service.ExchangeService;
import cn.suiji.shared.Progress;
import cn.suiji.shared.l10n.Messages;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code suiji exchange outbox|package|upload|receipt|verify} (and way 1's {@code workbook|sent|feedback},
 * {@link PlatformCommands}): the outbox of what must reach the
 * provincial platform and its ways out (issue 14, docs/exchange-protocol.md).
 */
@Command(name = "exchange", mixinStandardHelpOptions = true, subcommands = {ExchangeCommand.Outbox.class,
    ExchangeCommand.Package.class, ExchangeCommand.Upload.class, ExchangeCommand.ReadReceipt.class,
    ExchangeCommand.Verify.class, PlatformCommands.Workbook.class, PlatformCommands.Sent.class,
    PlatformCommands.Feedback.class, PlatformCommands.Transmittal.class})
final class ExchangeCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw UsageErrors.subcommandMissing(spec);
  }

  /** Counts per kind and state with the oldest waiting, the last batch, and every rejected entry with its reason. */
  @Command(name = "outbox", mixinStandardHelpOptions = true)
  static final class Outbox implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        PrintWriter out = spec.commandLine().getOut();
        List<OutboxEntry> entries = services.outbox().entries();
        if (json) {
          out.println(json(entries));
          return SuijiCommand.OK;
        }
        List<StateCount> counts = services.outbox().counts();
        out.println(Messages.msg("cli.exchange.outbox.header", entries.size()));
        for (StateCount c : counts) {
          out.println(Messages.msg("cli.exchange.outbox.count", Messages.current().label(c.kind()),
              Messages.current().label(c.state()), c.count(), c.oldest().toLocalDateTime().toString()));
        }
        services.outbox().lastBatch().ifPresent(b -> out.println(batchLine(b)));
        for (OutboxEntry e : entries) {
          if (e.state() == cn.suiji.exchange.domain.EntryState.REJECTED) {
            out.println(Messages.msg("cli.exchange.outbox.rejected", e.key(), e.reason()));
          }
        }
        return SuijiCommand.OK;
      }
    }
  }

  static String batchLine(Batch b) {
    return b.hasReceipt()
        ? Messages.msg("cli.exchange.batch.answered", b.key(), b.entries(), b.accepted(), b.rejected())
        : Messages.msg("cli.exchange.batch.waiting", b.key(), b.entries());
  }

  /** {@code {"entries":[{"id","kind","subject","state","reason","batch","sha256","createdAt","updatedAt"}]}}, oldest first. */
  static String json(List<OutboxEntry> entries) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
      g.writeStartObject();
      g.writeArrayFieldStart("entries");
      for (OutboxEntry e : entries) {
        g.writeStartObject();
        g.writeStringField("id", e.key());
        g.writeStringField("kind", e.kind().name());
        g.writeStringField("subject", e.subject());
        g.writeStringField("state", e.state().name());
        g.writeStringField("reason", e.reason());
        if (e.batchId() == null) {
          g.writeNullField("batch");
        } else {
          g.writeNumberField("batch", e.batchId());
        }
        g.writeStringField("sha256", e.sha256());
        g.writeStringField("createdAt", e.createdAt().toString());
        g.writeStringField("updatedAt", e.updatedAt().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** Every pending entry in one exchange package in DIR; prints its path and its manifest's SHA-256. */
  @Command(name = "package", mixinStandardHelpOptions = true)
  static final class Package implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "cli.option.exchangeOut")
    Path out;
    @Option(names = "--no-workbook", descriptionKey = "cli.option.noWorkbook")
    boolean noWorkbook;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        PackageWriter.Written w = services.exchange().makePackage(out, !noWorkbook, Progress.NONE);
        PrintWriter p = spec.commandLine().getOut();
        p.println(w.file().toAbsolutePath());
        p.println(Messages.msg("cli.exchange.package.manifest", w.manifestSha256()));
        return SuijiCommand.OK;
      }
    }
  }

  /** Re-posts every batch whose reply was lost, then posts the pending entries; 1 when some were rejected. */
  @Command(name = "upload", mixinStandardHelpOptions = true)
  static final class Upload implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--endpoint", paramLabel = "URL", descriptionKey = "cli.option.exchangeEndpoint")
    @Nullable String endpoint;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        ExchangeService exchange = services.exchange();
        java.net.URI uri = exchange.endpoint(endpoint);
        if (endpoint != null) {
          exchange.saveEndpoint(endpoint);
        }
        ExchangeService.UploadOutcome o = exchange.upload(uri, Progress.NONE);
        spec.commandLine().getOut().println(Messages.msg("cli.exchange.upload.done", uri, o.batches(), o.entries(),
            o.accepted(), o.rejected(), o.reposted()));
        return o.rejected() > 0 ? SuijiCommand.CHECK_FAILED : SuijiCommand.OK;
      }
    }
  }

  /** Reads the platform's receipt file for a batch; 1 when it rejected entries or named unknown ones. */
  @Command(name = "receipt", mixinStandardHelpOptions = true)
  static final class ReadReceipt implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Parameters(index = "0", paramLabel = "FILE.json", descriptionKey = "cli.param.receiptFile")
    Path file;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        ReceiptOutcome o = services.exchange().readReceipt(file);
        PrintWriter out = spec.commandLine().getOut();
        out.println(Messages.msg("cli.exchange.receipt.done", o.batchKey(), o.accepted(), o.rejected(), o.unchanged()));
        for (String key : o.unknownKeys()) {
          out.println(Messages.msg("cli.exchange.receipt.unknown", key));
        }
        return o.rejected() > 0 || !o.unknownKeys().isEmpty() ? SuijiCommand.CHECK_FAILED : SuijiCommand.OK;
      }
    }
  }

  /** Checks a package as the province would: 0 when whole, 1 naming the first problem. Needs no data file. */
  @Command(name = "verify", mixinStandardHelpOptions = true)
  static final class Verify implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption(); // accepted as by every command; the check reads only the package
    @Parameters(index = "0", paramLabel = "PACKAGE.zip", descriptionKey = "cli.param.packageFile")
    Path file;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PackageCheck.Result r = ExchangeService.verify(file);
      if (!r.whole()) {
        out.println(Messages.msg("cli.exchange.verify.failed", file, r.problem()));
        return SuijiCommand.CHECK_FAILED;
      }
      out.println(Messages.msg("cli.exchange.verify.whole", file, r.batch(), r.counts().values().stream()
          .mapToInt(Integer::intValue).sum(), r.manifestSha256()));
      return SuijiCommand.OK;
    }
  }
}
