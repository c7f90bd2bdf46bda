package cn.suiji.app;

import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.InspectorFilter;
import cn.suiji.directory.domain.ItemQuery;
import cn.suiji.directory.domain.TargetQuery;
import cn.suiji.draw.domain.AttemptStatus;
import cn.suiji.draw.domain.DrawSummary;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code suiji export all}: the whole county in files anyone can open, for handing the PC over
 * or for the archive (档案) — the target directory, the item list (every version), the inspectors
 * (ID numbers masked), each year's plan, and every confirmed or voided draw's record as JSON
 * (DRAW-SPEC §7, recomputable with docs/verify), with a {@code SHA256SUMS} list that
 * {@code sha256sum -c} checks. Written through the features' own exports, so each file is what
 * the screens export. Into an empty or new folder only.
 */
public final class ArchiveCopy {
  /** The list of every file and its SHA-256, in {@code sha256sum}'s format. */
  public static final String SUMS = "SHA256SUMS";

  private ArchiveCopy() {}

  /** One file written: its path under the folder, its size and SHA-256. */
  public record Written(String name, long bytes, String sha256) {}

  /**
   * Writes the county into {@code dir}.
   *
   * @throws SuijiException {@code archive.notEmpty} when {@code dir} holds files already
   */
  public static List<Written> write(Services s, Path dir, Progress progress) {
    refuseNonEmpty(dir);
    Messages messages = Messages.current();
    List<Path> files = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      Path targets = dir.resolve(messages.get("archive.file.targets") + ".xlsx");
      s.targets().export(TargetQuery.all(), targets, messages, Progress.NONE);
      files.add(targets);
      progress.update(1, 5);
      Path items = dir.resolve(messages.get("archive.file.items") + ".xlsx");
      s.items().export(ItemQuery.all(), items, Progress.NONE);
      files.add(items);
      Path inspectors = dir.resolve(messages.get("archive.file.inspectors") + ".xlsx");
      s.inspectors().export(InspectorFilter.all(), inspectors, messages, Progress.NONE);
      files.add(inspectors);
      progress.update(2, 5);
      TreeSet<Integer> years = new TreeSet<>();
      for (Department d : s.departments().all()) {
        years.addAll(s.plans().years(d.code()));
      }
      String county = s.settings().countyName().orElse("");
      for (int year : years) {
        Path plan = dir.resolve(messages.get("archive.file.plan", String.valueOf(year)) + ".xlsx");
        if (s.plans().export(null, year, county, plan) > 0) {
          files.add(plan);
        }
      }
      progress.update(3, 5);
      Path draws = dir.resolve(messages.get("archive.file.draws"));
      for (DrawSummary d : s.draw().list()) {
        if (d.status() == AttemptStatus.CONFIRMED || d.status() == AttemptStatus.VOIDED) {
          Files.createDirectories(draws);
          Path json = draws.resolve(d.taskCode() + "-" + d.attempt() + "-" + d.id() + ".json");
          s.draw().export(d.id(), json);
          files.add(json);
        }
      }
      progress.update(4, 5);
      List<Written> written = new ArrayList<>();
      StringBuilder sums = new StringBuilder();
      for (Path f : files) {
        String name = dir.relativize(f).toString().replace('\\', '/');
        Written w = new Written(name, Files.size(f), sha256(f));
        written.add(w);
        sums.append(w.sha256()).append("  ").append(name).append('\n');
      }
      Files.writeString(dir.resolve(SUMS), sums, StandardCharsets.UTF_8);
      progress.update(5, 5);
      return written;
    } catch (IOException e) {
      throw new SuijiException(e, "db.error.copy", dir, e.getMessage());
    }
  }

  private static void refuseNonEmpty(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> inside = Files.list(dir)) {
      if (!Files.isDirectory(dir) || inside.findAny().isPresent()) {
        throw new SuijiException("archive.notEmpty", dir);
      }
    } catch (IOException e) {
      throw new SuijiException(e, "archive.notEmpty", dir);
    }
  }

  private static String sha256(Path f) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(f), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
