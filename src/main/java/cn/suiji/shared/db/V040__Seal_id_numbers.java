package cn.suiji.shared.db;

import cn.suiji.shared.ids.IdSeal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Seals the inspectors' ID numbers an older file stores in plain text (docs/decisions/0029):
 * each becomes {@code id_sealed} and {@code id_fingerprint} under the key beside the file, and
 * {@code id_number} is emptied — in Flyway's transaction, so the file changes whole or not at
 * all. A Java migration because the key is outside the database; the schema is V039's.
 * {@link #sealed()} tells the caller whether the file must be compacted afterwards, so that the
 * pages that held the numbers are gone too.
 */
@SuppressWarnings("checkstyle:TypeName")
final class V040__Seal_id_numbers extends BaseJavaMigration {
  private final IdSeal seal;
  private int sealed;

  V040__Seal_id_numbers(IdSeal seal) {
    this.seal = seal;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("40");
  }

  @Override
  public String getDescription() {
    return "Seal id numbers";
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    Map<Long, String> plain = new LinkedHashMap<>();
    try (PreparedStatement read = c.prepareStatement("SELECT id, id_number FROM inspector WHERE id_number IS NOT NULL");
        ResultSet rs = read.executeQuery()) {
      while (rs.next()) {
        plain.put(rs.getLong(1), rs.getString(2));
      }
    }
    try (PreparedStatement write = c.prepareStatement(
        "UPDATE inspector SET id_sealed = ?, id_fingerprint = ?, id_number = NULL WHERE id = ?")) {
      for (Map.Entry<Long, String> e : plain.entrySet()) {
        write.setString(1, seal.seal(e.getValue()));
        write.setString(2, seal.fingerprint(e.getValue()));
        write.setLong(3, e.getKey());
        write.addBatch();
      }
      write.executeBatch();
    }
    sealed = plain.size();
  }

  /** How many ID numbers this migration sealed (0 before it ran). */
  int sealed() {
    return sealed;
  }
}
