package cn.suiji.draw.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A draw's inputs in the canonical form of DRAW-SPEC §2, built once: every pool sorted and
 * hashed, the groups in key order, the conflicts kept (both keys in the draw's pools, each
 * once), the header and the seed. This is also where keys are checked for uniqueness across
 * strata and across groups, as a by-product of the sort.
 */
final class CanonicalDraw {
  /** The spec this code implements; a record naming another spec is not ours to verify. */
  static final String SPEC = "suiji-draw-v1";

  final DrawInput input;
  /** Parallel to {@code input.strata()}. */
  final List<SortedPool> strataPools;
  /** Parallel to {@code input.groups()}. */
  final List<SortedPool> groupPools;
  /** Indexes into {@code input.groups()}, ascending by group key. */
  final List<Integer> groupOrder;
  /** Sorted by canonical line, each once. */
  final List<Conflict> keptConflicts;
  final String conflictsHash;
  final String commitment;
  final String header;
  final byte[] seed;
  private final Map<String, Set<String>> recusedByObject = new HashMap<>();

  CanonicalDraw(DrawInput input) {
    this.input = input;
    strataPools = new ArrayList<>();
    for (Stratum stratum : input.strata()) {
      strataPools.add(SortedPool.of(stratum.pool(), "draw.engine.objectKeyDuplicate"));
    }
    SortedPool.requireDisjoint(strataPools, "draw.engine.objectKeyDuplicate");
    groupPools = new ArrayList<>();
    for (InspectorGroup group : input.groups()) {
      groupPools.add(SortedPool.of(group.pool(), "draw.engine.inspectorKeyDuplicate"));
    }
    SortedPool.requireDisjoint(groupPools, "draw.engine.inspectorKeyDuplicate");
    List<Integer> order = new ArrayList<>();
    for (int g = 0; g < input.groups().size(); g++) {
      order.add(g);
    }
    order.sort(Comparator.comparing(g -> input.groups().get(g).key()));
    groupOrder = List.copyOf(order);
    keptConflicts = keepConflicts();
    for (Conflict conflict : keptConflicts) {
      recusedByObject
          .computeIfAbsent(conflict.objectKey(), o -> new HashSet<>())
          .add(conflict.inspectorKey());
    }
    conflictsHash = conflictsHash(keptConflicts);
    byte[] nonce = input.nonce();
    commitment = Hashing.hex(Hashing.sha256(nonce));
    header = header(Hashing.hex(nonce));
    seed = Hashing.sha256(header.getBytes(StandardCharsets.UTF_8));
  }

  /** The inspectors that must never be assigned to {@code objectKey}. */
  Set<String> recusedFrom(String objectKey) {
    return recusedByObject.getOrDefault(objectKey, Set.of());
  }

  /** hex(H(lines "inspector\tobject", sorted by byte value, joined with "\n")). */
  static String conflictsHash(List<Conflict> sortedConflicts) {
    List<String> lines = new ArrayList<>();
    for (Conflict conflict : sortedConflicts) {
      lines.add(conflict.canonicalLine());
    }
    return Hashing.sha256Hex(String.join("\n", lines));
  }

  /**
   * Keeps pairs whose inspector is in some group and whose object is in some stratum, once
   * each. Kept keys are validated ASCII, and the tab sorts below every printable character, so
   * sorting the lines as Strings is the spec's byte order.
   */
  private List<Conflict> keepConflicts() {
    Set<String> lines = new HashSet<>();
    List<Conflict> kept = new ArrayList<>();
    for (Conflict conflict : input.conflicts()) {
      if (anyContains(groupPools, conflict.inspectorKey())
          && anyContains(strataPools, conflict.objectKey())
          && lines.add(conflict.canonicalLine())) {
        kept.add(conflict);
      }
    }
    kept.sort(Comparator.comparing(Conflict::canonicalLine));
    return List.copyOf(kept);
  }

  private static boolean anyContains(List<SortedPool> pools, String key) {
    for (SortedPool pool : pools) {
      if (pool.contains(key)) {
        return true;
      }
    }
    return false;
  }

  private String header(String nonceHex) {
    StringBuilder text = new StringBuilder(SPEC).append('\n');
    text.append("task=").append(input.task()).append('\n');
    for (int s = 0; s < input.strata().size(); s++) {
      Stratum stratum = input.strata().get(s);
      SortedPool pool = strataPools.get(s);
      text.append("stratum=").append(stratum.key())
          .append(";n=").append(pool.size())
          .append(";k=").append(stratum.k())
          .append(";pool=").append(pool.hash()).append('\n');
    }
    for (int g : groupOrder) {
      InspectorGroup group = input.groups().get(g);
      SortedPool pool = groupPools.get(g);
      text.append("group=").append(group.key())
          .append(";n=").append(pool.size())
          .append(";m=").append(group.m())
          .append(";pool=").append(pool.hash()).append('\n');
    }
    text.append("conflicts=").append(conflictsHash).append('\n');
    text.append("commitment=").append(commitment).append('\n');
    text.append("nonce=").append(nonceHex).append('\n');
    text.append("entropy=").append(input.entropy());
    return text.toString();
  }
}
