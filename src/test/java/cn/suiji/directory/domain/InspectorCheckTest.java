package cn.suiji.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.ids.IdNumber;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InspectorCheckTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  private static final String ID = "11010519491231002X";
  private static final List<Department> DEPARTMENTS = List.of(
      new Department(1L, "SCJGJ", "县市场监督管理局", "崇市监", 1),
      new Department(2L, "WJJ", "县卫生健康局", "崇卫", 2));
  private static final InspectorCheck.Context CONTEXT = new InspectorCheck.Context(DEPARTMENTS, "SCJGJ",
      Map.of("SCJGJ", Set.of("SX-SCJGJ-01", "SX-SCJGJ-02", "SX-SCJGJ-03")), TODAY);

  /** A valid row; {@code changes} alternate field, text. */
  private static Map<InspectorField, String> row(Object... changes) {
    Map<InspectorField, String> cells = new EnumMap<>(InspectorField.class);
    cells.put(InspectorField.NAME, "王芳");
    cells.put(InspectorField.ID_NUMBER, ID);
    cells.put(InspectorField.CERT_NO, "62082301001");
    cells.put(InspectorField.CERT_EXPIRY, "2027-12-31");
    for (int i = 0; i < changes.length; i += 2) {
      cells.put((InspectorField) changes[i], (String) changes[i + 1]);
    }
    return cells;
  }

  private static InspectorCheck.Result check(Map<InspectorField, String> cells) {
    return InspectorCheck.check(7, f -> cells.getOrDefault(f, ""), CONTEXT);
  }

  private static Inspector ok(Object... changes) {
    InspectorCheck.Result r = check(row(changes));
    assertThat(r.problem()).as("problem").isNull();
    return r.inspector();
  }

  private static InspectorProblem refused(Object... changes) {
    InspectorCheck.Result r = check(row(changes));
    assertThat(r.ok()).isFalse();
    assertThat(r.problem().row()).isEqualTo(7);
    return r.problem();
  }

  private static String withCheck(String first17) {
    return first17 + IdNumber.checkChar(first17);
  }

  @Test
  void aPlainRowGivesTheInspectorWithDefaults() {
    Inspector i = ok();
    assertThat(i.key()).isNull();
    assertThat(i.departmentCode()).isEqualTo("SCJGJ");
    assertThat(i.idNumber()).isEqualTo(ID);
    assertThat(i.gender()).as("17th digit 2 is even").isEqualTo(Gender.FEMALE);
    assertThat(i.status()).isEqualTo(InspectorStatus.ON_DUTY);
    assertThat(i.certExpiry()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(i.itemCodes()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "11010519491231002x",
      "１１０１０５１９４９１２３１００２Ｘ",
      "' 110105 19491231 002X '",
      "110105-19491231-002X",
      "110105\u300019491231\u3000002X",
  })
  void idNumbersAreNormalisedBeforeTheyAreChecked(String raw) {
    assertThat(ok(InspectorField.ID_NUMBER, raw).idNumber()).isEqualTo(ID);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "110105194912310021|ids.idNumber.check",
      "1101051949123100|ids.idNumber.length",
      "11010519491231002Y|ids.idNumber.character",
      "1101051949A231002X|ids.idNumber.character",
  })
  void badIdNumbersAreRefusedWithTheirReason(String raw, String key) {
    InspectorProblem p = refused(InspectorField.ID_NUMBER, raw);
    assertThat(p.field()).isEqualTo(InspectorField.ID_NUMBER);
    assertThat(p.key()).isEqualTo(key);
  }

  @Test
  void anIdNumberWithoutARealBirthDateIsRefusedEvenWithAGoodCheckCharacter() {
    assertThat(refused(InspectorField.ID_NUMBER, withCheck("11010519490231002")).key()).isEqualTo("ids.idNumber.birthDate");
    assertThat(refused(InspectorField.ID_NUMBER, withCheck("11010519491301002")).key()).isEqualTo("ids.idNumber.birthDate");
    assertThat(refused(InspectorField.ID_NUMBER, withCheck("11010520260701002")).key())
        .as("born after today").isEqualTo("ids.idNumber.birthDate");
    assertThat(ok(InspectorField.ID_NUMBER, withCheck("11010520000229001")).idNumber()).as("a leap day").isNotNull();
  }

  @Test
  void theProblemNeverCarriesTheFullIdNumber() {
    InspectorProblem p = refused(InspectorField.ID_NUMBER, "110105194912310021");
    assertThat(p.args()[0]).isEqualTo("**************0021");
  }

  @Test
  void anEmptyIdNumberIsAllowedAndLeavesTheGenderAsGiven() {
    Inspector i = ok(InspectorField.ID_NUMBER, " ", InspectorField.GENDER, "男");
    assertThat(i.idNumber()).isNull();
    assertThat(i.gender()).isEqualTo(Gender.MALE);
  }

  @Test
  void theGenderMustAgreeWithTheIdNumber() {
    assertThat(ok(InspectorField.GENDER, "女").gender()).isEqualTo(Gender.FEMALE);
    InspectorProblem p = refused(InspectorField.GENDER, "男");
    assertThat(p.field()).isEqualTo(InspectorField.GENDER);
    assertThat(p.key()).isEqualTo("directory.inspector.invalid.genderMismatch");
    String male = withCheck("62082319800101001");
    assertThat(ok(InspectorField.ID_NUMBER, male).gender()).isEqualTo(Gender.MALE);
    assertThat(refused(InspectorField.GENDER, "男人").key()).isEqualTo("directory.inspector.invalid.gender");
  }

  @Test
  void theNameIsRequiredAndAtMostFiftyCharacters() {
    assertThat(refused(InspectorField.NAME, "\u3000").key()).isEqualTo("directory.inspector.invalid.nameMissing");
    assertThat(ok(InspectorField.NAME, "欧".repeat(50)).name()).hasSize(50);
    InspectorProblem p = refused(InspectorField.NAME, "欧".repeat(51));
    assertThat(p.key()).isEqualTo("directory.inspector.invalid.tooLong");
    assertThat(p.args()).containsExactly("姓名", 50);
  }

  @Test
  void theKeyIsUpperCasedAndLimitedToLettersDigitsHyphenAndUnderscore() {
    assertThat(ok(InspectorField.KEY, " scjgj-007 ").key()).isEqualTo("SCJGJ-007");
    assertThat(ok(InspectorField.KEY, "０１２").key()).isEqualTo("012");
    assertThat(refused(InspectorField.KEY, "王-1").key()).isEqualTo("directory.inspector.invalid.key");
    assertThat(refused(InspectorField.KEY, "A".repeat(41)).key()).isEqualTo("directory.inspector.invalid.key");
  }

  @Test
  void theCertificateNumberIsRequiredAndCompacted() {
    assertThat(refused(InspectorField.CERT_NO, "").key()).isEqualTo("directory.inspector.invalid.certNoMissing");
    assertThat(ok(InspectorField.CERT_NO, " 6208 2301 001 ").certNo()).isEqualTo("62082301001");
    assertThat(ok(InspectorField.CERT_NO, "甘执法ａ0001").certNo()).isEqualTo("甘执法A0001");
    assertThat(refused(InspectorField.CERT_NO, "A1").key()).isEqualTo("directory.inspector.invalid.certNo");
    assertThat(refused(InspectorField.CERT_NO, "6208/2301").key()).isEqualTo("directory.inspector.invalid.certNo");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2019-03-05|2019-03-05",
      "2019/03/05|2019-03-05",
      "2019年3月5日|2019-03-05",
      "43529|2019-03-05",
      "43529.0|2019-03-05",
      "20190305|2019-03-05",
  })
  void theExpiryIsReadFromTextOrAnExcelSerial(String raw, LocalDate expected) {
    assertThat(ok(InspectorField.CERT_EXPIRY, raw).certExpiry()).isEqualTo(expected);
  }

  @Test
  void aMissingOrUnreadableExpiryIsRefused() {
    assertThat(refused(InspectorField.CERT_EXPIRY, "").key()).isEqualTo("directory.inspector.invalid.certExpiryMissing");
    InspectorProblem p = refused(InspectorField.CERT_EXPIRY, "2019年2月30日");
    assertThat(p.key()).isEqualTo("directory.inspector.invalid.date");
    assertThat(p.args()).containsExactly("2019年2月30日");
    assertThat(refused(InspectorField.CERT_EXPIRY, "长期").key()).isEqualTo("directory.inspector.invalid.date");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''|ON_DUTY", "在岗|ON_DUTY", "借调|SECONDED", "休假|ON_LEAVE", "停用|DISABLED", "on_leave|ON_LEAVE", "' 停用 '|DISABLED",
  })
  void theStatusIsOneOfTheFour(String raw, InspectorStatus expected) {
    assertThat(ok(InspectorField.STATUS, raw).status()).isEqualTo(expected);
  }

  @Test
  void anUnknownStatusIsRefused() {
    assertThat(refused(InspectorField.STATUS, "出差").key()).isEqualTo("directory.inspector.invalid.status");
  }

  @Test
  void theDepartmentIsFoundByNameOrCode() {
    assertThat(ok(InspectorField.DEPARTMENT, "县卫生健康局").departmentCode()).isEqualTo("WJJ");
    assertThat(ok(InspectorField.DEPARTMENT, "wjj").departmentCode()).isEqualTo("WJJ");
    InspectorProblem p = refused(InspectorField.DEPARTMENT, "县教育局");
    assertThat(p.key()).isEqualTo("directory.inspector.invalid.department");
    InspectorCheck.Context noDefault = new InspectorCheck.Context(DEPARTMENTS, null, Map.of(), TODAY);
    Map<InspectorField, String> cells = row();
    assertThat(InspectorCheck.check(3, f -> cells.getOrDefault(f, ""), noDefault).problem().key())
        .isEqualTo("directory.inspector.invalid.departmentMissing");
    InspectorCheck.Context one = new InspectorCheck.Context(DEPARTMENTS.subList(0, 1), null, Map.of(), TODAY);
    assertThat(InspectorCheck.check(3, f -> cells.getOrDefault(f, ""), one).inspector().departmentCode())
        .isEqualTo("SCJGJ");
  }

  @Test
  void itemCodesAreSplitOnEveryUsualSeparatorAndCheckedAgainstTheDepartment() {
    assertThat(ok(InspectorField.ITEMS, "SX-SCJGJ-03、SX-SCJGJ-01，sx-scjgj-02; SX-SCJGJ-01；").itemCodes())
        .containsExactly("SX-SCJGJ-01", "SX-SCJGJ-02", "SX-SCJGJ-03");
    InspectorProblem p = refused(InspectorField.ITEMS, "SX-SCJGJ-01、SX-WJJ-01");
    assertThat(p.key()).isEqualTo("directory.inspector.invalid.item");
    assertThat(p.args()[0]).isEqualTo("SX-WJJ-01");
    assertThat(refused(InspectorField.DEPARTMENT, "WJJ", InspectorField.ITEMS, "SX-WJJ-01").key())
        .isEqualTo("directory.inspector.invalid.noItems");
  }

  @Test
  void thePhoneIsKeptAsWritten() {
    assertThat(ok(InspectorField.PHONE, " 0931-8123456 转 8001 ").phone()).isEqualTo("0931-8123456 转 8001");
    assertThat(ok(InspectorField.PHONE, "13993312345").phone()).isEqualTo("13993312345");
  }

  @Test
  void theEditorGetsTheFirstProblemOfEveryField() {
    Map<InspectorField, String> cells = row(InspectorField.NAME, "", InspectorField.ID_NUMBER, "110105194912310021",
        InspectorField.CERT_EXPIRY, "明年");
    Map<InspectorField, SuijiException> problems = InspectorCheck.problems(f -> cells.getOrDefault(f, ""), CONTEXT);
    assertThat(problems).containsOnlyKeys(InspectorField.NAME, InspectorField.ID_NUMBER, InspectorField.CERT_EXPIRY);
    assertThat(problems.get(InspectorField.ID_NUMBER).key()).isEqualTo("ids.idNumber.check");
    Map<InspectorField, String> good = row();
    assertThat(InspectorCheck.problems(f -> good.getOrDefault(f, ""), CONTEXT)).isEmpty();
  }

  @Test
  void aStoredInspectorReadsBackToItselfThroughItsTexts() {
    Inspector i = ok(InspectorField.KEY, "SCJGJ-001", InspectorField.ITEMS, "SX-SCJGJ-01、SX-SCJGJ-02",
        InspectorField.STATUS, "借调", InspectorField.POST, "科员", InspectorField.AREA, "城关", InspectorField.PHONE, "139");
    InspectorCheck.Result again = InspectorCheck.check(1, f -> InspectorCheck.textOf(i, f), CONTEXT);
    assertThat(again.inspector()).isEqualTo(i);
  }

  @Test
  void maskingShowsOnlyTheLastFourCharacters() {
    assertThat(Inspector.mask(ID)).isEqualTo("**************002X").hasSize(18);
    assertThat(Inspector.mask(null)).isEmpty();
    assertThat(ok().maskedIdNumber()).isEqualTo("**************002X");
    assertThat(ok().toString()).doesNotContain(ID).contains("**************002X");
    assertThat(InspectorCheck.isMasked("**************002X")).isTrue();
    assertThat(InspectorCheck.isMasked("＊＊＊＊002X")).isTrue();
    assertThat(InspectorCheck.isMasked(ID)).isFalse();
  }

  @Test
  void certificateStatesChangeAtTheirBoundaries() {
    assertThat(CertState.of(TODAY.minusDays(1), TODAY)).isEqualTo(CertState.EXPIRED);
    assertThat(CertState.of(TODAY, TODAY)).as("valid through its last day").isEqualTo(CertState.EXPIRING);
    assertThat(CertState.of(TODAY.plusDays(30), TODAY)).isEqualTo(CertState.EXPIRING);
    assertThat(CertState.of(TODAY.plusDays(31), TODAY)).isEqualTo(CertState.VALID);
    assertThat(CertState.of(null, TODAY)).isEqualTo(CertState.MISSING);
    assertThat(ok(InspectorField.CERT_EXPIRY, "2026-07-30").certState(TODAY)).isEqualTo(CertState.EXPIRING);
  }
}
