package cn.suiji.directory.data;

import static cn.suiji.shared.db.generated.Tables.TARGET;
import static cn.suiji.shared.db.generated.Tables.TARGET_NAME_KEY;

import cn.suiji.directory.domain.RiskClass;
import cn.suiji.directory.domain.SearchField;
import cn.suiji.directory.domain.TargetIndustry;
import cn.suiji.directory.domain.TargetKind;
import cn.suiji.directory.domain.TargetQuery;
import cn.suiji.directory.domain.TargetRow;
import cn.suiji.directory.domain.TargetSort;
import cn.suiji.directory.domain.TargetStatus;
import cn.suiji.shared.db.generated.tables.records.TargetRecord;
import cn.suiji.shared.ids.Codes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * Reads the target directory for the screen, the export and the bench: pages in a stable
 * order, capped counts, a streamed full result, and the filter choices. A contains-search on
 * the name goes through the name-gram keys ({@code target_name_key}, V022) when one of the search's grams is rare,
 * else it scans the name index in order, where matches are dense enough to fill a page quickly
 * (docs/decisions/0008-target-search.md).
 */
public final class TargetSearchRepository {
  /** A gram with at most this many targets drives the search; commoner ones are left to the scan. */
  static final int SELECTIVE = 5000;
  private static final char ESCAPE = '!';

  /** Up to {@code limit} rows from {@code offset} in the query's order. */
  public List<TargetRow> page(DSLContext dsl, TargetQuery query, int offset, int limit) {
    return dsl.selectFrom(TARGET).where(conditions(dsl, query)).orderBy(order(query))
        .limit(limit).offset(offset).fetch(TargetSearchRepository::toRow);
  }

  /** How many rows match, counting no further than {@code cap} (then {@code cap} is returned). */
  public long count(DSLContext dsl, TargetQuery query, long cap) {
    return dsl.fetchCount(dsl.selectOne().from(TARGET).where(conditions(dsl, query)).limit(cap));
  }

  /** Hands every matching row, in the query's order, to {@code sink} without holding them all. */
  public void forEach(DSLContext dsl, TargetQuery query, Consumer<TargetRow> sink) {
    try (Cursor<TargetRecord> cursor = dsl.selectFrom(TARGET).where(conditions(dsl, query)).orderBy(order(query))
        .fetchSize(1000).fetchLazy()) {
      for (TargetRecord r : cursor) {
        sink.accept(toRow(r));
      }
    }
  }

  /**
   * The townships targets are in, in order. A loose index scan: one seek per township on
   * ix_target_township_industry_name (V010), instead of reading a million index entries for twenty names.
   */
  public List<String> townships(DSLContext dsl) {
    List<String> out = new ArrayList<>();
    String next = dsl.select(TARGET.TOWNSHIP).from(TARGET).where(TARGET.TOWNSHIP.isNotNull())
        .orderBy(TARGET.TOWNSHIP).limit(1).fetchOne(TARGET.TOWNSHIP);
    while (next != null) {
      out.add(next);
      next = dsl.select(TARGET.TOWNSHIP).from(TARGET).where(TARGET.TOWNSHIP.gt(next))
          .orderBy(TARGET.TOWNSHIP).limit(1).fetchOne(TARGET.TOWNSHIP);
    }
    return out;
  }

  /** The industries targets are in, by code: a loose index scan on ix_target_industry like {@link #townships}. */
  public List<TargetIndustry> industries(DSLContext dsl) {
    List<TargetIndustry> out = new ArrayList<>();
    Condition after = TARGET.INDUSTRY_CODE.isNotNull();
    while (true) {
      var r = dsl.select(TARGET.INDUSTRY_CODE, TARGET.INDUSTRY_NAME).from(TARGET).where(after)
          .orderBy(TARGET.INDUSTRY_CODE).limit(1).fetchOne();
      if (r == null) {
        return out;
      }
      out.add(new TargetIndustry(r.value1(), r.value2() == null ? "" : r.value2()));
      after = TARGET.INDUSTRY_CODE.gt(r.value1());
    }
  }

  /** The plain {@code name LIKE '%text%'} scan, first page by name: the peer the bench compares with. */
  public List<TargetRow> plainNameScan(DSLContext dsl, String text, int limit) {
    return dsl.selectFrom(TARGET).where(TARGET.NAME.like(contains(text), ESCAPE)).orderBy(TARGET.NAME, TARGET.ID)
        .limit(limit).fetch(TargetSearchRepository::toRow);
  }

  List<Condition> conditions(DSLContext dsl, TargetQuery q) {
    List<Condition> where = new ArrayList<>();
    if (!q.text().isEmpty()) {
      where.add(search(dsl, q.text(), q.field().resolve(q.text())));
    }
    if (q.township() != null) {
      where.add(TARGET.TOWNSHIP.eq(q.township()));
    }
    if (q.industryCode() != null) {
      where.add(TARGET.INDUSTRY_CODE.eq(q.industryCode()));
    }
    if (q.kind() != null) {
      where.add(TARGET.KIND.eq(q.kind().name()));
    }
    if (q.status() != null) {
      where.add(TARGET.STATUS.eq(q.status().name()));
    }
    if (q.abnormal() != null) {
      where.add(TARGET.ABNORMAL.eq(q.abnormal()));
    }
    if (q.seriousViolation() != null) {
      where.add(TARGET.SERIOUS_VIOLATION.eq(q.seriousViolation()));
    }
    if (q.riskClass() != null) {
      where.add(TARGET.RISK_CLASS.eq(q.riskClass().name()));
    }
    return where;
  }

  private Condition search(DSLContext dsl, String text, SearchField field) {
    return switch (field) {
      case CODE -> codePrefix(dsl, Codes.normalise(text));
      case LEGAL_REP -> TARGET.LEGAL_REP.like(escape(text) + "%", ESCAPE);
      case NAME, AUTO -> nameContains(dsl, text);
    };
  }

  /**
   * uscc or, for digits only, also the 15-digit regNo, each by its own unique index. H2 does not
   * combine two indexes for an OR, so a narrow prefix is turned into its ids first; a wide one
   * (thousands of targets) matches densely enough for the ordered scan to fill a page.
   */
  private static Condition codePrefix(DSLContext dsl, String code) {
    if (code.isEmpty()) {
      return DSL.noCondition();
    }
    String pattern = escape(code) + "%";
    Condition uscc = TARGET.USCC.like(pattern, ESCAPE);
    if (!code.chars().allMatch(Character::isDigit)) {
      return uscc;
    }
    Condition regNo = TARGET.REG_NO.like(pattern, ESCAPE);
    List<Long> ids = new ArrayList<>(dsl.select(TARGET.ID).from(TARGET).where(uscc).limit(SELECTIVE + 1).fetch(TARGET.ID));
    ids.addAll(dsl.select(TARGET.ID).from(TARGET).where(regNo).limit(SELECTIVE + 1).fetch(TARGET.ID));
    return ids.size() <= SELECTIVE ? TARGET.ID.in(ids) : uscc.or(regNo);
  }

  /**
   * Names containing {@code text}. Each of the text's grams (at most eight) is one range of
   * {@code target_name_key}, read in key order no further than {@link #SELECTIVE} entries: the
   * grams read to the end give their complete target ids, and the smallest such set, narrowed by
   * the others in memory (or, for a gram too common to read whole, by looking up each candidate's
   * exact key), leaves the few targets that have every gram; the LIKE then checks the whole text.
   * When every gram is common the matches are dense and the LIKE alone fills a page quickly.
   */
  private Condition nameContains(DSLContext dsl, String text) {
    Condition like = TARGET.NAME.like(contains(text), ESCAPE);
    List<long[]> ranges = gramRanges(text);
    Set<Long> best = null;
    List<Set<Long>> complete = new ArrayList<>();
    List<long[]> common = new ArrayList<>();
    for (long[] range : ranges) {
      List<Long> keys = dsl.select(TARGET_NAME_KEY.K).from(TARGET_NAME_KEY).where(TARGET_NAME_KEY.K.between(range[0], range[1]))
          .orderBy(TARGET_NAME_KEY.K).limit(SELECTIVE + 1).fetch(TARGET_NAME_KEY.K);
      if (keys.size() > SELECTIVE) {
        common.add(range);
        continue;
      }
      Set<Long> ids = new HashSet<>();
      keys.forEach(k -> ids.add(TargetNameGrams.id(k)));
      complete.add(ids);
      if (best == null || ids.size() < best.size()) {
        best = ids;
      }
    }
    if (best == null) {
      return like;
    }
    Set<Long> candidates = new HashSet<>(best);
    for (Set<Long> ids : complete) {
      candidates.retainAll(ids);
    }
    for (long[] range : common) {
      if (candidates.isEmpty() || range[1] - range[0] != TargetNameGrams.MAX_ID) {
        continue; // a one-character range spans many grams: the LIKE checks it
      }
      long code = range[0] >>> 31;
      List<Long> keys = candidates.stream().map(id -> TargetNameGrams.first(code) | id).toList();
      List<Long> found = dsl.select(TARGET_NAME_KEY.K).from(TARGET_NAME_KEY).where(TARGET_NAME_KEY.K.in(keys))
          .fetch(TARGET_NAME_KEY.K);
      candidates = new HashSet<>();
      for (Long k : found) {
        candidates.add(TargetNameGrams.id(k));
      }
    }
    return TARGET.ID.in(candidates).and(like);
  }

  /** The key range of each gram of the text: for one character, every gram that starts with it. */
  private static List<long[]> gramRanges(String text) {
    if (text.length() == 1) {
      long code = (long) text.charAt(0) << 16;
      return List.<long[]>of(new long[] {TargetNameGrams.first(code), TargetNameGrams.last(code | 0xFFFF)});
    }
    return TargetNameGrams.required(text).stream().limit(8).map(TargetNameGrams::code)
        .map(code -> new long[] {TargetNameGrams.first(code), TargetNameGrams.last(code)}).toList();
  }

  private static String contains(String text) {
    return "%" + escape(text) + "%";
  }

  private static String escape(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  private static List<SortField<?>> order(TargetQuery q) {
    Field<?> column = switch (q.sort()) {
      case NAME -> TARGET.NAME;
      case CODE -> DSL.coalesce(TARGET.USCC, TARGET.REG_NO);
      case LEGAL_REP -> TARGET.LEGAL_REP;
      case TOWNSHIP -> TARGET.TOWNSHIP;
      case INDUSTRY -> TARGET.INDUSTRY_CODE;
      case KIND -> TARGET.KIND;
      case STATUS -> TARGET.STATUS;
      case FOUNDED_DATE -> TARGET.FOUNDED_DATE;
      case RISK_CLASS -> TARGET.RISK_CLASS;
    };
    if (q.sort() == TargetSort.NAME && q.ascending() && q.township() != null && q.industryCode() != null) {
      // the same order, since both are fixed by the filter, but spelled as V010's index is:
      // H2 only reads an index in order when the ORDER BY names its columns from the first
      return List.of(TARGET.TOWNSHIP.asc(), TARGET.INDUSTRY_CODE.asc(), TARGET.NAME.asc(), TARGET.ID.asc());
    }
    return q.ascending() ? List.of(column.asc(), TARGET.ID.asc()) : List.of(column.desc(), TARGET.ID.desc());
  }

  static TargetRow toRow(TargetRecord r) {
    return new TargetRow(r.getId(), r.getName(), r.getUscc(), r.getRegNo(), TargetKind.valueOf(r.getKind()),
        r.getLegalRep(), r.getAddress(), r.getTownship(), r.getJurisdictionUnit(), r.getIndustryCode(),
        r.getIndustryName(), r.getRegistrationAuthority(), TargetStatus.valueOf(r.getStatus()), r.getFoundedDate(),
        r.getLiaison(), r.getPhone(), Boolean.TRUE.equals(r.getAbnormal()), Boolean.TRUE.equals(r.getSeriousViolation()),
        r.getRiskClass() == null ? null : RiskClass.valueOf(r.getRiskClass().strip()), r.getLastInspectedDate(),
        r.getInspectionCount() == null ? 0 : r.getInspectionCount());
  }

}
