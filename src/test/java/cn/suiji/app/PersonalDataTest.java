package cn.suiji.app;

import static cn.suiji.shared.db.generated.Tables.INSPECTOR;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.directory.data.InspectorRepository;
import cn.suiji.directory.domain.Inspector;
import cn.suiji.directory.domain.InspectorField;
import cn.suiji.directory.domain.InspectorFilter;
import cn.suiji.plan.PlanDemo;
import cn.suiji.shared.Progress;
import cn.suiji.shared.audit.AuditEntry;
import cn.suiji.shared.db.DataLocation;
import cn.suiji.shared.db.Database;
import cn.suiji.shared.ids.IdNumber;
import cn.suiji.shared.ids.IdSeal;
import cn.suiji.shared.l10n.Messages;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's personal data: no inspector's ID number in plain text in the data file, its evidence
 * journal, a backup, the log, the audit log or the inspectors' export — on the demo county and on an older
 * file whose numbers the upgrade seals (docs/decisions/0029). The scans read the raw bytes, as
 * {@code strings} would, and first prove on the old file that they do find a number that is there.
 */
class PersonalDataTest {
  private static final String NEW_ID = first17("62082319850615123");
  @TempDir
  Path dir;

  @Test
  void noIdNumberOfTheDemoCountyIsInTheFileTheJournalABackupTheAuditLogOrTheExport() throws Exception {
    Path db = PlanDemo.copyInto(dir).resolveSibling("demo" + DataLocation.FILE_SUFFIX);
    ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    ch.qos.logback.classic.Level testLevel = root.getLevel();
    root.setLevel(ch.qos.logback.classic.Level.DEBUG); // more than the application's own INFO logs
    root.addAppender(log);
    List<String> ids = new ArrayList<>();
    Path export = dir.resolve("inspectors.xlsx");
    Path usb = dir.resolve("usb");
    String auditText;
    try (Services s = Services.open(db)) {
      s.inspectors().list(InspectorFilter.all()).stream().map(Inspector::idNumber).filter(Objects::nonNull)
          .forEach(ids::add);
      assertThat(ids).as("the demo's inspectors have ID numbers, read back whole with the key").hasSizeGreaterThan(20)
          .allSatisfy(id -> assertThat(IdNumber.validate(id).isValid()).isTrue());
      Inspector added = s.inspectors().save(null, form("赵新", NEW_ID, "62082301999"));
      ids.add(NEW_ID);
      assertThat(added.idNumber()).isEqualTo(NEW_ID);
      assertThat(s.inspectors().clashes(null, null, NEW_ID)).as("the duplicate check still finds the holder")
          .containsKey(InspectorField.ID_NUMBER);
      s.inspectors().export(InspectorFilter.all(), export, new Messages(Locale.SIMPLIFIED_CHINESE), Progress.NONE);
      s.backups().backupTo(usb);
      StringBuilder audit = new StringBuilder();
      for (AuditEntry e : s.auditor().latest(s.database().dsl(), 10_000)) {
        audit.append(e).append('\n');
      }
      auditText = audit.toString();
      assertThat(s.database().dsl().fetchCount(INSPECTOR, INSPECTOR.ID_NUMBER.isNotNull())).isZero();
    }
    assertThat(auditText).contains("赵新");
    List<Path> scanned = new ArrayList<>(List.of(db, DataLocation.sibling(db, Services.JOURNAL_SUFFIX)));
    try (Stream<Path> copies = Files.list(usb)) {
      copies.filter(p -> p.toString().endsWith(DataLocation.FILE_SUFFIX)).forEach(scanned::add);
    }
    assertThat(scanned).hasSize(3);
    for (Path f : scanned) {
      String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
      assertThat(ids).as(f.getFileName().toString()).noneMatch(bytes::contains);
    }
    String xlsx = unzipped(export);
    assertThat(xlsx).contains(Inspector.mask(NEW_ID));
    assertThat(ids).as("the export").noneMatch(xlsx::contains);
    assertThat(ids).as("the audit log").noneMatch(auditText::contains);
    root.detachAppender(log);
    root.setLevel(testLevel);
    String logged = log.list.stream().map(e -> e.getFormattedMessage() + " " + e.getThrowableProxy())
        .reduce("", (a, b) -> a + "\n" + b);
    assertThat(logged).as("the log was listened to").isNotBlank();
    assertThat(ids).as("the log").noneMatch(logged::contains);
    Path copy = scanned.get(2);
    Path copyKey = DataLocation.sibling(copy, IdSeal.KEY_SUFFIX);
    assertThat(copyKey).as("the key travels with the backup").exists();
    assertThat(Restore.prove(copy).problems()).isEmpty();
    Files.delete(copyKey);
    assertThat(Restore.prove(copy).problems()).as("a copy without its key cannot give the numbers back")
        .anySatisfy(p -> assertThat(p).contains("名执法人员的身份证号无法读出"));
  }

  @Test
  void anOlderFilesPlainNumbersAreSealedByTheUpgradeAndLeaveTheFile() throws Exception {
    String id = first17("62082319800101001");
    Path file = dir.resolve("old" + DataLocation.FILE_SUFFIX);
    String url = "jdbc:h2:file:" + dir.resolve("old");
    Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("33").load().migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
      s.execute("INSERT INTO department (code, name, doc_prefix) VALUES ('SCJGJ', '市场监管局', '崇市监')");
      s.execute("INSERT INTO inspector (inspector_key, department_id, name, id_number, cert_no, status, updated_at) "
          + "SELECT 'SCJGJ-001', id, '李明', '" + id + "', '62082301001', 'ON_DUTY', CURRENT_TIMESTAMP FROM department");
    }
    assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as("the scan sees a plain number")
        .contains(id);

    try (Database db = Database.openFile(file)) {
      InspectorRepository repository = new InspectorRepository(db.idSeal());
      assertThat(repository.findByIdNumber(db.dsl(), id)).map(Inspector::idNumber).contains(id);
      assertThat(db.dsl().fetchCount(INSPECTOR, INSPECTOR.ID_NUMBER.isNotNull())).isZero();
      assertThat(db.dsl().fetchValue(INSPECTOR.ID_SEALED)).doesNotContain(id);
    }
    assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as("sealed and compacted away")
        .doesNotContain(id);
    assertThat(DataLocation.sibling(file, IdSeal.KEY_SUFFIX)).exists();
    try (Stream<Path> kept = Files.list(Database.backupDirectory(file))) {
      assertThat(kept.map(p -> p.getFileName().toString())).as("the copy taken before the upgrade, as before every upgrade")
          .anyMatch(n -> n.contains("-before-V034"));
    }
  }

  private static String first17(String first17) {
    return first17 + IdNumber.checkChar(first17);
  }

  private static java.util.function.Function<InspectorField, String> form(String name, String id, String certNo) {
    Map<InspectorField, String> f = new EnumMap<>(InspectorField.class);
    f.put(InspectorField.NAME, name);
    f.put(InspectorField.ID_NUMBER, id);
    f.put(InspectorField.DEPARTMENT, "SCJGJ");
    f.put(InspectorField.CERT_NO, certNo);
    f.put(InspectorField.CERT_EXPIRY, "2028-12-31");
    return x -> f.getOrDefault(x, "");
  }

  private static String unzipped(Path xlsx) throws Exception {
    StringBuilder out = new StringBuilder();
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(e)) {
          out.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return out.toString();
  }
}
