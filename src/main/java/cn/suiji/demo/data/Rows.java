package cn.suiji.demo.data;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Identity;
import org.jooq.InsertValuesStepN;
import org.jooq.Table;
import org.jooq.TableRecord;

/**
 * Multi-row inserts: one {@code INSERT … VALUES (…), (…), …} per {@value #CHUNK} rows, every
 * column but the identity. Far faster than a statement per row, and the rows are made as typed
 * jOOQ records first, so a wrong column type is a compile error.
 */
final class Rows {
  /** Rows per statement. */
  static final int CHUNK = 1000;

  private final DSLContext tx;

  Rows(DSLContext tx) {
    this.tx = tx;
  }

  /** Inserts all {@code values}, {@value #CHUNK} rows per statement. */
  <R extends TableRecord<R>, T> void insert(Table<R> table, List<T> values, Function<T, R> toRecord) {
    for (int from = 0; from < values.size(); from += CHUNK) {
      values(table, values.subList(from, Math.min(values.size(), from + CHUNK)), toRecord).execute();
    }
  }

  /** One statement inserting all {@code values} (keep them to a chunk), ready to execute or to return keys. */
  <R extends TableRecord<R>, T> InsertValuesStepN<R> values(Table<R> table, List<T> values, Function<T, R> toRecord) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("nothing to insert into " + table.getName());
    }
    List<Field<?>> columns = columns(table);
    InsertValuesStepN<R> insert = tx.insertInto(table, columns);
    for (T value : values) {
      R record = toRecord.apply(value);
      insert = insert.values(Arrays.asList(columns.stream().map(c -> record.get(c)).toArray()));
    }
    return insert;
  }

  private static List<Field<?>> columns(Table<?> table) {
    Identity<?, ?> identity = table.getIdentity();
    return Arrays.stream(table.fields())
        .filter(f -> identity == null || !f.equals(identity.getField()))
        .toList();
  }
}
