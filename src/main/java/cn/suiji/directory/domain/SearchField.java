package cn.suiji.directory.domain;

import cn.suiji.shared.ids.Codes;
import java.util.regex.Pattern;

/**
 * What the search box of the target directory looks in. {@link #AUTO} takes text that is only
 * Latin letters and digits once normalised (a uscc or regNo, typed or pasted) as a code prefix,
 * and anything else as part of the name.
 */
public enum SearchField {
  AUTO, NAME, CODE, LEGAL_REP;

  private static final Pattern CODE_LIKE = Pattern.compile("[0-9A-Z]+");

  /** The field {@code text} is searched in: this one, or for AUTO the one the text looks like. */
  public SearchField resolve(String text) {
    if (this != AUTO) {
      return this;
    }
    return CODE_LIKE.matcher(Codes.normalise(text)).matches() ? CODE : NAME;
  }
}
