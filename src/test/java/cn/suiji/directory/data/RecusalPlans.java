package cn.suiji.directory.data;

import org.jooq.DSLContext;
import org.jooq.conf.ParamType;
import org.jspecify.annotations.Nullable;

/** H2's plan of the same-name check, for tests that must see it use the legal-representative index. */
public final class RecusalPlans {
  private RecusalPlans() {}

  public static String sameNamePlan(DSLContext dsl, @Nullable Long departmentId) {
    String sql = new RecusalRepository().legalRepQuery(dsl, departmentId, 1000).getSQL(ParamType.INLINED);
    return dsl.fetchOne("EXPLAIN " + sql).get(0, String.class);
  }
}
