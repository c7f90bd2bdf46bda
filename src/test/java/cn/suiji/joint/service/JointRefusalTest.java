package cn.suiji.joint.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.inspection.domain.InspectionResult;
import cn.suiji.inspection.domain.PresentInspector;
import cn.suiji.inspection.domain.ResultDraft;
import cn.suiji.inspection.domain.VerificationMethod;
import cn.suiji.joint.domain.JointOutcome;
import cn.suiji.joint.domain.JointResult;
import cn.suiji.joint.remote.JointJson;
import cn.suiji.joint.remote.JointPackage;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every refusal of a joint package, each in a sentence naming what is wrong, with nothing saved:
 * a changed byte, a draw record that no longer recomputes, a package for another department, a
 * department that is not the task's partner, a result for a target not in the draw; and a
 * conflict reported, the lead's own result kept.
 */
class JointRefusalTest {
  @TempDir
  Path dir;

  @Test
  void aChangedByteInTheDrawRecordIsRefusedNamingTheFile() throws Exception {
    try (JointFixture f = new JointFixture(dir)) {
      Path zip = taskPackage(f);
      Path tampered = dir.resolve("tampered.zip");
      rewrite(zip, tampered, JointJson.RECORD, s -> flipAfter(s, "\"seed\""));
      assertRefused(() -> f.partner.joint().importPackage(tampered, JointFixture.PARTNER), JointJson.RECORD);
      assertNothingReceived(f);
    }
  }

  @Test
  void aDrawRecordThatNoLongerRecomputesIsRefusedEvenWithItsManifestRewritten() throws Exception {
    try (JointFixture f = new JointFixture(dir)) {
      JointPackage.Opened opened = JointPackage.read(taskPackage(f));
      Map<String, byte[]> files = new LinkedHashMap<>(opened.files());
      String record = new String(files.get(JointJson.RECORD), StandardCharsets.UTF_8);
      files.put(JointJson.RECORD, flipAfter(record, "\"seed\"").getBytes(StandardCharsets.UTF_8));
      Path forged = dir.resolve("forged.zip");
      JointPackage.write(forged, opened.header(), files);
      assertRefused(() -> f.partner.joint().importPackage(forged, JointFixture.PARTNER), JointJson.RECORD);
      assertNothingReceived(f);
    }
  }

  @Test
  void aPackageForAnotherDepartmentIsRefused() throws Exception {
    try (JointFixture f = new JointFixture(dir)) {
      Path zip = taskPackage(f);
      assertRefused(() -> f.partner.joint().importPackage(zip, "SHJ"), "SHJ");
      assertRefused(() -> f.partner.joint().importPackage(zip, null), JointFixture.PARTNER);
      assertRefused(() -> f.partner.joint().importPackage(dir.resolve("nowhere.zip"), JointFixture.PARTNER),
          "nowhere.zip");
      Path notZip = Files.writeString(dir.resolve("notes.zip"), "not a zip");
      assertRefused(() -> f.partner.joint().importPackage(notZip, JointFixture.PARTNER), "notes.zip");
      assertNothingReceived(f);
    }
  }

  @Test
  void onlyAPartnerOfTheTaskGetsAPackage() throws Exception {
    try (JointFixture f = new JointFixture(dir)) {
      Path out = dir.resolve("shj.zip");
      assertRefused(() -> f.lead.joint().exportTask(JointFixture.TASK, "SHJ", out), "SHJ");
      assertThat(Files.exists(out)).isFalse();
    }
  }

  @Test
  void aResultForATargetNotInTheDrawRefusesTheWholePackage() throws Exception {
    try (JointFixture f = new JointFixture(dir)) {
      Path results = resultsPackage(f);
      JointPackage.Opened opened = JointPackage.read(results);
      List<JointResult> list = new ArrayList<>(JointJson.results(opened.file(JointJson.RESULTS)));
      JointResult real = list.get(0);
      list.add(new JointResult(real.leadInspectionId() + 100_000, "91620000X00000000X", real.formedOn(), real.codes(),
          real.methods(), null, null, null, null, real.inspectorKeys(), real.recordedBy(), real.recordedAt()));
      Path forged = dir.resolve("forged-results.zip");
      JointPackage.write(forged, opened.header(), Map.of(JointJson.RESULTS, JointJson.results(list)));
      long one = f.notified(1);
      assertRefused(() -> f.lead.joint().importPackage(forged, null), "91620000X00000000X");
      assertThat(f.lead.results().current(one)).as("the good result of the refused package is not saved").isEmpty();
      // the package as the partner wrote it goes in
      assertThat(((JointOutcome.ResultsMerged) f.lead.joint().importPackage(results, null)).merged()).isEqualTo(1);
    }
  }

  @Test
  void aResultsPackageIsRefusedByAFileWithoutTheTask() throws Exception {
    try (JointFixture f = new JointFixture(dir)) {
      Path results = resultsPackage(f);
      assertRefused(() -> f.partner.joint().importPackage(results, null), JointFixture.TASK);
    }
  }

  @Test
  void aConflictIsReportedAndTheLeadsResultKept() throws Exception {
    try (JointFixture f = new JointFixture(dir)) {
      Path results = resultsPackage(f);
      long one = f.notified(1);
      List<PresentInspector> present = f.lead.results().facts(one).assignedInspectors().stream()
          .map(PresentInspector::drawn).toList();
      LocalDate own = LocalDate.of(2026, 6, 1);
      f.lead.results().record(new ResultDraft(one, own, present, List.of(), Set.of(VerificationMethod.ON_SITE),
          List.of("1"), List.of(), null, null));
      JointOutcome.ResultsMerged m = (JointOutcome.ResultsMerged) f.lead.joint().importPackage(results, null);
      assertThat(m.merged()).isZero();
      assertThat(m.conflicts()).singleElement().asString().contains("2026-06-01", "2026-06-10");
      InspectionResult kept = f.lead.results().current(one).orElseThrow();
      assertThat(kept.formedOn()).isEqualTo(own);
      assertThat(f.lead.results().versions(one)).hasSize(1);
    }
  }

  private Path taskPackage(JointFixture f) {
    Path zip = dir.resolve("task.zip");
    f.lead.joint().exportTask(JointFixture.TASK, JointFixture.PARTNER, zip);
    return zip;
  }

  /** The partner's results package with one result (code 1 on 2026-06-10) for the first target. */
  private Path resultsPackage(JointFixture f) {
    f.partner.joint().importPackage(taskPackage(f), JointFixture.PARTNER);
    String key = f.partner.joint().inspections(JointFixture.TASK).get(0).targetKey();
    f.partner.joint().recordResult(JointRoundTripTest.entry(key, List.of("1")));
    Path zip = dir.resolve("results.zip");
    f.partner.joint().exportResults(JointFixture.TASK, zip);
    return zip;
  }

  private static void assertRefused(ThrowingCallable call, String named) {
    assertThatThrownBy(call).isInstanceOf(SuijiException.class)
        .extracting(e -> Messages.current().describe((SuijiException) e)).asString().contains(named);
  }

  private static void assertNothingReceived(JointFixture f) {
    assertThat(f.partner.joint().received()).isEmpty();
    assertThat(f.partner.joint().department()).isEmpty();
  }

  /** The text with the first hex digit after {@code member} changed. */
  private static String flipAfter(String text, String member) {
    int at = text.indexOf(member);
    int quote = text.indexOf('"', at + member.length() + 1);
    char c = text.charAt(quote + 1);
    return text.substring(0, quote + 1) + (c == '0' ? '1' : '0') + text.substring(quote + 2);
  }

  /** Copies the ZIP with one entry's text changed, everything else (the manifest too) as it was. */
  private static void rewrite(Path from, Path to, String entry, UnaryOperator<String> change) throws IOException {
    try (InputStream in = Files.newInputStream(from); ZipInputStream zin = new ZipInputStream(in);
        OutputStream out = Files.newOutputStream(to); ZipOutputStream zout = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = zin.getNextEntry()) != null) {
        byte[] bytes = zin.readAllBytes();
        if (e.getName().equals(entry)) {
          bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        zout.putNextEntry(new ZipEntry(e.getName()));
        zout.write(bytes);
        zout.closeEntry();
      }
    }
  }
}
