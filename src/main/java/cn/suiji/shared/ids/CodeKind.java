package cn.suiji.shared.ids;

/**
 * The kinds of identifier this package checks; each names the prefix of its message keys
 * ({@code ids.uscc.length}, {@code ids.idNumber.birthDate} …).
 */
public enum CodeKind {
  /** 统一社会信用代码, GB 32100-2015. */
  USCC("ids.uscc", 18),
  /** 注册号, 15 digits, ISO 7064 MOD 11,10. */
  REG_NO("ids.regNo", 15),
  /** 居民身份证号, GB 11643-1999. */
  ID_NUMBER("ids.idNumber", 18);

  private final String keyPrefix;
  private final int length;

  CodeKind(String keyPrefix, int length) {
    this.keyPrefix = keyPrefix;
    this.length = length;
  }

  /** The message-key prefix, e.g. {@code ids.uscc}. */
  public String keyPrefix() {
    return keyPrefix;
  }

  /** The number of characters a valid code has. */
  public int length() {
    return length;
  }
}
