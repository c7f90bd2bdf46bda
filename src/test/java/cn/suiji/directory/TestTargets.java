package cn.suiji.directory;

import static cn.suiji.shared.db.generated.Tables.TARGET;

import cn.suiji.directory.data.DepartmentRepository;
import cn.suiji.directory.data.TargetHistoryRepository;
import cn.suiji.directory.data.TargetRepository;
import cn.suiji.directory.service.TargetEditService;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.audit.data.AuditRepository;
import cn.suiji.shared.ids.Uscc;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;

/** Targets written straight to the table (as the import or any SQL would), for the search tests. */
public final class TestTargets {
  private static final AtomicLong KEY = new AtomicLong();

  private TestTargets() {}

  /** Inserts a target; {@code flags} is "" or contains 'a' (abnormal) and/or 's' (serious). */
  public static long insert(DSLContext dsl, String name, String uscc, String regNo, String legalRep, String township,
      String industry, String kind, String status, String flags, String risk) {
    return dsl.insertInto(TARGET)
        .set(TARGET.OBJECT_KEY, "T-" + KEY.incrementAndGet())
        .set(TARGET.NAME, name)
        .set(TARGET.USCC, uscc)
        .set(TARGET.REG_NO, regNo)
        .set(TARGET.LEGAL_REP, legalRep)
        .set(TARGET.TOWNSHIP, township)
        .set(TARGET.INDUSTRY_CODE, industry)
        .set(TARGET.INDUSTRY_NAME, industry == null ? null : "行业" + industry)
        .set(TARGET.KIND, kind)
        .set(TARGET.STATUS, status)
        .set(TARGET.ABNORMAL, flags.contains("a"))
        .set(TARGET.SERIOUS_VIOLATION, flags.contains("s"))
        .set(TARGET.RISK_CLASS, risk)
        .set(TARGET.UPDATED_AT, OffsetDateTime.now())
        .returningResult(TARGET.ID).fetchOne(TARGET.ID);
  }

  /** The edit service on {@code dsl}, auditing as user 测试员. */
  public static TargetEditService editService(DSLContext dsl) {
    return new TargetEditService(dsl, new TargetRepository(), new DepartmentRepository(), new TargetHistoryRepository(),
        new Auditor(new AuditRepository(), Clock.systemDefaultZone(), () -> "测试员"), Clock.systemDefaultZone());
  }

  /** A valid credit code: {@code first17} plus its check character. */
  public static String uscc(String first17) {
    return first17 + Uscc.checkChar(first17);
  }

  /** A small directory: six targets with distinct names, codes, townships and flags. */
  public static void sample(DSLContext dsl) {
    insert(dsl, "崇信县华鑫商贸有限公司", "91620823MA71A2B3C4", null, "王建国", "城关镇", "F5211", "ENTERPRISE", "OPERATING", "", "A");
    insert(dsl, "崇信县鑫源副食店", "92620823MA71XYZ00K", null, "李秀英", "城关镇", "F5221", "INDIVIDUAL", "EXISTING", "a", "C");
    insert(dsl, "锦屏镇华鑫农民专业合作社", "93620823MA72AAAA0A", null, "张伟", "锦屏镇", "A0111", "COOPERATIVE", "OPERATING", "", "B");
    insert(dsl, "崇信县张伟餐饮店", null, "620823600012345", "张伟", "城关镇", "H6210", "INDIVIDUAL", "CANCELLED", "as", "D");
    insert(dsl, "=1+1 商行", "91620823MA73BBBB1B", null, "赵六", "黄花乡", "F5211", "ENTERPRISE", "REVOKED", "s", null);
    insert(dsl, "崇信县100%纯净水厂", "91620823MA74CCCC2C", null, "钱_七", "黄花乡", "C1522", "ENTERPRISE", "OPERATING", "", "A");
  }
}
