package cn.suiji.demo.domain;

import java.util.List;

/**
 * Invents people's names, shop brands and addresses from the word lists. A person is a
 * surname and one or two given-name characters picked at random, so no list entry is anyone's
 * name.
 */
final class Names {
  private final Pick pick;
  private final List<String> surnames;
  private final List<String> male;
  private final List<String> female;
  private final List<String> brandFirst;
  private final List<String> brandSecond;
  private final List<String> villages;
  private final List<String> streets;

  Names(Catalog catalog, Pick pick) {
    this.pick = pick;
    this.surnames = catalog.words("surnames");
    this.male = catalog.words("given.male");
    this.female = catalog.words("given.female");
    this.brandFirst = catalog.words("brand.first");
    this.brandSecond = catalog.words("brand.second");
    this.villages = catalog.words("villages");
    this.streets = catalog.words("streets");
  }

  /** A person's name: surname plus one given character (a third of the time) or two. */
  String person(boolean isMale) {
    List<String> given = isMale ? male : female;
    String first = pick.one(given);
    if (pick.chance(0.33)) {
      return pick.one(surnames) + first;
    }
    String second = pick.one(given);
    while (second.equals(first)) {
      second = pick.one(given);
    }
    return pick.one(surnames) + first + second;
  }

  /** A two-character shop brand (字号) such as 鑫源, never the same character twice. */
  String brand() {
    String first = pick.one(brandFirst);
    String second = pick.one(brandSecond);
    while (second.equals(first)) {
      second = pick.one(brandSecond);
    }
    return first + second;
  }

  /** An address in the township: a street number in the seat or a town, else a village group. */
  String address(String county, String township, boolean seat) {
    if (seat || pick.chance(0.4)) {
      return county + township + pick.one(streets) + pick.between(1, 260) + "号";
    }
    return county + township + pick.one(villages) + "村" + pick.between(1, 9) + "社";
  }
}
