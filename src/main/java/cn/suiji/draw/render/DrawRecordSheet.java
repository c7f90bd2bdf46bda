package cn.suiji.draw.render;

import cn.suiji.draw.domain.DrawEngine;
import cn.suiji.draw.domain.DrawRecord;
import cn.suiji.draw.domain.DrawStatus;
import cn.suiji.draw.domain.PoolExclusions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the printed draw record (抽取记录) shows: the stored record of DRAW-SPEC §7 with the
 * names a reader needs beside the keys — the task, the departments, the filters of the task's
 * scope, every selected target with its uscc and its inspectors with their certNos. Built by
 * {@code DrawService.sheet(drawId)}; {@link DrawRecordPdf} and {@link DrawRecordDocx} lay it out.
 *
 * @param departments the taking-part departments, lead first
 * @param filters the task's scope as readable lines (township, industry, kind); empty = none
 * @param poolExclusions the pool funnel the attempt froze (directory, pool, targets left out per
 *     reason); null for attempts stored before it was kept
 * @param strata one line per stratum, in draw order: key, n, k and the pool hash
 * @param groups one line per inspector group (department), in record order
 * @param rows one row per selected target, in draw order
 * @param recordDigest the record's digest (DRAW-SPEC §7): hex SHA-256 of the exported file
 * @param chainAnchor the audit chain's head when the draw was confirmed (or voided): {@code
 *     seq:hash} of that entry; null when the entry is not found
 */
public record DrawRecordSheet(
    long drawId,
    int attempt,
    String taskName,
    boolean directed,
    LocalDate startDate,
    LocalDate endDate,
    List<Department> departments,
    List<String> filters,
    @Nullable PoolExclusions poolExclusions,
    List<StratumLine> strata,
    List<GroupLine> groups,
    List<TargetRow> rows,
    DrawRecord record,
    String recordDigest,
    @Nullable String chainAnchor,
    @Nullable String lateReason) {

  public DrawRecordSheet {
    Objects.requireNonNull(taskName, "taskName");
    departments = List.copyOf(departments);
    filters = List.copyOf(filters);
    strata = List.copyOf(strata);
    groups = List.copyOf(groups);
    rows = List.copyOf(rows);
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(recordDigest, "recordDigest");
  }

  /** A sheet without a chain anchor, its digest computed from the record. */
  public DrawRecordSheet(long drawId, int attempt, String taskName, boolean directed, LocalDate startDate,
      LocalDate endDate, List<Department> departments, List<String> filters, @Nullable PoolExclusions poolExclusions,
      List<StratumLine> strata, List<GroupLine> groups, List<TargetRow> rows, DrawRecord record) {
    this(drawId, attempt, taskName, directed, startDate, endDate, departments, filters, poolExclusions, strata, groups,
        rows, record, new DrawRecordJson().digest(record), null, null);
  }

  /** A department taking part; {@code lead} for the 牵头部门. */
  public record Department(String code, String name, boolean lead) {}

  /** A stratum as printed: key, pool size n, drawn k, pool hash (DRAW-SPEC §2). */
  public record StratumLine(String key, int n, int k, String poolHash) {}

  /** An inspector group as printed: department code and name, pool size, m per target, pool hash. */
  public record GroupLine(String key, String name, int n, int m, String poolHash) {}

  /** A drawn inspector: name and 执法证号 (blank when the directory has none). */
  public record Person(String name, String certNo) {}

  /** A selected target in draw order (1-based), its name and uscc (or registration number). */
  public record TargetRow(int order, String objectKey, String name, String uscc, List<Person> inspectors) {
    public TargetRow {
      inspectors = List.copyOf(inspectors);
    }
  }

  public String taskCode() {
    return record.task();
  }

  /** The 核验码 of the record's result hash. */
  public String verificationCode() {
    return DrawEngine.verificationCode(record.resultHash());
  }

  public boolean voided() {
    return record.status() == DrawStatus.VOIDED;
  }

  public @Nullable String voidReason() {
    return record.voidReason();
  }

  /**
   * What the QR code carries: the spec, the task code and the verification code, then the
   * record's digest and, when known, the audit chain's head at confirmation ({@code seq:hash}).
   */
  public String qrText() {
    return record.spec() + ";task=" + record.task() + ";code=" + verificationCode() + ";digest=" + recordDigest
        + (chainAnchor == null ? "" : ";chain=" + chainAnchor);
  }

  /**
   * The pool hash of DRAW-SPEC §2: SHA-256 of the keys (printable ASCII) sorted and joined by
   * line feeds, in lowercase hex.
   */
  public static String poolHash(List<String> keys) {
    List<String> sorted = new ArrayList<>(keys);
    sorted.sort(null);
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (int i = 0; i < sorted.size(); i++) {
        if (i > 0) {
          digest.update((byte) '\n');
        }
        digest.update(sorted.get(i).getBytes(StandardCharsets.US_ASCII));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
