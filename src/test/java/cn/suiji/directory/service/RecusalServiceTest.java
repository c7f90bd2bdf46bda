package cn.suiji.directory.service;

import static cn.suiji.shared.db.generated.Tables.AUDIT_LOG;
import static cn.suiji.shared.db.generated.Tables.TARGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.app.Services;
import cn.suiji.directory.data.RecusalPlans;
import cn.suiji.directory.domain.InspectorRef;
import cn.suiji.directory.domain.LegalRepMatch;
import cn.suiji.directory.domain.Recusal;
import cn.suiji.directory.domain.RecusalDraft;
import cn.suiji.directory.domain.RecusalFilter;
import cn.suiji.directory.domain.RecusalReason;
import cn.suiji.directory.domain.RecusalSource;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recusals on the demo county in an H2 file: the list, adding and removing, and the same-name check. */
class RecusalServiceTest {
  @TempDir
  static Path dir;
  private static Services services;
  private static RecusalService recusals;

  @BeforeAll
  static void demoCounty() {
    services = Services.open(dir.resolve("demo"));
    services.demo().create(false, Progress.NONE);
    recusals = services.recusals();
  }

  @AfterAll
  static void close() {
    services.close();
  }

  private static DSLContext dsl() {
    return services.database().dsl();
  }

  /** A target with no recusal and a legal representative other than {@code name}. */
  private static long freeTarget(int skip) {
    return dsl().select(TARGET.ID).from(TARGET).orderBy(TARGET.ID.desc()).offset(skip).limit(1).fetchOne(TARGET.ID);
  }

  private static int audited(String action) {
    return dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq(action));
  }

  @Test
  void listsTheDemoRecusalsAndFiltersThem() {
    List<Recusal> all = recusals.list(RecusalFilter.all());
    assertThat(all).hasSizeGreaterThanOrEqualTo(15);
    List<Recusal> found = recusals.list(new RecusalFilter(null, null, RecusalSource.FOUND, ""));
    assertThat(found).isNotEmpty().allMatch(r -> r.source() == RecusalSource.FOUND);
    List<Recusal> kin = recusals.list(new RecusalFilter(null, RecusalReason.KIN, null, ""));
    assertThat(kin).allMatch(r -> r.reason() == RecusalReason.KIN);
    Recusal some = all.get(0);
    assertThat(recusals.list(new RecusalFilter(null, null, null, some.inspectorName())))
        .isNotEmpty().allMatch(r -> r.inspectorName().contains(some.inspectorName()) || r.targetName().contains(some.inspectorName())
            || r.note().contains(some.inspectorName()));
    assertThat(recusals.list(new RecusalFilter(null, null, null, some.targetCode().toLowerCase(Locale.ROOT))))
        .extracting(Recusal::targetId).contains(some.targetId());
    long department = recusals.inspectors(null).stream().filter(i -> i.id() == some.inspectorId()).findFirst().orElseThrow()
        .departmentId();
    assertThat(recusals.list(new RecusalFilter(department, null, null, ""))).extracting(Recusal::id).contains(some.id());
  }

  @Test
  void theSameNameCheckProposesANewPairOnceAndConfirmsItAsFound() {
    InspectorRef inspector = recusals.inspectors(null).get(3);
    long targetId = freeTarget(7);
    // inner spaces and a trailing ideographic space: still the same name
    String spaced = inspector.name().charAt(0) + " " + inspector.name().substring(1) + "\u3000";
    dsl().update(TARGET).set(TARGET.LEGAL_REP, spaced).where(TARGET.ID.eq(targetId)).execute();

    List<LegalRepMatch> proposals = recusals.proposals(null);
    LegalRepMatch match = proposals.stream()
        .filter(m -> m.inspectorId() == inspector.id() && m.targetId() == targetId).findFirst().orElseThrow();
    assertThat(match.legalRep()).isEqualTo(spaced);
    // the department filter keeps the inspector's own department's proposals only
    assertThat(recusals.proposals(inspector.departmentId())).contains(match)
        .allMatch(m -> m.departmentName().equals(inspector.departmentName()));

    int before = audited("recusal.confirm");
    assertThat(recusals.confirm(List.of(match), RecusalReason.INTEREST)).isEqualTo(1);
    Recusal saved = recusals.list(RecusalFilter.all()).stream()
        .filter(r -> r.inspectorId() == inspector.id() && r.targetId() == targetId).findFirst().orElseThrow();
    assertThat(saved.source()).isEqualTo(RecusalSource.FOUND);
    assertThat(saved.reason()).isEqualTo(RecusalReason.INTEREST);
    assertThat(saved.note()).contains(spaced.strip());
    assertThat(audited("recusal.confirm")).isEqualTo(before + 1);

    assertThat(recusals.proposals(null)).noneMatch(m -> m.inspectorId() == inspector.id() && m.targetId() == targetId);
    // confirming the same proposal twice creates nothing more
    assertThat(recusals.confirm(List.of(match), RecusalReason.KIN)).isZero();
  }

  @Test
  void pairsThatAlreadyHaveARecusalAreNeverProposed() {
    List<Recusal> existing = recusals.list(RecusalFilter.all());
    List<LegalRepMatch> proposals = recusals.proposals(null);
    for (Recusal r : existing) {
      assertThat(proposals).noneMatch(m -> m.inspectorId() == r.inspectorId() && m.targetId() == r.targetId());
    }
    // the demo's same-name recusals exist: their legal representatives do carry the inspector's name
    assertThat(existing).filteredOn(r -> r.source() == RecusalSource.FOUND).isNotEmpty();
  }

  @Test
  void theSameNameCheckReadsTheLegalRepresentativeIndexNotTheWholeTable() {
    String plan = RecusalPlans.sameNamePlan(dsl(), null);
    assertThat(plan).containsIgnoringCase("IX_TARGET_LEGAL_REP");
    assertThat(plan).doesNotContainIgnoringCase("PUBLIC.TARGET.tableScan");
  }

  @Test
  void addsADeclaredPairRefusesItTwiceAndRemovesIt() {
    InspectorRef inspector = recusals.inspectors(null).get(5);
    long targetId = freeTarget(20);
    int added = audited("recusal.add");
    Recusal r = recusals.add(new RecusalDraft(inspector.id(), targetId, RecusalReason.FORMER_EMPLOYMENT, " 2019年前在该公司任会计 "));
    assertThat(r.source()).isEqualTo(RecusalSource.DECLARED);
    assertThat(r.note()).isEqualTo("2019年前在该公司任会计");
    assertThat(r.inspectorName()).isEqualTo(inspector.name());
    assertThat(audited("recusal.add")).isEqualTo(added + 1);

    assertThatThrownBy(() -> recusals.add(new RecusalDraft(inspector.id(), targetId, RecusalReason.KIN, "")))
        .isInstanceOf(SuijiException.class).extracting(e -> ((SuijiException) e).key())
        .isEqualTo("directory.recusal.error.exists");

    int removed = audited("recusal.remove");
    assertThat(recusals.remove(r.id())).isTrue();
    assertThat(recusals.remove(r.id())).isFalse();
    assertThat(audited("recusal.remove")).isEqualTo(removed + 1);
    assertThat(recusals.list(RecusalFilter.all())).noneMatch(x -> x.id() == r.id());
  }

  @Test
  void anIncompleteDraftIsRefusedBeforeTheDatabase() {
    assertThatThrownBy(() -> recusals.add(new RecusalDraft(1L, null, RecusalReason.KIN, "")))
        .isInstanceOf(SuijiException.class).extracting(e -> ((SuijiException) e).key())
        .isEqualTo("directory.recusal.error.noTarget");
  }

  @Test
  void findsTargetsByCodeOrNameForTheAddPane() {
    Recusal some = recusals.list(RecusalFilter.all()).get(0);
    assertThat(recusals.searchTargets(some.targetCode())).extracting(t -> t.id()).contains(some.targetId());
    assertThat(recusals.searchTargets("  ")).isEmpty();
  }
}
