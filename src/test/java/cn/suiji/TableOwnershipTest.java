package cn.suiji;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.shared.db.generated.Tables;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each feature owns its tables; another feature reaches them through its service (STYLE.md,
 * issue 12). The tables come from the generated jOOQ {@link Tables}, so a new migration's table
 * without an owner here fails. A feature's {@code data} package may refer only to its own tables'
 * generated classes — ArchUnit sees references, not whether a statement reads or writes, so the
 * rule covers every reference and today's cross-feature ones are listed below, by class and
 * table, each with its reason. The list can only shrink: an exception no longer needed fails too.
 */
class TableOwnershipTest {
  private static final String GENERATED = "cn.suiji.shared.db.generated.tables";
  /** A data package and the feature it belongs to: cn.suiji.(draw).data, cn.suiji.(shared.audit).data. */
  private static final Pattern DATA = Pattern.compile("cn\\.suiji\\.(.+?)\\.data(\\..*)?");

  /** Feature (the package between cn.suiji. and .data) → the tables it owns and alone writes. */
  static final Map<String, Set<String>> OWNERS = Map.ofEntries(
      Map.entry("directory", Set.of("DEPARTMENT", "INSPECTION_ITEM", "INSPECTOR", "INSPECTOR_ITEM", "RECUSAL", "TARGET",
          "TARGET_DEPARTMENT", "TARGET_NAME_GRAM", "TARGET_NAME_KEY")),
      Map.entry("plan", Set.of("ANNUAL_PLAN", "TASK", "TASK_ITEM", "TASK_PARTNER")),
      Map.entry("rules", Set.of("WORKING_RULES")),
      Map.entry("draw", Set.of("DRAW", "DRAW_POOL")),
      Map.entry("inspection", Set.of("INSPECTION", "INSPECTION_INSPECTOR", "NUMBERED_DOCUMENT", "DOCUMENT_SERIES",
          "NOTICE_DELIVERY", "RESULT_CODE", "INSPECTION_RESULT", "INSPECTION_RESULT_CODE",
          "INSPECTION_RESULT_INSPECTOR", "INSPECTION_RESULT_FINDING", "FOLLOW_UP", "NOTICE_TEMPLATE",
          "PENDING_PUBLICATION_DAY")),
      Map.entry("publish", Set.of("PUBLICATION")),
      // the evaluation's registers, evidence files and settings (issue 15, ADR 0031); the statistics'
      // pre-aggregate and its marks, kept by a trigger on the owners' tables (ADR 0034)
      Map.entry("report", Set.of("OTHER_INSPECTION", "EVALUATION_EVIDENCE", "EVALUATION_WEIGHT", "EVALUATION_GRADE",
          "STATS_CELL", "STATS_GROUP", "STATS_CODE_CELL", "STATS_CODE_DAY", "STATS_DIRTY")),
      Map.entry("exchange", Set.of("OUTBOX_ENTRY", "OUTBOX_BATCH", "OUTBOX_PAYLOAD")),
      // joint tasks between departments (issue 14, ADR 0038)
      Map.entry("joint", Set.of("JOINT_TASK", "JOINT_INSPECTION", "JOINT_INSPECTOR", "JOINT_RESULT", "JOINT_MERGE")),
      Map.entry("admin", Set.of("APP_SETTING")),
      Map.entry("shared.audit", Set.of("AUDIT_LOG", "AUDIT_HEAD")),
      Map.entry("shared.time", Set.of("CALENDAR_DAY", "CALENDAR_YEAR")));

  /**
   * Today's references from a data class to another feature's tables: class (below cn.suiji)
   * → tables. Writes first (the ones that matter), then reads. Remove an entry when its class
   * goes through the owner's service instead; never add one for a new write.
   */
  static final Map<String, Set<String>> EXCEPTIONS = new LinkedHashMap<>();

  static {
    // WRITES
    // demo --force wipes the county it replaces in one go, table by table in foreign-key order, below
    // every feature's rules (test and training data, not a use case); the county itself is written
    // through its owners' services (issue 17 §5)
    except("demo.data.DemoRepository", "ANNUAL_PLAN", "DEPARTMENT", "DOCUMENT_SERIES", "DRAW", "DRAW_POOL", "INSPECTION",
        "INSPECTION_INSPECTOR", "NOTICE_DELIVERY", "NUMBERED_DOCUMENT",
        // demo --force empties what was worked on the county it replaces
        "PUBLICATION", "FOLLOW_UP", "INSPECTION_RESULT_FINDING", "INSPECTION_RESULT_INSPECTOR", "INSPECTION_RESULT_CODE",
        "INSPECTION_RESULT", "PENDING_PUBLICATION_DAY", "OUTBOX_PAYLOAD", "OUTBOX_ENTRY", "OUTBOX_BATCH", "OTHER_INSPECTION",
        "EVALUATION_EVIDENCE",
        "INSPECTION_ITEM", "INSPECTOR", "INSPECTOR_ITEM", "RECUSAL", "TARGET", "TARGET_DEPARTMENT", "TASK",
        "TASK_ITEM", "TASK_PARTNER", "WORKING_RULES");
    // the calendar stores which year's holidays were loaded as an app setting (WRITE); shared.time
    // sits below admin, so it cannot call admin's service
    except("shared.time.data.CalendarRepository", "APP_SETTING");
    // the benchmarks' floors: synthetic targets written straight into the schema, under the
    // import's rules, for `bench import` and `bench search`; no product class reaches the benchmarks
    except("cli.bench.data.SyntheticTargets", "TARGET");
    // READS
    // the pool is one index pass over the directory with the task's items, recusals and past
    // inspections (docs/decisions/0009): joins there are the performance work, not a shortcut
    except("draw.data.PoolRepository", "INSPECTION", "INSPECTION_ITEM", "INSPECTOR", "INSPECTOR_ITEM", "RECUSAL",
        "TARGET", "TASK", "TASK_ITEM");
    // an attempt is listed with its task's code and name (one join); names and cards for the printed
    // record. The task itself and the working rules come through plan.service and rules.service (ADR 0033)
    except("draw.data.DrawRepository", "DEPARTMENT", "INSPECTOR", "TARGET", "TASK");
    // the check after an unclean close counts a confirmation's parts across draw, inspection and plan at once
    except("draw.data.DrawConsistency", "INSPECTION", "TASK");
    // inspections read back with their target's and inspectors' keys, for the draw's verification
    except("inspection.data.InspectionRepository", "INSPECTOR", "TARGET");
    // what the announcement, notices and record sheets print — task, plan, departments, items, targets,
    // drawn inspectors — read in one query each for a whole draw (a 1,000-target draw is not read
    // target by target through the directory's and the plan's services)
    except("inspection.data.DocumentSourceRepository", "ANNUAL_PLAN", "DEPARTMENT", "INSPECTION_ITEM", "INSPECTOR",
        "TARGET", "TASK", "TASK_ITEM", "TASK_PARTNER");
    // a result is checked against its task's window and department, its draw's day, its target and
    // inspectors; the deadlines and the results template list them by task and target (issue 13)
    except("inspection.data.ResultRepository", "DEPARTMENT", "DRAW", "INSPECTOR", "TARGET", "TASK");
    // the department a result awaiting publication is counted under is its task's lead (ADR 0027)
    except("inspection.data.PendingPublications", "TASK");
    // the directory's "in use" checks before a delete or a change, and a target's history
    except("directory.data.DepartmentRepository", "ANNUAL_PLAN", "TASK", "TASK_PARTNER", "WORKING_RULES");
    except("directory.data.ItemRepository", "TASK_ITEM");
    except("directory.data.TargetHistoryRepository", "DRAW", "INSPECTION", "TASK");
    // a plan's tasks with their departments, items and scope counts; a task with a confirmed draw is frozen
    except("plan.data.PlanRepository", "DEPARTMENT", "INSPECTION_ITEM", "TARGET", "TARGET_DEPARTMENT",
        "WORKING_RULES");
    except("plan.data.TaskRepository", "DEPARTMENT", "DRAW", "INSPECTION_ITEM");
    // the home page's counts over every feature (read only, one query per card)
    // the statistics and early warning (issue 15): GROUP BY over plans, tasks, items, draws' inspections,
    // results, codes, follow-ups, publications and the directory in one query per view — the figures
    // of 100,000 inspections are not gathered through each owner's service (ADR 0026); read only
    except("report.data.StatsRepository", "ANNUAL_PLAN", "DEPARTMENT", "FOLLOW_UP", "INSPECTION", "INSPECTION_ITEM",
        "INSPECTION_RESULT", "INSPECTION_RESULT_CODE", "PUBLICATION", "RESULT_CODE", "TARGET", "TARGET_DEPARTMENT",
        "TASK", "TASK_ITEM");
    except("report.data.WarningRepository", "ANNUAL_PLAN", "DEPARTMENT", "FOLLOW_UP", "INSPECTION",
        "INSPECTION_RESULT", "TARGET", "TASK");
    // the evaluation (issue 15, ADR 0031): a department's directories, item list, plan, tasks with their
    // confirmed draws and partners, working rules and referral follow-ups, a few counts per department;
    // read only, as the statistics are. Its own registers name departments by code.
    except("report.data.EvaluationRepository", "ANNUAL_PLAN", "DEPARTMENT", "DRAW", "FOLLOW_UP", "INSPECTION",
        "INSPECTION_ITEM", "INSPECTOR", "TARGET", "TARGET_DEPARTMENT", "TASK", "TASK_ITEM", "TASK_PARTNER",
        "WORKING_RULES");
    except("report.data.RegisterRepository", "DEPARTMENT");
    except("home.data.HomeRepository", "ANNUAL_PLAN", "DEPARTMENT", "DRAW", "INSPECTION", "INSPECTION_ITEM",
        "INSPECTOR", "TASK", "TARGET");
  }

  private static void except(String className, String... tables) {
    EXCEPTIONS.put("cn.suiji." + className, Set.of(tables));
  }

  private static JavaClasses classes;
  /** Generated class (table or record) → its table's name. */
  private static final Map<String, String> TABLE_OF_CLASS = new HashMap<>();
  /** Static field holding a table ({@code Tables.INSPECTION}, {@code Inspection.INSPECTION}) → its table's name. */
  private static final Map<String, String> TABLE_OF_FIELD = new HashMap<>();
  private static final Set<String> TABLES = new TreeSet<>();

  @BeforeAll
  static void importClasses() throws IllegalAccessException {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("cn.suiji");
    for (Field f : Tables.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && Table.class.isAssignableFrom(f.getType())) {
        Table<?> table = (Table<?>) f.get(null);
        String name = table.getName().toUpperCase(java.util.Locale.ROOT);
        TABLES.add(name);
        TABLE_OF_CLASS.put(table.getClass().getName(), name);
        TABLE_OF_CLASS.put(table.getRecordType().getName(), name);
        // a static import of Tables.X that is only handed to the DSL is a field access, no dependency on X's class
        TABLE_OF_FIELD.put(Tables.class.getName() + "#" + f.getName(), name);
        TABLE_OF_FIELD.put(table.getClass().getName() + "#" + f.getName(), name);
      }
    }
    assertThat(TABLES).as("generated tables").hasSizeGreaterThan(10);
  }

  @Test
  void everyTableHasExactlyOneOwner() {
    Map<String, String> owner = new HashMap<>();
    OWNERS.forEach((feature, tables) -> tables.forEach(t -> {
      assertThat(owner.put(t, feature)).as("%s owned twice", t).isNull();
    }));
    assertThat(new TreeSet<>(owner.keySet())).as("the owned tables are the generated ones (a new table needs an owner)")
        .isEqualTo(TABLES);
  }

  @Test
  void dataPackagesReferOnlyToTheirOwnTables() {
    classes().that().resideInAPackage("cn.suiji..data..")
        .should(referOnlyToOwnTables())
        .because("each feature owns its tables; another feature reaches them through its service (STYLE.md)")
        .check(classes);
  }

  @Test
  void everyExceptionIsStillNeeded() {
    Map<String, Set<String>> found = new LinkedHashMap<>();
    for (JavaClass c : classes) {
      Set<String> foreign = foreignTables(c);
      if (!foreign.isEmpty()) {
        found.computeIfAbsent(topLevel(c), k -> new TreeSet<>()).addAll(foreign);
      }
    }
    Map<String, Set<String>> stale = new LinkedHashMap<>();
    EXCEPTIONS.forEach((className, tables) -> {
      Set<String> gone = new TreeSet<>(tables);
      gone.removeAll(found.getOrDefault(className, Set.of()));
      if (!gone.isEmpty()) {
        stale.put(className, gone);
      }
    });
    assertThat(stale).as("exceptions no longer needed: take them off the list").isEmpty();
  }

  private static ArchCondition<JavaClass> referOnlyToOwnTables() {
    return new ArchCondition<>("refer only to their own feature's tables") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        Set<String> allowed = EXCEPTIONS.getOrDefault(topLevel(c), Set.of());
        String feature = feature(c).orElse("");
        references(c).forEach((table, where) -> {
          if (!owns(feature, table) && !allowed.contains(table)) {
            events.add(SimpleConditionEvent.violated(c, table + " (owned by " + ownerOf(table) + "): " + where));
          }
        });
      }
    };
  }

  private static Set<String> foreignTables(JavaClass c) {
    Optional<String> feature = feature(c);
    Set<String> out = new TreeSet<>();
    if (feature.isEmpty()) {
      return out;
    }
    references(c).keySet().stream().filter(t -> !owns(feature.get(), t)).forEach(out::add);
    return out;
  }

  /** The tables the class refers to (by their generated classes or their static fields), each with one place. */
  private static Map<String, String> references(JavaClass c) {
    Map<String, String> out = new java.util.TreeMap<>();
    for (Dependency d : c.getDirectDependenciesFromSelf()) {
      String table = TABLE_OF_CLASS.get(d.getTargetClass().getName());
      if (table != null) {
        out.putIfAbsent(table, d.getDescription());
      }
    }
    for (JavaFieldAccess a : c.getFieldAccessesFromSelf()) {
      String table = TABLE_OF_FIELD.get(a.getTargetOwner().getName() + "#" + a.getName());
      if (table != null) {
        out.putIfAbsent(table, a.getDescription());
      }
    }
    return out;
  }

  private static Optional<String> feature(JavaClass c) {
    Matcher m = DATA.matcher(c.getPackageName());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static boolean owns(String feature, String table) {
    return OWNERS.getOrDefault(feature, Set.of()).contains(table);
  }

  private static String ownerOf(String table) {
    return OWNERS.entrySet().stream().filter(e -> e.getValue().contains(table)).map(Map.Entry::getKey).findFirst()
        .orElse("nobody");
  }

  /** Nested and lambda classes count as their top-level class. */
  private static String topLevel(JavaClass c) {
    JavaClass top = c;
    while (top.getEnclosingClass().isPresent()) {
      top = top.getEnclosingClass().get();
    }
    return top.getName();
  }
}
