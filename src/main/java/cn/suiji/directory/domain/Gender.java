package cn.suiji.directory.domain;

/** An inspector's gender as the ID number records it (odd 17th digit: male). */
public enum Gender {
  /** 男, stored as {@code M}. */
  MALE,
  /** 女, stored as {@code F}. */
  FEMALE;

  /** The gender an 18-character ID number gives (its 17th digit). */
  public static Gender ofIdNumber(String idNumber) {
    return (idNumber.charAt(16) - '0') % 2 == 1 ? MALE : FEMALE;
  }
}
