package cn.suiji.demo.domain;

import cn.suiji.shared.ids.IdNumber;
import cn.suiji.shared.ids.RegNo;
import cn.suiji.shared.ids.Uscc;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Builds identifiers that look like real ones and carry correct check characters. The check
 * characters come from {@code cn.suiji.shared.ids}; only the organisation code's own check
 * (GB 11714, positions 9–17 of a uscc) is computed here, because nothing else needs it.
 */
final class Identifiers {
  private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
  private static final DateTimeFormatter BIRTH = DateTimeFormatter.BASIC_ISO_DATE;

  private Identifiers() {}

  /**
   * A unified social credit code: registering authority (e.g. {@code 9} market regulation,
   * {@code 5} civil affairs), entity type, area code, organisation code, check character.
   */
  static String uscc(char authority, char type, String areaCode, String orgCode) {
    String first17 = "" + authority + type + areaCode + orgCode;
    return first17 + Uscc.checkChar(first17);
  }

  /** A nine-character organisation code: the eight-character body and its GB 11714 check. */
  static String orgCode(String body8) {
    if (body8.length() != 8) {
      throw new IllegalArgumentException("need 8 characters: " + body8);
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = body8.charAt(i);
      int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
      sum += value * ORG_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    char checkChar = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    return body8 + checkChar;
  }

  /** A 15-digit registration number: area code, type digit, seven-digit serial, check digit. */
  static String regNo(String areaCode, char type, String serial7) {
    String first14 = areaCode + type + serial7;
    return first14 + RegNo.checkDigit(first14);
  }

  /** An 18-character ID number: area of birth, birth date, three-digit serial (odd for men), check. */
  static String idNumber(String areaCode, LocalDate birth, String serial3) {
    String first17 = areaCode + birth.format(BIRTH) + serial3;
    return first17 + IdNumber.checkChar(first17);
  }
}
