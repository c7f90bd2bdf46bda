package cn.suiji.admin.data;

import static cn.suiji.shared.db.generated.Tables.APP_SETTING;

import java.util.Optional;
import org.jooq.DSLContext;

/** Named settings of this installation. */
public final class SettingsRepository {
  public Optional<String> get(DSLContext dsl, String name) {
    return dsl.select(APP_SETTING.SETTING).from(APP_SETTING).where(APP_SETTING.NAME.eq(name)).fetchOptional(APP_SETTING.SETTING);
  }

  public void put(DSLContext tx, String name, String value) {
    tx.mergeInto(APP_SETTING)
        .using(tx.selectOne())
        .on(APP_SETTING.NAME.eq(name))
        .whenMatchedThenUpdate().set(APP_SETTING.SETTING, value)
        .whenNotMatchedThenInsert(APP_SETTING.NAME, APP_SETTING.SETTING).values(name, value)
        .execute();
  }
}
