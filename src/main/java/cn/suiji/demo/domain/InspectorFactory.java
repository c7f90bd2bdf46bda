package cn.suiji.demo.domain;

import cn.suiji.demo.domain.CountyFacts.Dept;
import cn.suiji.demo.domain.DemoCounty.Inspector;
import cn.suiji.demo.domain.DemoCounty.Item;
import cn.suiji.demo.domain.DemoCounty.Recusal;
import cn.suiji.demo.domain.DemoCounty.Target;
import cn.suiji.directory.domain.InspectorStatus;
import cn.suiji.directory.domain.ItemClass;
import cn.suiji.directory.domain.RecusalReason;
import cn.suiji.directory.domain.RecusalSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Invents the inspector directory and the recusal pairs. The first four inspectors of every
 * department are on duty with valid certificates and every item, so each department can always
 * staff a draw; among the others a few are on leave, seconded or disabled, a few certificates
 * have expired and a few expire within 30 days of {@link DemoGenerator#REFERENCE_DATE}.
 */
final class InspectorFactory {
  private static final int ALWAYS_READY = 4;
  private static final List<String> BIRTH_AREAS =
      List.of("620823", "620823", "620823", "620802", "620821", "620822", "620825", "620826");
  private static final List<String> DECLARED_KIN = List.of("其配偶经营该户", "其兄弟系该企业股东", "其子女在该单位任职");
  private static final List<String> DECLARED_FORMER = List.of("曾在该单位任职", "曾为该企业提供兼职服务");
  private static final List<String> DECLARED_INTEREST = List.of("与该单位存在借贷关系", "其亲属持有该企业股份");
  private static final String DECLARED_OTHER = "本人申请回避，经分管领导批准";
  private static final List<String> OFFICES = List.copyOf(new TreeSet<>(CountyFacts.JURISDICTION.values()));
  private static final String FOUND_NAME = "法定代表人与该检查人员同名，经核实系其近亲属";

  private final Pick pick;
  private final Names names;
  private final List<String> posts;

  InspectorFactory(Catalog catalog, Pick pick, Names names) {
    this.pick = pick;
    this.names = names;
    this.posts = catalog.words("posts");
  }

  List<Inspector> make(List<Item> items) {
    List<Inspector> all = new ArrayList<>();
    Set<String> usedNames = new HashSet<>();
    List<Integer> spare = new ArrayList<>();
    for (int d = 0; d < CountyFacts.DEPARTMENTS.size(); d++) {
      Dept dept = CountyFacts.DEPARTMENTS.get(d);
      List<Item> own = items.stream().filter(i -> i.departmentCode().equals(dept.code())).toList();
      for (int n = 1; n <= dept.inspectors(); n++) {
        boolean ready = n <= ALWAYS_READY;
        if (!ready) {
          spare.add(all.size());
        }
        all.add(inspector(dept, d + 1, n, ready, own, usedNames));
      }
    }
    return special(all, spare);
  }

  private Inspector inspector(Dept dept, int deptNo, int n, boolean ready, List<Item> own, Set<String> usedNames) {
    boolean male = pick.chance(0.65);
    String name = names.person(male);
    while (!usedNames.add(name)) {
      name = names.person(male);
    }
    LocalDate birth = pick.date(LocalDate.of(1968, 1, 1), LocalDate.of(1998, 12, 31));
    int last = pick.between(0, 4) * 2 + (male ? 1 : 0);
    String idNumber = Identifiers.idNumber(pick.one(BIRTH_AREAS), birth, pick.digits(2) + last);
    List<String> itemCodes = own.stream()
        .filter(i -> ready || i.itemClass() == ItemClass.GENERAL || pick.chance(0.7))
        .map(Item::code).toList();
    String area = dept.code().equals(CountyFacts.MAIN_DEPARTMENT)
        ? pick.one(OFFICES)
        : "全县";
    return new Inspector(String.format("%s-%03d", dept.code(), n), dept.code(), name, male ? "M" : "F", idNumber,
        pick.one(posts), dept.field(), String.format("%s%02d%04d", CountyFacts.AREA_CODE, deptNo, n),
        pick.date(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31)), area, InspectorStatus.ON_DUTY,
        pick.mobile(), itemCodes);
  }

  /** Gives some of the spare inspectors another status or a certificate that has run out or soon will. */
  private List<Inspector> special(List<Inspector> all, List<Integer> spare) {
    List<Integer> chosen = pick.sample(spare, 14);
    LocalDate ref = DemoGenerator.REFERENCE_DATE;
    for (int i = 0; i < chosen.size(); i++) {
      int at = chosen.get(i);
      Inspector x = all.get(at);
      InspectorStatus status = i < 3 ? InspectorStatus.ON_LEAVE
          : i < 6 ? InspectorStatus.SECONDED : i < 8 ? InspectorStatus.DISABLED : x.status();
      LocalDate expiry = i >= 8 && i < 11 ? pick.date(ref.minusMonths(8), ref.minusDays(10))
          : i >= 11 ? pick.date(ref.plusDays(1), ref.plusDays(29)) : x.certExpiry();
      all.set(at, new Inspector(x.key(), x.departmentCode(), x.name(), x.gender(), x.idNumber(), x.post(),
          x.enforcementField(), x.certNo(), expiry, x.area(), status, x.phone(), x.itemCodes()));
    }
    return all;
  }

  /**
   * {@code count} recusal pairs between inspectors and targets in the inspector's department's
   * directory; for the first {@code sameName} the target's legal representative is given the
   * inspector's name (the target in {@code targets} is replaced) and the pair is marked found.
   */
  List<Recusal> recusals(List<Inspector> inspectors, List<Target> targets, int count, int sameName) {
    Map<String, List<Integer>> directory = new HashMap<>();
    for (int at = 0; at < targets.size(); at++) {
      Target t = targets.get(at);
      if (t.status().inBusiness()) {
        for (String d : t.departments()) {
          directory.computeIfAbsent(d, k -> new ArrayList<>()).add(at);
        }
      }
    }
    List<Inspector> found = pick.sample(inspectors, sameName);
    List<Recusal> recusals = new ArrayList<>();
    Set<String> pairs = new HashSet<>();
    while (recusals.size() < count) {
      boolean byName = recusals.size() < sameName;
      Inspector inspector = byName ? found.get(recusals.size()) : pick.one(inspectors);
      int at = pick.one(directory.get(inspector.departmentCode()));
      Target target = targets.get(at);
      if (!pairs.add(inspector.key() + "\t" + target.objectKey())) {
        continue;
      }
      if (byName) {
        targets.set(at, target.withLegalRep(inspector.name()));
        recusals.add(new Recusal(inspector.key(), target.objectKey(), RecusalReason.KIN, RecusalSource.FOUND,
            FOUND_NAME));
      } else {
        recusals.add(declared(inspector.key(), target.objectKey()));
      }
    }
    return recusals;
  }

  private Recusal declared(String inspectorKey, String targetKey) {
    RecusalReason reason = pick.one(List.of(RecusalReason.values()));
    String note = switch (reason) {
      case KIN -> pick.one(DECLARED_KIN);
      case FORMER_EMPLOYMENT -> pick.one(DECLARED_FORMER);
      case INTEREST -> pick.one(DECLARED_INTEREST);
      case OTHER -> DECLARED_OTHER;
    };
    return new Recusal(inspectorKey, targetKey, reason, RecusalSource.DECLARED, note);
  }
}
