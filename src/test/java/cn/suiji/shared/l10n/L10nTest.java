package cn.suiji.shared.l10n;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.cli.SuijiCommand;
import cn.suiji.directory.domain.ItemClass;
import cn.suiji.directory.domain.SearchField;
import cn.suiji.directory.domain.CertState;
import cn.suiji.directory.domain.Gender;
import cn.suiji.directory.domain.InspectorStatus;
import cn.suiji.directory.domain.TargetKind;
import cn.suiji.directory.domain.TargetStatus;
import cn.suiji.shared.audit.AuditVerification;
import cn.suiji.plan.domain.InspectionMode;
import cn.suiji.plan.domain.TaskStatus;
import cn.suiji.plan.domain.TaskType;
import cn.suiji.shared.imports.ImportKind;
import cn.suiji.shared.ids.CodeKind;
import cn.suiji.shared.time.SpecialDay;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every key the code asks for exists in both bundles, and every key in the bundles is asked
 * for somewhere: no screen shows {@code !key!}, and no dead text piles up.
 */
class L10nTest {
  private static final String KEY = "[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+";
  /** Literals that are certainly message keys: arguments of the lookup methods and exceptions. */
  private static final Pattern LOOKUP = Pattern.compile(
      "(?:\\b(?:msg|get|describe)\\(\\s*|SuijiException\\(\\s*(?:\\w+\\s*,\\s*)?|descriptionKey\\s*=\\s*)\"(" + KEY + ")\"");
  private static final Pattern LITERAL = Pattern.compile("\"(" + KEY + ")\"");
  /** Audited actions and entities: {@code AuditEvent.of("x", "y"} and {@code new AuditEvent("x", "y"}. */
  private static final Pattern AUDIT_EVENT = Pattern.compile("AuditEvent(?:\\.of)?\\(\\s*\"([^\"]+)\",\\s*\"([^\"]+)\"");
  private static final Pattern FXML_KEY = Pattern.compile("\"%(" + KEY + ")\"");
  /** Enums whose constants are shown through {@code Messages.label}. */
  static final List<Class<? extends Enum<?>>> LABELLED = List.of(AuditVerification.Problem.class, SpecialDay.Kind.class,
      TargetKind.class, TargetStatus.class, SearchField.class, ImportKind.class, TaskType.class, TaskStatus.class,
      InspectionMode.class, cn.suiji.inspection.domain.InspectionStatus.class, cn.suiji.inspection.domain.DeliveryMethod.class,
      cn.suiji.inspection.domain.TemplateKind.class, ItemClass.class, InspectorStatus.class, CertState.class, Gender.class,
      cn.suiji.rules.domain.RulesField.class, cn.suiji.directory.domain.RecusalReason.class,
      cn.suiji.directory.domain.RecusalSource.class, cn.suiji.inspection.domain.ResultKind.class,
      cn.suiji.inspection.domain.VerificationMethod.class, cn.suiji.inspection.domain.FollowUpKind.class,
      cn.suiji.publish.domain.DeadlineState.class,
      cn.suiji.shared.outbox.OutboxKind.class, cn.suiji.exchange.domain.EntryState.class,
      cn.suiji.report.domain.Indicator.class, cn.suiji.report.domain.OtherInspectionKind.class,
      cn.suiji.report.domain.EvidenceState.class);

  private static Properties zh;
  private static Properties en;
  private static Set<String> lookedUp = new TreeSet<>();
  private static Set<String> mentioned = new HashSet<>();

  @BeforeAll
  static void scanSources() throws IOException {
    zh = load("messages_zh_CN.properties");
    en = load("messages_en.properties");
    try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".java")) {
          String text = Files.readString(f, StandardCharsets.UTF_8);
          collect(LOOKUP, text, lookedUp);
          collect(LITERAL, text, mentioned);
          Matcher audit = AUDIT_EVENT.matcher(text);
          while (audit.find()) {
            lookedUp.add("audit.action." + audit.group(1));
            lookedUp.add("audit.entity." + audit.group(2));
          }
        } else if (name.endsWith(".fxml")) {
          collect(FXML_KEY, Files.readString(f, StandardCharsets.UTF_8), lookedUp);
        }
      }
    }
    for (Class<? extends Enum<?>> type : LABELLED) {
      for (Enum<?> constant : type.getEnumConstants()) {
        lookedUp.add(Messages.enumKey(constant));
      }
    }
    for (CodeKind kind : CodeKind.values()) {
      for (String reason : List.of("empty", "length", "character", "check")) {
        lookedUp.add(kind.keyPrefix() + "." + reason);
      }
    }
    lookedUp.add(CodeKind.ID_NUMBER.keyPrefix() + ".birthDate");
    lookedUp.addAll(picocliKeys());
    mentioned.addAll(lookedUp);
  }

  @Test
  void everyKeyTheCodeUsesIsInBothBundles() {
    assertThat(lookedUp).isNotEmpty();
    assertThat(lookedUp.stream().filter(k -> !zh.containsKey(k)).toList()).as("missing in messages_zh_CN").isEmpty();
    assertThat(lookedUp.stream().filter(k -> !en.containsKey(k)).toList()).as("missing in messages_en").isEmpty();
  }

  @Test
  void everyKeyInTheBundlesIsUsed() {
    assertThat(zh.stringPropertyNames().stream().filter(k -> !mentioned.contains(k)).sorted().toList())
        .as("defined but used nowhere").isEmpty();
  }

  @Test
  void bothBundlesHaveTheSameKeys() {
    assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
  }

  @Test
  void chineseIsTheDefault() {
    assertThat(Messages.chooseLocale(null).getLanguage()).isEqualTo("zh");
    assertThat(new Messages(Messages.chooseLocale(null)).get("nav.home")).isEqualTo("首页");
    assertThat(new Messages(Messages.chooseLocale("en")).get("nav.home")).isEqualTo("Home");
  }

  @Test
  void numbersInMessagesAreNotGrouped() {
    assertThat(new Messages(Messages.chooseLocale(null)).get("audit.verify.intact", 20000L)).contains("20000");
  }

  /** The usage keys picocli looks up for every command, by its qualified name. */
  private static Set<String> picocliKeys() {
    Set<String> keys = new HashSet<>(List.of("usage.headerHeading", "usage.synopsisHeading", "usage.descriptionHeading",
        "usage.parameterListHeading", "usage.optionListHeading", "usage.commandListHeading", "usage.description",
        "help", "version"));
    CommandLine root = SuijiCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    addSubcommands(root, keys);
    return keys;
  }

  private static void addSubcommands(CommandLine line, Set<String> keys) {
    for (CommandLine sub : line.getSubcommands().values()) {
      keys.add(sub.getCommandSpec().qualifiedName(".") + ".usage.description");
      addSubcommands(sub, keys);
    }
  }

  private static void collect(Pattern pattern, String text, Set<String> into) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      into.add(m.group(1));
    }
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }
}
