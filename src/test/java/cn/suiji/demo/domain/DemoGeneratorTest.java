package cn.suiji.demo.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.demo.domain.DemoCounty.Inspector;
import cn.suiji.demo.domain.DemoCounty.Target;
import cn.suiji.directory.domain.InspectorStatus;
import cn.suiji.directory.domain.RiskClass;
import cn.suiji.directory.domain.TargetKind;
import cn.suiji.shared.ids.IdNumber;
import cn.suiji.shared.ids.RegNo;
import cn.suiji.shared.ids.Uscc;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoGeneratorTest {
  private static DemoCounty county;

  @BeforeAll
  static void generate() {
    county = DemoGenerator.generate(DemoGenerator.DEFAULT_SEED);
  }

  @Test
  void theSameSeedGivesTheSameCounty() {
    assertThat(DemoGenerator.generate(42, 2_000)).isEqualTo(DemoGenerator.generate(42, 2_000));
    assertThat(DemoGenerator.generate(42, 2_000).targets())
        .isNotEqualTo(DemoGenerator.generate(43, 2_000).targets());
  }

  @Test
  void makesTheCountyOfTheBrief() {
    assertThat(county.name()).isEqualTo("青岚县");
    assertThat(county.townships()).hasSize(10).startsWith("城关镇");
    assertThat(county.departments()).extracting(DemoCounty.Department::code)
        .containsExactly("SCJGJ", "WJJ", "WLJ", "YJJ", "SHJ", "JYJ");
    assertThat(county.departments()).extracting(DemoCounty.Department::docPrefix)
        .containsExactly("青市监", "青卫健", "青文旅", "青应急", "青环", "青教");
    assertThat(county.items()).hasSizeBetween(75, 90);
    assertThat(county.targets()).hasSize(DemoGenerator.TARGETS);
    assertThat(county.inspectors()).hasSize(60);
    assertThat(county.recusals()).hasSize(15);
    assertThat(county.rules()).hasSize(6);
    assertThat(county.plans()).hasSize(6).allSatisfy(p -> assertThat(p.tasks()).hasSizeBetween(2, 4));
  }

  @Test
  void everyIdentifierValidates() {
    assertThat(county.targets()).allSatisfy(t -> {
      assertThat(Uscc.validate(t.uscc()).isValid()).as(t.uscc()).isTrue();
      assertThat(t.objectKey()).isEqualTo(t.uscc());
      if (t.regNo() != null) {
        assertThat(RegNo.validate(t.regNo()).isValid()).as(t.regNo()).isTrue();
      }
    });
    assertThat(county.inspectors()).allSatisfy(
        i -> assertThat(IdNumber.validate(i.idNumber(), DemoGenerator.REFERENCE_DATE).isValid()).isTrue());
    assertThat(county.targets().stream().filter(t -> t.regNo() != null).count()).isBetween(3_000L, 8_000L);
  }

  @Test
  void usccsMatchTheKindAndTheArea() {
    assertThat(county.targets()).allSatisfy(t -> {
      String expected = switch (t.kind()) {
        case ENTERPRISE -> "91";
        case INDIVIDUAL -> "92";
        case COOPERATIVE -> "93";
        default -> "52";
      };
      assertThat(t.uscc()).startsWith(expected + county.areaCode());
    });
  }

  @Test
  void namesCodesAndKeysAreUnique() {
    assertThat(county.targets().stream().map(Target::name).distinct().count()).isEqualTo(county.targets().size());
    assertThat(county.targets().stream().map(Target::uscc).distinct().count()).isEqualTo(county.targets().size());
    assertThat(county.targets().stream().map(Target::regNo).filter(Objects::nonNull).distinct().count())
        .isEqualTo(county.targets().stream().filter(t -> t.regNo() != null).count());
    assertThat(county.inspectors().stream().map(Inspector::certNo).distinct().count()).isEqualTo(60);
    assertThat(county.inspectors().stream().map(Inspector::key).distinct().count()).isEqualTo(60);
    assertThat(county.items().stream().map(DemoCounty.Item::code).distinct().count()).isEqualTo(county.items().size());
  }

  @Test
  void kindsStatusesListsAndRiskClassesAreInRealisticProportions() {
    Map<TargetKind, Long> kinds = count(Target::kind);
    double n = county.targets().size();
    assertThat(kinds.get(TargetKind.INDIVIDUAL) / n).isBetween(0.64, 0.72);
    assertThat(kinds.get(TargetKind.ENTERPRISE) / n).isBetween(0.22, 0.30);
    assertThat(kinds.get(TargetKind.COOPERATIVE) / n).isBetween(0.03, 0.07);
    assertThat(kinds.get(TargetKind.OTHER_ORG) / n).isBetween(0.005, 0.02);
    assertThat(share(t -> t.status().inBusiness())).isBetween(0.88, 0.95);
    assertThat(share(Target::abnormal)).isBetween(0.02, 0.04);
    assertThat(share(Target::seriousViolation)).isBetween(0.002, 0.009);
    Map<RiskClass, Long> risk = county.targets().stream().filter(t -> t.riskClass() != null)
        .collect(Collectors.groupingBy(Target::riskClass, Collectors.counting()));
    assertThat(risk.get(RiskClass.A)).isGreaterThan(risk.get(RiskClass.B));
    assertThat(risk.get(RiskClass.B)).isGreaterThan(risk.get(RiskClass.C));
    assertThat(risk.get(RiskClass.C)).isGreaterThan(risk.get(RiskClass.D));
    assertThat(county.targets()).allSatisfy(t -> assertThat(t.phone()).matches("1\\d{10}"));
    assertThat(count(Target::township).get("城关镇")).isGreaterThan(count(Target::township).get("白杨乡") * 3);
  }

  @Test
  void targetsAreInTheDirectoriesWhoseItemsFitThem() {
    assertThat(county.targets()).allSatisfy(t -> assertThat(t.departments()).startsWith("SCJGJ"));
    assertThat(county.targets()).filteredOn(t -> t.industryCode().startsWith("62"))
        .isNotEmpty().allSatisfy(t -> assertThat(t.departments()).contains("WJJ"));
    assertThat(county.targets()).filteredOn(t -> t.industryCode().startsWith("47"))
        .isNotEmpty().allSatisfy(t -> assertThat(t.departments()).contains("YJJ", "SHJ"));
    assertThat(county.targets()).filteredOn(t -> t.industryCode().equals("7291") || t.industryCode().equals("9013"))
        .isNotEmpty().allSatisfy(t -> assertThat(t.departments()).contains("WLJ"));
    assertThat(county.targets()).filteredOn(t -> t.industryCode().startsWith("83"))
        .isNotEmpty().allSatisfy(t -> assertThat(t.departments()).contains("JYJ"));
    assertThat(county.targets()).filteredOn(t -> t.industryCode().equals("5211"))
        .allSatisfy(t -> assertThat(t.departments()).containsExactly("SCJGJ"));
  }

  @Test
  void inspectorsAreMostlyOnDutyWithSomeCertificatesExpiredOrExpiringSoon() {
    var ref = DemoGenerator.REFERENCE_DATE;
    long onDuty = county.inspectors().stream().filter(i -> i.status() == InspectorStatus.ON_DUTY).count();
    assertThat(onDuty).isBetween(45L, 56L);
    assertThat(county.inspectors()).extracting(Inspector::status).contains(InspectorStatus.values());
    assertThat(county.inspectors()).filteredOn(i -> i.certExpiry().isBefore(ref)).hasSizeBetween(2, 5);
    assertThat(county.inspectors()).filteredOn(i -> !i.certExpiry().isBefore(ref) && i.certExpiry().isBefore(ref.plusDays(30)))
        .hasSizeBetween(2, 5);
    assertThat(county.inspectors()).allSatisfy(i -> {
      assertThat(i.key()).matches(i.departmentCode() + "-\\d{3}");
      assertThat(i.itemCodes()).isNotEmpty().allSatisfy(c -> assertThat(c).startsWith("SX-" + i.departmentCode() + "-"));
    });
    for (DemoCounty.Department d : county.departments()) {
      assertThat(county.inspectors()).filteredOn(i -> i.departmentCode().equals(d.code())
          && i.status() == InspectorStatus.ON_DUTY && i.certExpiry().isAfter(ref.plusDays(30))).hasSizeGreaterThanOrEqualTo(4);
    }
  }

  @Test
  void recusalsPairInspectorsWithTargetsOfTheirDirectory() {
    Map<String, Target> targets = county.targets().stream().collect(Collectors.toMap(Target::objectKey, t -> t));
    Map<String, Inspector> inspectors = county.inspectors().stream().collect(Collectors.toMap(Inspector::key, i -> i));
    assertThat(county.recusals()).allSatisfy(r -> {
      assertThat(targets.get(r.targetKey()).departments()).contains(inspectors.get(r.inspectorKey()).departmentCode());
      assertThat(r.note()).isNotBlank();
    });
    assertThat(county.recusals())
        .filteredOn(r -> targets.get(r.targetKey()).legalRep().equals(inspectors.get(r.inspectorKey()).name()))
        .hasSizeGreaterThanOrEqualTo(DemoGenerator.SAME_NAME_RECUSALS);
  }

  private static <K> Map<K, Long> count(Function<Target, K> key) {
    return county.targets().stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }

  private static double share(Predicate<Target> p) {
    return county.targets().stream().filter(p).count() / (double) county.targets().size();
  }
}
