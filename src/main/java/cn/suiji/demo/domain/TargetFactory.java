package cn.suiji.demo.domain;

import cn.suiji.demo.domain.Catalog.Industry;
import cn.suiji.demo.domain.DemoCounty.Target;
import cn.suiji.directory.domain.RiskClass;
import cn.suiji.directory.domain.TargetKind;
import cn.suiji.directory.domain.TargetStatus;
import cn.suiji.shared.ids.Uscc;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Invents the target directory: market entities in roughly the proportions of a rural county
 * (individual businesses most, then enterprises, some cooperatives, a few other organisations),
 * spread over the townships by weight, each with a unique name, uscc and, for older entities,
 * often a legacy registration number too.
 */
final class TargetFactory {
  /** Entities registered from this day got a uscc with a new-style organisation code. */
  static final LocalDate USCC_ERA = LocalDate.of(2015, 10, 1);
  private static final LocalDate FIRST_FOUNDED = LocalDate.of(1995, 1, 1);
  private static final LocalDate LAST_FOUNDED = LocalDate.of(2026, 5, 31);
  private static final Map<TargetKind, Double> KIND_SHARE = Map.of(
      TargetKind.INDIVIDUAL, 0.68, TargetKind.ENTERPRISE, 0.26, TargetKind.COOPERATIVE, 0.05,
      TargetKind.OTHER_ORG, 0.01);
  private static final List<TargetKind> KINDS = List.of(
      TargetKind.INDIVIDUAL, TargetKind.ENTERPRISE, TargetKind.COOPERATIVE, TargetKind.OTHER_ORG);

  private final Map<TargetKind, List<Industry>> industriesByKind = new EnumMap<>(TargetKind.class);
  private final Pick pick;
  private final Names names;
  private final Set<String> usedNames = new HashSet<>();
  private final Set<String> usedUsccs = new HashSet<>();
  private final Set<String> usedRegNos = new HashSet<>();

  TargetFactory(Catalog catalog, Pick pick, Names names) {
    for (TargetKind kind : KINDS) {
      industriesByKind.put(kind, catalog.industries.stream().filter(x -> !x.tradesFor(kind).isEmpty()).toList());
    }
    this.pick = pick;
    this.names = names;
  }

  List<Target> make(int count) {
    List<Target> targets = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      targets.add(one());
    }
    return targets;
  }

  private Target one() {
    TargetKind kind = pick.weighted(KINDS, KIND_SHARE::get);
    Industry industry = pick.weighted(industriesByKind.get(kind), Industry::weight);
    String township = pick.weighted(CountyFacts.TOWNSHIPS,
        t -> CountyFacts.TOWNSHIP_WEIGHTS.get(CountyFacts.TOWNSHIPS.indexOf(t)));
    String name = uniqueName(kind, township, pick.one(industry.tradesFor(kind)));
    LocalDate founded = pick.chance(0.5) ? pick.date(USCC_ERA, LAST_FOUNDED) : pick.date(FIRST_FOUNDED, LAST_FOUNDED);
    boolean civil = kind == TargetKind.OTHER_ORG;
    String uscc = uniqueUscc(kind, founded);
    String regNo = civil || !founded.isBefore(USCC_ERA) || !pick.chance(0.6) ? null : uniqueRegNo(kind);
    TargetStatus status = status(kind);
    boolean listable = !civil && (status.inBusiness() || status == TargetStatus.REVOKED);
    boolean abnormal = listable && pick.chance(0.032);
    boolean serious = listable && pick.chance(0.005);
    String legalRep = names.person(pick.chance(0.7));
    String liaison = pick.chance(0.65) ? legalRep : names.person(pick.chance(0.5));
    LocalDate lastInspected = pick.chance(0.12) ? pick.date(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 12, 20)) : null;
    return new Target(uscc, uscc, regNo, name, kind, legalRep,
        names.address(CountyFacts.NAME, township, township.equals(CountyFacts.TOWNSHIPS.get(0))), township,
        CountyFacts.JURISDICTION.get(township), industry.code(), industry.name(),
        civil ? CountyFacts.CIVIL_AFFAIRS_NAME : CountyFacts.SAMR_NAME, status, founded, liaison, pick.mobile(),
        abnormal, serious, civil ? null : risk(abnormal, serious), lastInspected,
        lastInspected == null ? 0 : pick.between(1, 3), departments(industry));
  }

  private String uniqueName(TargetKind kind, String township, String trade) {
    boolean withTownship = kind == TargetKind.INDIVIDUAL || kind == TargetKind.COOPERATIVE;
    String place = CountyFacts.NAME + (withTownship ? township : "");
    for (int attempt = 0; ; attempt++) {
      String name = place + names.brand() + trade;
      if (attempt >= 50) {
        name = place + names.brand() + names.brand() + trade;
      }
      if (usedNames.add(name)) {
        return name;
      }
    }
  }

  private String uniqueUscc(TargetKind kind, LocalDate founded) {
    char authority = kind == TargetKind.OTHER_ORG ? '5' : '9';
    char type = switch (kind) {
      case ENTERPRISE -> '1';
      case INDIVIDUAL, OTHER_ORG -> '2';
      default -> '3';
    };
    while (true) {
      String uscc = Identifiers.uscc(authority, type, CountyFacts.AREA_CODE, Identifiers.orgCode(orgBody(kind, founded)));
      if (usedUsccs.add(uscc)) {
        return uscc;
      }
    }
  }

  /** New codes start MA (market regulation) or MJ (civil affairs); older ones are digits, L for individuals. */
  private String orgBody(TargetKind kind, LocalDate founded) {
    if (!founded.isBefore(USCC_ERA)) {
      StringBuilder body = new StringBuilder(kind == TargetKind.OTHER_ORG ? "MJ" : "MA");
      while (body.length() < 8) {
        body.append(Uscc.ALPHABET.charAt(pick.between(0, Uscc.ALPHABET.length() - 1)));
      }
      return body.toString();
    }
    return kind == TargetKind.INDIVIDUAL ? "L" + pick.digits(7) : pick.between(1, 9) + pick.digits(7);
  }

  private String uniqueRegNo(TargetKind kind) {
    char type = (char) ('0' + (kind == TargetKind.INDIVIDUAL ? pick.between(6, 9) : pick.between(0, 3)));
    while (true) {
      String regNo = Identifiers.regNo(CountyFacts.AREA_CODE, type, pick.digits(7));
      if (usedRegNos.add(regNo)) {
        return regNo;
      }
    }
  }

  private TargetStatus status(TargetKind kind) {
    double r = pick.fraction();
    if (kind == TargetKind.OTHER_ORG) {
      return TargetStatus.EXISTING;
    }
    if (r < 0.042) {
      return TargetStatus.CANCELLED;
    }
    if (r < 0.067) {
      return TargetStatus.REVOKED;
    }
    if (r < 0.080) {
      return TargetStatus.MOVED_OUT;
    }
    boolean usual = pick.chance(kind == TargetKind.INDIVIDUAL ? 0.9 : 0.85);
    TargetStatus usualStatus = kind == TargetKind.INDIVIDUAL ? TargetStatus.OPERATING : TargetStatus.EXISTING;
    TargetStatus other = usualStatus == TargetStatus.OPERATING ? TargetStatus.EXISTING : TargetStatus.OPERATING;
    return usual ? usualStatus : other;
  }

  private @Nullable RiskClass risk(boolean abnormal, boolean serious) {
    if (serious) {
      return RiskClass.D;
    }
    if (abnormal) {
      return pick.chance(0.6) ? RiskClass.C : RiskClass.D;
    }
    return pick.weighted(List.of(RiskClass.values()), c -> switch (c) {
      case A -> 62;
      case B -> 28;
      case C -> 8;
      case D -> 2;
    });
  }

  private static List<String> departments(Industry industry) {
    Set<String> codes = new LinkedHashSet<>();
    codes.add(CountyFacts.MAIN_DEPARTMENT);
    codes.addAll(industry.departments());
    return List.copyOf(codes);
  }
}
