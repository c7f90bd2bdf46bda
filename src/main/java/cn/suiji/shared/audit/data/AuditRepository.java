package cn.suiji.shared.audit.data;

import static cn.suiji.shared.db.generated.Tables.AUDIT_HEAD;
import static cn.suiji.shared.db.generated.Tables.AUDIT_LOG;

import cn.suiji.shared.audit.AuditEntry;
import cn.suiji.shared.audit.AuditFacets;
import cn.suiji.shared.audit.AuditQuery;
import cn.suiji.shared.db.generated.tables.records.AuditLogRecord;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jspecify.annotations.Nullable;

/** Reads and appends audit entries; takes the caller's context so appends join its transaction. */
public final class AuditRepository {

  /** The chain's end, locked until the caller's transaction ends so appends never fork the chain. */
  public Head lockHead(DSLContext tx) {
    Record2<Long, String> head = tx.select(AUDIT_HEAD.LAST_SEQ, AUDIT_HEAD.LAST_HASH)
        .from(AUDIT_HEAD)
        .where(AUDIT_HEAD.ID.eq(1))
        .forUpdate()
        .fetchSingle();
    return new Head(head.value1(), head.value2());
  }

  /** The chain's recorded end, without a lock. */
  public Head head(DSLContext dsl) {
    Record2<Long, String> head = dsl.select(AUDIT_HEAD.LAST_SEQ, AUDIT_HEAD.LAST_HASH)
        .from(AUDIT_HEAD)
        .where(AUDIT_HEAD.ID.eq(1))
        .fetchSingle();
    return new Head(head.value1(), head.value2());
  }

  public void append(DSLContext tx, AuditEntry e) {
    tx.insertInto(AUDIT_LOG)
        .set(AUDIT_LOG.SEQ, e.seq())
        .set(AUDIT_LOG.LOGGED_AT, e.at().atOffset(ZoneOffset.UTC))
        .set(AUDIT_LOG.USER_NAME, e.user())
        .set(AUDIT_LOG.ACTION, e.action())
        .set(AUDIT_LOG.ENTITY, e.entity())
        .set(AUDIT_LOG.ENTITY_ID, e.entityId())
        .set(AUDIT_LOG.BEFORE_DIGEST, e.beforeDigest())
        .set(AUDIT_LOG.AFTER_DIGEST, e.afterDigest())
        .set(AUDIT_LOG.DETAIL, e.detail())
        .set(AUDIT_LOG.PREV_HASH, e.prevHash())
        .set(AUDIT_LOG.HASH, e.hash())
        .execute();
    tx.update(AUDIT_HEAD)
        .set(AUDIT_HEAD.LAST_SEQ, e.seq())
        .set(AUDIT_HEAD.LAST_HASH, e.hash())
        .where(AUDIT_HEAD.ID.eq(1))
        .execute();
  }

  /** Offers every entry in sequence order until the consumer returns false. */
  public void forEachInOrder(DSLContext dsl, Predicate<AuditEntry> consumer) {
    try (Cursor<AuditLogRecord> cursor = dsl.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ).fetchSize(500).fetchLazy()) {
      for (AuditLogRecord r : cursor) {
        if (!consumer.test(toEntry(r))) {
          return;
        }
      }
    }
  }

  /** The newest entries first, for the log screen. */
  public java.util.List<AuditEntry> latest(DSLContext dsl, int limit) {
    return dsl.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ.desc()).limit(limit).fetch(AuditRepository::toEntry);
  }

  /** Whether any entry of the chain records {@code action}. */
  public boolean hasAction(DSLContext dsl, String action) {
    return dsl.fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq(action));
  }

  public long count(DSLContext dsl) {
    return dsl.fetchCount(AUDIT_LOG);
  }

  private static AuditEntry toEntry(AuditLogRecord r) {
    return new AuditEntry(r.getSeq(), r.getLoggedAt().toInstant(), r.getUserName(), r.getAction(), r.getEntity(),
        r.getEntityId(), r.getBeforeDigest(), r.getAfterDigest(), r.getDetail(), r.getPrevHash(), r.getHash());
  }

  /** The entries about one entity (e.g. {@code "draw"}, {@code "12"}), in sequence order. */
  public java.util.List<AuditEntry> entriesFor(DSLContext dsl, String entity, String entityId) {
    return dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ENTITY.eq(entity)).and(AUDIT_LOG.ENTITY_ID.eq(entityId))
        .orderBy(AUDIT_LOG.SEQ).fetch(AuditRepository::toEntry);
  }

  /** The entries about every entity of one kind (e.g. {@code "draw"}), in sequence order. */
  public java.util.List<AuditEntry> entriesFor(DSLContext dsl, String entity) {
    return dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ENTITY.eq(entity))
        .orderBy(AUDIT_LOG.SEQ).fetch(AuditRepository::toEntry);
  }

  /** The recorded end of the chain. */
  public record Head(long seq, String hash) {}

  /**
   * One page of the entries matching {@code query}, newest first: those numbered below
   * {@code beforeSeq} (null: from the newest). Keyset paging over the primary key, so a page
   * deep in a log of 100,000 entries costs what the first one does.
   */
  public List<AuditEntry> search(DSLContext dsl, AuditQuery query, @Nullable Long beforeSeq, int limit) {
    List<Condition> where = conditions(query);
    if (beforeSeq != null) {
      where.add(AUDIT_LOG.SEQ.lt(beforeSeq));
    }
    return dsl.selectFrom(AUDIT_LOG).where(where).orderBy(AUDIT_LOG.SEQ.desc()).limit(limit)
        .fetch(AuditRepository::toEntry);
  }

  /** How many entries match {@code query}. */
  public int count(DSLContext dsl, AuditQuery query) {
    return dsl.fetchCount(AUDIT_LOG, conditions(query));
  }

  /** The actions, operators and kinds of object the log holds, for the screen's filters. */
  public AuditFacets facets(DSLContext dsl) {
    return new AuditFacets(distinct(dsl, AUDIT_LOG.ACTION), distinct(dsl, AUDIT_LOG.USER_NAME), distinct(dsl, AUDIT_LOG.ENTITY));
  }

  private static List<String> distinct(DSLContext dsl, Field<String> field) {
    return dsl.selectDistinct(field).from(AUDIT_LOG).orderBy(field).fetch(field);
  }

  private static List<Condition> conditions(AuditQuery q) {
    List<Condition> where = new ArrayList<>();
    if (q.from() != null) {
      where.add(AUDIT_LOG.LOGGED_AT.ge(q.from().atOffset(ZoneOffset.UTC)));
    }
    if (q.to() != null) {
      where.add(AUDIT_LOG.LOGGED_AT.lt(q.to().atOffset(ZoneOffset.UTC)));
    }
    if (present(q.action())) {
      where.add(AUDIT_LOG.ACTION.eq(q.action()));
    }
    if (present(q.user())) {
      where.add(AUDIT_LOG.USER_NAME.eq(q.user()));
    }
    if (present(q.entity())) {
      where.add(AUDIT_LOG.ENTITY.eq(q.entity()));
    }
    if (present(q.text())) {
      String t = q.text().strip();
      Condition text = AUDIT_LOG.DETAIL.containsIgnoreCase(t).or(AUDIT_LOG.ENTITY_ID.containsIgnoreCase(t))
          .or(AUDIT_LOG.USER_NAME.containsIgnoreCase(t)).or(AUDIT_LOG.ACTION.containsIgnoreCase(t));
      if (!q.actionsNamed().isEmpty()) {
        text = text.or(AUDIT_LOG.ACTION.in(q.actionsNamed()));
      }
      where.add(text);
    }
    return where;
  }

  private static boolean present(@Nullable String s) {
    return s != null && !s.isBlank();
  }

  /** The distinct values the filters offer. */
}
