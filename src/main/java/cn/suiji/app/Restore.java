package cn.suiji.app;

import cn.suiji.directory.service.DirectoryIntegrity;
import cn.suiji.draw.service.DrawCheck;
import cn.suiji.draw.service.DrawFinding;
import cn.suiji.draw.service.DrawIntegrity;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditVerification;
import cn.suiji.shared.db.DataLocation;
import cn.suiji.shared.db.Database;
import cn.suiji.shared.ids.IdSeal;
import cn.suiji.shared.l10n.Messages;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restoring a backup, which must prove the copy before it replaces anything: a scratch copy of
 * it (with its evidence journal and delivery receipts) is opened apart from the live file, its audit chain walked,
 * every draw recomputed and compared with its row, audit entries and inspections, and the
 * directory checked. Only a copy that passes replaces the live file, which is kept in
 * {@code backups/} first; a corrupt or tampered copy is refused with the reasons, the live file
 * untouched. The live file must not be open (the application closed).
 */
public final class Restore {
  private static final Logger LOG = LoggerFactory.getLogger(Restore.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private Restore() {}

  /** What the proof found: audit entries walked, draws checked, and every problem in words. */
  public record Proof(Path copy, long auditEntries, int draws, List<String> problems) {
    public Proof {
      problems = List.copyOf(problems);
    }

    public boolean passed() {
      return problems.isEmpty();
    }
  }

  /** Proves {@code copy} on a scratch copy; the copy itself is not written to. */
  public static Proof prove(Path copy) {
    if (!Files.isRegularFile(copy)) {
      throw new SuijiException("restore.noSuchFile", copy);
    }
    Path dir;
    try {
      dir = Files.createTempDirectory("suiji-restore-");
    } catch (IOException e) {
      throw new SuijiException(e, "db.error.copy", copy, e.getMessage());
    }
    try {
      Path scratch = dir.resolve("proof" + DataLocation.FILE_SUFFIX);
      copyWithJournal(copy, scratch);
      List<String> problems = new ArrayList<>();
      try (Services s = Services.open(scratch)) {
        AuditVerification chain = s.auditor().verify(s.database().dsl());
        if (!chain.isIntact()) {
          problems.add(Messages.current().get("audit.verify.broken", chain.brokenSeq(),
              Messages.current().label(chain.problem())));
        }
        List<DrawCheck> checks = s.draw().verifyAll();
        for (DrawCheck c : checks) {
          for (DrawFinding f : c.findings()) {
            problems.add(Messages.current().get("cli.draw.verifyAll.reason", c.draw().id(), c.draw().taskCode(),
                c.draw().attempt(), f.describe()));
          }
        }
        problems.addAll(new DrawIntegrity(s.database().dsl()).problems());
        problems.addAll(new DirectoryIntegrity(s.database().dsl()).problems());
        int unreadable = s.inspectors().unreadableIdNumbers();
        if (unreadable > 0) {
          problems.add(Messages.current().get("restore.idKeyMissing", unreadable, IdSeal.KEY_SUFFIX));
        }
        return new Proof(copy, chain.checked(), checks.size(), problems);
      } catch (SuijiException e) {
        LOG.warn("The backup {} does not open: {}", copy, e.getMessage());
        return new Proof(copy, 0, 0, List.of(Messages.current().describe(e)));
      }
    } finally {
      deleteTree(dir);
    }
  }

  /**
   * Proves {@code copy} and, when it passes, puts it in place of {@code live} (its journal too),
   * after keeping the live file and its journal in {@code backups/} as {@code …-before-restore}.
   *
   * @return the proof, and where the live file was kept when it was replaced
   * @throws SuijiException {@code restore.inUse} when the live file is open
   */
  public static Outcome restore(Path copy, Path live) {
    refuseInUse(live);
    Proof proof = prove(copy);
    if (!proof.passed()) {
      return new Outcome(proof, null);
    }
    refuseInUse(live);
    @Nullable Path kept = null;
    if (Files.exists(live)) {
      String base = live.getFileName().toString().replace(DataLocation.FILE_SUFFIX, "");
      kept = Database.backupDirectory(live).resolve(base + "-" + LocalDateTime.now().format(STAMP) + "-before-restore"
          + DataLocation.FILE_SUFFIX);
      copyWithJournal(live, kept);
    }
    Path journal = DataLocation.sibling(live, Services.JOURNAL_SUFFIX);
    try {
      Files.deleteIfExists(journal);
    } catch (IOException e) {
      throw new SuijiException(e, "db.error.copy", journal, e.getMessage());
    }
    copyWithJournal(copy, live);
    LOG.warn("{} restored from {} (the file it replaced is kept as {})", live, copy, kept);
    return new Outcome(proof, kept);
  }

  /** The proof and, when the copy was put in place, where the replaced file is kept. */
  public record Outcome(Proof proof, @Nullable Path keptAs) {}

  private static void refuseInUse(Path live) {
    if (!Files.exists(live)) {
      return;
    }
    try (FileChannel ch = FileChannel.open(live, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      FileLock lock = ch.tryLock();
      if (lock == null) {
        throw new SuijiException("restore.inUse", live);
      }
      lock.release();
    } catch (OverlappingFileLockException e) {
      throw new SuijiException(e, "restore.inUse", live);
    } catch (IOException e) {
      throw new SuijiException(e, "restore.inUse", live);
    }
  }

  private static void copyWithJournal(Path from, Path to) {
    try {
      Files.createDirectories(to.toAbsolutePath().getParent());
      Path journal = DataLocation.sibling(from, Services.JOURNAL_SUFFIX);
      if (Files.exists(journal)) {
        Files.copy(journal, DataLocation.sibling(to, Services.JOURNAL_SUFFIX), StandardCopyOption.REPLACE_EXISTING);
      }
      Path key = DataLocation.sibling(from, IdSeal.KEY_SUFFIX);
      if (Files.exists(key)) { // the ID numbers' key goes with its file; a copy without one keeps the key there is
        Files.copy(key, DataLocation.sibling(to, IdSeal.KEY_SUFFIX), StandardCopyOption.REPLACE_EXISTING);
      }
      // the delivery receipts, stored under their hash, are added to what is there
      Database.copyFolder(DataLocation.sibling(from, Services.RECEIPTS_SUFFIX),
          DataLocation.sibling(to, Services.RECEIPTS_SUFFIX));
      Path partial = to.resolveSibling("." + to.getFileName() + ".part");
      Files.copy(from, partial, StandardCopyOption.REPLACE_EXISTING);
      Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new SuijiException(e, "db.error.copy", to, e.getMessage());
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          LOG.debug("Could not delete {}", p, e);
        }
      });
    } catch (IOException e) {
      LOG.debug("Could not clean {}", dir, e);
    }
  }
}
