package cn.suiji.shared.imports;

import cn.suiji.shared.Progress;
import cn.suiji.shared.db.Preimage;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.xlsx.HeaderMapping;
import cn.suiji.shared.xlsx.TableReader;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * The run every table importer shares (issue 17 §5): open the file; take the clerk's corrected
 * mapping or find the header, and let the kind check it; count and report each row in an
 * {@link ImportTally}; hold the whole file in one transaction; finish the report — or discard it
 * when anything fails or the clerk cancels, so no half report is left beside a rolled-back
 * import. Each kind supplies only its header check and its pass over the rows (which writes its
 * audit entry inside the transaction).
 */
public final class ImportRun {
  private ImportRun() {}

  /** How a run's writes are held together. */
  public enum Transaction {
    /**
     * A commit is one transaction with a pre-image (an unfinished bulk write is undone at the next
     * open, docs/decisions/0019); a preview runs outside any transaction and writes nothing.
     */
    PREIMAGE,
    /**
     * As {@link #PREIMAGE}, but a preview runs in a transaction rolled back at its end: for a pass
     * that must see its own earlier rows in the database (an item's versions).
     */
    PREIMAGE_PREVIEW_ROLLED_BACK,
    /** One plain transaction for commit and preview alike; the pass writes only when asked. */
    PLAIN
  }

  /** The kind's header: the clerk's mapping when there is one, else found; refused with the missing columns named. */
  @FunctionalInterface
  public interface Header {
    HeaderMapping of(TableReader table, @Nullable HeaderMapping chosen);
  }

  /** One pass over the rows, counting each in the tally; writes (and audits) only when {@code write}. */
  @FunctionalInterface
  public interface Pass {
    void run(DSLContext ctx, TableReader table, HeaderMapping header, ImportTally tally, boolean write, Progress progress);
  }

  /** What names a run: its kind, the report's key and name columns, the pre-image's message key (with the file's name). */
  public record Names(ImportKind kind, String keyHeader, String nameHeader, String preimageKey) {}

  public static ImportSummary run(DSLContext dsl, ImportRequest request, boolean write, Progress progress, Names names,
      Transaction transaction, Header header, Pass pass) {
    try (TableReader table = TableReader.open(request.file())) {
      HeaderMapping mapping = header.of(table, request.mapping());
      ImportTally tally = new ImportTally(names.kind(), request.report(), names.keyHeader(), names.nameHeader());
      try {
        if (transaction == Transaction.PLAIN) {
          dsl.transaction(trx -> pass.run(trx.dsl(), table, mapping, tally, write, progress));
        } else if (write) {
          Preimage.transactionResult(dsl, Messages.msg(names.preimageKey(), table.fileName()), trx -> {
            pass.run(trx.dsl(), table, mapping, tally, true, progress);
            return null;
          });
        } else if (transaction == Transaction.PREIMAGE_PREVIEW_ROLLED_BACK) {
          previewRolledBack(dsl, ctx -> pass.run(ctx, table, mapping, tally, false, progress));
        } else {
          pass.run(dsl, table, mapping, tally, false, progress);
        }
        return tally.finish(table.fileName(), !write);
      } catch (RuntimeException e) {
        tally.discard();
        throw e;
      }
    }
  }

  /** Thrown to roll a preview's transaction back; its counts stay in the tally. */
  private static final class Preview extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Preview() {
      super(null, null, false, false);
    }
  }

  private static void previewRolledBack(DSLContext dsl, java.util.function.Consumer<DSLContext> work) {
    try {
      dsl.transaction(trx -> {
        work.accept(trx.dsl());
        throw new Preview();
      });
    } catch (Preview expected) {
      // the preview's writes are rolled back
    }
  }
}
